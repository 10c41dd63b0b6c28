using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Audit;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>
/// Executes one GraphQL request on behalf of a caller, and audits it; the server's endpoint and the CLI's
/// <c>query</c> verb both come through here.
/// </summary>
public sealed class GraphQLRunner(IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, IServiceProvider services,
    QueryAuditLog audit, TimeProvider time)
{
    /// <summary>A request that runs longer is cancelled: one analyst's runaway query must not hold the warehouse.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the request as the in-process operator (<see cref="Roles.InProcessOperator"/>).</summary>
    public Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request, Roles.InProcessOperator(), cancellationToken);

    /// <summary>
    /// Runs the request with <paramref name="user"/> visible to resolvers (<c>context.User</c>) and records it in
    /// <c>query_audit</c> before answering: a request that cannot be audited is not answered.
    /// </summary>
    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = request.Query;
                options.Variables = request.Variables;
                options.OperationName = request.OperationName;
                options.RequestServices = services;
                options.User = user;
                options.CancellationToken = timeout.Token;
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new ExecutionResult { Executed = true };
            result.AddError(new ExecutionError($"the query ran longer than {Timeout.TotalSeconds:0} s and was stopped; ask for fewer rows or a narrower filter") { Code = "TIMEOUT" });
            await RecordAsync(request, user, null, "timeout", started, CancellationToken.None);
            return new GraphQLResponse(serializer.Serialize(result), true);
        }
        catch (OperationCanceledException)
        {
            await RecordAsync(request, user, null, "cancelled", started, CancellationToken.None);
            throw;
        }
        var outcome = result.Errors is not { Count: > 0 } ? "ok" : result.Executed ? "errors" : "refused";
        await RecordAsync(request, user, result.Operation?.Name?.StringValue, outcome, started, cancellationToken);
        return new GraphQLResponse(serializer.Serialize(result), result.Errors is { Count: > 0 });
    }

    private Task RecordAsync(GraphQLRequest request, ClaimsPrincipal user, string? operationName, string outcome, long started,
        CancellationToken cancellationToken)
    {
        var variables = request.Variables is { Count: > 0 } ? Sha256(serializer.Serialize(request.Variables)) : null;
        var name = operationName ?? request.OperationName;
        return audit.RecordAsync(new QueryAuditRow(
            StableKey.Of("audit", Guid.NewGuid().ToString("N")),
            time.GetUtcNow().UtcDateTime,
            user.Identity?.Name ?? "anonymous",
            Roles.RoleOf(user),
            name is { Length: > 200 } ? name[..200] : name,
            Sha256(request.Query ?? ""),
            variables,
            outcome,
            (long)time.GetElapsedTime(started).TotalMilliseconds), cancellationToken);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads a variables object given as JSON text (the CLI's <c>--variables</c>).</summary>
    public Inputs? ParseVariables(string? json) => string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<Inputs>(json);

    public string Sdl() => schema.Print();
}

public sealed record GraphQLResponse(string Json, bool HasErrors);

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema and its runner; the caller registers the <see cref="Warehouse.Warehouse"/>.</summary>
    public static IServiceCollection AddTrialWarehouseGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<WarehouseReader>();
        services.AddSingleton<QueryAuditLog>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphQLRunner>();
        services.AddGraphQL(b => b
            .AddSchema<TrialWarehouseSchema>()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(TrialWarehouseSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                // Introspection (GraphiQL's schema query) is free; data fields cost by the rows they may return.
                c.MaxDepth = 15;
                c.MaxComplexity = 500_000;
                c.DefaultListImpactMultiplier = 10;
                var standard = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new GraphQL.Validation.Complexity.FieldComplexityResult(0, 0)
                        : standard(field);
            })
            // Unexpected failures are masked (and logged by the host); input errors keep their code and message.
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false));
        return services;
    }
}
