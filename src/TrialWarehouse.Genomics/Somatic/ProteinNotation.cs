using System.Text;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>Turns HGVS protein notation with three-letter amino acids (p.His1047Arg) into one-letter (p.H1047R).</summary>
public static class ProteinNotation
{
    private static readonly Dictionary<string, char> OneLetter = new(StringComparer.Ordinal)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
        ["Sec"] = 'U', ["Pyl"] = 'O', ["Xaa"] = 'X', ["Asx"] = 'B', ["Glx"] = 'Z', ["Xle"] = 'J',
    };

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> OneLetterLookup = OneLetter.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string ToOneLetter(string hgvsp)
    {
        string text = hgvsp.Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (i + 3 <= text.Length && char.IsAsciiLetterUpper(text[i]) && OneLetterLookup.TryGetValue(text.AsSpan(i, 3), out char letter))
            {
                result.Append(letter);
                i += 3;
            }
            else
            {
                result.Append(text[i++]);
            }
        }

        return result.ToString();
    }
}
