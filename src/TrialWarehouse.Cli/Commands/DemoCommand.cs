using System.CommandLine;
using TrialWarehouse.Demo;

namespace TrialWarehouse.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "folder to write the cohort's input files into", Required = true };
        var patients = new Option<int>("--patients") { Description = "number of patients", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { Description = "random seed; the same seed writes the same files", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "Write a synthetic, deterministic trial cohort as input files (VCF, CNA, clinical CSV).")
        {
            output, patients, seed,
        };
        command.SetAction(parse => CliApp.Run(() =>
        {
            var count = parse.GetValue(patients);
            if (count is < 1 or > 100_000)
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, "--patients must be between 1 and 100000"));
            var summary = DemoCohort.Write(parse.GetValue(output)!.FullName, count, parse.GetValue(seed));
            Console.WriteLine($"wrote {summary.Files.Count} files for {count} patients to {parse.GetValue(output)!.FullName}");
            Console.WriteLine($"next: trialwarehouse ingest {parse.GetValue(output)!.FullName}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
