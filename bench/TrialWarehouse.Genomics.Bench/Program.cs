using System.Diagnostics;
using System.Globalization;
using TrialWarehouse.Genomics.Bench;
using TrialWarehouse.Genomics.Inspection;

// Usage: TrialWarehouse.Genomics.Bench [RECORDS] [FOLDER] [keep]
// Generates an annotated VCF of RECORDS records (default 1,000,000) in FOLDER (default the temp folder), reads it
// through the full reader (validation, decomposition, CSQ parsing), then times bcftools view -H on the same file.
// Each is run three times and the median reported, since a shared machine makes single runs noisy; "per core"
// rates divide by CPU seconds (user + system). The file is deleted afterwards unless the third argument is "keep".
const int Runs = 3;
var c = CultureInfo.InvariantCulture;
int records = args.Length > 0 ? int.Parse(args[0], NumberStyles.AllowThousands, c) : 1_000_000;
string folder = args.Length > 1 ? args[1] : Path.GetTempPath();
string path = Path.Combine(folder, $"tw-bench-{records}.vcf");

var clock = Stopwatch.StartNew();
AnnotatedVcfGenerator.Write(path, records);
Console.WriteLine(string.Create(c, $"generated {path} ({new FileInfo(path).Length / 1048576.0:F0} MiB) in {clock.Elapsed.TotalSeconds:F1} s"));

var reader = new List<Timing>();
VcfStats? stats = null;
for (int run = 0; run < Runs; run++)
{
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    stats = VcfStats.Compute(path);
    reader.Add(new Timing(clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds));
    if (!stats.IsValid || stats.Records != records)
    {
        Console.Error.WriteLine($"the generated file did not read back: {stats.Records} records, first error {(stats.Errors.Count > 0 ? stats.Errors[0] : null)}");
        return 1;
    }
}

Console.WriteLine(string.Create(c, $"records: {records:N0} ({stats!.BiallelicRecords:N0} biallelic)"));
Report("TrialWarehouse reader (full: validate, decompose, CSQ)", reader);
Console.WriteLine(string.Create(c, $"peak RSS of this process (VmHWM, generator included): {PeakMemory.MegabytesSoFar():F0} MiB"));

var bcftools = new List<Timing>();
for (int run = 0; run < Runs && Bcftools.TimeView(path) is { } timing; run++)
{
    bcftools.Add(timing);
}

if (bcftools.Count > 0)
{
    Report($"{Bcftools.Version()} view -H > /dev/null", bcftools);
    Console.WriteLine(string.Create(c, $"ratio reader/bcftools: {Median(bcftools, t => t.CpuSeconds) / Median(reader, t => t.CpuSeconds):F2} per CPU second, {Median(bcftools, t => t.WallSeconds) / Median(reader, t => t.WallSeconds):F2} wall (>= 1: at least as fast)"));
}
else
{
    Console.WriteLine("bcftools is not installed: no comparison (apt-get install -y bcftools)");
}

if (args.ElementAtOrDefault(2) != "keep")
{
    File.Delete(path);
}

return 0;

void Report(string what, List<Timing> timings)
{
    double wall = Median(timings, t => t.WallSeconds);
    double cpu = Median(timings, t => t.CpuSeconds);
    string runs = string.Join(", ", timings.Select(t => string.Create(c, $"{t.WallSeconds:F2}/{t.CpuSeconds:F2}")));
    Console.WriteLine(string.Create(c, $"{what}: median {wall:F2} s wall = {records / wall:N0} records/s; {cpu:F2} s CPU = {records / cpu:N0} records/CPU-s (wall/CPU per run: {runs})"));
}

static double Median(List<Timing> values, Func<Timing, double> of) => values.Select(of).Order().ElementAt(values.Count / 2);
