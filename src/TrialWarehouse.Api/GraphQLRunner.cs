using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>Executes one GraphQL request; the server's endpoint and the CLI's <c>query</c> verb both come through here.</summary>
public sealed class GraphQLRunner(IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, IServiceProvider services)
{
    /// <summary>A request that runs longer is cancelled: one analyst's runaway query must not hold the warehouse.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.OperationName = request.OperationName;
            options.RequestServices = services;
            options.CancellationToken = timeout.Token;
        });
        return new GraphQLResponse(serializer.Serialize(result), result.Errors is { Count: > 0 });
    }

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
