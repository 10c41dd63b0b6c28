using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Inspection;

/// <summary>
/// The outcome of validating one file, as <c>trialwarehouse vcf validate</c> prints it: one line per problem,
/// <c>FILE:LINE: field: reason</c>, warnings marked <c>warning:</c>, where FILE is the path as the user gave it.
/// </summary>
public sealed record VcfValidationReport(string Path, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Warnings, int MaxErrors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when reading stopped at <see cref="MaxErrors"/>: there may be more errors after the last one.</summary>
    public bool StoppedEarly => Errors.Count >= MaxErrors;

    public static VcfValidationReport Validate(string path, VcfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= VcfReaderOptions.Default;
        using var reader = VcfReader.Open(path, options);
        foreach (var _ in reader.Records(cancellationToken))
        {
        }

        return new VcfValidationReport(path, reader.Errors, reader.Warnings, options.MaxErrors);
    }

    /// <summary>Errors, then warnings, then one summary line.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var error in Errors)
        {
            yield return Format(error, warning: false);
        }

        foreach (var warning in Warnings)
        {
            yield return Format(warning, warning: true);
        }

        string warnings = Warnings.Count == 1 ? "1 warning" : $"{Warnings.Count} warnings";
        yield return IsValid
            ? $"{Path}: valid ({warnings})"
            : $"{Path}: invalid ({Errors.Count} error{(Errors.Count == 1 ? "" : "s")}{(StoppedEarly ? ", stopped there" : "")}, {warnings})";
    }

    /// <summary>An error or warning located by the path as given, not just the file name the reader knows.</summary>
    public string Format(InputError problem, bool warning)
    {
        ArgumentNullException.ThrowIfNull(problem);
        string where = problem.Line > 0 ? $"{Path}:{problem.Line}" : Path;
        string kind = warning ? " warning:" : "";
        string field = problem.Field is null ? "" : $" {problem.Field}:";
        return $"{where}:{kind}{field} {problem.Message}";
    }
}
