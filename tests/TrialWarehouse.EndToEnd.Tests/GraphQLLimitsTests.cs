using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

public class GraphQLLimitsTests
{
    // The shape of the query GraphiQL sends at start (types with fields, arguments and nested ofType).
    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name } } } } } } } }
        """;

    [Fact]
    public async Task Introspection_IsAllowed_ButAnOversizedQueryIsRefusedWithAReason()
    {
        using var services = new ServiceCollection().AddSingleton(Warehouse.Warehouse.Create(TestEngines.Fresh("duckdb")))
            .AddTrialWarehouseGraphQL().BuildServiceProvider();
        // Every request is audited in the warehouse, so even a refused one needs the schema.
        await Warehouse.Migrator.MigrateAsync(services.GetRequiredService<Warehouse.Warehouse>());
        var runner = services.GetRequiredService<GraphQLRunner>();
        const string page = "patients(first: 100) { edges { node { samples { mutations { gene hgvsp vaf depth altCount filter chromosome position ref alt } actionableAlterations { gene drugs } } } } }";

        var introspection = await runner.ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery });
        var oversized = await runner.ExecuteAsync(new GraphQLRequest { Query = $"{{ a: {page} b: {page} c: {page} d: {page} e: {page} f: {page} }}" });

        Assert.False(introspection.HasErrors, introspection.Json);
        Assert.True(oversized.HasErrors, oversized.Json);
        Assert.Contains("complexity", oversized.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PageLargerThanTheCap_IsRefusedWithACode()
    {
        using var services = new ServiceCollection().AddSingleton(Warehouse.Warehouse.Create(TestEngines.Fresh("duckdb")))
            .AddTrialWarehouseGraphQL().BuildServiceProvider();
        await Warehouse.Migrator.MigrateAsync(services.GetRequiredService<Warehouse.Warehouse>());

        var response = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync(new GraphQLRequest { Query = "{ patients(first: 5000) { totalCount } }" });

        Assert.True(response.HasErrors);
        Assert.Contains("BAD_PAGE_SIZE", response.Json);
    }
}
