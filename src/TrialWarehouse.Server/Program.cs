using Hangfire;
using TrialWarehouse.Server;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrialWarehouse(builder.Configuration);

var app = builder.Build();
app.UseStaticFiles();
app.UseHangfireDashboard("/hangfire");
app.MapTrialWarehouse();
app.MapMafExport();
await app.InitialiseWarehouseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
