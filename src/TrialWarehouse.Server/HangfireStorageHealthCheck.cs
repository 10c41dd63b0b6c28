using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrialWarehouse.Server;

/// <summary>Healthy when Hangfire's job storage answers: without it no delivery is scheduled or run.</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            try
            {
                using var connection = storage.GetConnection();
                connection.GetAllItemsFromSet("recurring-jobs");
                return HealthCheckResult.Healthy(storage.ToString());
            }
#pragma warning disable CA1031 // Any failure of the storage means not ready; the probe reports it, it must not crash.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return HealthCheckResult.Unhealthy("Hangfire storage unreachable: " + e.Message);
            }
        }, cancellationToken);
}
