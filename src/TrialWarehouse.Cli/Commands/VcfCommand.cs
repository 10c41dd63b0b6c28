using System.CommandLine;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Inspection;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Cli.Commands;

/// <summary><c>vcf validate</c>, <c>vcf stats</c> and <c>vcf to-maf</c>: check and convert VCF files without a warehouse.</summary>
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
        return new Command("vcf", "Check VCF files (plain, gzip or BGZF) against the VCF 4.0-4.5 specification, or convert them to MAF, without a warehouse.")
        {
            Options = { strict, maxErrors },
            Subcommands = { Validate(strict, maxErrors), Stats(strict, maxErrors), ToMaf(strict, maxErrors) },
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

    private static Command ToMaf(Option<bool> strict, Option<int> maxErrors)
    {
        var file = new Argument<string>("file") { Description = "a somatic VCF (.vcf, .vcf.gz), VEP- or SnpEff-annotated or not" };
        var output = new Option<string>("--out") { Description = "the MAF file to write", Required = true };
        var tumorId = new Option<string?>("--tumor-id") { Description = "Tumor_Sample_Barcode; a sample column of that name is the tumor (default: ##tumor_sample, a TUMOR column, or the only sample)" };
        var normalId = new Option<string?>("--normal-id") { Description = "Matched_Norm_Sample_Barcode; a sample column of that name is the normal (default: ##normal_sample or a NORMAL column)" };
        var build = new Option<string?>("--build") { Description = "NCBI_Build, e.g. GRCh38 (default: from ##reference or the ##contig lines)" };
        var command = new Command("to-maf",
            "Write a MAF 2.4 following vcf2maf's conventions (one row per ALT allele; docs/formats.md lists the differences). " +
            "An invalid VCF prints its errors as FILE:LINE: reason, writes nothing and exits 2.")
        {
            file, output, tumorId, normalId, build,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(() =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, $"no such file: {path}"));
            }

            if (Options(parse, strict, maxErrors) is not { } reader)
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, "--max-errors must be at least 1"));
            }

            string? genome = parse.GetValue(build);
            if (genome is not null and not ("GRCh37" or "GRCh38"))
            {
                return Task.FromResult(CliApp.Fail(ExitCodes.Usage, $"--build {genome}: expected GRCh37 or GRCh38"));
            }

            var options = new VcfToMafOptions { TumorId = parse.GetValue(tumorId), NormalId = parse.GetValue(normalId), Build = genome, Reader = reader };
            try
            {
                long rows = VcfToMaf.Convert(path, parse.GetValue(output)!, options, cancellationToken);
                Console.WriteLine($"{rows} MAF rows written to {parse.GetValue(output)}");
                return Task.FromResult(ExitCodes.Success);
            }
            catch (InputRejectedException e)
            {
                foreach (var error in e.Errors.Count > 0 ? e.Errors : [new InputError(Path.GetFileName(path), 0, null, e.Message)])
                {
                    Console.Error.WriteLine(error);
                }

                return Task.FromResult(ExitCodes.RejectedInput);
            }
        }));
        return command;
    }

    private static VcfReaderOptions? Options(ParseResult parse, Option<bool> strict, Option<int> maxErrors)
    {
        int limit = parse.GetValue(maxErrors);
        return limit < 1 ? null : new VcfReaderOptions { Strict = parse.GetValue(strict), MaxErrors = limit };
    }
}
