using TrialWarehouse.Domain;

namespace TrialWarehouse.Ingestion;

public enum FileOutcome
{
    Loaded,
    AlreadyLoaded,
    Rejected,
}

/// <summary>What became of one file: loaded (with its row count), already there, or rejected with every reason.</summary>
public sealed record FileResult(string Path, FileKind? Kind, FileOutcome Outcome, long Rows, IReadOnlyList<InputError> Errors, string? Superseded,
    long? FileKey = null)
{
    public string Describe() => Outcome switch
    {
        FileOutcome.Loaded => $"loaded    {System.IO.Path.GetFileName(Path)}: {Rows} rows" + (Superseded is null ? "" : " (replaces the earlier delivery)"),
        FileOutcome.AlreadyLoaded => $"unchanged {System.IO.Path.GetFileName(Path)}: already loaded",
        _ => $"REJECTED  {System.IO.Path.GetFileName(Path)}: {string.Join(Environment.NewLine + "          ", Errors.Take(20))}"
             + (Errors.Count > 20 ? $"{Environment.NewLine}          ... and {Errors.Count - 20} more" : ""),
    };
}

/// <summary>The outcome of one ingestion run.</summary>
public sealed record IngestReport(IReadOnlyList<FileResult> Files, TimeSpan Duration)
{
    public int Loaded => Files.Count(f => f.Outcome == FileOutcome.Loaded);
    public int Unchanged => Files.Count(f => f.Outcome == FileOutcome.AlreadyLoaded);
    public int Rejected => Files.Count(f => f.Outcome == FileOutcome.Rejected);
    public long Rows => Files.Sum(f => f.Rows);

    public string Summary() =>
        $"{Loaded} loaded, {Unchanged} unchanged, {Rejected} rejected, {Rows} rows in {Duration.TotalSeconds:0.0} s";
}
