namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Reads and validates the header of a VCF: meta lines up to and including the #CHROM line.</summary>
internal sealed partial class VcfHeaderParser
{
    private static readonly string[] FixedColumns = ["CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];
    private static readonly HashSet<string> StructuredKeys = new(StringComparer.Ordinal) { "INFO", "FORMAT", "FILTER", "ALT", "contig", "SAMPLE", "PEDIGREE", "META" };
    private static readonly HashSet<string> SvTypes = new(StringComparer.Ordinal) { "DEL", "INS", "DUP", "INV", "CNV", "BND", "NON_REF", "*" };

    private readonly ErrorSink _errors;
    private readonly List<VcfMetaLine> _lines = [];
    private readonly Dictionary<string, VcfFieldDefinition> _info = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VcfFieldDefinition> _format = new(StringComparer.Ordinal);
    private VcfVersion _version = VcfVersion.V42;

    private VcfHeaderParser(ErrorSink errors) => _errors = errors;

    /// <summary>Returns null when no #CHROM line was found (the body cannot be read then).</summary>
    public static VcfHeader? Parse(VcfLineReader reader, ErrorSink errors)
    {
        var parser = new VcfHeaderParser(errors);
        return parser.Parse(reader);
    }

    private VcfHeader? Parse(VcfLineReader reader)
    {
        string? first = reader.ReadLine();
        if (first is null)
        {
            _errors.Add(1, null, "the file is empty: a VCF starts with ##fileformat=VCFv4.x");
            return null;
        }

        ReadFileFormat(first);
        string? line = first.StartsWith("##fileformat=", StringComparison.Ordinal) ? reader.ReadLine() : first;
        while (line is not null)
        {
            long number = reader.LineNumber;
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                ReadMetaLine(line, number);
            }
            else if (line.StartsWith('#'))
            {
                return ReadColumnLine(line, number);
            }
            else
            {
                _errors.Add(number, null, $"header line {ErrorSink.Quote(line)} does not start with '##' (meta lines are ##key=value and must fit on one line; the column line #CHROM... must come before the records)");
            }

            line = reader.ReadLine();
        }

        _errors.Add(reader.LineNumber + 1, null, "the column header line (#CHROM POS ID REF ALT QUAL FILTER INFO ...) is missing: the file ends inside the header (truncated?)");
        return null;
    }

    private void ReadFileFormat(string first)
    {
        const string Prefix = "##fileformat=";
        if (!first.StartsWith(Prefix, StringComparison.Ordinal))
        {
            _errors.Add(1, "fileformat", "the first line must be ##fileformat=VCFv4.x (x from 0 to 5)");
            return;
        }

        string value = first[Prefix.Length..];
        if (!VcfVersion.TryParse(value, out _version))
        {
            _version = VcfVersion.V42;
            _errors.Add(1, "fileformat", $"{ErrorSink.Quote(value)} is not a supported version: expected VCFv4.0 to VCFv4.5, e.g. ##fileformat=VCFv4.2");
        }

        _lines.Add(new VcfMetaLine(1, "fileformat", value, null));
    }

    private void ReadMetaLine(string line, long number)
    {
        int eq = line.IndexOf('=', 2);
        if (eq <= 2)
        {
            _errors.Add(number, null, $"{ErrorSink.Quote(line)} is not a meta line of the form ##key=value");
            return;
        }

        string key = line[2..eq];
        string value = line[(eq + 1)..];
        if (VcfSyntax.ContainsWhitespace(key))
        {
            _errors.Add(number, key, "a meta line key must not contain whitespace");
            return;
        }

        if (value.Length == 0)
        {
            _errors.Add(number, key, $"##{key}= has no value: give a value or remove the line");
            return;
        }

        if (key == "fileformat")
        {
            _errors.Add(number, key, "##fileformat may appear only once, as the first line");
            return;
        }

        if (!StructuredKeys.Contains(key))
        {
            if (key is "assembly" or "pedigreeDB" && !VcfSyntax.IsUrl(value))
            {
                _errors.Add(number, key, $"{ErrorSink.Quote(value)} is not a valid URL (expected scheme://host[:port]/path)");
                return;
            }

            // Other keys are free text; a <...> value is parsed when it can be, but need not be.
            List<VcfMetaField>? loose = value.StartsWith('<') && StructuredMetaParser.TryParse(value, out var parsed, out _) ? parsed : null;
            _lines.Add(new VcfMetaLine(number, key, value, loose));
            return;
        }

        if (!StructuredMetaParser.TryParse(value, out var fields, out string? problem))
        {
            _errors.Add(number, key, problem!);
            return;
        }

        var meta = new VcfMetaLine(number, key, value, fields);
        bool valid = key switch
        {
            "INFO" => CheckFieldDefinition(meta, isInfo: true),
            "FORMAT" => CheckFieldDefinition(meta, isInfo: false),
            "FILTER" => CheckFilter(meta),
            "ALT" => CheckAlt(meta),
            "contig" => CheckContig(meta),
            "SAMPLE" => CheckSample(meta),
            "PEDIGREE" => CheckPedigree(meta),
            _ => true,
        };
        if (valid)
        {
            _lines.Add(meta);
        }
    }

    private VcfHeader? ReadColumnLine(string line, long number)
    {
        string[] columns = line[1..].Split('\t');
        bool ok = true;
        for (int i = 0; i < FixedColumns.Length; i++)
        {
            if (i >= columns.Length || columns[i] != FixedColumns[i])
            {
                string found = i < columns.Length ? columns[i] : "nothing";
                _errors.Add(number, "#CHROM", $"column {i + 1} of the header line must be {FixedColumns[i]}, found {ErrorSink.Quote(found)} (columns are tab-separated: #CHROM POS ID REF ALT QUAL FILTER INFO [FORMAT sample...])");
                ok = false;
                break;
            }
        }

        bool hasFormat = columns.Length > 8;
        var samples = new List<string>();
        if (ok && hasFormat)
        {
            if (columns[8] != "FORMAT")
            {
                _errors.Add(number, "#CHROM", $"column 9 of the header line must be FORMAT, found {ErrorSink.Quote(columns[8])}");
                ok = false;
            }
            else if (columns.Length == 9)
            {
                _errors.Add(number, "FORMAT", "the FORMAT column must be followed by at least one sample column (or be removed)");
                ok = false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 9; i < columns.Length; i++)
            {
                if (columns[i].Length == 0)
                {
                    _errors.Add(number, "#CHROM", $"sample column {i - 8} has an empty name");
                    ok = false;
                }
                else if (!seen.Add(columns[i]))
                {
                    _errors.Add(number, "#CHROM", $"sample name {ErrorSink.Quote(columns[i])} appears more than once: sample names must be unique");
                    ok = false;
                }

                samples.Add(columns[i]);
            }
        }

        return ok ? new VcfHeader(_version, _lines, _info, _format, samples, hasFormat, number) : null;
    }
}
