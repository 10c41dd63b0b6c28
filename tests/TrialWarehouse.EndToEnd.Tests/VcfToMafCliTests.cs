using TrialWarehouse.Demo;
using TrialWarehouse.Testing;

using static TrialWarehouse.EndToEnd.Tests.CliProcess;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary><c>vcf to-maf</c> and <c>export cbioportal</c> as scripts run them.</summary>
public class VcfToMafCliTests
{
    [Fact]
    public void ToMaf_DemoVcf_ExitsZeroAndWritesTheMaf_ABadOneExitsTwoAndWritesNothing()
    {
        var work = TestEngines.TempDirectory();
        var demo = DemoCohort.Write(Path.Combine(work, "cohort"), patients: 2, seed: 4);
        string vcf = Path.Combine(demo.OutputDirectory, demo.Files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(work, "bad.vcf"), "##fileformat=VCFv4.2\n##reference=GRCh38\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\tx\t.\tA\tT\t.\tPASS\t.\n");

        var good = Trialwarehouse(work, "vcf", "to-maf", vcf, "--out", "good.maf");
        var bad = Trialwarehouse(work, "vcf", "to-maf", "bad.vcf", "--out", "bad.maf");
        var usage = Trialwarehouse(work, "vcf", "to-maf", vcf, "--out", "x.maf", "--build", "hg99");

        Assert.Equal(0, good.ExitCode);
        Assert.StartsWith("#version 2.4\nHugo_Symbol\t", File.ReadAllText(Path.Combine(work, "good.maf")), StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.vcf:4:", bad.Stderr);
        Assert.False(File.Exists(Path.Combine(work, "bad.maf")));
        Assert.Equal(1, usage.ExitCode);
        Assert.Contains("--build hg99: expected GRCh37 or GRCh38", usage.Stderr);
    }

    [Fact]
    public void ExportCbioportal_AfterIngest_ExitsZero_ABadStudyIdIsAUsageError()
    {
        var work = TestEngines.TempDirectory();
        Assert.Equal(0, Trialwarehouse(work, "demo", "--out", "cohort", "--patients", "3").ExitCode);
        Assert.Equal(0, Trialwarehouse(work, "ingest", "cohort").ExitCode);

        var export = Trialwarehouse(work, "export", "cbioportal", "--out", "study", "--study-id", "permed_01");
        var badId = Trialwarehouse(work, "export", "cbioportal", "--out", "study2", "--study-id", "permed-01");

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("3 patients", export.Stdout);
        Assert.Contains("cancer_study_identifier: permed_01", File.ReadAllText(Path.Combine(work, "study", "meta_study.txt")));
        Assert.Equal(1, badId.ExitCode);
        Assert.Contains("letters, digits and underscores", badId.Stderr);
    }
}
