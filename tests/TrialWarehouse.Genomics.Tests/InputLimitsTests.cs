using System.IO.Compression;
using System.Text;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Cbioportal;
using TrialWarehouse.Genomics.CopyNumber;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

/// <summary>Every reader of genomic files refuses enormous lines, invalid UTF-8 and compression bombs, naming file, line and limit.</summary>
public class InputLimitsTests
{
    private const string Header = "##fileformat=VCFv4.2\n" + Vcf.Columns + "\n";
    private const string Record = "chr1\t100\t.\tA\tG\t.\tPASS\t.\n";

    // The ratio is checked after 1 MiB here (64 MiB by default), so that a bomb of a few MiB is enough.
    private static readonly InputLimits Small = new() { ExpansionCheckedAfterBytes = 1 << 20 };

    private const string RatioAdvice = "); nothing was loaded. Compressed VCFs expand 5 to 30 times: is it a compression bomb, or not the file meant? " +
        "If the file is genuine, raise Ingestion:Limits:MaxExpansionRatio";

    [Fact]
    public void Validate_GzipBomb_IsRejectedByTheExpansionRatio_WithFileAndLine()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("bomb.vcf.gz", Gzip(BombText(4 << 20)));

        var error = Assert.Single(VcfReader.Validate(path, new VcfReaderOptions { Limits = Small }));

        Assert.Equal("bomb.vcf.gz", error.File);
        Assert.InRange(error.Line, 20_000, 25_000);
        Assert.StartsWith("the compressed data expands more than the limit MaxExpansionRatio = 100 times (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(RatioAdvice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BgzfBomb_IsRejected_AndGivesNoCalls()
    {
        using var dir = new TempDirectory();
        var text = BombText(4 << 20);
        var blocks = Enumerable.Range(0, (text.Length + 65279) / 65280).Select(i => text[(i * 65280)..Math.Min(text.Length, (i + 1) * 65280)]);
        string path = dir.WriteBytes("bomb.vcf.gz", Bgzf.Compress(blocks));

        var e = Assert.Throws<InputRejectedException>(() => SomaticVcf.Read(path, SomaticVcfOptions.Default with { Limits = Small }));

        var error = Assert.Single(e.Errors);
        Assert.StartsWith("bomb.vcf.gz:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("MaxExpansionRatio = 100 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RealisticGzipVcf_PassesTheDefaultRatio()
    {
        // Records as the callers write them (sorted positions, depths, a CSQ) compress about 10x, far below 100x.
        var text = new StringBuilder(Header.Replace(Vcf.Columns, "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n" + Vcf.Columns, StringComparison.Ordinal));
        for (var i = 0; i < 40_000; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"chr1\t{1000 + (i * 37)}\t.\t{"ACGT"[i % 4]}\t{"CGTA"[i % 4]}\t{i % 97}\tPASS\tDP={20 + (i % 300)}\n");
        using var dir = new TempDirectory();
        string path = dir.WriteGzip("real.vcf.gz", text.ToString());
        Assert.InRange(text.Length / (double)new FileInfo(path).Length, 2, 30);

        Assert.Empty(VcfReader.Validate(path, new VcfReaderOptions { Limits = Small }));
    }

    [Fact]
    public void Validate_BeyondMaxDecompressedBytes_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("big.vcf.gz", Gzip(BombText(2 << 20)));
        var limits = new InputLimits { MaxDecompressedBytes = 1 << 20, MaxExpansionRatio = 1e6 };

        var error = Assert.Single(VcfReader.Validate(path, new VcfReaderOptions { Limits = limits }));

        Assert.StartsWith("big.vcf.gz:", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("the compressed data expands beyond the limit MaxDecompressedBytes = 1,048,576 bytes; nothing was loaded. Expected a compressed " +
            "file smaller than that once expanded; if the file is genuine, raise Ingestion:Limits:MaxDecompressedBytes", error.Message);
    }

    [Fact]
    public void Validate_LineLongerThanTheLimit_IsRejectedAtItsLine_AndNothingAfterIsRead()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("long.vcf", Header + $"chr1\t100\t.\tA\tG\t.\tPASS\tX={new string('A', 5000)}\n" + "chr1\tBAD\t.\tA\tG\t.\tPASS\t.\n");

        var error = Assert.Single(VcfReader.Validate(path, new VcfReaderOptions { Limits = new InputLimits { MaxLineBytes = 4096 } }));

        Assert.Equal("long.vcf:3: the line is longer than the limit MaxLineBytes = 4,096 bytes, and was not read further; expected a line break within it " +
            "(is the file cut, joined wrongly, or not text?). If such lines are genuine, raise Ingestion:Limits:MaxLineBytes", error.ToString());
    }

    [Fact]
    public void Validate_InvalidUtf8_IsRejectedWithLineAndColumn_AndLaterLinesAreStillChecked()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Header + "chr1\t100\t.\tA\tG\t.\tPASS\tNOTE=caf"), 0xE9, .. "\nchr1\tBAD\t.\tA\tG\t.\tPASS\t.\n"u8];
        string path = dir.WriteBytes("latin1.vcf", bytes);

        var errors = VcfReader.Validate(path);

        Assert.Equal("latin1.vcf:3: byte 0xE9 at column 31 is not valid UTF-8; expected the file to be saved as UTF-8", errors[0].ToString());
        Assert.Equal((4L, "POS"), (errors[1].Line, errors[1].Field));
    }

    [Fact]
    public void Validate_InvalidUtf8InTheHeader_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("header.vcf", [.. "##fileformat=VCFv4.2\n##source="u8, 0xFF, .. "\n"u8, .. Encoding.UTF8.GetBytes(Vcf.Columns + "\n" + Record)]);

        var error = Assert.Single(VcfReader.Validate(path));

        Assert.Equal("header.vcf:2: byte 0xFF at column 10 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
    }

    [Fact]
    public void MafRead_InvalidUtf8_IsRejectedWithLineAndColumn()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("muts.maf", [.. "#version 2.4\nHugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tEnd_Position\tReference_Allele\tTumor_Seq_Allele2\tTumor_Sample_Barcode\nTP"u8,
            0xC0, .. "53\tGRCh38\t17\t7675088\t7675088\tC\tT\tS1\n"u8]);

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => MafReader.Read(path)).Errors);

        Assert.Equal("muts.maf:3: byte 0xC0 at column 3 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
    }

    [Fact]
    public void MafRead_LineLongerThanTheLimit_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("muts.maf", "#version 2.4\n" + new string('x', 3000) + "\n");

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => MafReader.Read(path, new InputLimits { MaxLineBytes = 2048 })).Errors);

        Assert.Equal(2, error.Line);
        Assert.StartsWith("the line is longer than the limit MaxLineBytes = 2,048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyNumberFileRead_InvalidUtf8_IsRejectedWithLineAndColumn()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("calls.cna.tsv", [.. "sample_id\tgene\tstate\nS1\tMYC"u8, 0xFF, .. "\t1\n"u8]);

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => CopyNumberFile.Read(path)).Errors);

        Assert.Equal("calls.cna.tsv:2: byte 0xFF at column 7 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
    }

    [Fact]
    public void CopyNumberFileRead_LineLongerThanTheLimit_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("calls.cna.tsv", "sample_id\tgene\tstate\n" + new string('x', 2000) + "\n");

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => CopyNumberFile.Read(path, new InputLimits { MaxLineBytes = 1024 })).Errors);

        Assert.Equal(("calls.cna.tsv", 2L), (error.File, error.Line));
        Assert.Contains("MaxLineBytes = 1,024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CbioportalCnaRead_InvalidUtf8AndLongLines_AreRejected()
    {
        using var dir = new TempDirectory();
        string bad = dir.WriteBytes("data_cna.txt", [.. "Hugo_Symbol\tS1\nERBB"u8, 0xFF, .. "\t2\n"u8]);
        string longLine = dir.Write("data_cna_long.txt", "Hugo_Symbol\tS1\n" + new string('x', 2000) + "\n");

        var invalid = Assert.Single(Assert.Throws<InputRejectedException>(() => CbioportalCna.Read(bad)).Errors);
        var tooLong = Assert.Single(Assert.Throws<InputRejectedException>(() => CbioportalCna.Read(longLine, new InputLimits { MaxLineBytes = 1024 })).Errors);

        Assert.Equal("data_cna.txt:2: byte 0xFF at column 5 is not valid UTF-8; expected the file to be saved as UTF-8", invalid.ToString());
        Assert.Equal(2, tooLong.Line);
        Assert.Contains("MaxLineBytes = 1,024 bytes", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CbioportalSvRead_InvalidUtf8_IsRejectedWithLineAndColumn()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("data_sv.txt", [.. "Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\nS1\tTMPRSS2\tER"u8, 0xFF, .. "\n"u8]);

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => CbioportalSv.Read(path, "GRCh38")).Errors);

        Assert.Equal("data_sv.txt:2: byte 0xFF at column 14 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
    }

    /// <summary>A VCF header followed by one meta line repeated up to about <paramref name="bytes"/>: what a bomb expands to.</summary>
    private static byte[] BombText(int bytes)
    {
        var line = "##bomb=0000000000000000000000000000000000000000\n"u8.ToArray();
        var text = new byte[(bytes / line.Length * line.Length) + 21];
        "##fileformat=VCFv4.2\n"u8.CopyTo(text);
        for (var i = 21; i + line.Length <= text.Length; i += line.Length)
            line.CopyTo(text, i);
        return text;
    }

    private static byte[] Gzip(byte[] text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(text);
        return output.ToArray();
    }
}
