using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.CopyNumber;

/// <summary>
/// Reads a gene-level copy-number file (<c>*.cna.tsv</c>, see docs/formats.md): tab-separated, one header row,
/// columns in any order. All or nothing: an invalid file raises <see cref="InputRejectedException"/>.
/// </summary>
public static class CopyNumberFile
{
    private const int MaxErrors = 100;
    private static readonly string[] Required = ["sample_id", "gene", "state"];
    private static readonly string[] Known = ["sample_id", "gene", "log2_ratio", "copy_number", "state"];

    /// <param name="limits">The longest line read (a longer line, or invalid UTF-8, rejects the file).</param>
    public static IReadOnlyList<CopyNumberCall> Read(string path, InputLimits? limits = null)
    {
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        var calls = new List<CopyNumberCall>();
        using var lines = InputLineReader.ReadLines(path, limits).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InputRejectedException(file, 1, null, $"the file is empty: expected a header row ({string.Join("\t", Known)})");
        }

        var columns = ReadHeader(lines.Current, file, errors);
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }

        var seen = new Dictionary<(string Sample, string Gene), long>();
        long lineNumber = 1;
        while (lines.MoveNext() && errors.Count < MaxErrors)
        {
            lineNumber++;
            if (lines.Current.Length == 0)
            {
                errors.Add(new InputError(file, lineNumber, null, "empty line: remove it"));
                continue;
            }

            var row = new Row(lines.Current.Split('\t'), columns, file, lineNumber, errors);
            if (row.Cells.Length != columns.Count)
            {
                errors.Add(new InputError(file, lineNumber, null, $"expected {columns.Count} tab-separated cells like the header, found {row.Cells.Length}"));
                continue;
            }

            // Checked before the values, so that a repeated gene is reported even when its first row is also wrong.
            if (seen.TryGetValue((row.SampleId, row.Gene), out long first))
            {
                errors.Add(new InputError(file, lineNumber, "gene", $"{row.Gene} of sample {row.SampleId} is already given on line {first}: one row per sample and gene"));
                continue;
            }

            seen[(row.SampleId, row.Gene)] = lineNumber;
            if (row.ToCall() is { } call)
            {
                calls.Add(call);
            }
        }

        if (lineNumber == 1 && errors.Count == 0)
        {
            errors.Add(new InputError(file, 2, null, "the file has a header but no rows"));
        }

        return errors.Count > 0 ? throw new InputRejectedException([.. errors.Take(MaxErrors)]) : calls;
    }

    private static Dictionary<string, int> ReadHeader(string header, string file, List<InputError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] names = header.TrimStart('\uFEFF').Split('\t');
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i];
            if (!Known.Contains(name))
            {
                errors.Add(new InputError(file, 1, name, $"unknown column (expected columns: {string.Join(", ", Known)}; tab-separated)"));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new InputError(file, 1, name, "the column appears twice"));
            }
        }

        foreach (string required in Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(new InputError(file, 1, required, "required column is missing"));
        }

        return columns;
    }

    private sealed class Row(string[] cells, Dictionary<string, int> columns, string file, long line, List<InputError> errors)
    {
        public string[] Cells { get; } = cells;

        public string SampleId => Cell("sample_id")!;

        public string Gene => Cell("gene")!;

        public CopyNumberCall? ToCall()
        {
            int before = errors.Count;
            string sample = SampleId;
            string gene = Gene;
            if (!IsIdentifier(sample))
            {
                Error("sample_id", $"'{sample}' is not an identifier: 1 to 64 characters of A-Z a-z 0-9 _ - .");
            }

            if (gene.Length == 0 || gene.Any(char.IsWhiteSpace))
            {
                Error("gene", $"'{gene}' is not a gene symbol: give the HGNC symbol, e.g. ERBB2");
            }

            double? log2 = Number("log2_ratio", min: null);
            double? copyNumber = Number("copy_number", min: 0);
            string stateText = Cell("state")!;
            if (!int.TryParse(stateText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int state) || state is < -2 or > 2)
            {
                Error("state", $"'{stateText}' is not a copy-number state: expected an integer from -2 (deep deletion) to 2 (amplification)");
            }

            return errors.Count == before ? new CopyNumberCall(sample, gene, state, log2, copyNumber) : null;
        }

        private string? Cell(string column) => columns.TryGetValue(column, out int i) ? Cells[i] : null;

        private double? Number(string column, double? min)
        {
            string? text = Cell(column);
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                Error(column, $"'{text}' is not a number (use '.' as the decimal separator, e.g. 2.31; leave the cell empty if unknown)");
                return null;
            }

            if (value < min)
            {
                Error(column, $"{text} is negative: expected a number >= {min.Value.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            return value;
        }

        private void Error(string column, string message) => errors.Add(new InputError(file, line, column, message));

        private static bool IsIdentifier(string text) =>
            text.Length is >= 1 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
    }
}
