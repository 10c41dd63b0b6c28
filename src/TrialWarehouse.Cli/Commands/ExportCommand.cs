using System.CommandLine;
using TrialWarehouse.Export.Cbioportal;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Cli.Commands;

/// <summary><c>export cbioportal</c>: the warehouse as a cBioPortal study folder.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "folder to write the study into (created if missing)", Required = true };
        var studyId = new Option<string>("--study-id") { Description = "cancer_study_identifier (letters, digits, underscores)", DefaultValueFactory = _ => new CbioportalStudyOptions().StudyId };
        var name = new Option<string>("--name") { Description = "the study's name", DefaultValueFactory = _ => new CbioportalStudyOptions().Name };
        var tumorType = new Option<string?>("--tumor-type") { Description = "only patients whose primary tumor type is this OncoTree code" };
        var cbioportal = new Command("cbioportal",
            "Write a cBioPortal study folder: meta_study.txt, clinical patient and sample files, mutations (MAF), discrete copy number, " +
            "treatment and status timelines, case lists (docs/formats.md, \"cBioPortal study export\").")
        {
            output, studyId, name, tumorType,
        };
        cbioportal.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var options = new CbioportalStudyOptions
            {
                StudyId = parse.GetValue(studyId)!, Name = parse.GetValue(name)!, Filter = new PatientFilter(TumorType: parse.GetValue(tumorType)),
            };
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            try
            {
                var export = await CbioportalStudy.WriteAsync(new WarehouseReader(warehouse), parse.GetValue(output)!.FullName, options, cancellationToken);
                Console.WriteLine($"{export.Patients} patients, {export.Samples} samples, {export.Mutations} mutations, {export.CopyNumberSamples} samples with copy number: {export.Files.Count} files in {parse.GetValue(output)!.FullName}");
                return ExitCodes.Success;
            }
            catch (ArgumentException e)
            {
                return CliApp.Fail(ExitCodes.Usage, e.Message);
            }
            catch (InvalidOperationException e)
            {
                return CliApp.Fail(ExitCodes.RejectedInput, e.Message);
            }
        }));
        return new Command("export", "Write the warehouse's data in formats other tools read.") { Subcommands = { cbioportal, ExportTsvCommand.Create() } };
    }
}
