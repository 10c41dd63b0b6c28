using GraphQL;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>A filter the warehouse cannot apply is the caller's error: it keeps its message and gets a code, not the masked "internal error".</summary>
internal static class FilterErrors
{
    public const string Code = "BAD_FILTER";

    public static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (FilterException e)
        {
            throw new ExecutionError(e.Message) { Code = Code };
        }
    }
}
