using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// Reads a MAF (vcf2maf's, ours, or a cBioPortal <c>data_mutations</c> file) into the variant calls of each tumor
/// sample, with the alleles put back in VCF form (the padding base of an indel from <c>vcf_ref</c>, vcf2maf's
/// <c>flanking_bps</c>, or N when the file gives neither) so that a call has the same key as when its VCF is loaded.
/// All or nothing: every problem is reported as FILE:LINE: column: reason, and nothing is returned.
/// </summary>
public static class MafReader
{
    private const int MaxErrors = 100;

    private static readonly string[] Required =
        ["Tumor_Sample_Barcode", "Chromosome", "Start_Position", "End_Position", "Reference_Allele", "Tumor_Seq_Allele2"];

    /// <summary>One <see cref="SomaticCalls"/> per Tumor_Sample_Barcode, in the order the samples first appear.</summary>
    public static IReadOnlyList<SomaticCalls> Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, InputLimits.Default, cancellationToken);

    /// <summary>As <see cref="Read(string, CancellationToken)"/>, as UTF-8 within <paramref name="limits"/> (a longer line or invalid UTF-8 rejects the file).</summary>
    public static IReadOnlyList<SomaticCalls> Read(string path, InputLimits limits, CancellationToken cancellationToken = default)
    {
        using var lines = InputLineReader.Open(path, limits);
        return Read(lines.ReadLine, Path.GetFileName(path), cancellationToken);
    }

    public static IReadOnlyList<SomaticCalls> Read(TextReader reader, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader.ReadLine, file, cancellationToken);
    }

    private static IReadOnlyList<SomaticCalls> Read(Func<string?> nextLine, string file, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var samples = new Dictionary<string, (string Build, List<VariantCall> Calls)>(StringComparer.Ordinal);
        Dictionary<string, int>? columns = null;
        long lineNumber = 0;
        while (nextLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.StartsWith('#') || (columns is not null && line.Length == 0))
            {
                continue;
            }

            if (columns is null)
            {
                columns = Header(line, file, lineNumber, errors);
                if (columns is null)
                {
                    break;
                }

                continue;
            }

            var row = new Row(line.Split('\t'), columns, file, lineNumber, errors);
            if (row.Values.Length != columns.Count)
            {
                errors.Add(new InputError(file, lineNumber, null, $"{row.Values.Length} tab-separated values where the header has {columns.Count} columns"));
            }
            else if (ToCall(row) is { } call)
            {
                if (!samples.TryGetValue(call.SampleId, out var sample))
                {
                    samples[call.SampleId] = sample = (call.GenomeBuild, []);
                }
                else if (sample.Build != call.GenomeBuild)
                {
                    errors.Add(new InputError(file, lineNumber, "NCBI_Build", $"{call.GenomeBuild}, but earlier rows of sample {call.SampleId} are on {sample.Build}: one sample has one genome build"));
                }

                sample.Calls.Add(call);
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        if (columns is null && errors.Count == 0)
        {
            errors.Add(new InputError(file, 0, null, "no header line: a MAF starts with (optional #comments and) the tab-separated column names"));
        }

        if (errors.Count > 0)
        {
            throw new InputRejectedException([.. errors.Take(MaxErrors)]);
        }

        return [.. samples.Select(s => new SomaticCalls(s.Key, null, s.Value.Build, s.Value.Calls))];
    }

    private static Dictionary<string, int>? Header(string line, string file, long lineNumber, List<InputError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] names = line.Split('\t');
        for (int i = 0; i < names.Length; i++)
        {
            if (!columns.TryAdd(names[i].Trim(), i))
            {
                errors.Add(new InputError(file, lineNumber, names[i], "column given twice"));
            }
        }

        foreach (string required in Required.Append("NCBI_Build").Where(r => !columns.ContainsKey(r)))
        {
            string also = required == "Tumor_Seq_Allele2" ? " (the variant allele)" : "";
            errors.Add(new InputError(file, lineNumber, required, $"required column missing{also}; the MAF header is: {string.Join(", ", names.Take(8))}{(names.Length > 8 ? ", ..." : "")}"));
        }

        return errors.Count > 0 ? null : columns;
    }

    private static VariantCall? ToCall(Row row)
    {
        int before = row.Errors.Count;
        string sample = row.Text("Tumor_Sample_Barcode") ?? row.Fail("Tumor_Sample_Barcode", "empty: every row names its tumor sample");
        string chrom = row.Text("Chromosome") ?? row.Fail("Chromosome", "empty");
        string? build = Build(row);
        long? start = row.Position("Start_Position");
        long? end = row.Position("End_Position");
        string mafRef = row.Allele("Reference_Allele");
        string mafAlt = row.Allele("Tumor_Seq_Allele2");
        if (mafAlt.Equals(mafRef, StringComparison.OrdinalIgnoreCase) && row.Has("Tumor_Seq_Allele1"))
        {
            // Some writers put the variant allele in Allele1 when Allele2 repeats the reference.
            mafAlt = row.Allele("Tumor_Seq_Allele1");
        }

        if (mafRef.Length > 0 && mafRef == mafAlt)
        {
            row.Fail("Tumor_Seq_Allele2", $"{mafAlt} is the reference allele: a mutation row needs a variant allele");
        }

        if (start is { } s && end is { } e && mafRef.Length > 0)
        {
            long expected = mafRef == MafAlleles.Empty ? s + 1 : s + mafRef.Length - 1;
            if (e != expected)
            {
                row.Fail("End_Position", $"{e} does not fit Start_Position {s} and Reference_Allele {mafRef}: expected {expected} ({(mafRef == MafAlleles.Empty ? "an insertion spans the two bases around it" : "the last reference base")})");
            }
        }

        var depth = row.Count("t_depth");
        var alt = row.Count("t_alt_count");
        var reference = row.Count("t_ref_count");
        if (alt is { } a && depth is { } d && a > d)
        {
            row.Fail("t_alt_count", $"{a} is more than t_depth {d}");
        }

        double? vaf = row.Fraction("t_vaf");
        string? classification = row.Text("Variant_Classification");
        if (classification is not null && !VariantClassification.Known.Contains(classification))
        {
            row.Fail("Variant_Classification", $"'{classification}' is not a MAF classification (e.g. Missense_Mutation, Frame_Shift_Del, Silent)");
        }

        var vcf = row.Errors.Count == before && start is { } at ? VcfAlleles(row, at, mafRef, mafAlt) : null;
        if (row.Errors.Count > before || vcf is null)
        {
            return null;
        }

        string? consequence = row.Text("Consequence") is { } terms
            ? ConsequenceSeverity.MostSevere(terms.Replace(',', '&'))
            : classification is null ? null : VariantClassification.TermOf(classification);
        string? transcript = row.Text("Transcript_ID");
        string? gene = row.Text("Hugo_Symbol");
        if (gene is "Unknown" || gene == transcript)
        {
            gene = null;
        }

        // Our MAFs carry the adapter's VAF (empty when the VCF did not support one); others get it from the counts.
        if (!row.Has("t_vaf"))
        {
            vaf = alt is { } count ? (reference is { } r && r + count > 0 ? (double)count / (r + count) : depth is > 0 ? (double)count / depth.Value : null) : null;
        }

        return new VariantCall(sample, build!, chrom, vcf.Value.Position, vcf.Value.Ref, vcf.Value.Alt, gene, consequence, transcript,
            AfterColon(row.Text("HGVSc")), Protein(row), vaf, depth, alt, row.Text("FILTER") ?? ".", Exon(row.Text("Exon_Number")));
    }

    /// <summary>
    /// The VCF form of the MAF alleles: the leading bases vcf2maf dropped come back from <c>vcf_ref</c> (at
    /// <c>vcf_pos</c>) or vcf2maf's <c>flanking_bps</c>; an indel without either gets N as its padding base.
    /// </summary>
    private static NormalisedVariant? VcfAlleles(Row row, long start, string mafRef, string mafAlt)
    {
        bool insertion = mafRef == MafAlleles.Empty;
        bool padded = insertion || mafAlt == MafAlleles.Empty;
        long firstChanged = insertion ? start + 1 : start;
        long? vcfPos = row.Position("vcf_pos");
        string? vcfRef = row.Has("vcf_ref") ? row.Text("vcf_ref") : null;
        string? flanking = row.Has("flanking_bps") ? row.Text("flanking_bps") : null;
        string prefix = "";
        long position = firstChanged;
        if (vcfPos is { } p && firstChanged - p is var dropped and > 0)
        {
            string? source = vcfRef ?? (flanking is { Length: > 1 } f ? f[1..] : null);
            if (source is null || source.Length < dropped)
            {
                if (padded)
                {
                    (prefix, position) = ("N", firstChanged - 1);
                }
            }
            else
            {
                (prefix, position) = (source[..(int)dropped], p);
            }
        }
        else if (padded)
        {
            (prefix, position) = ("N", firstChanged - 1);
        }

        string reference = prefix + (insertion ? "" : mafRef);
        string alt = prefix + (mafAlt == MafAlleles.Empty ? "" : mafAlt);
        if (vcfRef is not null && vcfPos == position && !vcfRef.Equals(reference, StringComparison.OrdinalIgnoreCase))
        {
            row.Fail("vcf_ref", $"{vcfRef} does not agree with Reference_Allele {mafRef} at Start_Position {start} (expected {reference})");
            return null;
        }

        if (!VariantNormaliser.IsSequence(reference) || !VariantNormaliser.IsSequence(alt))
        {
            row.Fail("vcf_ref", $"the VCF alleles {reference}/{alt} rebuilt from vcf_pos and vcf_ref are not bases");
            return null;
        }

        return VariantNormaliser.Normalise(position, reference.ToUpperInvariant(), alt.ToUpperInvariant());
    }

    private static string? Build(Row row)
    {
        string? text = row.Text("NCBI_Build");
        string? build = text switch
        {
            "GRCh38" or "38" or "hg38" => "GRCh38",
            "GRCh37" or "37" or "hg19" => "GRCh37",
            _ => null,
        };
        if (build is null)
        {
            row.Fail("NCBI_Build", text is null ? "empty: GRCh37 or GRCh38" : $"'{text}' is not a supported build: GRCh37 or GRCh38");
        }

        return build;
    }

    /// <summary>One-letter HGVSp, from HGVSp when given, else HGVSp_Short (except vcf2maf's p.X123_splice, which is not HGVS).</summary>
    private static string? Protein(Row row)
    {
        if (AfterColon(row.Text("HGVSp")) is { } full)
        {
            return ProteinNotation.ToOneLetter(full);
        }

        string? brief = row.Text("HGVSp_Short");
        return brief is null || MafProtein.IsSplicePseudoNotation(brief) ? null : brief;
    }

    private static int? Exon(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int end = text.IndexOfAny(['/', '-']);
        return int.TryParse(end < 0 ? text : text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out int exon) ? exon : null;
    }

    private static string? AfterColon(string? value) => value is null ? null : value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..] is { Length: > 0 } v ? v : null;

    /// <summary>One data line, with typed access that records what is wrong as FILE:LINE: column: reason.</summary>
    private sealed class Row(string[] values, Dictionary<string, int> columns, string file, long line, List<InputError> errors)
    {
        public string[] Values => values;

        public List<InputError> Errors => errors;

        public bool Has(string column) => columns.ContainsKey(column);

        /// <summary>The trimmed value; null when the column is absent, empty, or "." (MAF's missing value).</summary>
        public string? Text(string column) =>
            columns.TryGetValue(column, out int i) && values[i].Trim() is { Length: > 0 } v && v != "." ? v : null;

        public string Fail(string column, string message)
        {
            errors.Add(new InputError(file, line, column, message));
            return "";
        }

        public long? Position(string column)
        {
            if (Text(column) is not { } text)
            {
                if (Required.Contains(column))
                {
                    Fail(column, "empty: a 1-based position");
                }

                return null;
            }

            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value >= 1)
            {
                return value;
            }

            Fail(column, $"'{text}' is not a position (a whole number from 1)");
            return null;
        }

        public string Allele(string column)
        {
            string? text = Text(column);
            if (text == MafAlleles.Empty)
            {
                return text;
            }

            if (text is null || !VariantNormaliser.IsSequence(text))
            {
                Fail(column, text is null ? "empty: bases (A, C, G, T, N) or - for none" : $"'{text}' is not an allele: bases (A, C, G, T, N) or - for none");
                return "";
            }

            return text.ToUpperInvariant();
        }

        public int? Count(string column)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return value;
            }

            Fail(column, $"'{text}' is not a read count (a whole number from 0; empty or . when unknown)");
            return null;
        }

        public double? Fraction(string column)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= 1)
            {
                return value;
            }

            Fail(column, $"'{text}' is not a fraction from 0 to 1");
            return null;
        }
    }
}
