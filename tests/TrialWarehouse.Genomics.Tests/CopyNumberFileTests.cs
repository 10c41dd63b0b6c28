using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.CopyNumber;

namespace TrialWarehouse.Genomics.Tests;

public class CopyNumberFileTests
{
    [Fact]
    public void Read_ColumnsInAnyOrder_WithOptionalNumbers()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("calls.cna.tsv", "state\tgene\tsample_id\tcopy_number\tlog2_ratio\n2\tERBB2\tPT0001-T1\t18\t2.31\n-2\tPTEN\tPT0001-T1\t\t-1.5e0\n0\tTP53\tPT0001-T1\t\t\n");

        var calls = CopyNumberFile.Read(path);

        Assert.Equal(
            [
                new CopyNumberCall("PT0001-T1", "ERBB2", 2, 2.31, 18),
                new CopyNumberCall("PT0001-T1", "PTEN", -2, -1.5, null),
                new CopyNumberCall("PT0001-T1", "TP53", 0, null, null),
            ],
            calls);
    }

    [Fact]
    public void Read_OnlyRequiredColumns_IsAccepted()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("min.cna.tsv", "sample_id\tgene\tstate\nS1\tMYC\t1\n");

        Assert.Equal(new CopyNumberCall("S1", "MYC", 1, null, null), Assert.Single(CopyNumberFile.Read(path)));
    }

    [Fact]
    public void Read_UnknownAndMissingColumns_AreRejectedOnLineOne()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("cols.cna.tsv", "sample_id\tgene\tcn_state\nS1\tMYC\t1\n");

        var errors = Assert.Throws<InputRejectedException>(() => CopyNumberFile.Read(path)).Errors;

        Assert.Contains(errors, e => e.Line == 1 && e.Field == "cn_state" && e.Message.Contains("unknown column", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 1 && e.Field == "state" && e.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BadValues_NameFileLineAndColumn()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.cna.tsv", "sample_id\tgene\tlog2_ratio\tcopy_number\tstate\nS1\tERBB2\t2,31\t18\t2\nS1\tPTEN\t-1\t-3\t3\nS 1\tMYC\t0.1\t2\t0\nS1\tERBB2\t0.1\t2\t0\nS1\tKRAS\t0.1\n");

        var errors = Assert.Throws<InputRejectedException>(() => CopyNumberFile.Read(path)).Errors;

        Assert.Collection(errors,
            e => Assert.Equal(("bad.cna.tsv", 2L, "log2_ratio"), (e.File, e.Line, e.Field)),
            e => Assert.Equal((3L, "copy_number"), (e.Line, e.Field)),
            e => Assert.Equal((3L, "state"), (e.Line, e.Field)),
            e => Assert.Equal((4L, "sample_id"), (e.Line, e.Field)),
            e => Assert.Equal((5L, "gene"), (e.Line, e.Field)),
            e => Assert.Equal((6L, (string?)null), (e.Line, e.Field)));
        Assert.Contains("-2 (deep deletion) to 2", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("empty.cna.tsv", "");

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => CopyNumberFile.Read(path)).Errors);

        Assert.Equal(("empty.cna.tsv", 1L), (error.File, error.Line));
    }
}
