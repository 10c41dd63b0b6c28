using CsCheck;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Maf;

namespace TrialWarehouse.Genomics.Tests.Maf;

public class MafPropertyTests
{
    private const string Valid =
        "#version 2.4\nHugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tEnd_Position\tVariant_Classification\tReference_Allele\tTumor_Seq_Allele1\tTumor_Seq_Allele2\tTumor_Sample_Barcode\tt_depth\tt_alt_count\tvcf_pos\tvcf_ref\tt_vaf\n" +
        "EGFR\tGRCh38\tchr7\t55174772\t55174786\tIn_Frame_Del\tGGAATTAAGAGAAGC\tGGAATTAAGAGAAGC\t-\tS1\t100\t20\t55174771\tAGGAATTAAGAGAAGC\t0.2\n" +
        "KRAS\tGRCh38\tchr12\t25245347\t25245348\tFrame_Shift_Ins\t-\t-\tA\tS1\t50\t10\t25245347\tT\t0.2\n";

    [Fact]
    public void Read_AnyCorruptionOfAValidMaf_EndsInCallsOrARejection()
    {
        var noise = Gen.String[Gen.Char["\t\n#.-0123456789ACGTNacgtXYZ_ ,:/"], 0, 6];
        var gen =
            from kind in Gen.Int[0, 2]
            from position in Gen.Int[0, Valid.Length - 1]
            from length in Gen.Int[0, 12]
            from text in noise
            select kind switch
            {
                0 => Valid.Remove(position, Math.Min(length, Valid.Length - position)),
                1 => Valid.Insert(position, text),
                _ => Valid[..position] + text + Valid[Math.Min(Valid.Length, position + length)..],
            };

        Property.ForAll(gen, text =>
        {
            try
            {
                var samples = MafReader.Read(new StringReader(text), "fuzz.maf");
                // Whatever is accepted is a well-formed call.
                Assert.All(samples.SelectMany(s => s.Calls), c =>
                {
                    Assert.True(c.Position >= 1);
                    Assert.NotEqual(c.Ref, c.Alt);
                    Assert.Matches("^[ACGTN]+$", c.Ref + c.Alt);
                });
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error => Assert.Equal("fuzz.maf", error.File));
            }
        }, iterations: 3000);
    }

    [Fact]
    public void Read_WrittenRowsOfRandomVariants_RoundTripToTheSameAlleles()
    {
        var gen =
            from pos in Gen.Long[1, 1_000_000]
            from padding in Gen.Char["ACGT"]
            from reference in Gen.String[Gen.Char["ACGT"], 0, 5]
            from alt in Gen.String[Gen.Char["ACGT"], 0, 5]
            where reference != alt
            select new VariantCall("S1", "GRCh38", "chr1", pos, padding + reference, padding + alt, null, null, null, null, null, null, null, null, "PASS");

        Property.ForAll(gen, call =>
        {
            var normalised = TrialWarehouse.Genomics.Normalisation.VariantNormaliser.Normalise(call.Position, call.Ref, call.Alt);
            var expected = call with { Position = normalised.Position, Ref = normalised.Ref, Alt = normalised.Alt };
            var output = new StringWriter();
            new MafWriter(output).Write(MafRow.For(expected, null));

            var read = MafReader.Read(new StringReader(output.ToString()), "round.maf");

            Assert.Equal(expected with { Consequence = null }, read[0].Calls[0] with { Consequence = null });
        }, iterations: 2000);
    }
}
