using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Cbioportal;

/// <summary>The calls of a discrete CNA file and every sample it has a column for (each of them is replaced).</summary>
public sealed record DiscreteCopyNumbers(IReadOnlyList<string> SampleIds, IReadOnlyList<CopyNumberCall> Calls);

/// <summary>
/// Reads cBioPortal's discrete copy-number file in the wide format (<c>data_cna.txt</c>): Hugo_Symbol, optionally
/// Entrez_Gene_Id, then one column per sample holding -2..2, NA or empty where the sample has no call for the gene.
/// All or nothing: an invalid file raises <see cref="InputRejectedException"/>.
/// </summary>
public static class CbioportalCna
{
    private const int MaxErrors = 100;

    /// <param name="limits">The longest line read (a longer line, or invalid UTF-8, rejects the file).</param>
    public static DiscreteCopyNumbers Read(string path, InputLimits? limits = null)
    {
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        var lines = CbioportalRows.Read(path, limits);
        if (lines.Count == 0 || lines[0].Length == 0)
        {
            throw new InputRejectedException(file, 1, null, "the header row is missing; expected Hugo_Symbol, optionally Entrez_Gene_Id, then one column per sample id");
        }

        var header = lines[0].TrimStart('\uFEFF').Split('\t');
        if (header[0] != "Hugo_Symbol")
        {
            throw new InputRejectedException(file, 1, header[0], header[0] == "Entrez_Gene_Id"
                ? "the warehouse keys genes by HGNC symbol; expected Hugo_Symbol as the first column (Entrez_Gene_Id may follow)"
                : "expected Hugo_Symbol as the first column, then optionally Entrez_Gene_Id, then one column per sample id");
        }

        int first = header.Length > 1 && header[1] == "Entrez_Gene_Id" ? 2 : 1;
        var samples = header[first..];
        var seenSamples = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < samples.Length; i++)
        {
            if (!IsIdentifier(samples[i]))
                errors.Add(new InputError(file, 1, samples[i], $"column {first + i + 1} is not a sample id: 1 to 64 characters of A-Z a-z 0-9 _ - ."));
            else if (!seenSamples.TryAdd(samples[i], first + i + 1))
                errors.Add(new InputError(file, 1, samples[i], $"sample appears twice in the header (columns {seenSamples[samples[i]]} and {first + i + 1}); keep one"));
        }

        if (samples.Length == 0)
            errors.Add(new InputError(file, 1, null, "no sample columns; expected one column per sample id after Hugo_Symbol"));
        if (errors.Count > 0)
            throw new InputRejectedException(errors);

        var calls = new List<CopyNumberCall>();
        var seenGenes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 1; i < lines.Count && errors.Count < MaxErrors; i++)
        {
            long line = i + 1;
            if (CbioportalRows.Cells(file, lines, i, header.Length, errors) is not { } cells)
                continue;

            string gene = cells[0];
            if (gene.Length == 0 || gene.Any(char.IsWhiteSpace))
            {
                errors.Add(new InputError(file, line, "Hugo_Symbol", $"'{gene}' is not a gene symbol; give the HGNC symbol, e.g. ERBB2"));
                continue;
            }

            if (!seenGenes.TryAdd(gene, line))
            {
                errors.Add(new InputError(file, line, "Hugo_Symbol", $"{gene} is already on line {seenGenes[gene]}; expected one row per gene"));
                continue;
            }

            for (int s = 0; s < samples.Length; s++)
            {
                string value = cells[first + s];
                if (value is "" or "NA")
                    continue;
                if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int state) && state is >= -2 and <= 2)
                    calls.Add(new CopyNumberCall(samples[s], gene, state, null, null));
                else
                    errors.Add(new InputError(file, line, samples[s], $"'{value}' is not a discrete copy-number state of {gene}; expected -2, -1, 0, 1, 2, or NA for no call"));
            }
        }

        return errors.Count > 0 ? throw new InputRejectedException([.. errors.Take(MaxErrors)]) : new DiscreteCopyNumbers(samples, calls);
    }

    internal static bool IsIdentifier(string text) =>
        text.Length is >= 1 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
