// The reference side of the API benchmark (bench/api/run.sh): the data of the three benchmarked GraphQL queries,
// fetched by hand-written SQL through Dapper and written as JSON, over the same HTTP stack, so that the ratio of the
// two shows what the GraphQL layer (parsing, validation, resolvers, batching) costs.
// Usage: trialwarehouse-api-bench --Warehouse:Engine duckdb --ConnectionStrings:Warehouse FILE --urls http://127.0.0.1:5102
using TrialWarehouse.Api.Bench;
using TrialWarehouse.Warehouse;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var warehouse = Warehouse.Create(new WarehouseOptions
{
    Engine = builder.Configuration["Warehouse:Engine"] ?? "duckdb",
    ConnectionString = builder.Configuration.GetConnectionString("Warehouse"),
});
var sql = new PlainSql(warehouse);
var app = builder.Build();
app.MapGet("/sql/patient", async (string id, CancellationToken ct) =>
    await sql.PatientAsync(id, ct) is { } patient ? Results.Json(patient) : Results.NotFound());
app.MapGet("/sql/actionable", async (string gene, int tierRank, int first, CancellationToken ct) =>
    Results.Json(await sql.ActionablePageAsync(gene, tierRank, first, ct)));
app.MapGet("/sql/summary", async (CancellationToken ct) => Results.Json(await sql.TrialSummaryAsync(ct)));
// What the load generator rotates through, one per line.
app.MapGet("/sql/patients", async (int count, CancellationToken ct) => string.Join('\n', await sql.SpreadPatientsAsync(count, ct)) + "\n");
app.MapGet("/sql/genes", async (int tierRank, int top, CancellationToken ct) => string.Join('\n', await sql.GenesWithMostMatchesAsync(tierRank, top, ct)) + "\n");
app.Run();
