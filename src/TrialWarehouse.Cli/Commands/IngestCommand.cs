using System.CommandLine;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders to load", Arity = ArgumentArity.ZeroOrMore };
        var withdraw = new Option<string?>("--withdraw")
        {
            Description = "instead of loading, remove what a loaded file contributed (give its content hash or file name)",
        };
        var reference = new Option<string?>("--reference")
        {
            Description = "reference FASTA of the VCFs' build (with its samtools .fai, or indexed in memory): left-align every indel against it",
        };
        var command = new Command("ingest",
            "Load files or folders into the warehouse (a folder with meta_study.txt is read as a cBioPortal study). Each file loads completely or not at all; a rejected file does not stop the others. " +
            "Exit 0 when all loaded, 2 when any was rejected.")
        {
            paths, withdraw, reference,
        };
        command.Validators.Add(result =>
        {
            var hasPaths = result.GetValue(paths) is { Length: > 0 };
            var hasWithdraw = result.GetValue(withdraw) is not null;
            if (hasPaths == hasWithdraw)
                result.AddError("give either files or folders to load, or --withdraw HASH_OR_NAME");
        });
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var loader = await CliApp.LoaderAsync(parse, warehouse, cancellationToken);
            if (parse.GetValue(withdraw) is { } key)
                return await WithdrawAsync(loader, key, cancellationToken);

            using var genome = parse.GetValue(reference) is { } fasta ? Genomics.Normalisation.ReferenceGenome.Open(fasta) : null;
            var ingestor = new Ingestor(loader, new IngestRunLog(warehouse), new Genomics.Somatic.SomaticVcfOptions { Reference = genome });
            var progress = new LineProgress();
            var report = await ingestor.IngestAsync(parse.GetValue(paths)!, "cli", progress, cancellationToken);
            Console.WriteLine(report.Summary());
            return report.Rejected > 0 ? ExitCodes.RejectedInput : ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<int> WithdrawAsync(WarehouseLoader loader, string key, CancellationToken cancellationToken)
    {
        var withdrawn = await loader.WithdrawAsync(key, cancellationToken);
        if (withdrawn.Count == 0)
            return CliApp.Fail(ExitCodes.RejectedInput, $"no loaded file has the name or content hash \"{key}\"; list them with: trialwarehouse files");
        foreach (var file in withdrawn)
            Console.WriteLine($"withdrew {file.FileName} ({file.ContentHash[..12]}…, {file.RowsLoaded} rows loaded {file.LoadedAt:yyyy-MM-dd HH:mm})");
        return ExitCodes.Success;
    }
}
