using System.CommandLine;
using TrialWarehouse.Reports;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var patient = new Argument<string>("patient-id") { Description = "pseudonymous patient id, as `query` returns it, or the hospital id of patients.csv" };
        var output = new Option<FileInfo>("--out") { Description = "PDF file to write", Required = true };
        var settings = new Option<FileInfo>("--settings")
        {
            Description = "site settings (institution, disclaimer)",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("reports", "report.json")),
        };
        var command = new Command("report", "Render the molecular tumor board report of a patient as PDF.")
        {
            patient, output, settings,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var reader = new WarehouseReader(warehouse);
            // Whoever runs the CLI can open the warehouse, identifier map included: the hospital id is accepted too.
            var id = parse.GetValue(patient)!;
            id = await reader.PatientAsync(id, cancellationToken) is null && await reader.PseudonymAsync("patient", id, cancellationToken) is { } pseudonym ? pseudonym : id;
            var report = await ReportData.LoadAsync(reader, id, ReportSettings.Load(parse.GetValue(settings)!.FullName),
                DateOnly.FromDateTime(DateTime.Today), cancellationToken);
            if (report is null)
                return CliApp.Fail(ExitCodes.RejectedInput, $"no patient \"{id}\" in the warehouse; list them with: trialwarehouse query '{{ patients {{ edges {{ node {{ id }} }} }} }}'");
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, ReportRenderer.Render(report), cancellationToken);
            Console.WriteLine($"wrote {file.FullName}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
