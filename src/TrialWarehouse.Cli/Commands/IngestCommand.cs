using System.CommandLine;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders to load", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest",
            "Load files or folders into the warehouse. Each file loads completely or not at all; a rejected file does not stop the others. " +
            "Exit 0 when all loaded, 2 when any was rejected.")
        {
            paths,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System));
            var progress = new Progress(result => Console.WriteLine(result.Describe()));
            var report = await ingestor.IngestAsync(parse.GetValue(paths)!, "cli", progress, cancellationToken);
            Console.WriteLine(report.Summary());
            return report.Rejected > 0 ? ExitCodes.RejectedInput : ExitCodes.Success;
        }));
        return command;
    }

    // Synchronous, unlike Progress<T>: lines appear in order, as each file finishes.
    private sealed class Progress(Action<FileResult> report) : IProgress<FileResult>
    {
        public void Report(FileResult value) => report(value);
    }
}
