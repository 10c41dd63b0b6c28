using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Api.Export;

namespace TrialWarehouse.Cli.Commands;

public static class ExportTsvCommand
{
    /// <summary>The <c>export</c> verb; other formats add their own subcommands next to <c>tsv</c>.</summary>

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "folder to write patients.tsv, alterations.tsv, actionable_alterations.tsv and therapy_lines.tsv into", Required = true };
        var filter = new Option<string?>("--filter-json")
        {
            Description = "the cohort, as the GraphQL PatientFilter in JSON, e.g. '{\"tumorType\": \"BREAST\", \"matchedTherapy\": true}'; default everyone",
        };
        var kbVersion = new Option<string?>("--kb-version") { Description = "knowledge-base version of the actionability columns; default the newest loaded" };
        var command = new Command("tsv", "Export a cohort's patients, alterations, actionable alterations and therapy lines with outcomes as tab-separated files (columns in docs/api.md). Exit 2 when the filter is refused.")
        {
            output, filter, kbVersion,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            await using var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
            TsvExportResult result;
            try
            {
                result = await CohortTsvExport.WriteAsync(services.GetRequiredService<GraphQLRunner>(), parse.GetValue(output)!.FullName,
                    parse.GetValue(filter), parse.GetValue(kbVersion), cancellationToken);
            }
            catch (JsonException e)
            {
                return CliApp.Fail(ExitCodes.Usage, $"--filter-json is not a JSON object: {e.Message}");
            }
            if (result.Errors is not null)
                return CliApp.Fail(ExitCodes.RejectedInput, $"the export was refused, nothing was written: {result.Errors}");
            foreach (var (file, rows) in result.Rows)
                Console.WriteLine($"{rows,8} rows  {Path.Combine(result.Directory, file)}");
            Console.WriteLine($"{result.Patients} patient(s)");
            return ExitCodes.Success;
        }));
        return command;
    }
}
