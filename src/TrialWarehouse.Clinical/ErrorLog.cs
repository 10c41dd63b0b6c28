using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

/// <summary>Collects the errors of one file, keeping the first <see cref="Cap"/>.</summary>
internal sealed class ErrorLog(string file)
{
    public const int Cap = 100;

    private readonly List<InputError> errors = [];

    public string File { get; } = file;

    public bool IsFull => errors.Count >= Cap;

    public bool IsEmpty => errors.Count == 0;

    public void Add(long line, string? field, string message)
    {
        if (!IsFull)
        {
            errors.Add(new InputError(File, line, field, message));
        }
    }

    public InputRejectedException ToException() => new(errors.ToArray());
}
