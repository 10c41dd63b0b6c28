using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class DateRangeInputType : InputObjectGraphType<DateRange>
{
    public DateRangeInputType()
    {
        Name = "DateRange";
        Description = "Dates from `from` to `to`, both inclusive; an absent bound is open.";
        Field<DateOnlyGraphType>("from").Description("First date in the range, e.g. 2021-01-01.");
        Field<DateOnlyGraphType>("to").Description("Last date in the range.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new DateRange(value.TryGetValue("from", out var from) ? from as DateOnly? : null, value.TryGetValue("to", out var to) ? to as DateOnly? : null);
}
