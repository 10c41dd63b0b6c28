namespace TrialWarehouse.Actionability.Tests;

public class ProteinChangeTests
{
    [Theory]
    [InlineData("p.His1047Arg", "H1047R")]
    [InlineData("p.(Glu545Lys)", "E545K")]
    [InlineData("p.Arg1443Ter", "R1443*")]
    [InlineData("p.Glu746_Ala750del", "E746_A750del")]
    [InlineData("V600E", "V600E")]
    public void Normalise_GivesOneLetterWithoutPrefix(string hgvsP, string expected) =>
        Assert.Equal(expected, ProteinChange.Normalise(hgvsP));

    [Theory]
    [InlineData("p.V600E", 'V', 600, 'E', true)]
    [InlineData("p.Val600Val", 'V', 600, '=', false)]
    [InlineData("p.R1443*", 'R', 1443, '*', false)]
    [InlineData("p.M1I", 'M', 1, 'I', false)]
    public void TryParseSubstitution_SplitsSingleResidueChanges(string hgvsP, char reference, int position, char alternate, bool missense)
    {
        Assert.True(ProteinChange.TryParseSubstitution(hgvsP, out var change));
        Assert.Equal(new Substitution(reference, position, alternate), change);
        Assert.Equal(missense, change.IsMissense);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("p.?")]
    [InlineData("p.E746_A750del")]
    [InlineData("p.V9999999E")]
    public void TryParseSubstitution_RejectsEverythingElse(string? hgvsP) =>
        Assert.False(ProteinChange.TryParseSubstitution(hgvsP, out _));
}
