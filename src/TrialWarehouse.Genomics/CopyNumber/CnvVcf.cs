using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.CopyNumber;

/// <summary>
/// Reads a copy-number VCF (<c>*.cnv.vcf</c>, <c>*.cnv.vcf.gz</c>; docs/formats.md): segments as records with ALT
/// <c>&lt;DEL&gt;</c>, <c>&lt;DUP&gt;</c>, <c>&lt;CNV&gt;</c> (or <c>.</c> for a neutral segment), SVTYPE, END or SVLEN,
/// and the copy number in FORMAT CN of the tumor sample or INFO CN; mapped to gene-level calls with
/// <see cref="GeneCoordinates"/> of the file's build. All or nothing: an invalid file raises <see cref="InputRejectedException"/>.
/// </summary>
/// <remarks>
/// A gene's copy number is the lowest over its whole extent, bases no PASS segment covers counting as the ploidy
/// (as PURPLE takes a gene's minimum copy number): a deletion of part of a gene calls a loss, a gain or amplification
/// must cover the whole gene. Only genes with a state other than neutral are returned.
/// </remarks>
public static class CnvVcf
{
    private const int MaxErrors = 100;

    private static readonly string[] CnvAlts = ["<DEL>", "<DUP>", "<CNV>", "<DUP:TANDEM>", "<DEL:ME>"];

    public static CopyNumberProfile Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, GeneCoordinates.Default, cancellationToken);

    public static CopyNumberProfile Read(string path, GeneCoordinates genes, CancellationToken cancellationToken = default) =>
        Read(path, genes, InputLimits.Default, cancellationToken);

    /// <param name="limits">The longest line and, compressed, the largest expansion read.</param>
    public static CopyNumberProfile Read(string path, GeneCoordinates genes, InputLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(genes);
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        using var reader = VcfReader.Open(path, new VcfReaderOptions { MaxErrors = MaxErrors, Limits = limits });
        var header = reader.Header ?? throw new InputRejectedException(reader.Errors);

        var roles = SampleRoles.Resolve(header, file, errors);
        string? build = genes.BuildOf(header, file, errors, "genes");

        double ploidy = ReadPloidy(header, file, errors);
        var segments = new List<Segment>();
        foreach (var record in reader.Records(cancellationToken))
        {
            if (errors.Count < MaxErrors && ToSegment(record, roles, ploidy, file, errors) is { } segment)
            {
                segments.Add(segment);
            }
        }

        reader.ThrowIfRejected(errors);

        return new CopyNumberProfile(roles!.TumorId, build!, CallGenes(roles.TumorId, build!, segments, genes));
    }

    private static List<CopyNumberCall> CallGenes(string sampleId, string build, List<Segment> segments, GeneCoordinates genes)
    {
        var byGene = new Dictionary<GeneLocus, List<Segment>>();
        foreach (var segment in segments)
        {
            foreach (var locus in genes.Overlapping(build, segment.Chrom, segment.Start, segment.End))
            {
                if (!byGene.TryGetValue(locus, out var list))
                {
                    byGene[locus] = list = [];
                }

                list.Add(segment);
            }
        }

        var calls = new List<CopyNumberCall>();
        foreach (var (locus, overlapping) in byGene.OrderBy(g => g.Key.Gene, StringComparer.Ordinal))
        {
            var lowest = overlapping.OrderBy(s => s.State).ThenBy(s => s.CopyNumber ?? double.MaxValue).First();
            int state = Covered(locus, overlapping) < locus.Length ? Math.Min(lowest.State, CopyNumberStates.Neutral) : lowest.State;
            if (state != CopyNumberStates.Neutral)
            {
                calls.Add(new CopyNumberCall(sampleId, locus.Gene, state, null, lowest.CopyNumber));
            }
        }

        return calls;
    }

    /// <summary>How many bases of the gene the segments cover (overlaps counted once).</summary>
    private static long Covered(GeneLocus locus, List<Segment> segments)
    {
        long covered = 0;
        long reached = locus.Start - 1;
        foreach (var s in segments.OrderBy(s => s.Start))
        {
            long from = Math.Max(Math.Max(s.Start, locus.Start), reached + 1);
            long to = Math.Min(s.End, locus.End);
            if (to >= from)
            {
                covered += to - from + 1;
                reached = to;
            }
        }

        return covered;
    }

    private static Segment? ToSegment(VcfRecord record, SampleRoles? roles, double ploidy, string file, List<InputError> errors)
    {
        long line = record.LineNumber;
        var alts = record.Alts;
        string? svType = record.GetInfoString("SVTYPE");
        string alt = alts.Count == 0 ? "." : alts[0];
        if (alts.Count > 1 || (alt != "." && !CnvAlts.Contains(alt, StringComparer.Ordinal)))
        {
            errors.Add(new InputError(file, line, "ALT",
                $"'{string.Join(",", alts)}' is not a copy-number allele: a CNV VCF holds one of <DEL>, <DUP>, <CNV> (or . for a neutral segment) per record; small variants go in the somatic VCF, breakends in the *.sv.vcf"));
            return null;
        }

        string kind = svType ?? (alt == "." ? "CNV" : alt[1..4]);
        if (kind is not ("DEL" or "DUP" or "CNV"))
        {
            errors.Add(new InputError(file, line, "SVTYPE", $"'{kind}' is not a copy-number type: expected DEL, DUP or CNV"));
            return null;
        }

        if (alt != "." && svType is not null && alt[1..4] != kind && alt != "<CNV>")
        {
            errors.Add(new InputError(file, line, "SVTYPE", $"SVTYPE={kind} contradicts ALT {alt}: give the same type in both"));
            return null;
        }

        if (!record.IsPass && record.Filters.Count > 0)
        {
            return null; // a filtered segment is not a call
        }

        long start = record.Position + 1; // POS is the base before a symbolic event (VCF 4.3, 5.3)
        long? end = record.GetInfoInteger("END");
        if (end is null && record.GetInfoInteger("SVLEN") is { } svlen)
        {
            end = record.Position + Math.Abs((long)svlen);
        }

        if (end is null)
        {
            errors.Add(new InputError(file, line, "END", "the segment has no end: give INFO END (or SVLEN)"));
            return null;
        }

        if (end < start)
        {
            errors.Add(new InputError(file, line, "END", $"END={end} is before the segment's first base {start} (POS + 1)"));
            return null;
        }

        double? copyNumber = CopyNumberOf(record, roles, file, errors, out bool bad);
        if (bad)
        {
            return null;
        }

        int state;
        if (copyNumber is { } cn)
        {
            state = CopyNumberThresholds.State(cn, ploidy);
            if ((kind == "DEL" && state > CopyNumberStates.Neutral) || (kind == "DUP" && state < CopyNumberStates.Neutral))
            {
                errors.Add(new InputError(file, line, "CN", $"CN={Format(cn)} contradicts SVTYPE {kind} at ploidy {Format(ploidy)}: correct one of them"));
                return null;
            }
        }
        else
        {
            state = kind switch
            {
                "DEL" => CopyNumberStates.ShallowDeletion,
                "DUP" => CopyNumberStates.Gain,
                _ => int.MinValue,
            };
            if (state == int.MinValue)
            {
                errors.Add(new InputError(file, line, "CN", "a <CNV> segment needs its copy number: give FORMAT CN of the tumor sample or INFO CN"));
                return null;
            }
        }

        return new Segment(record.Chrom, start, end.Value, state, copyNumber);
    }

    private static double? CopyNumberOf(VcfRecord record, SampleRoles? roles, string file, List<InputError> errors, out bool bad)
    {
        bad = false;
        string? text = null;
        if (roles is not null && record.TryGetSampleValue(roles.Tumor, "CN", out var sampleValue) && !VcfRecord.IsMissing(sampleValue))
        {
            text = sampleValue.ToString();
        }
        else if (record.GetInfoString("CN") is { } infoValue)
        {
            text = infoValue;
        }

        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double cn) || !double.IsFinite(cn))
        {
            errors.Add(new InputError(file, record.LineNumber, "CN", $"'{text}' is not a copy number: expected a number >= 0, e.g. 1 or 3.4"));
            bad = true;
            return null;
        }

        return cn;
    }

    private static double ReadPloidy(VcfHeader header, string file, List<InputError> errors)
    {
        string? text = header.GetValue("ploidy");
        if (text is null)
        {
            return CopyNumberThresholds.DefaultPloidy;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double ploidy) && ploidy >= 1 && ploidy <= 8)
        {
            return ploidy;
        }

        errors.Add(new InputError(file, header.ColumnLineNumber, "ploidy", $"##ploidy={text} is not a tumor ploidy: expected a number from 1 to 8, e.g. ##ploidy=2 or ##ploidy=3.1"));
        return CopyNumberThresholds.DefaultPloidy;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Segment(string Chrom, long Start, long End, int State, double? CopyNumber);
}
