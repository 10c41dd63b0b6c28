using Hangfire;
using TrialWarehouse.Server;
using TrialWarehouse.Server.Auth;

var builder = WebApplication.CreateBuilder(args);
// One JSON object per log line, for the log collector, unless Logging:Console:FormatterName asks for another format.
if (builder.Configuration["Logging:Console:FormatterName"] is null)
    builder.Logging.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
builder.Services.AddTrialWarehouse(builder.Configuration);

var app = builder.Build();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
// Before the endpoint policies: the dashboard decides itself (admin, or a local browser in Development).
app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [app.Services.GetRequiredService<HangfireDashboardAuthorization>()] });
app.UseAuthorization();
app.MapTrialWarehouse();
app.MapMafExport();
await app.InitialiseWarehouseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
