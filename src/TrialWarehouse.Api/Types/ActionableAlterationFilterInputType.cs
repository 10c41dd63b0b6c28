using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class ActionableAlterationFilterInputType : InputObjectGraphType<ActionableAlterationFilter>
{
    public ActionableAlterationFilterInputType()
    {
        Name = "ActionableAlterationFilter";
        Description = "Selects actionable matches across the cohort; criteria combine with AND, an absent one selects all.";
        Field<StringGraphType>("gene").Description("HGNC symbol of the altered gene.");
        Field<StringGraphType>("tierAtMost").Description("ESCAT tier: matches of this tier or a stronger one (I-A is the strongest), e.g. II-B.");
        Field<StringGraphType>("tumorType").Description("OncoTree code of the patient's tumor; codes below it count too.");
        Field<FloatGraphType>("minVaf").Description("Mutations with at least this tumor VAF (0 to 1); matches without a VAF (copy number) are left out.");
        Field<StringGraphType>("kbVersion").Description("Knowledge-base version; default the newest loaded.");
        Field<BooleanGraphType>("bestOnly").Description("Only the best-ranked rule per alteration (default true).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        string? Text(string name) => value.TryGetValue(name, out var v) ? v as string : null;
        return new ActionableAlterationFilter(Text("gene"), Text("tierAtMost"), Text("tumorType"),
            value.TryGetValue("minVaf", out var vaf) ? vaf as double? : null, Text("kbVersion"),
            value.TryGetValue("bestOnly", out var best) && best is bool b ? b : true);
    }
}
