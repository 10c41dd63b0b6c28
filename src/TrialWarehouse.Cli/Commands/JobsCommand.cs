using System.CommandLine;
using System.Globalization;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Reports;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Cli.Commands;

public static class JobsCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--last") { Description = "how many runs to show", DefaultValueFactory = _ => 20 };
        var status = new Command("status", "Show the latest ingestion runs: files loaded, unchanged and rejected, rows, duration.") { count };
        status.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var runs = await new IngestRunLog(warehouse).RecentAsync(Math.Clamp(parse.GetValue(count), 1, 1000), cancellationToken);
            Console.WriteLine($"{"started (UTC)",-17} {"source",-6} {"loaded",6} {"same",5} {"rejected",8} {"rows",9} {"seconds",8}  delivery");
            foreach (var r in runs)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.StartedAt,-17:yyyy-MM-dd HH:mm} {r.Source,-6} {r.FilesLoaded,6} {r.FilesUnchanged,5} {r.FilesRejected,8} {r.RowsLoaded,9} {r.DurationMs / 1000.0,8:0.0}  {r.Delivery}"));
            if (runs.Count == 0)
                Console.WriteLine("no ingestion has run yet");
            return ExitCodes.Success;
        }));

        var inbox = new Option<string>("--inbox") { Description = "inbox folder", DefaultValueFactory = _ => new InboxOptions().Inbox };
        var archive = new Option<string>("--archive") { Description = "archive folder", DefaultValueFactory = _ => new InboxOptions().Archive };
        var quarantine = new Option<string>("--quarantine") { Description = "quarantine folder", DefaultValueFactory = _ => new InboxOptions().Quarantine };
        var reports = new Option<string>("--reports") { Description = "folder of the rendered tumor board reports", DefaultValueFactory = _ => Path.Combine("data", "reports") };
        var settings = new Option<FileInfo>("--settings")
        {
            Description = "site report settings (institution, disclaimer)",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("reports", "report.json")),
        };
        var runNightly = new Command("run-nightly",
            "Run the nightly ingestion now and wait, as the server's nightly job does: every complete delivery in the inbox (a folder " +
            "with a .done marker) is loaded and settled into the archive or the quarantine, the warehouse is re-annotated, and the " +
            "reports of the patients with new data are rendered. Exit 2 when any file was rejected.")
        {
            inbox, archive, quarantine, reports, settings,
        };
        runNightly.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var box = new Inbox(new InboxOptions { Inbox = parse.GetValue(inbox)!, Archive = parse.GetValue(archive)!, Quarantine = parse.GetValue(quarantine)! });
            var ingestor = new Ingestor(await CliApp.LoaderAsync(parse, warehouse, cancellationToken), new IngestRunLog(warehouse));
            var rejected = 0;
            var loaded = new List<long>();
            var deliveries = box.PendingDeliveries();
            foreach (var delivery in deliveries)
            {
                Console.WriteLine($"delivery {Path.GetFileName(delivery)}");
                var report = await ingestor.IngestAsync([delivery], "cli", new LineProgress("  "), cancellationToken);
                box.Settle(delivery, report);
                rejected += report.Rejected;
                loaded.AddRange(report.Files.Where(f => f.Outcome == FileOutcome.Loaded && f.FileKey is not null).Select(f => f.FileKey!.Value));
                Console.WriteLine("  " + report.Summary());
            }
            if (deliveries.Count == 0)
                Console.WriteLine($"no complete delivery in {box.InboxPath} (a delivery is a folder with a {Inbox.DoneMarker} marker)");
            else
            {
                var annotation = new ActionabilityAnnotation(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System));
                var summary = await annotation.AnnotateAsync(await annotation.ChooseAsync(null, cancellationToken), cancellationToken);
                Console.WriteLine($"annotated under {summary.KbVersion}: {summary.PatientsWithActionable}/{summary.Patients} patients with an actionable alteration");
                var reader = new WarehouseReader(warehouse);
                var patients = loaded.Count == 0 ? [] : await reader.PatientsTouchedByFilesAsync(loaded, cancellationToken);
                var folder = new ReportFolder(reader, ReportSettings.Load(parse.GetValue(settings)!.FullName), parse.GetValue(reports)!);
                var written = await folder.RenderAsync(patients, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
                Console.WriteLine($"rendered {written.Count} report(s) into {folder.Path}");
            }
            return rejected > 0 ? ExitCodes.RejectedInput : ExitCodes.Success;
        }));
        return new Command("jobs", "The nightly ingestion.") { Subcommands = { status, runNightly } };
    }
}
