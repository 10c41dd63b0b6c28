using System.Text;
using CsCheck;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.CopyNumber;
using TrialWarehouse.Genomics.Inspection;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class PropertyTests
{
    private static readonly Gen<string> Bases = Gen.String[Gen.Char["ACGT"], 1, 6];

    private static readonly Gen<(string Reference, int Pos, string Ref, string Alt)> Edits =
        from reference in Gen.String[Gen.Char["ACGT"], 12, 40]
        from start in Gen.Int[0, reference.Length - 6]
        from refLength in Gen.Int[1, 6]
        from alt in Bases
        select (reference, start + 1, reference.Substring(start, refLength), alt);

    [Fact]
    public void Normalise_IsIdempotentAndPreservesTheEditedSequence()
    {
        Property.ForAll(Edits, edit =>
        {
            var normalised = VariantNormaliser.Normalise(edit.Pos, edit.Ref, edit.Alt);

            Assert.Equal(normalised, VariantNormaliser.Normalise(normalised.Position, normalised.Ref, normalised.Alt));
            Assert.Equal(normalised.Ref, edit.Reference.Substring((int)normalised.Position - 1, normalised.Ref.Length));
            Assert.Equal(Apply(edit.Reference, edit.Pos, edit.Ref, edit.Alt), Apply(edit.Reference, normalised.Position, normalised.Ref, normalised.Alt));
            if (normalised.Ref.Length > 1 && normalised.Alt.Length > 1)
            {
                Assert.NotEqual(normalised.Ref[0], normalised.Alt[0]);
                Assert.NotEqual(normalised.Ref[^1], normalised.Alt[^1]);
            }
        }, iterations: 5000);
    }

    [Fact]
    public void SomaticVcf_OnMutatedValidFile_OnlyEverRejects()
    {
        string valid = File.ReadAllText(TestData.PathOf("callers", "mutect2.vcf"));
        using var dir = new TempDirectory();
        int rejected = 0;
        Property.ForAll(Mutations(valid), text =>
        {
            string path = dir.Write("fuzz.vcf", text);
            try
            {
                SomaticVcf.Read(path);
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error => Assert.Equal("fuzz.vcf", error.File));
                rejected++;
            }

            _ = VcfReader.Validate(path, new VcfReaderOptions { Strict = true });
        }, iterations: 400);

        Assert.True(rejected > 100, $"only {rejected} of 400 mutated files were rejected");
    }

    [Fact]
    public void SomaticVcf_OnCorruptedGzip_OnlyEverRejects()
    {
        byte[] valid = Bgzf.Compress([Encoding.UTF8.GetBytes(File.ReadAllText(TestData.PathOf("callers", "dragen.vcf")))]);
        using var dir = new TempDirectory();
        var corruptions =
            from position in Gen.Int[0, valid.Length - 1]
            from value in Gen.Byte
            from cut in Gen.Int[1, valid.Length]
            select (position, value, cut);
        Property.ForAll(corruptions, c =>
        {
            byte[] bytes = valid[..c.cut];
            if (c.position < bytes.Length)
            {
                bytes[c.position] = c.value;
            }

            string path = dir.WriteBytes("fuzz.vcf.gz", bytes);
            try
            {
                SomaticVcf.Read(path);
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
            }
        }, iterations: 300);
    }

    [Theory]
    [InlineData("mutect2.vcf")]
    [InlineData("dragen.vcf")]
    [InlineData("eff")]
    public void VcfStats_OnMutatedAnnotatedFile_OnlyEverReportsErrors(string source)
    {
        // Stats runs the annotation parser on whatever the validator lets through, so a damaged CSQ, ANN or EFF
        // entry must not throw either.
        string valid = source == "eff" ? EffAnnotated : File.ReadAllText(TestData.PathOf("callers", source));
        using var dir = new TempDirectory();
        Property.ForAll(Mutations(valid), text =>
        {
            string path = dir.Write("fuzz.vcf", text);
            var stats = VcfStats.Compute(path);
            Assert.All(stats.Errors, error => Assert.Equal("fuzz.vcf", error.File));
        }, iterations: 300);
    }

    private static readonly string EffAnnotated = Vcf.Text("VCFv4.1",
        ["##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_Change| Amino_Acid_Length | Gene_Name | Transcript_BioType | Gene_Coding | Transcript_ID | Exon_Rank  | Genotype [ | ERRORS | WARNINGS ] )' \">"],
        Vcf.Columns,
        ["1", "100", ".", "G", "A,T", ".", "PASS", "EFF=missense_variant(MODERATE|MISSENSE|Gcc/Acc|p.Ala65Thr/c.193G>A|639|PKHD1L1|protein_coding|CODING|ENST1|2|A),STOP_GAINED(HIGH|NONSENSE|Cag/Tag|Q66*|639|PKHD1L1|protein_coding|CODING|ENST2|2|2)"],
        ["1", "200", ".", "C", "G", ".", "PASS", "EFF=INTRON(MODIFIER||||639|PKHD1L1|protein_coding|CODING|ENST1|3|G)"]);

    [Fact]
    public void CopyNumberFile_OnMutatedValidFile_OnlyEverRejects()
    {
        const string Valid = "sample_id\tgene\tlog2_ratio\tcopy_number\tstate\nPT1-T1\tERBB2\t2.31\t18\t2\nPT1-T1\tPTEN\t-1.2\t0\t-2\n";
        using var dir = new TempDirectory();
        Property.ForAll(Mutations(Valid), text =>
        {
            string path = dir.Write("fuzz.cna.tsv", text);
            try
            {
                CopyNumberFile.Read(path);
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
            }
        }, iterations: 300);
    }

    private static string Apply(string reference, long pos, string oldBases, string newBases) =>
        reference[..((int)pos - 1)] + newBases + reference[((int)pos - 1 + oldBases.Length)..];

    /// <summary>One to three edits of a valid text: characters that matter to VCF inserted, spans deleted, lines repeated or dropped, the end cut.</summary>
    private static Gen<string> Mutations(string valid)
    {
        var noise = Gen.String[Gen.Char["\t\n;,:=<>.|/-+0123456789ACGTNacgtXYZ\"%*[] e"], 1, 8];
        var edit =
            from kind in Gen.Int[0, 4]
            from position in Gen.Int[0, valid.Length - 1]
            from length in Gen.Int[1, 40]
            from text in noise
            select (kind, position, length, text);
        return edit.Array[1, 3].Select(edits =>
        {
            string result = valid;
            foreach (var (kind, position, length, text) in edits)
            {
                int at = Math.Min(position, result.Length);
                int span = Math.Min(length, result.Length - at);
                result = kind switch
                {
                    0 => result.Insert(at, text),
                    1 => result.Remove(at, span),
                    2 => result[..at] + text + result[(at + span)..],
                    3 => DuplicateLine(result, at),
                    _ => result[..at],
                };
            }

            return result;
        });
    }

    private static string DuplicateLine(string text, int at)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int end = text.IndexOf('\n', at);
        string line = end < 0 ? text[start..] + "\n" : text[start..(end + 1)];
        return text.Insert(start, line);
    }
}
