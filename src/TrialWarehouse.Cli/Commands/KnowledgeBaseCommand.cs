using System.CommandLine;
using System.Globalization;
using TrialWarehouse.Actionability;
using TrialWarehouse.Domain;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Cli.Commands;

public static class KnowledgeBaseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "knowledge base TSV (format: docs/knowledge-base.md)" };
        var load = new Command("load", "Load a knowledge-base version and annotate every sample under it (earlier versions' results are kept).") { file };
        load.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            KnowledgeBase kb;
            try
            {
                kb = KnowledgeBaseFile.Read(parse.GetValue(file)!.FullName);
            }
            catch (InputRejectedException e)
            {
                foreach (var error in e.Errors)
                    Console.Error.WriteLine(error);
                return CliApp.Fail(ExitCodes.RejectedInput, $"{parse.GetValue(file)!.Name} was not loaded");
            }
            return await AnnotateAsync(parse, kb, cancellationToken);
        }));

        var list = new Command("list", "List the knowledge-base versions in the warehouse, newest (current) first.");
        list.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var versions = await new WarehouseReader(warehouse).KnowledgeBasesAsync(cancellationToken);
            foreach (var v in versions)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Version,-16} {v.RuleCount,4} rules  loaded {v.LoadedAt:yyyy-MM-dd HH:mm}  {v.Title}"));
            if (versions.Count == 0)
                Console.WriteLine("no knowledge base loaded yet; `trialwarehouse annotate` loads the shipped default");
            return ExitCodes.Success;
        }));
        return new Command("kb", "The actionability knowledge base.") { Subcommands = { load, list } };
    }

    public static Command CreateAnnotate()
    {
        var version = new Option<string?>("--kb-version") { Description = "knowledge-base version to annotate with (default: the newest loaded, else the shipped default)" };
        var command = new Command("annotate", "Match every sample's alterations against the knowledge base for its patient's tumor type.") { version };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var annotation = Annotation(warehouse);
            KnowledgeBase kb;
            try
            {
                kb = await annotation.ChooseAsync(parse.GetValue(version), cancellationToken);
            }
            catch (KeyNotFoundException e)
            {
                return CliApp.Fail(ExitCodes.Usage, e.Message);
            }
            return await AnnotateAsync(parse, kb, cancellationToken);
        }));
        return command;
    }

    private static async Task<int> AnnotateAsync(ParseResult parse, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
        AnnotationSummary summary;
        try
        {
            summary = await Annotation(warehouse).AnnotateAsync(kb, cancellationToken);
        }
        catch (InputRejectedException e)
        {
            return CliApp.Fail(ExitCodes.RejectedInput, e.Message);
        }
        var share = summary.Patients == 0 ? 0 : 100.0 * summary.PatientsWithActionable / summary.Patients;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"knowledge base {summary.KbVersion}: {summary.Matches} matches in {summary.Samples} samples; " +
            $"{summary.PatientsWithActionable}/{summary.Patients} patients ({share:0.0}%) with >= 1 actionable alteration"));
        return ExitCodes.Success;
    }

    private static ActionabilityAnnotation Annotation(Warehouse.Warehouse warehouse) =>
        new(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System));
}
