using Hangfire.Dashboard;
using TrialWarehouse.Api;

namespace TrialWarehouse.Server.Auth;

/// <summary>
/// The dashboard can delete and re-run jobs: admins only. In Development a browser on the same machine may open it
/// without a key, as Hangfire's default allows.
/// </summary>
public sealed class HangfireDashboardAuthorization(IHostEnvironment environment) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.IsInRole(Roles.Admin))
            return true;
        var remote = http.Connection.RemoteIpAddress;
        var local = remote is not null && (System.Net.IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress));
        return local && environment.IsDevelopment();
    }
}
