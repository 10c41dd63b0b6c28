using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Checks one data line against the header and the spec of the file's declared version.</summary>
internal sealed partial class VcfRecordValidator(VcfHeader header, ErrorSink errors, bool strict)
{
    private readonly VcfVersion _version = header.Version;
    private readonly int _expectedColumns = header.HasFormatColumn ? 9 + header.SampleNames.Count : 8;
    private readonly SortOrderTracker _order = new(errors);
    private readonly DuplicateTracker _duplicates = new(errors);
    private readonly Dictionary<string, HashSet<string>> _warned = new(StringComparer.Ordinal);
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

    /// <summary>
    /// The spec only recommends declaring tags, filters and contigs, and many real files do not: an error in strict
    /// mode, else a warning given once per name (a tag used on a million lines is one thing to fix), at its first line.
    /// </summary>
    private void Undeclared(string kind, ReadOnlySpan<char> name)
    {
        if (!strict)
        {
            // Once the warnings are full nothing more is remembered, so that a file with a new name on every line
            // cannot grow the sets without bound.
            if (errors.WarningsFull)
            {
                return;
            }

            if (!_warned.TryGetValue(kind, out var seen))
            {
                _warned[kind] = seen = new HashSet<string>(StringComparer.Ordinal);
            }

            // Checked before the message is built, so that an undeclared tag on every line costs one lookup per line.
            if (!seen.GetAlternateLookup<ReadOnlySpan<char>>().Add(name))
            {
                return;
            }
        }

        string message = kind switch
        {
            "contig" => $"contig {ErrorSink.Quote(name)} is not declared: add ##contig=<ID={name}> to the header",
            "FILTER" => $"filter {ErrorSink.Quote(name)} is not declared: add ##FILTER=<ID={name},Description=\"...\">",
            _ => $"{kind} key is not declared in the header: add ##{kind}=<ID={name},Number=..,Type=..,Description=\"..\">",
        };
        string field = kind switch
        {
            "contig" => "CHROM",
            "FILTER" => "FILTER",
            _ => name.ToString(),
        };
        if (strict)
        {
            Error(field, message);
        }
        else
        {
            errors.Warn(_line, field, message);
        }
    }

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
        else if (!IsDeclaredContig(chrom))
        {
            Undeclared("contig", chrom);
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

            if (!name.SequenceEqual("PASS") && !header.Filters.ContainsKey(name.ToString()))
            {
                Undeclared("FILTER", name);
            }
        }
    }
}
