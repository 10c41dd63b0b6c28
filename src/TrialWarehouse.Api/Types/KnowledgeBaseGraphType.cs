using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class KnowledgeBaseGraphType : ObjectGraphType<KnowledgeBaseRow>
{
    public KnowledgeBaseGraphType()
    {
        Name = "KnowledgeBase";
        Description = "A loaded version of the actionability knowledge base.";
        Field<NonNullGraphType<StringGraphType>>("version").Description("The version line of the file.").Resolve(c => c.Source.Version);
        Field<StringGraphType>("title").Description("Title of the knowledge base.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<IntGraphType>>("ruleCount").Description("Number of rules.").Resolve(c => c.Source.RuleCount);
        Field<NonNullGraphType<DateTimeGraphType>>("loadedAt").Description("When it was loaded (UTC).").Resolve(c => DateTime.SpecifyKind(c.Source.LoadedAt, DateTimeKind.Utc));
    }
}
