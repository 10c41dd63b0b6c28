using System.Globalization;

namespace TrialWarehouse.Demo.Tests;

/// <summary>A written demo cohort read back with a deliberately small, independent reader.</summary>
public sealed class CohortFiles
{
    public CohortFiles(string directory, DemoSummary summary)
    {
        Directory = directory;
        Summary = summary;
        Patients = ReadCsv("patients.csv");
        Samples = ReadCsv("samples.csv");
        Lines = ReadCsv("therapy_lines.csv");
        FollowUp = ReadCsv("follow_up.csv");
    }

    public string Directory { get; }

    public DemoSummary Summary { get; }

    public List<Dictionary<string, string>> Patients { get; }

    public List<Dictionary<string, string>> Samples { get; }

    public List<Dictionary<string, string>> Lines { get; }

    public List<Dictionary<string, string>> FollowUp { get; }

    public static CohortFiles Generate(int patients, int seed, string tag)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"twdemo-{tag}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var summary = DemoCohort.Write(dir, patients, seed);
        return new CohortFiles(dir, summary);
    }

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public List<Dictionary<string, string>> ReadCsv(string name) => ReadTable(Path.Combine(Directory, name), ',');

    public static List<Dictionary<string, string>> ReadTable(string path, char separator)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]); // LF-terminated
        var header = lines[0].Split(separator);
        var rows = new List<Dictionary<string, string>>();
        foreach (string line in lines[1..^1])
        {
            Assert.DoesNotContain('"', line);
            var cells = line.Split(separator);
            Assert.Equal(header.Length, cells.Length);
            rows.Add(header.Zip(cells).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>The data lines of a VCF, split into columns.</summary>
    public static (List<string> Meta, string[] Header, List<string[]> Records) ReadVcf(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]);
        var meta = lines.Where(l => l.StartsWith("##", StringComparison.Ordinal)).ToList();
        var header = lines.Single(l => l.StartsWith("#CHROM", StringComparison.Ordinal)).Split('\t');
        var records = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        return (meta, header, records);
    }

    public static Dictionary<string, string> Info(string info) =>
        info.Split(';').Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "", StringComparer.Ordinal);
}

/// <summary>Cohorts shared by the tests of one class, generated once.</summary>
public sealed class CohortFixture : IDisposable
{
    public CohortFixture()
    {
        Default = CohortFiles.Generate(60, 1, "default");
        Large = CohortFiles.Generate(500, 7, "large");
    }

    public CohortFiles Default { get; }

    public CohortFiles Large { get; }

    public void Dispose()
    {
        foreach (var c in new[] { Default, Large })
        {
            if (Directory.Exists(c.Directory))
            {
                Directory.Delete(c.Directory, recursive: true);
            }
        }
    }
}
