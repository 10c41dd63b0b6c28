using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

/// <summary>The hts-specs VCF 4.2 conformance suite: passed/ must be accepted, failed/ rejected.</summary>
public class ConformanceTests
{
    public static TheoryData<string> PassedFiles() => Files("passed");

    public static TheoryData<string> FailedFiles() => Files("failed");

    [Theory]
    [MemberData(nameof(PassedFiles))]
    public void Validate_AcceptsConformingFile(string file)
    {
        var errors = VcfReader.Validate(TestData.PathOf("hts-specs-4.2", "passed", file));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(FailedFiles))]
    public void Validate_RejectsNonConformingFile(string file)
    {
        var errors = VcfReader.Validate(TestData.PathOf("hts-specs-4.2", "failed", file));

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(file, e.File));
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(TestData.PathOf("hts-specs-4.2", folder), "*.vcf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }
}
