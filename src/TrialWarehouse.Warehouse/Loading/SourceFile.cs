using System.Security.Cryptography;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>The lineage of a load: which file, by content, of which kind, loaded by which job.</summary>
public sealed record SourceFile(string Name, string ContentHash, string Kind, string? JobId)
{
    public long Key => StableKey.File(ContentHash);

    public static SourceFile From(string path, string kind, string? jobId = null)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceFile(Path.GetFileName(path), hash, kind, jobId);
    }
}

public enum LoadOutcome
{
    Loaded,
    AlreadyLoaded,
}

/// <summary>What a load did: how many rows it wrote and which earlier delivery of the same file it replaced.</summary>
public sealed record LoadResult(SourceFile File, LoadOutcome Outcome, long Rows, string? Superseded);
