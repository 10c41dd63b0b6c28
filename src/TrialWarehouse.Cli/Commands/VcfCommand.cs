using System.CommandLine;
using TrialWarehouse.Genomics.Inspection;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Cli.Commands;

/// <summary><c>vcf validate</c> and <c>vcf stats</c>: check VCF files without a warehouse.</summary>
public static class VcfCommand
{
    public static Command Create()
    {
        var strict = new Option<bool>("--strict")
        {
            Description = "also reject INFO/FORMAT keys, filters and contigs the header does not declare (otherwise warnings)",
            Recursive = true,
        };
        var maxErrors = new Option<int>("--max-errors")
        {
            Description = "stop reading a file after this many errors",
            DefaultValueFactory = _ => VcfReaderOptions.Default.MaxErrors,
            Recursive = true,
        };
        return new Command("vcf", "Check VCF files (plain, gzip or BGZF) against the VCF 4.0-4.5 specification, without a warehouse.")
        {
            Options = { strict, maxErrors },
            Subcommands = { Validate(strict, maxErrors), Stats(strict, maxErrors) },
        };
    }

    private static Command Validate(Option<bool> strict, Option<int> maxErrors)
    {
        var files = new Argument<string[]>("files") { Description = "VCF files (.vcf, .vcf.gz)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate",
            "Print every error as FILE:LINE: reason, and warnings (such as undeclared tags) marked 'warning:', which do not fail a file. " +
            "Exit 0 when all files are valid, 2 otherwise.")
        {
            files,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(() =>
        {
            var paths = parse.GetValue(files)!;
            if (Options(parse, strict, maxErrors) is not { } options)
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, "--max-errors must be at least 1"));
            }

            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, $"no such file: {missing}"));
            }

            bool allValid = true;
            foreach (string path in paths)
            {
                var report = VcfValidationReport.Validate(path, options, cancellationToken);
                foreach (string line in report.Lines())
                {
                    Console.WriteLine(line);
                }

                allValid &= report.IsValid;
            }

            return Task.FromResult(allValid ? ExitCodes.Success : ExitCodes.RejectedInput);
        }));
        return command;
    }

    private static Command Stats(Option<bool> strict, Option<int> maxErrors)
    {
        var file = new Argument<string>("file") { Description = "a VCF file (.vcf, .vcf.gz)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object: records, biallelicRecords, samples, caller, version, warnings" };
        var command = new Command("stats",
            "Read a file through the whole reader (validation, splitting of multi-allelic records, annotations) and print its counts. " +
            "Warnings go to stderr and do not fail; an invalid file prints its errors on stderr and exits 2.")
        {
            file, json,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(() =>
        {
            string path = parse.GetValue(file)!;
            if (Options(parse, strict, maxErrors) is not { } options)
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, "--max-errors must be at least 1"));
            }

            if (!File.Exists(path))
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, $"no such file: {path}"));
            }

            var stats = VcfStats.Compute(path, options, cancellationToken);
            var report = new VcfValidationReport(path, stats.Errors, stats.Warnings, options.MaxErrors);
            foreach (var error in stats.Errors)
            {
                Console.Error.WriteLine(report.Format(error, warning: false));
            }

            foreach (var warning in stats.Warnings)
            {
                Console.Error.WriteLine(report.Format(warning, warning: true));
            }

            if (!stats.IsValid)
            {
                return Task.FromResult(ExitCodes.RejectedInput);
            }

            foreach (string line in parse.GetValue(json) ? [stats.ToJson()] : stats.Lines())
            {
                Console.WriteLine(line);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static VcfReaderOptions? Options(ParseResult parse, Option<bool> strict, Option<int> maxErrors)
    {
        int limit = parse.GetValue(maxErrors);
        return limit < 1 ? null : new VcfReaderOptions { Strict = parse.GetValue(strict), MaxErrors = limit };
    }
}
