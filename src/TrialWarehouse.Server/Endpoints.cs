using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Transport;
using TrialWarehouse.Api;
using TrialWarehouse.Reports;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

public static partial class Endpoints
{
    public static WebApplication MapTrialWarehouse(this WebApplication app)
    {
        app.MapPost("/graphql", async (HttpRequest request, GraphQLRunner runner, IGraphQLTextSerializer serializer, CancellationToken cancellationToken) =>
        {
            GraphQLRequest? body;
            try
            {
                body = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken);
            }
            catch (System.Text.Json.JsonException e)
            {
                return Results.BadRequest(new { errors = new[] { new { message = $"the body is not a GraphQL request in JSON: {e.Message}" } } });
            }
            if (body?.Query is null)
                return Results.BadRequest(new { errors = new[] { new { message = "the body needs a \"query\"" } } });
            var response = await runner.ExecuteAsync(body, cancellationToken);
            return Results.Text(response.Json, "application/json");
        });

        app.MapGet("/graphql", (IWebHostEnvironment env) =>
            Results.File(Path.Combine(env.WebRootPath, "graphiql", "index.html"), "text/html"));

        app.MapGet("/reports/{patientId}.pdf", async (string patientId, Warehouse.Warehouse warehouse, ReportSettings settings,
            TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!PatientId().IsMatch(patientId))
                return Results.BadRequest("a patient id is 1 to 64 characters of A-Z a-z 0-9 _ . -");
            var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
            var report = await ReportData.LoadAsync(new WarehouseReader(warehouse), patientId, settings, today, cancellationToken);
            return report is null
                ? Results.NotFound($"no patient {patientId}")
                : Results.File(ReportRenderer.Render(report), "application/pdf", $"{patientId}-mtb-report.pdf");
        });

        app.MapHealthChecks("/health");
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex PatientId();
}
