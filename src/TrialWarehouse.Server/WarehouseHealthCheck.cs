using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Server;

/// <summary>Healthy when the warehouse answers and its schema is up to date.</summary>
public sealed class WarehouseHealthCheck(Warehouse.Warehouse warehouse) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await Migrator.PendingAsync(warehouse, cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy(warehouse.Engine.Describe())
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
        }
        catch (WarehouseUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
