using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Checks one data line against the header and the spec of the file's declared version.</summary>
internal sealed class VcfRecordValidator(VcfHeader header, ErrorSink errors, bool strict)
{
    private readonly VcfVersion _version = header.Version;
    private readonly int _expectedColumns = header.HasFormatColumn ? 9 + header.SampleNames.Count : 8;
    private readonly SortOrderTracker _order = new(errors);
    private readonly DuplicateTracker _duplicates = new(errors);
    private long _line;
    private int _altCount;

    /// <summary>Returns the record when the line is valid, else null (its errors are in the sink).</summary>
    public VcfRecord? Validate(string line, long lineNumber)
    {
        _line = lineNumber;
        int before = errors.Count;
        if (line.Length == 0)
        {
            Error(null, "empty line: remove it (every data line has tab-separated columns)");
            return null;
        }

        int[] starts = VcfRecord.FindColumns(line);
        var record = new VcfRecord(header, line, lineNumber, starts);
        if (record.ColumnCount != _expectedColumns)
        {
            string layout = header.HasFormatColumn ? $"8 fixed columns, FORMAT and {header.SampleNames.Count} sample column(s)" : "the 8 fixed columns";
            Error(null, $"expected {_expectedColumns} tab-separated columns ({layout}), found {record.ColumnCount} (truncated line, or spaces instead of tabs?)");
            return null;
        }

        CheckChrom(record.Column(0));
        bool posValid = CheckPos(record.Column(1), out long pos);
        CheckId(record.Column(2));
        bool refValid = CheckRef(record.Column(3));
        bool altValid = CheckAlt(record.Column(4));
        CheckQual(record.Column(5));
        CheckFilter(record.Column(6));
        CheckInfo(record.Column(7));
        if (header.HasFormatColumn)
        {
            CheckSamples(record);
        }

        if (posValid)
        {
            _order.Check(lineNumber, record.Column(0), pos);
            if (refValid && altValid)
            {
                _duplicates.Check(lineNumber, record.Column(0), pos, record.Ref, record.Column(4));
            }
        }

        return errors.Count == before ? record : null;
    }

    private void Error(string? field, string message) => errors.Add(_line, field, message);

    private void CheckChrom(ReadOnlySpan<char> chrom)
    {
        string? problem = VcfSyntax.ContigNameProblem(chrom, _version);
        if (problem is null && !_version.IsAtLeast(VcfVersion.V43) && chrom.Contains(':') && !IsDeclaredContig(chrom))
        {
            problem = "contains ':' (VCF 4.2 and earlier reserve it for breakend positions, unless the contig is declared in a ##contig line)";
        }

        if (problem is not null)
        {
            Error("CHROM", $"{ErrorSink.Quote(chrom)} {problem}");
        }
        else if (strict && !IsDeclaredContig(chrom))
        {
            Error("CHROM", $"contig {ErrorSink.Quote(chrom)} is not declared: add ##contig=<ID={chrom}> to the header");
        }
    }

    private bool IsDeclaredContig(ReadOnlySpan<char> chrom) =>
        header.ContigIds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(chrom);

    private bool CheckPos(ReadOnlySpan<char> text, out long pos)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pos))
        {
            return true;
        }

        Error("POS", $"{ErrorSink.Quote(text)} is not a position: expected a whole number >= 0 (1-based; 0 for a telomere)");
        return false;
    }

    private void CheckId(ReadOnlySpan<char> id)
    {
        if (VcfRecord.IsMissing(id))
        {
            return;
        }

        if (VcfSyntax.ContainsWhitespace(id))
        {
            Error("ID", $"{ErrorSink.Quote(id)} contains whitespace");
            return;
        }

        foreach (var range in id.Split(';'))
        {
            if (id[range].IsEmpty)
            {
                Error("ID", $"{ErrorSink.Quote(id)} has an empty identifier: separate identifiers with single ';', none leading or trailing");
                return;
            }
        }
    }

    private bool CheckRef(ReadOnlySpan<char> reference)
    {
        if (VcfSyntax.IsBases(reference))
        {
            return true;
        }

        Error("REF", VcfRecord.IsMissing(reference)
            ? "REF must not be missing: give the reference base(s) at POS"
            : $"{ErrorSink.Quote(reference)} is not a reference allele: expected one or more of A, C, G, T, N");
        return false;
    }

    private bool CheckAlt(ReadOnlySpan<char> alt)
    {
        _altCount = 0;
        if (VcfRecord.IsMissing(alt))
        {
            return true;
        }

        bool valid = true;
        foreach (var range in alt.Split(','))
        {
            _altCount++;
            string? problem = AltAlleleProblem(alt[range]);
            if (problem is not null)
            {
                Error("ALT", $"allele {_altCount} {ErrorSink.Quote(alt[range])} {problem}");
                valid = false;
            }
        }

        return valid;
    }

    private string? AltAlleleProblem(ReadOnlySpan<char> allele)
    {
        if (allele.IsEmpty)
        {
            return "is empty: separate alleles with single commas";
        }

        if (VcfSyntax.IsBases(allele))
        {
            return null;
        }

        if (allele.SequenceEqual("*"))
        {
            return _version.IsAtLeast(VcfVersion.V42) ? null : "('*', an overlapping deletion) needs VCF 4.2 or later";
        }

        if (allele.SequenceEqual("."))
        {
            return "is '.': a missing ALT must be the only allele";
        }

        if (allele[0] == '<')
        {
            var id = allele.Length > 2 && allele[^1] == '>' ? allele[1..^1] : [];
            return id.IsEmpty || id.ContainsAny("<>,") || VcfSyntax.ContainsWhitespace(id)
                ? "is not a valid symbolic allele: expected <ID> with no '<', '>', ',' or whitespace inside, e.g. <DEL>"
                : null;
        }

        if (allele.ContainsAny('[', ']'))
        {
            return IsBreakend(allele) ? null : "is not a valid breakend: expected t[p[, t]p], ]p]t or [p[t with t the bases and p chrom:pos";
        }

        if ((allele[0] == '.' && VcfSyntax.IsBases(allele[1..])) || (allele[^1] == '.' && VcfSyntax.IsBases(allele[..^1])))
        {
            return null;
        }

        return "contains characters other than A, C, G, T, N (or is not a symbolic allele, breakend or '*')";
    }

    private static bool IsBreakend(ReadOnlySpan<char> allele)
    {
        int open = allele.IndexOfAny('[', ']');
        int close = allele[(open + 1)..].IndexOfAny('[', ']');
        if (close < 0)
        {
            return false;
        }

        close += open + 1;
        if (allele[open] != allele[close] || allele[(close + 1)..].ContainsAny('[', ']'))
        {
            return false;
        }

        var before = allele[..open];
        var after = allele[(close + 1)..];
        var mate = allele[(open + 1)..close];
        int colon = mate.LastIndexOf(':');
        bool mateValid = colon > 0 && long.TryParse(mate[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        bool oneSide = (before.IsEmpty && VcfSyntax.IsBases(after)) || (after.IsEmpty && VcfSyntax.IsBases(before));
        return mateValid && oneSide;
    }

    private void CheckQual(ReadOnlySpan<char> qual)
    {
        if (VcfRecord.IsMissing(qual))
        {
            return;
        }

        if (!VcfSyntax.TryParseFloat(qual, out double value))
        {
            Error("QUAL", $"{ErrorSink.Quote(qual)} is not a number: expected a phred-scaled quality >= 0 or '.'");
        }
        else if (value < 0)
        {
            Error("QUAL", $"{ErrorSink.Quote(qual)} is negative: QUAL is a phred-scaled quality >= 0 ('.' if unknown)");
        }
    }

    private void CheckFilter(ReadOnlySpan<char> filter)
    {
        if (VcfRecord.IsMissing(filter))
        {
            return;
        }

        if (VcfSyntax.ContainsWhitespace(filter))
        {
            Error("FILTER", $"{ErrorSink.Quote(filter)} contains whitespace");
            return;
        }

        foreach (var range in filter.Split(';'))
        {
            var name = filter[range];
            if (name.IsEmpty || VcfRecord.IsMissing(name))
            {
                Error("FILTER", $"{ErrorSink.Quote(filter)} has an empty or '.' filter name: write PASS, '.', or names separated by single ';'");
                return;
            }

            if (name.SequenceEqual("0"))
            {
                Error("FILTER", "'0' is reserved and cannot be a filter name");
                return;
            }

            if (strict && !name.SequenceEqual("PASS") && !header.Filters.ContainsKey(name.ToString()))
            {
                Error("FILTER", $"filter {ErrorSink.Quote(name)} is not declared: add ##FILTER=<ID={name},Description=\"...\">");
            }
        }
    }

    private void CheckInfo(ReadOnlySpan<char> info)
    {
        if (VcfRecord.IsMissing(info))
        {
            return;
        }

        int entryIndex = 0;
        foreach (var range in info.Split(';'))
        {
            var entry = info[range];
            if (entry.IsEmpty)
            {
                Error("INFO", "empty entry: separate INFO entries with single ';', none leading or trailing");
                continue;
            }

            int eq = entry.IndexOf('=');
            var key = eq < 0 ? entry : entry[..eq];
            bool hasValue = eq >= 0;
            var value = hasValue ? entry[(eq + 1)..] : [];
            if (!VcfSyntax.IsValidInfoKey(key))
            {
                Error("INFO", $"key {ErrorSink.Quote(key)} is not valid: use letters, digits, '_' and '.', starting with a letter or '_', and no whitespace");
                continue;
            }

            if (IsRepeatedKey(info, range.Start.GetOffset(info.Length), key, entryIndex++))
            {
                Error(key.ToString(), "appears more than once in INFO: each key may appear once");
                continue;
            }

            VcfFieldDefinition? definition = header.InfoLookup.TryGetValue(key, out var declared) ? declared : ReservedFields.FindInfo(key)?.ToDefinition(key);
            if (definition is null)
            {
                if (strict)
                {
                    Error(key.ToString(), $"INFO key is not declared in the header: add ##INFO=<ID={key},Number=..,Type=..,Description=\"..\">");
                }

                continue;
            }

            if (definition.Type == VcfValueType.Flag)
            {
                if (hasValue && !(value.SequenceEqual("0") || value.SequenceEqual("1")))
                {
                    Error(key.ToString(), $"is a Flag and takes no value, found {ErrorSink.Quote(value)} (write just {key})");
                }

                continue;
            }

            if (!hasValue || value.IsEmpty)
            {
                Error(key.ToString(), $"has no value: write {key}=value ('.' if missing)");
                continue;
            }

            CheckValues(null, key, value, definition, ploidy: null);
            CheckReservedInfoValue(key, value);
        }
    }

    private static bool IsRepeatedKey(ReadOnlySpan<char> list, int offset, ReadOnlySpan<char> key, int entryIndex)
    {
        if (entryIndex == 0)
        {
            return false;
        }

        var earlier = list[..offset];
        foreach (var range in earlier.Split(';'))
        {
            var entry = earlier[range];
            int eq = entry.IndexOf('=');
            if ((eq < 0 ? entry : entry[..eq]).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cardinality and type of an INFO or FORMAT value; ploidy null means INFO (Number=G is not checked there).</summary>
    private void CheckValues(string? sampleName, ReadOnlySpan<char> key, ReadOnlySpan<char> value, VcfFieldDefinition definition, int? ploidy)
    {
        if (VcfRecord.IsMissing(value))
        {
            return;
        }

        // htslib never splits a String declared in the header, and callers rely on it: VarScan2 writes DP4=40,30,0,0
        // under Number=1, GATK writes AS_SB_TABLE=86,101|7,0 (Number=1) and comma-joined AS_FilterStatus (Number=A,
        // gatk#6857). Only reserved keys used without a header line (AA=1,23 in the conformance suite) are counted.
        if (definition.Type == VcfValueType.String && IsDeclared(key, ploidy is null))
        {
            return;
        }

        int count = value.Count(',') + 1;
        bool allelesUnknown = _altCount == 0 && definition.Number.Kind is VcfNumberKind.PerAltAllele or VcfNumberKind.PerAllele or VcfNumberKind.PerGenotype;
        int? expected = allelesUnknown || (ploidy is null && definition.Number.Kind == VcfNumberKind.PerGenotype) ? null : definition.Number.ExpectedCount(_altCount, ploidy ?? 2);
        if (expected is { } n && count != n)
        {
            Error(FieldName(sampleName, key), $"has {count} value(s) but Number={definition.Number} requires {n} here ({_altCount} ALT allele(s){(ploidy is { } p ? $", ploidy {p}" : "")})");
            return;
        }

        foreach (var range in value.Split(','))
        {
            var item = value[range];
            if (VcfRecord.IsMissing(item))
            {
                continue;
            }

            bool valid = definition.Type switch
            {
                VcfValueType.Integer => VcfSyntax.IsInteger(item),
                VcfValueType.Float => VcfSyntax.IsFloat(item),
                VcfValueType.Character => item.Length == 1,
                _ => true,
            };
            if (!valid)
            {
                Error(FieldName(sampleName, key), $"value {ErrorSink.Quote(item)} is not of Type={definition.Type}{TypeHint(definition.Type)}");
                return;
            }
        }
    }

    private bool IsDeclared(ReadOnlySpan<char> key, bool isInfo) =>
        isInfo ? header.InfoLookup.ContainsKey(key) : header.FormatLookup.ContainsKey(key);

    private static string FieldName(string? sampleName, ReadOnlySpan<char> key) =>
        sampleName is null ? key.ToString() : $"{sampleName} {key}";

    private static string TypeHint(VcfValueType type) => type switch
    {
        VcfValueType.Integer => " (expected a whole number, or '.' if missing)",
        VcfValueType.Float => " (expected a number such as 0.5 or 1e-3, or '.' if missing)",
        VcfValueType.Character => " (expected a single character)",
        _ => "",
    };

    /// <summary>The value ranges the spec implies for reserved INFO keys (counts cannot be negative, AF is a frequency).</summary>
    private void CheckReservedInfoValue(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        string? rule = key switch
        {
            "AC" or "AN" or "DP" or "END" or "MQ0" or "NS" => "count",
            "AF" => "frequency",
            "CIGAR" => "cigar",
            _ => null,
        };
        if (rule is null)
        {
            return;
        }

        foreach (var range in value.Split(','))
        {
            var item = value[range];
            if (VcfRecord.IsMissing(item))
            {
                continue;
            }

            string? problem = rule switch
            {
                "count" when int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n < 0 => "is negative: it is a count (>= 0)",
                "frequency" when VcfSyntax.TryParseFloat(item, out double f) && (f < 0 || f > 1) => "is not a frequency between 0 and 1",
                "cigar" when !VcfSyntax.IsCigar(item) => "is not a CIGAR string (e.g. 1M2I, operations MIDNSHPX=)",
                _ => null,
            };
            if (problem is not null)
            {
                Error(key.ToString(), $"value {ErrorSink.Quote(item)} {problem}");
                return;
            }
        }
    }

    private void CheckSamples(VcfRecord record)
    {
        var format = record.Column(8);
        if (VcfSyntax.ContainsWhitespace(format))
        {
            Error("FORMAT", $"{ErrorSink.Quote(format)} contains whitespace");
            return;
        }

        int keyCount = 0;
        bool valid = true;
        foreach (var range in format.Split(':'))
        {
            var key = format[range];
            keyCount++;
            if (key.IsEmpty)
            {
                Error("FORMAT", $"{ErrorSink.Quote(format)} has an empty key: separate keys with single ':'");
                return;
            }

            if (!VcfSyntax.IsValidFormatKey(key, _version) && !header.FormatLookup.ContainsKey(key))
            {
                Error("FORMAT", $"key {ErrorSink.Quote(key)} is not valid in {_version}: {(_version.IsAtLeast(VcfVersion.V43) ? "use letters, digits, '_' and '.'" : "use letters and digits only")}");
                valid = false;
            }
            else if (key.SequenceEqual("GT") && keyCount > 1)
            {
                Error("FORMAT", "GT must be the first FORMAT key when present");
                valid = false;
            }
            else if (IsRepeatedFormatKey(format, range.Start.GetOffset(format.Length), key))
            {
                Error("FORMAT", $"key {ErrorSink.Quote(key)} appears more than once");
                valid = false;
            }
            else if (strict && !header.FormatLookup.ContainsKey(key))
            {
                Error(key.ToString(), $"FORMAT key is not declared in the header: add ##FORMAT=<ID={key},Number=..,Type=..,Description=\"..\">");
            }
        }

        if (!valid)
        {
            return;
        }

        for (int sample = 0; sample < record.SampleCount && !errors.IsFull; sample++)
        {
            CheckSample(record, sample, format, keyCount);
        }
    }

    private static bool IsRepeatedFormatKey(ReadOnlySpan<char> format, int offset, ReadOnlySpan<char> key)
    {
        var earlier = format[..offset];
        foreach (var range in earlier.Split(':'))
        {
            if (offset > 0 && earlier[range].SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckSample(VcfRecord record, int sample, ReadOnlySpan<char> format, int keyCount)
    {
        var values = record.Column(9 + sample);
        string sampleName = header.SampleNames[sample];
        if (values.IsEmpty)
        {
            Error(sampleName, "the sample column is empty: write '.' for missing data");
            return;
        }

        int valueCount = values.Count(':') + 1;
        if (valueCount > keyCount)
        {
            Error(sampleName, $"has {valueCount} ':'-separated values but FORMAT {ErrorSink.Quote(format)} has only {keyCount} keys");
            return;
        }

        int ploidy = 2;
        int index = 0;
        var formatKeys = format.Split(':');
        foreach (var valueRange in values.Split(':'))
        {
            formatKeys.MoveNext();
            var key = format[formatKeys.Current];
            var value = values[valueRange];
            index++;
            if (index == 1 && key.SequenceEqual("GT"))
            {
                if (!Genotype.TryScan(value, _version, out int genotypePloidy, out int maxAllele, out string? problem))
                {
                    Error($"{sampleName} GT", $"{ErrorSink.Quote(value)} {problem} (expected e.g. 0/1, 1|0, ./.)");
                    return;
                }

                // With ALT '.' the suite still accepts genotypes naming allele 1, so the range is checked only when ALTs are given.
                if (maxAllele > _altCount && _altCount > 0)
                {
                    Error($"{sampleName} GT", $"{ErrorSink.Quote(value)} refers to allele {maxAllele}, but the record has only {_altCount} ALT allele(s)");
                    return;
                }

                ploidy = genotypePloidy;
                continue;
            }

            VcfFieldDefinition? definition = header.FormatLookup.TryGetValue(key, out var declared) ? declared : ReservedFields.FindFormat(key, _version)?.ToDefinition(key);
            if (definition is not null && !value.IsEmpty)
            {
                CheckValues(sampleName, key, value, definition, ploidy);
            }
            else if (value.IsEmpty)
            {
                Error($"{sampleName} {key}", "is empty: write '.' for a missing value");
            }
        }
    }
}
