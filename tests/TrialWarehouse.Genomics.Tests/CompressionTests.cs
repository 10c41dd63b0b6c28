using System.IO.Compression;
using System.Text;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class CompressionTests
{
    private const string Header = "##fileformat=VCFv4.2\n" + Vcf.Columns + "\n";
    private const string Body = "chr1\t100\t.\tA\tG\t.\tPASS\t.\nchr1\t200\t.\tC\tT\t.\tPASS\t.\n";

    [Fact]
    public void GZipStream_ReadsEveryMemberOfConcatenatedGzip()
    {
        using var joined = new MemoryStream();
        foreach (string part in new[] { "first member\n", "second member\n" })
        {
            using var gzip = new GZipStream(joined, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(Encoding.UTF8.GetBytes(part));
        }

        joined.Position = 0;
        using var reader = new StreamReader(new GZipStream(joined, CompressionMode.Decompress));

        Assert.Equal("first member\nsecond member\n", reader.ReadToEnd());
    }

    [Fact]
    public void Read_Gzip_GivesSameRecordsAsPlainText()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteGzip("calls.vcf.gz", Header + Body);

        using var reader = VcfReader.Open(path);
        var positions = reader.Records().Select(r => r.Position).ToList();

        Assert.Empty(reader.Errors);
        Assert.Equal([100L, 200L], positions);
    }

    [Fact]
    public void Read_BgzfWithTwoMembers_ReadsRecordsAcrossTheBlockBoundary()
    {
        using var dir = new TempDirectory();
        byte[] text = Encoding.UTF8.GetBytes(Header + Body);
        int cut = Header.Length + 10; // inside the first record, so a line spans both members
        string path = dir.WriteBytes("calls.vcf.gz", Bgzf.Compress([text[..cut], text[cut..]]));

        using var reader = VcfReader.Open(path);
        var positions = reader.Records().Select(r => r.Position).ToList();

        Assert.Empty(reader.Errors);
        Assert.Equal([100L, 200L], positions);
    }

    [Fact]
    public void Read_BgzfWithoutEofBlock_IsReportedAsTruncated()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("cut.vcf.gz", Bgzf.Compress([Encoding.UTF8.GetBytes(Header + Body)], withEof: false));

        var errors = VcfReader.Validate(path);

        var error = Assert.Single(errors);
        Assert.Equal("cut.vcf.gz", error.File);
        Assert.Contains("end-of-file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzip_IsRejectedWithFileAndLine()
    {
        using var dir = new TempDirectory();
        string full = dir.WriteGzip("full.vcf.gz", Header + Body + Body.Replace("chr1", "chr2", StringComparison.Ordinal));
        byte[] bytes = File.ReadAllBytes(full);
        string path = dir.WriteBytes("truncated.vcf.gz", bytes[..(bytes.Length - 30)]);

        var errors = VcfReader.Validate(path);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("truncated.vcf.gz", e.File));
        Assert.All(errors, e => Assert.True(e.Line >= 1));
    }
}
