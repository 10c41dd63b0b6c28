using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// Collects the errors of one file, up to a limit, so that a bad file is reported in one pass; and, separately, the
/// warnings (problems the spec tolerates), up to the same limit so that a file warned about on every line stays cheap.
/// </summary>
internal sealed class ErrorSink(string fileName, int limit)
{
    private readonly List<InputError> _errors = [];
    private readonly List<InputError> _warnings = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<InputError> Errors => _errors;

    public IReadOnlyList<InputError> Warnings => _warnings;

    public bool IsFull => _errors.Count >= limit;

    public int Count => _errors.Count;

    public bool WarningsFull => _warnings.Count >= limit;

    public void Add(long line, string? field, string message)
    {
        if (!IsFull)
        {
            _errors.Add(new InputError(FileName, line, field, message));
        }
    }

    public void Warn(long line, string? field, string message)
    {
        if (_warnings.Count < limit)
        {
            _warnings.Add(new InputError(FileName, line, field, message));
        }
    }

    /// <summary>Shortens a value quoted in a message so that one long field does not drown the report.</summary>
    public static string Quote(ReadOnlySpan<char> value) =>
        value.Length <= 40 ? $"'{value}'" : $"'{value[..37]}...'";
}
