using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class FollowUpEventGraphType : ObjectGraphType<FollowUpRow>
{
    public FollowUpEventGraphType()
    {
        Name = "FollowUpEvent";
        Description = "A dated observation: visit, progression, death or last contact.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("Date of the event." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.EventDate));
        Field<NonNullGraphType<StringGraphType>>("kind").Description("visit, progression, death or last_contact.").Resolve(c => c.Source.Kind);
        Field<IntGraphType>("ecog").Description("ECOG performance status, 0..5.").Resolve(c => c.Source.Ecog);
    }
}
