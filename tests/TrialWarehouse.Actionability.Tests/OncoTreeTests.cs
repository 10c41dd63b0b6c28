namespace TrialWarehouse.Actionability.Tests;

public class OncoTreeTests
{
    [Theory]
    [InlineData("IDC", "BRCA")]
    [InlineData("IDC", "BREAST")]
    [InlineData("ILC", "BRCA")]
    [InlineData("COAD", "COADREAD")]
    [InlineData("READ", "BOWEL")]
    [InlineData("LUAD", "NSCLC")]
    [InlineData("LUSC", "LUNG")]
    [InlineData("HGSOC", "OVARY")]
    [InlineData("IHCH", "CHOL")]
    [InlineData("CHOL", "BILIARY_TRACT")]
    [InlineData("SKCM", "MEL")]
    [InlineData("STAD", "STOMACH")]
    [InlineData("PAAD", "PANCREAS")]
    [InlineData("BRCA", "BRCA")]
    [InlineData("idc", "brca")]
    [InlineData("BLCA", "TISSUE")]
    public void IsSameOrDescendant_FollowsThePublishedTree(string code, string ancestor) =>
        Assert.True(OncoTree.IsSameOrDescendant(code, ancestor));

    [Theory]
    [InlineData("BRCA", "IDC")]
    [InlineData("LUAD", "BRCA")]
    [InlineData("SCLC", "NSCLC")]
    [InlineData("UNKNOWN", "TISSUE")]
    [InlineData("IDC", "UNKNOWN")]
    public void IsSameOrDescendant_IsFalseAcrossBranchesAndForUnknownCodes(string code, string ancestor) =>
        Assert.False(OncoTree.IsSameOrDescendant(code, ancestor));

    [Fact]
    public void Name_GivesThePublishedName()
    {
        Assert.Equal("Breast Invasive Ductal Carcinoma", OncoTree.Name("IDC"));
        Assert.Equal("Colorectal Adenocarcinoma", OncoTree.Name("COADREAD"));
    }

    [Fact]
    public void Name_UnknownCode_Throws() =>
        Assert.Throws<ArgumentException>(() => OncoTree.Name("NOPE"));

    [Fact]
    public void Table_EveryCodeLeadsToTheRoot()
    {
        Assert.True(OncoTree.Codes.Count > 100);
        Assert.All(OncoTree.Codes, code => Assert.True(OncoTree.IsSameOrDescendant(code, OncoTree.Root), code));
        Assert.Null(OncoTree.Parent(OncoTree.Root));
        Assert.StartsWith("oncotree_", OncoTree.Version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BREAST")]
    [InlineData("BOWEL")]
    [InlineData("LUNG")]
    [InlineData("PANCREAS")]
    [InlineData("OVARY")]
    [InlineData("BILIARY_TRACT")]
    [InlineData("SKIN")]
    [InlineData("BLADDER")]
    [InlineData("PROSTATE")]
    [InlineData("HEAD_NECK")]
    [InlineData("STOMACH")]
    public void Table_HasTheTissueRoots(string code) =>
        Assert.Equal(OncoTree.Root, OncoTree.Parent(code));

    [Fact]
    public void SelfAndDescendants_GivesTheWholeBranch_InCanonicalSpelling()
    {
        var lung = OncoTree.SelfAndDescendants("lung");

        Assert.Contains("LUNG", lung);
        Assert.Contains("NSCLC", lung);
        Assert.Contains("LUAD", lung);
        Assert.DoesNotContain("BRCA", lung);
        Assert.All(lung, code => Assert.True(OncoTree.IsSameOrDescendant(code, "LUNG")));
        Assert.Equal(OncoTree.Codes.Count(c => OncoTree.IsSameOrDescendant(c, "LUNG")), lung.Count);
    }

    [Fact]
    public void SelfAndDescendants_GivesAnUnknownCodeAlone() =>
        Assert.Equal(["NOT_A_CODE"], OncoTree.SelfAndDescendants(" NOT_A_CODE "));
}
