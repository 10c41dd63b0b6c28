using System.Reflection;
using System.Text.RegularExpressions;

namespace TrialWarehouse.Warehouse;

/// <summary>
/// Applies the numbered scripts of <c>db/&lt;engine&gt;/</c> (embedded in this assembly) that the database has not
/// seen, each in its own transaction, journaled in <c>schema_version</c>. One runner for all three engines: DbUp has
/// no DuckDB provider, and two mechanisms would journal differently.
/// </summary>
public static partial class Migrator
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> Scripts(string engineFolder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"db/{engineFolder}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..];
                var match = ScriptName().Match(name);
                if (!match.Success)
                    throw new InvalidOperationException($"migration {n} must be named NNN_description.sql");
                return new Script(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), name, Read(assembly, n));
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    /// <summary>Applies what is missing, brings the shipped reference data up to date, and returns the names of the scripts applied now.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(Warehouse warehouse, CancellationToken cancellationToken = default)
    {
        var applied = new List<string>();
        await warehouse.InTransactionAsync(async tx =>
        {
            if (warehouse.Engine.MigrationLockSql is { } lockSql)
                await tx.ExecuteAsync(lockSql, cancellationToken: cancellationToken);
            await tx.ExecuteAsync(warehouse.Engine.JournalTableSql, cancellationToken: cancellationToken);
            var done = (await tx.QueryAsync<int>("SELECT version FROM schema_version", cancellationToken: cancellationToken)).ToHashSet();
            foreach (var script in Scripts(warehouse.Engine.MigrationFolder).Where(s => !done.Contains(s.Version)))
            {
                await tx.ExecuteAsync(script.Sql, cancellationToken: cancellationToken);
                await tx.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { script.Version, script.Name, AppliedAt = DateTime.UtcNow }, cancellationToken);
                applied.Add(script.Name);
            }
            await Loading.ReferenceData.SeedAsync(tx, warehouse.Engine, cancellationToken);
            return 0;
        }, cancellationToken);
        return applied;
    }

    /// <summary>The scripts this build knows that the database has not applied (empty when up to date).</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(Warehouse warehouse, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<int> done;
        try
        {
            done = await warehouse.QueryAsync<int>("SELECT version FROM schema_version", cancellationToken: cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            done = [];
        }
        return Scripts(warehouse.Engine.MigrationFolder).Where(s => !done.Contains(s.Version)).Select(s => s.Name).ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{3})_[a-z0-9_]+\.sql$")]
    private static partial Regex ScriptName();
}
