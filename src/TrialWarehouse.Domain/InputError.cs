namespace TrialWarehouse.Domain;

/// <summary>
/// One problem found in an input file, located precisely enough that a data manager can fix it:
/// <c>FILE:LINE: field: what is wrong (what would be right)</c>. Line 0 means the file as a whole.
/// </summary>
public sealed record InputError(string File, long Line, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}

/// <summary>Thrown when an input file is rejected; carries every error found, the first ones first.</summary>
public sealed class InputRejectedException : Exception
{
    public InputRejectedException(IReadOnlyList<InputError> errors)
        : base(Summarise(errors)) => Errors = errors;

    public InputRejectedException(string file, long line, string? field, string message)
        : this([new InputError(file, line, field, message)]) { }

    public InputRejectedException() : this([]) { }

    public InputRejectedException(string message) : base(message) => Errors = [];

    public InputRejectedException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<InputError> Errors { get; }

    private static string Summarise(IReadOnlyList<InputError> errors) => errors.Count switch
    {
        0 => "input rejected",
        1 => errors[0].ToString(),
        _ => $"{errors[0]} (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")})",
    };
}
