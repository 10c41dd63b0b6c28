using System.Security.Cryptography;

namespace TrialWarehouse.Warehouse.Privacy;

/// <summary>
/// Where the pseudonymisation secret comes from: the <c>Pseudonymisation:Secret</c> setting (an environment variable,
/// user secrets, a vault), or a file named by <c>Pseudonymisation:SecretFile</c>. Never a committed file. On a local,
/// embedded trial (the Development server, the CLI on DuckDB) a secret is generated once into a file next to the data
/// and reused, and said so: losing it means the next loads cannot join the patients already loaded.
/// </summary>
public static class PseudonymisationSecret
{
    public const string FileSetting = "Pseudonymisation:SecretFile";

    /// <summary>The local secret file of an embedded warehouse: next to its DuckDB file; null for a server engine.</summary>
    public static string? NextTo(Engines.Engine engine) =>
        engine is Engines.DuckDbEngine duckDb ? Path.Combine(Path.GetDirectoryName(duckDb.FilePath)!, "pseudonymisation.secret") : null;

    /// <param name="localFile">The file to read or generate when nothing is configured; null where that is not allowed.</param>
    /// <param name="say">Told when the local file is generated or used.</param>
    public static Pseudonymiser Resolve(string? secret, string? secretFile, string? localFile, Action<string> say)
    {
        if (!string.IsNullOrWhiteSpace(secret))
            return new Pseudonymiser(secret);
        if (!string.IsNullOrWhiteSpace(secretFile))
            return new Pseudonymiser(Read(secretFile, FileSetting));
        if (localFile is null)
            throw new WarehouseConfigurationException(
                $"{Pseudonymiser.SecretSetting} is not set: it keys the pseudonyms of patients and samples. Set the environment variable " +
                "Pseudonymisation__Secret (at least 32 characters, e.g. `openssl rand -base64 48`) or Pseudonymisation__SecretFile, " +
                "keep it out of committed files, and back it up with the database (docs/operations.md)");
        var path = Path.GetFullPath(localFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Readable by this user only, and never overwritten: a second secret would split every patient in two.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(new FileStream(path, options)))
                writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            say($"no {Pseudonymiser.SecretSetting} configured: generated a local one in {path}; keep it with the warehouse (set the setting in production)");
        }
        else
        {
            say($"no {Pseudonymiser.SecretSetting} configured: using the local one in {path}");
        }
        return new Pseudonymiser(Read(path, "the local secret file"));
    }

    private static string Read(string path, string what)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseConfigurationException($"{what}: cannot read {path}: {e.Message}");
        }
    }
}
