using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.CopyNumber;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.StructuralVariants;

/// <summary>
/// Reads the gene fusions of one tumor sample from a structural-variant VCF (<c>*.sv.vcf</c>, <c>*.sv.vcf.gz</c>;
/// docs/formats.md): breakend records (ALT <c>t[p[</c> etc., paired by MATEID, or a single record naming its mate) whose
/// two breakpoints fall in two different genes of <see cref="GeneCoordinates"/>, joined so that one gene's 5' part
/// meets the other's 3' part. Other records (deletions, duplications, insertions) are read but are not fusions.
/// All or nothing: an invalid file raises <see cref="InputRejectedException"/>.
/// </summary>
public static class SvVcf
{
    private const int MaxErrors = 100;

    public static FusionProfile Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, GeneCoordinates.Default, cancellationToken);

    public static FusionProfile Read(string path, GeneCoordinates genes, CancellationToken cancellationToken = default) =>
        Read(path, genes, InputLimits.Default, cancellationToken);

    /// <param name="limits">The longest line and, compressed, the largest expansion read.</param>
    public static FusionProfile Read(string path, GeneCoordinates genes, InputLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(genes);
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        using var reader = VcfReader.Open(path, new VcfReaderOptions { MaxErrors = MaxErrors, Limits = limits });
        var header = reader.Header ?? throw new InputRejectedException(reader.Errors);

        var roles = SampleRoles.Resolve(header, file, errors);
        string? build = genes.BuildOf(header, file, errors, "fusions");

        var fusions = new List<FusionCall>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in reader.Records(cancellationToken))
        {
            if (roles is null || build is null || errors.Count >= MaxErrors)
            {
                continue;
            }

            if (ToFusion(record, roles, build, genes, seen, file, errors) is { } fusion)
            {
                fusions.Add(fusion);
            }
        }

        reader.ThrowIfRejected(errors);

        // One row per gene pair and breakpoints: a caller's two mate records, or repeated calls, give one fusion.
        var distinct = fusions.DistinctBy(f => (f.Gene5, f.Gene3, f.Chrom5, f.Position5, f.Chrom3, f.Position3)).ToList();
        return new FusionProfile(roles!.TumorId, build!, distinct);
    }

    private static FusionCall? ToFusion(VcfRecord record, SampleRoles roles, string build, GeneCoordinates genes, HashSet<string> seen,
        string file, List<InputError> errors)
    {
        if (record.Alts.Count != 1 || !record.Alts[0].Contains('[', StringComparison.Ordinal) && !record.Alts[0].Contains(']', StringComparison.Ordinal))
        {
            return null;
        }

        var breakend = Breakend.Parse(record.Alts[0]);
        if (breakend is null)
        {
            errors.Add(new InputError(file, record.LineNumber, "ALT",
                $"'{record.Alts[0]}' is not a breakend: expected t[chr:pos[, t]chr:pos], ]chr:pos]t or [chr:pos[t (VCF 4.3, 5.4)"));
            return null;
        }

        if (!record.IsPass && record.Filters.Count > 0)
        {
            return null; // a filtered junction is not a call
        }

        // The mate record describes the same junction: take the pair once, from whichever record comes first.
        foreach (string id in record.Ids)
        {
            seen.Add(id);
        }

        if (record.GetInfoValues("MATEID").Any(m => m is not null && seen.Contains(m) && !record.Ids.Contains(m)))
        {
            return null;
        }

        var here = Single(genes.Overlapping(build, record.Chrom, record.Position, record.Position));
        var there = Single(genes.Overlapping(build, breakend.MateChrom, breakend.MatePosition, breakend.MatePosition));
        if (here is null || there is null || here.Gene == there.Gene)
        {
            return null;
        }

        // A gene gives its 5' part when the kept side of its breakpoint is upstream in its own orientation.
        bool hereIs5 = breakend.KeepsLeft == (here.Strand == '+');
        bool thereIs5 = breakend.MateKeepsLeft == (there.Strand == '+');
        if (hereIs5 == thereIs5)
        {
            return null; // both 5' or both 3' parts: no transcribed fusion of the two genes
        }

        string chrom = GeneCoordinates.Normalise(record.Chrom);
        string mateChrom = GeneCoordinates.Normalise(breakend.MateChrom);
        int? reads = SupportingReads(record, roles.Tumor);
        return hereIs5
            ? new FusionCall(roles.TumorId, here.Gene, there.Gene, chrom, record.Position, mateChrom, breakend.MatePosition, reads)
            : new FusionCall(roles.TumorId, there.Gene, here.Gene, mateChrom, breakend.MatePosition, chrom, record.Position, reads);
    }

    /// <summary>Manta's FORMAT PR and SR (ref,alt pairs: the alt counts are summed), else INFO SU (LUMPY), else unknown.</summary>
    private static int? SupportingReads(VcfRecord record, int tumor)
    {
        int? pairs = record.GetSampleInteger(tumor, "PR", 1);
        int? splits = record.GetSampleInteger(tumor, "SR", 1);
        if (pairs is not null || splits is not null)
        {
            return (pairs ?? 0) + (splits ?? 0);
        }

        return record.GetInfoInteger("SU");
    }

    private static GeneLocus? Single(IEnumerable<GeneLocus> loci)
    {
        // Where genes overlap, the breakpoint is ambiguous; the first by start is as good a guess as any, so take none.
        var list = loci.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
