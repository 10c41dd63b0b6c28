using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Transport;
using TrialWarehouse.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TrialWarehouse.Reports;
using TrialWarehouse.Server.Auth;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

public static partial class Endpoints
{
    public static WebApplication MapTrialWarehouse(this WebApplication app)
    {
        app.MapPost("/graphql", async (HttpContext context, GraphQLRunner runner, IGraphQLTextSerializer serializer,
            IOptionsMonitor<AuthOptions> auth, CancellationToken cancellationToken) =>
        {
            var limit = auth.CurrentValue.MaxRequestBytes;
            await using var buffer = await ReadAtMostAsync(context.Request, limit, cancellationToken);
            if (buffer is null)
                return Error(StatusCodes.Status413PayloadTooLarge, $"the request is larger than {limit} bytes (Auth:MaxRequestBytes); send variables rather than long literals, or ask for less");
            GraphQLRequest? body;
            try
            {
                body = await serializer.ReadAsync<GraphQLRequest>(buffer, cancellationToken);
            }
            catch (System.Text.Json.JsonException e)
            {
                return Error(StatusCodes.Status400BadRequest, $"the body is not a GraphQL request in JSON: {e.Message}");
            }
            if (body?.Query is null)
                return Error(StatusCodes.Status400BadRequest, "the body needs a \"query\"");
            var response = await runner.ExecuteAsync(body, context.User, cancellationToken);
            return Results.Text(response.Json, "application/json");
        });

        app.MapGet("/graphql", (IWebHostEnvironment env) =>
            Results.File(Path.Combine(env.WebRootPath, "graphiql", "index.html"), "text/html")).AllowAnonymous();

        app.MapGet("/reports/{patientId}.pdf", async (string patientId, Warehouse.Warehouse warehouse, ReportSettings settings,
            TimeProvider time, CancellationToken cancellationToken) =>
        {
            // Pseudonyms only: a URL ends up in access logs and proxies, where a hospital id must never be.
            if (!Pseudonym().IsMatch(patientId))
                return Results.BadRequest("a report is asked for by the patient's pseudonymous id (P- and 16 characters, as `patients { edges { node { id } } }` returns it)");
            var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
            var report = await ReportData.LoadAsync(new WarehouseReader(warehouse), patientId, settings, today, cancellationToken);
            if (report is null)
                return Results.NotFound($"no patient {patientId}");
            var pdf = ReportRenderer.Render(report);
            WarehouseMetrics.ReportRenders.Add(1);
            return Results.File(pdf, "application/pdf", $"{patientId}-mtb-report.pdf");
        }).RequireAuthorization(AuthServices.ReportsPolicy);

        return app.MapHealthProbes();
    }

    /// <summary>Probes carry no key. live: the process answers; ready: warehouse, schema and job storage answer too.</summary>
    public static WebApplication MapHealthProbes(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }

    /// <summary>The tag of the health checks that <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    private static IResult Error(int status, string message) =>
        Results.Json(new { errors = new[] { new { message } } }, statusCode: status);

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (whether or not it declared its length).</summary>
    private static async Task<MemoryStream?> ReadAtMostAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    [GeneratedRegex("^P-[0-9A-HJKMNP-TV-Z]{16}$")]
    private static partial Regex Pseudonym();
}
