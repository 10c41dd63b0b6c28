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
    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.OperationName = request.OperationName;
            options.RequestServices = services;
            options.CancellationToken = cancellationToken;
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
            // Unexpected failures are masked (and logged by the host); input errors keep their code and message.
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false));
        return services;
    }
}
