using System.CommandLine;
using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;

namespace TrialWarehouse.Cli.Commands;

public static class QueryCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("graphql") { Description = "the GraphQL request, e.g. '{ patients(first: 5) { totalCount edges { node { id } } } }'" };
        var variables = new Option<string?>("--variables") { Description = "variables as a JSON object" };
        var command = new Command("query", "Run a GraphQL request in-process against the warehouse (the server's schema) and print the JSON response. Exit 2 when it has errors. " +
            "Needs no API key: whoever can open the warehouse directly is its operator, so the request runs with the admin role, " +
            "and is audited in query_audit as in-process:<your user name>.")
        {
            query, variables,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            await using var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
            var runner = services.GetRequiredService<GraphQLRunner>();
            GraphQL.Inputs? inputs;
            try
            {
                inputs = runner.ParseVariables(parse.GetValue(variables));
            }
            catch (JsonException e)
            {
                return CliApp.Fail(ExitCodes.Usage, $"--variables is not a JSON object: {e.Message}");
            }
            var response = await runner.ExecuteAsync(new GraphQLRequest { Query = parse.GetValue(query)!, Variables = inputs }, cancellationToken);
            Console.WriteLine(response.Json);
            return response.HasErrors ? ExitCodes.RejectedInput : ExitCodes.Success;
        }));
        return command;
    }
}
