using GraphQL.Types;
using TrialWarehouse.Api.Types;

namespace TrialWarehouse.Api;

public sealed class TrialWarehouseSchema : Schema
{
    public TrialWarehouseSchema(IServiceProvider services, QueryGraphType query) : base(services)
    {
        Description = "TrialWarehouse: patients, their profiled samples and alterations, therapy lines and outcomes.";
        Query = query;
    }
}
