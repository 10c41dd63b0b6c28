using CsCheck;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests;

public sealed class LeftAlignerTests : IDisposable
{
    // chr1: a CA repeat (positions 5..12) between unique flanks, wrapped at 10 bases a line.
    private const string Chr1 = "TTTGCACACACAGTTT";

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private ReferenceGenome Fasta(string chr1 = Chr1, int width = 10) =>
        ReferenceGenome.Open(dir.Write("ref.fa", $">chr1 test contig\n{Wrap(chr1, width)}>chr2\nACGTACGTAC\n"));

    private static string Wrap(string sequence, int width) =>
        string.Concat(sequence.Chunk(width).Select(c => new string(c) + "\n"));

    [Theory]
    [InlineData(10, "ACA", "A", 4, "GCA", "G")]      // deletion of CA written at the right end of the repeat
    [InlineData(8, "ACA", "A", 4, "GCA", "G")]       // the same deletion written in the middle
    [InlineData(12, "A", "ACA", 4, "G", "GCA")]      // insertion of CA at the right end
    [InlineData(6, "A", "G", 6, "A", "G")]           // a SNV stays where it is
    [InlineData(4, "GCACA", "GCA", 4, "GCA", "G")]   // padded more than needed: trimmed as well
    public void Align_MovesAnIndelToItsLeftmostEquivalent(long pos, string reference, string alt, long expectedPos, string expectedRef, string expectedAlt)
    {
        using var fasta = Fasta();
        Assert.Equal(new NormalisedVariant(expectedPos, expectedRef, expectedAlt), LeftAligner.Align(fasta, "chr1", pos, reference, alt));
    }

    [Fact]
    public void Align_ReturnsNull_WhenRefDisagreesWithTheReference_OrTheContigIsUnknown()
    {
        using var fasta = Fasta();
        Assert.Null(LeftAligner.Align(fasta, "chr1", 10, "GCA", "G"));
        Assert.Null(LeftAligner.Align(fasta, "chr7", 10, "A", "G"));
        // "1" and "chr1" are the same contig.
        Assert.NotNull(LeftAligner.Align(fasta, "1", 10, "ACA", "A"));
    }

    [Fact]
    public void Bases_ReadAcrossLineBreaks_TheSameWithOrWithoutAFaiIndex()
    {
        using (var built = Fasta())
        {
            Assert.Equal("CACAGTT", built.Bases("chr1", 9, 7));
            Assert.Equal("GTAC", built.Bases("chr2", 7, 4));
            Assert.Null(built.Bases("chr2", 8, 4));
        }

        // samtools faidx's index of the same file: name, length, offset, line bases, line width.
        File.WriteAllText(Path.Combine(dir.Path, "ref.fa.fai"), "chr1\t16\t18\t10\t11\nchr2\t10\t42\t10\t11\n");
        using var indexed = ReferenceGenome.Open(Path.Combine(dir.Path, "ref.fa"));
        Assert.Equal("CACAGTT", indexed.Bases("chr1", 9, 7));
        Assert.Equal("GTAC", indexed.Bases("chr2", 7, 4));
    }

    [Fact]
    public void Align_GivesEveryPlacementOfOneDeletion_TheSameKey_AndTheSameHaplotype()
    {
        var gen = Gen.Select(Gen.Bool.Array[12, 40].Select(b => new string(b.Select(x => x ? 'A' : 'C').ToArray())), Gen.Int[2, 10], Gen.Int[1, 3]);
        Property.ForAll(gen, input =>
        {
            var (sequence, start, length) = input;
            if (start + length > sequence.Length)
                return;
            using var fasta = Fasta(sequence, 7);
            string haplotype = sequence.Remove(start, length); // delete 0-based start .. start+length-1 (1-based start+1 ..)
            var keys = new HashSet<NormalisedVariant>();
            for (int s = 1; s + length < sequence.Length; s++)
            {
                if (sequence.Remove(s, length) != haplotype)
                    continue;
                // VCF form: padding base at 1-based position s, then the deleted bases.
                var aligned = LeftAligner.Align(fasta, "chr1", s, sequence.Substring(s - 1, length + 1), sequence.Substring(s - 1, 1));
                Assert.NotNull(aligned);
                var v = aligned.Value;
                Assert.Equal(haplotype, sequence[..(int)(v.Position - 1)] + v.Alt + sequence[(int)(v.Position - 1 + v.Ref.Length)..]);
                keys.Add(v);
            }

            Assert.Single(keys);
        }, iterations: 300);
    }

    [Fact]
    public void SomaticVcf_WithAReference_LeftAlignsCalls_AndNamesTheLineWhereRefDisagrees()
    {
        using var fasta = Fasta();
        string vcf = Vcf.Text("VCFv4.2", ["##reference=GRCh38", "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">", "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
                "##contig=<ID=chr1,length=16>"],
            Vcf.WithSamples("S1"),
            [["chr1", "10", ".", "ACA", "A", ".", "PASS", ".", "GT:AD:DP", "0/1:30,10:40"]]);
        var calls = SomaticVcf.Read(dir.Write("S1.vcf", vcf), new SomaticVcfOptions { Reference = fasta });
        var call = Assert.Single(calls.Calls);
        Assert.Equal((4L, "GCA", "G"), (call.Position, call.Ref, call.Alt));

        var wrong = vcf.Replace("chr1\t10\t.\tACA", "chr1\t10\t.\tGCA", StringComparison.Ordinal);
        var error = Assert.Single(Assert.Throws<Domain.InputRejectedException>(() =>
            SomaticVcf.Read(dir.Write("S1.vcf", wrong), new SomaticVcfOptions { Reference = fasta })).Errors);
        Assert.Equal((8L, "REF"), (error.Line, error.Field));
        Assert.Contains("does not match the reference FASTA ref.fa", error.Message, StringComparison.Ordinal);
    }
}
