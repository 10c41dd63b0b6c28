namespace TrialWarehouse.Genomics.Vcf;

/// <summary>The rules for each kind of structured meta line (INFO, FORMAT, FILTER, ALT, contig, SAMPLE, PEDIGREE).</summary>
internal sealed partial class VcfHeaderParser
{
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
}
