using TrialWarehouse.Genomics.Maf;

namespace TrialWarehouse.Genomics.Tests.Maf;

/// <summary>Converts a VCF in memory and reads the MAF back by column name.</summary>
internal static class MafText
{
    public static List<Dictionary<string, string>> Convert(string vcfPath, VcfToMafOptions? options = null)
    {
        var output = new StringWriter();
        VcfToMaf.Convert(vcfPath, output, options ?? VcfToMafOptions.Default);
        return Parse(output.ToString());
    }

    public static List<Dictionary<string, string>> Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#version 2.4", lines[0]);
        var columns = lines[1].Split('\t');
        Assert.Equal(MafColumns.All, columns);
        return [.. lines.Skip(2).Select(line =>
        {
            var values = line.Split('\t');
            Assert.Equal(columns.Length, values.Length);
            return columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    /// <summary>The named columns of a row, for one assertion over many columns.</summary>
    public static string[] Pick(this Dictionary<string, string> row, params string[] columns) => [.. columns.Select(c => row[c])];
}
