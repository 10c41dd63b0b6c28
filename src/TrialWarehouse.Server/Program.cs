using Hangfire;
using TrialWarehouse.Server;
using TrialWarehouse.Warehouse;

var builder = WebApplication.CreateBuilder(args);
ServerRole role;
try
{
    role = ServerRoles.Read(builder.Configuration);
}
catch (WarehouseConfigurationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
builder.Services.AddTrialWarehouse(builder.Configuration, role);

var app = builder.Build();
if (role == ServerRole.Worker)
{
    app.MapHealthChecks("/health");
}
else
{
    app.UseStaticFiles();
    app.UseHangfireDashboard("/hangfire");
    app.MapTrialWarehouse();
}
await app.InitialiseWarehouseAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
