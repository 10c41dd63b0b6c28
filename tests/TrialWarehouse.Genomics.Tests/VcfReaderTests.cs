using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class VcfReaderTests
{
    private static readonly string[] Meta =
    [
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">",
        "##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description=\"Somatic\">",
        "##INFO=<ID=CIPOS,Number=2,Type=Integer,Description=\"Confidence interval\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
        "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Phred likelihoods\">",
        "##FORMAT=<ID=FT,Number=1,Type=String,Description=\"Sample filter\">",
        "##FILTER=<ID=q10,Description=\"Quality below 10\">",
        "##ALT=<ID=DEL,Description=\"Deletion\">",
        "##ALT=<ID=INS:ME,Description=\"Mobile element insertion\">",
        "##contig=<ID=chr1,length=248956422,assembly=GRCh38>",
        "##SAMPLE=<ID=S1,Genomes=Germline,Mixture=1.0,Description=\"Patient germline\">",
        "##PEDIGREE=<Name_0=S1>",
        "##source=UnitTest",
    ];

    [Fact]
    public void Open_ReadsTypedHeaderDefinitions()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("h.vcf", Vcf.Text("VCFv4.2", Meta, Vcf.WithSamples("S1", "S2")));

        using var reader = VcfReader.Open(path);
        var header = reader.Header!;

        Assert.Equal(VcfVersion.V42, header.Version);
        Assert.Equal(new VcfNumber(VcfNumberKind.Fixed, 1), header.InfoDefinitions["DP"].Number);
        Assert.Equal(VcfValueType.Integer, header.InfoDefinitions["DP"].Type);
        Assert.Equal(VcfNumber.A, header.InfoDefinitions["AF"].Number);
        Assert.Equal(VcfValueType.Flag, header.InfoDefinitions["SOMATIC"].Type);
        Assert.Equal(VcfNumber.Fixed(2), header.InfoDefinitions["CIPOS"].Number);
        Assert.Equal(VcfNumber.R, header.FormatDefinitions["AD"].Number);
        Assert.Equal(VcfNumber.G, header.FormatDefinitions["PL"].Number);
        Assert.Equal("Quality below 10", header.Filters["q10"]);
        Assert.Contains("INS:ME", header.Alts.Keys);
        Assert.Equal(new VcfContig("chr1", 248956422, "GRCh38"), Assert.Single(header.Contigs));
        Assert.Equal("Germline", Assert.Single(header.SampleLines).Get("Genomes"));
        Assert.Single(header.PedigreeLines);
        Assert.Equal("UnitTest", header.GetValue("source"));
        Assert.Equal(["S1", "S2"], header.SampleNames);
    }

    [Fact]
    public void Records_GiveTypedAccessToFixedColumnsInfoAndSamples()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("r.vcf", Vcf.Text("VCFv4.2", Meta, Vcf.WithSamples("S1", "S2"),
            ["chr1", "100", "rs1;rs2", "A", "G,T", "30.5", "q10", "DP=42;AF=0.25,.;SOMATIC;CIPOS=-5,5", "GT:AD:PL:FT", "0|1:10,5,.:0,10,20,30,40,50:PASS", "1/2:.:.:."]));

        using var reader = VcfReader.Open(path);
        var record = Assert.Single(reader.Records());

        Assert.Empty(reader.Errors);
        Assert.Equal("chr1", record.Chrom);
        Assert.Equal(100, record.Position);
        Assert.Equal(["rs1", "rs2"], record.Ids);
        Assert.Equal("A", record.Ref);
        Assert.Equal(["G", "T"], record.Alts);
        Assert.Equal(30.5, record.Qual);
        Assert.Equal(["q10"], record.Filters);
        Assert.False(record.IsPass);
        Assert.Equal(42, record.GetInfoInteger("DP"));
        Assert.Equal(0.25, record.GetInfoFloat("AF", 0));
        Assert.Null(record.GetInfoFloat("AF", 1));
        Assert.True(record.HasInfo("SOMATIC"));
        Assert.Equal(-5, record.GetInfoInteger("CIPOS", 0));
        Assert.Equal(["G", "T"], record.Alts);
        Assert.Equal(["GT", "AD", "PL", "FT"], record.FormatKeys);
        Assert.Equal(5, record.GetSampleInteger(0, "AD", 1));
        Assert.Null(record.GetSampleInteger(0, "AD", 2));
        Assert.Null(record.GetSampleInteger(1, "AD", 0));
        Assert.Equal("PASS", record.GetSampleString(0, "FT"));
        Assert.Null(record.GetSampleString(1, "FT"));
        Assert.Equal([0, 1], record.GetGenotype(0)!.Alleles.Select(a => a!.Value));
        Assert.True(record.GetGenotype(0)!.Phased);
        Assert.False(record.GetGenotype(1)!.Phased);
    }

    [Theory]
    [InlineData("0/1", new[] { 0, 1 }, false)]
    [InlineData("1|0", new[] { 1, 0 }, true)]
    [InlineData("0|0|1", new[] { 0, 0, 1 }, true)]
    [InlineData("1", new[] { 1 }, false)]
    [InlineData("./.", new[] { -1, -1 }, false)]
    [InlineData("0/1|2", new[] { 0, 1, 2 }, false)]
    public void Genotype_ParsesAnyPloidyAndPhasing(string text, int[] alleles, bool phased)
    {
        var genotype = Genotype.TryParse(text, VcfVersion.V42, out _)!;

        Assert.Equal(alleles, genotype.Alleles.Select(a => a ?? -1));
        Assert.Equal(phased, genotype.Phased);
    }

    [Fact]
    public void Genotype_ReadsVcf44LeadingPhaseMarker()
    {
        var genotype = Genotype.TryParse("|0|1", VcfVersion.V44, out _)!;

        Assert.True(genotype.Phased);
        Assert.Equal([0, 1], genotype.Alleles.Select(a => a!.Value));
        Assert.Null(Genotype.TryParse("|0|1", VcfVersion.V42, out _));
    }

    [Theory]
    [InlineData("<DEL>")]
    [InlineData("<DUP>")]
    [InlineData("<CNV>")]
    [InlineData("<INS:ME>")]
    [InlineData("<*>")]
    [InlineData("<NON_REF>")]
    [InlineData("G]chr2:321682]")]
    [InlineData("[chr2:321682[G")]
    [InlineData("*")]
    [InlineData("G,<NON_REF>")]
    public void Records_AcceptSymbolicBreakendAndStarAlleles(string alt)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("alt.vcf", Vcf.Text("VCFv4.3", [], Vcf.Columns, ["chr1", "100", ".", "A", alt, ".", ".", "."]));

        Assert.Empty(VcfReader.Validate(path));
    }

    [Fact]
    public void Records_ReadMissingValuesAsNull()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("m.vcf", Vcf.Text("VCFv4.2", Meta, Vcf.WithSamples("S1"), ["chr1", "5", ".", "A", ".", ".", ".", ".", "GT:AD", "./.:."]));

        using var reader = VcfReader.Open(path);
        var record = Assert.Single(reader.Records());

        Assert.Empty(record.Ids);
        Assert.Empty(record.Alts);
        Assert.Null(record.Qual);
        Assert.Empty(record.Filters);
        Assert.Null(record.GetInfoInteger("DP"));
        Assert.Null(record.GetSampleInteger(0, "AD"));
        Assert.Equal([null, null], record.GetGenotype(0)!.Alleles);
    }

    [Fact]
    public void Records_StreamLargeFileWithoutHoldingIt()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "big.vcf");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("##fileformat=VCFv4.2\n" + Vcf.Columns + "\n");
            for (int i = 1; i <= 100_000; i++)
            {
                writer.Write($"chr1\t{i * 10}\t.\tA\tG\t50\tPASS\tDP=30\n");
            }
        }

        long count = 0;
        long maxLive = 0;
        using (var reader = VcfReader.Open(path))
        {
            foreach (var record in reader.Records())
            {
                count++;
                if (count % 25_000 == 0)
                {
                    maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: true));
                }
            }
        }

        Assert.Equal(100_000, count);
        Assert.True(maxLive < 64 * 1024 * 1024, $"live heap {maxLive} bytes");
    }
}
