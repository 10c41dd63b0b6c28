using Hangfire;
using TrialWarehouse.Server;
using TrialWarehouse.Server.Auth;
using TrialWarehouse.Warehouse;

var builder = WebApplication.CreateBuilder(args);
// One JSON object per log line, for the log collector, unless Logging:Console:FormatterName asks for another format.
if (builder.Configuration["Logging:Console:FormatterName"] is null)
    builder.Logging.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
ServerRole role;
try
{
    role = ServerRoles.Read(builder.Configuration);
    builder.Services.AddTrialWarehouse(builder.Configuration, role);
}
catch (WarehouseConfigurationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var app = builder.Build();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
if (role == ServerRole.Worker)
{
    app.UseAuthorization();
    app.MapHealthProbes();
}
else
{
    app.UseStaticFiles();
    // Before the endpoint policies: the dashboard decides itself (admin, or a local browser in Development).
    app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [app.Services.GetRequiredService<HangfireDashboardAuthorization>()] });
    app.UseAuthorization();
    app.MapTrialWarehouse();
    app.MapMafExport();
}
try
{
    await app.InitialiseWarehouseAsync();
}
catch (WarehouseConfigurationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (WarehouseUnavailableException e)
{
    // E.g. the DuckDB file held by another process: before, an unhandled exception (exit 134) with a stack trace.
    Console.Error.WriteLine(e.Message);
    return 3;
}
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
