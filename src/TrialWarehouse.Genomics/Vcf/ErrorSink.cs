using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Collects the errors of one file, up to a limit, so that a bad file is reported in one pass.</summary>
internal sealed class ErrorSink(string fileName, int limit)
{
    private readonly List<InputError> _errors = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<InputError> Errors => _errors;

    public bool IsFull => _errors.Count >= limit;

    public int Count => _errors.Count;

    public void Add(long line, string? field, string message)
    {
        if (!IsFull)
        {
            _errors.Add(new InputError(FileName, line, field, message));
        }
    }

    /// <summary>Shortens a value quoted in a message so that one long field does not drown the report.</summary>
    public static string Quote(ReadOnlySpan<char> value) =>
        value.Length <= 40 ? $"'{value}'" : $"'{value[..37]}...'";
}
