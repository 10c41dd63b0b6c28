using System.Text;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// A demo cohort cut into small inbox deliveries, one per patient: that patient's rows of patients.csv and
/// samples.csv (under names of their own, so one delivery never supersedes another) and the sample's VCF.
/// </summary>
internal static class DemoDeliveries
{
    public sealed record Written(DemoSummary Cohort, IReadOnlyList<string> Deliveries, int Files);

    public static Written Write(string work, Inbox inbox, int patients, int seed)
    {
        var cohort = DemoCohort.Write(Path.Combine(work, "cohort"), patients, seed);
        var clinical = new[] { "patients", "samples" }
            .ToDictionary(kind => kind, kind => File.ReadAllLines(Path.Combine(cohort.OutputDirectory, kind + ".csv")));
        var deliveries = new List<string>();
        var files = 0;
        foreach (var patient in clinical["patients"].Skip(1).Select(l => l.Split(',')[0]))
        {
            deliveries.Add(inbox.Deliver("delivery-" + patient, folder =>
            {
                Directory.CreateDirectory(folder);
                foreach (var (kind, lines) in clinical)
                {
                    // samples.csv names the patient in its second column.
                    var column = kind == "samples" ? 1 : 0;
                    var rows = lines.Skip(1).Where(l => l.Split(',')[column] == patient).ToList();
                    if (rows.Count == 0)
                        continue;
                    File.WriteAllText(Path.Combine(folder, $"{kind}_{patient}.csv"), string.Join('\n', [lines[0], .. rows]) + "\n", Utf8);
                    files++;
                }
                foreach (var genomic in cohort.Files.Where(f => f.StartsWith(patient + "-", StringComparison.Ordinal) && f.EndsWith(".vcf", StringComparison.Ordinal)))
                {
                    File.Copy(Path.Combine(cohort.OutputDirectory, genomic), Path.Combine(folder, genomic));
                    files++;
                }
            }));
        }
        return new Written(cohort, deliveries, files);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
