namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Reads and validates the header of a VCF: meta lines up to and including the #CHROM line.</summary>
internal sealed class VcfHeaderParser
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

    private bool CheckFieldDefinition(VcfMetaLine meta, bool isInfo)
    {
        string key = meta.Key;
        if (!CheckOrder(meta, ["ID", "Number", "Type", "Description"], required: true) || !CheckDescriptionQuoted(meta))
        {
            return false;
        }

        string id = meta.Get("ID")!;
        bool idValid = isInfo ? VcfSyntax.IsValidInfoKey(id) : VcfSyntax.IsValidInfoKey(id) && id != "1000G";
        if (!idValid)
        {
            _errors.Add(meta.LineNumber, key, $"ID {ErrorSink.Quote(id)} is not a valid key: use letters, digits, '_' and '.', starting with a letter or '_'");
            return false;
        }

        string numberText = meta.Get("Number")!;
        if (!VcfNumber.TryParse(numberText, _version, out var number))
        {
            _errors.Add(meta.LineNumber, $"{key} {id}", $"Number={numberText} is not valid: expected an integer >= 0, A, R, G or .");
            return false;
        }

        string typeText = meta.Get("Type")!;
        if (!VcfValueTypes.TryParse(typeText, out var type))
        {
            _errors.Add(meta.LineNumber, $"{key} {id}", $"Type={typeText} is not valid: expected Integer, Float, Flag, Character or String");
            return false;
        }

        if (!isInfo && type == VcfValueType.Flag)
        {
            _errors.Add(meta.LineNumber, $"FORMAT {id}", "Type=Flag is not allowed in FORMAT (only in INFO)");
            return false;
        }

        var reserved = isInfo ? ReservedFields.FindInfo(id) : ReservedFields.FindFormat(id, _version);
        if (reserved is not null && (reserved.Number != number || (reserved.Type is { } t && t != type)))
        {
            string expected = reserved.Type is { } rt ? $"Number={reserved.Number},Type={rt}" : $"Number={reserved.Number}";
            _errors.Add(meta.LineNumber, $"{key} {id}", $"{id} is reserved by the VCF specification with {expected}; this line declares Number={number},Type={type}");
            return false;
        }

        var definition = new VcfFieldDefinition(id, number, type, meta.Get("Description")!);
        (isInfo ? _info : _format)[id] = definition;
        return true;
    }

    private bool CheckFilter(VcfMetaLine meta)
    {
        if (!CheckOrder(meta, ["ID", "Description"], required: false) || !CheckDescriptionQuoted(meta))
        {
            return false;
        }

        string id = meta.Get("ID")!;
        if (id.Length == 0 || id == "0" || VcfSyntax.ContainsWhitespace(id) || id.Contains(';', StringComparison.Ordinal))
        {
            _errors.Add(meta.LineNumber, "FILTER", $"ID {ErrorSink.Quote(id)} is not a valid filter name (no whitespace or ';', and not '0')");
            return false;
        }

        return true;
    }

    private bool CheckAlt(VcfMetaLine meta)
    {
        if (!CheckOrder(meta, ["ID", "Number", "Type", "Description"], required: false) || !CheckDescriptionQuoted(meta))
        {
            return false;
        }

        string id = meta.Get("ID")!;
        if (id.Length == 0 || VcfSyntax.ContainsWhitespace(id) || id.AsSpan().ContainsAny("<>,"))
        {
            _errors.Add(meta.LineNumber, "ALT", $"ID {ErrorSink.Quote(id)} must not contain whitespace, ',', '<' or '>'");
            return false;
        }

        string type = id.Split(':')[0];
        if (!SvTypes.Contains(type))
        {
            _errors.Add(meta.LineNumber, "ALT", $"ID {ErrorSink.Quote(id)} must start with one of DEL, INS, DUP, INV, CNV (optionally followed by :subtype, e.g. DEL:ME)");
            return false;
        }

        if (meta.Get("Number") is { } n && !VcfNumber.TryParse(n, _version, out _))
        {
            _errors.Add(meta.LineNumber, $"ALT {id}", $"Number={n} is not valid: expected an integer >= 0, A, R, G or .");
            return false;
        }

        if (meta.Get("Type") is { } t && !VcfValueTypes.TryParse(t, out _))
        {
            _errors.Add(meta.LineNumber, $"ALT {id}", $"Type={t} is not valid: expected Integer, Float, Flag, Character or String");
            return false;
        }

        return true;
    }

    private bool CheckContig(VcfMetaLine meta)
    {
        string? id = meta.Get("ID");
        if (id is null)
        {
            _errors.Add(meta.LineNumber, "contig", "the contig line has no ID: write ##contig=<ID=name,length=n>");
            return false;
        }

        // Colons are allowed here even before 4.3: GRCh38 analysis sets name HLA contigs like HLA-A*01:01:01:01.
        string? problem = id.Contains(':', StringComparison.Ordinal) ? null : VcfSyntax.ContigNameProblem(id, _version);
        if (problem is not null || VcfSyntax.ContainsWhitespace(id))
        {
            _errors.Add(meta.LineNumber, "contig", $"ID {ErrorSink.Quote(id)} {problem ?? "contains whitespace"}");
            return false;
        }

        if (meta.Get("length") is { } length && !long.TryParse(length, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            _errors.Add(meta.LineNumber, $"contig {id}", $"length={length} is not a whole number");
            return false;
        }

        return true;
    }

    private bool CheckSample(VcfMetaLine meta)
    {
        if (meta.Get("ID") is null)
        {
            _errors.Add(meta.LineNumber, "SAMPLE", "the SAMPLE line has no ID");
            return false;
        }

        if (_version.IsAtLeast(VcfVersion.V43))
        {
            return true;
        }

        // VCF 4.0-4.2 define SAMPLE as <ID=..,Genomes=..,Mixture=..,Description="..">.
        foreach (string required in (string[])["Genomes", "Mixture"])
        {
            if (meta.Get(required) is null)
            {
                _errors.Add(meta.LineNumber, "SAMPLE", $"the {required} field is missing (VCF {_version.Major}.{_version.Minor} SAMPLE lines are <ID=..,Genomes=..,Mixture=..,Description=\"..\">)");
                return false;
            }
        }

        var quoted = meta.Fields!.FirstOrDefault(f => f.Quoted && f.Key != "Description");
        if (quoted is not null)
        {
            _errors.Add(meta.LineNumber, "SAMPLE", $"{quoted.Key} must not be quoted (only Description is a quoted string)");
            return false;
        }

        return true;
    }

    private bool CheckPedigree(VcfMetaLine meta)
    {
        foreach (var field in meta.Fields!)
        {
            if (field.Value.Length == 0 || !field.Value.All(c => VcfSyntax.IsLetter(c) || VcfSyntax.IsDigit(c) || c is '_' or '.' or '-'))
            {
                _errors.Add(meta.LineNumber, "PEDIGREE", $"{field.Key}={ErrorSink.Quote(field.Value)} is not a valid genome ID (letters, digits, '_', '.', '-')");
                return false;
            }
        }

        return true;
    }

    /// <summary>ID must come first; the listed keys that are present must keep the spec's order.</summary>
    private bool CheckOrder(VcfMetaLine meta, string[] order, bool required)
    {
        var fields = meta.Fields!;
        if (required)
        {
            foreach (string name in order)
            {
                if (meta.Get(name) is null)
                {
                    _errors.Add(meta.LineNumber, meta.Key, $"the {name} field is missing: write ##{meta.Key}=<ID=..,Number=..,Type=..,Description=\"..\">");
                    return false;
                }
            }
        }

        if (fields.Count == 0 || fields[0].Key != "ID")
        {
            _errors.Add(meta.LineNumber, meta.Key, $"the first field must be ID: write ##{meta.Key}=<{string.Join(",", order.Select(o => o + "=.."))}>");
            return false;
        }

        int last = -1;
        foreach (var field in fields)
        {
            int position = Array.IndexOf(order, field.Key);
            if (position < 0)
            {
                continue;
            }

            if (position < last)
            {
                _errors.Add(meta.LineNumber, meta.Key, $"fields are out of order: they must come as {string.Join(", ", order)}");
                return false;
            }

            last = position;
        }

        return true;
    }

    private bool CheckDescriptionQuoted(VcfMetaLine meta)
    {
        var description = meta.Fields!.FirstOrDefault(f => f.Key == "Description");
        if (description is { Quoted: false })
        {
            _errors.Add(meta.LineNumber, meta.Key, "Description must be enclosed in double quotes: Description=\"...\"");
            return false;
        }

        return true;
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
