using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests;

public class ProteinNotationTests
{
    [Theory]
    [InlineData("p.His1047Arg", "p.H1047R")]
    [InlineData("p.Glu746_Ala750del", "p.E746_A750del")]
    [InlineData("p.Gln61%3D", "p.Q61=")]
    [InlineData("p.Arg213Ter", "p.R213*")]
    [InlineData("p.Lys117AsnfsTer4", "p.K117Nfs*4")]
    [InlineData("p.Val600Glu", "p.V600E")]
    [InlineData("p.?", "p.?")]
    public void ToOneLetter_ConvertsThreeLetterCodes(string threeLetter, string oneLetter)
    {
        Assert.Equal(oneLetter, ProteinNotation.ToOneLetter(threeLetter));
    }
}
