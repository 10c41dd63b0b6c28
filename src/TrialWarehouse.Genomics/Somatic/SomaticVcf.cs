using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Reads the somatic small-variant calls of one tumor sample from a Mutect2, Strelka2, VarScan2, DRAGEN, FreeBayes
/// or other VCF (see <see cref="CallerDetector"/>), annotated by VEP or SnpEff. All or nothing: an invalid file
/// raises <see cref="InputRejectedException"/>. A call whose VAF the file does not support has a null VAF.
/// </summary>
public static class SomaticVcf
{
    private const int MaxErrors = 100;

    public static SomaticCalls Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, SomaticVcfOptions.Default, cancellationToken);

    /// <summary>The whole file in memory: for callers that need the calls more than once.</summary>
    public static SomaticCalls Read(string path, SomaticVcfOptions options, CancellationToken cancellationToken = default)
    {
        var stream = Open(path, options, cancellationToken);
        var calls = stream.Calls.ToList();
        return new SomaticCalls(stream.TumorSampleId, stream.NormalSampleId, stream.GenomeBuild, calls);
    }

    /// <summary>
    /// Reads and checks the header now, and the calls as they are enumerated, so that a loader can write them while
    /// the file is read and memory does not grow with the file. Each enumeration reads the file anew (a transaction
    /// retried after a conflict gets every call again). An enumeration throws <see cref="InputRejectedException"/> after
    /// the last record when any record was invalid: a loader inside a transaction then rolls the whole file back.
    /// </summary>
    public static SomaticCallStream Open(string path, SomaticVcfOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        using var reader = VcfReader.Open(path, new VcfReaderOptions { MaxErrors = MaxErrors, Limits = options.Limits });
        var header = reader.Header ?? throw new InputRejectedException(reader.Errors);
        var roles = SampleRoles.Resolve(header, file, errors);
        string? build = GenomeBuildDetector.Require(header, file, errors);
        if (roles is null || build is null)
        {
            // The records are still read, so that the rejection lists their syntax errors too.
            foreach (var _ in reader.Records(cancellationToken)) { }
            reader.ThrowIfRejected(errors);
        }
        return new SomaticCallStream(roles!.TumorId, roles.Normal is { } n ? header.SampleNames[n] : null, build!,
            Calls(path, options, file, cancellationToken));
    }

    private static IEnumerable<VariantCall> Calls(string path, SomaticVcfOptions options, string file, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        using var reader = VcfReader.Open(path, new VcfReaderOptions { MaxErrors = MaxErrors, Limits = options.Limits });
        var header = reader.Header ?? throw new InputRejectedException(reader.Errors);
        // Open checked these; the file may not change between the two reads (it is hashed before either).
        var roles = SampleRoles.Resolve(header, file, errors) ?? throw new InputRejectedException(errors);
        var build = GenomeBuildDetector.Require(header, file, errors) ?? throw new InputRejectedException(errors);
        var caller = options.Caller ?? CallerDetector.Detect(header);
        var annotations = AnnotationReader.FromHeader(header);
        var calls = new List<VariantCall>(2);
        foreach (var record in reader.Records(cancellationToken))
        {
            if (errors.Count >= MaxErrors)
                continue;
            calls.Clear();
            AddCalls(record, roles, caller, build, annotations, options.Reference, file, calls, errors);
            // Once the file is known to be rejected, nothing more is handed to the loader: it will roll back anyway.
            if (errors.Count == 0 && !reader.HasErrors)
            {
                foreach (var call in calls)
                    yield return call;
            }
        }
        reader.ThrowIfRejected(errors);
    }

    private static void AddCalls(VcfRecord record, SampleRoles roles, SomaticCaller caller, string build, AnnotationReader? annotations,
        Normalisation.ReferenceGenome? reference, string file, List<VariantCall> calls, List<InputError> errors)
    {
        var alts = record.Alts;
        if (!alts.Any(VariantNormaliser.IsSequence))
        {
            return;
        }

        var split = RecordDecomposer.Split(record);
        for (int i = 0; i < alts.Count; i++)
        {
            // Symbolic alleles, breakends and '*' are not small variants: they belong to other readers.
            if (!VariantNormaliser.IsSequence(alts[i]))
            {
                continue;
            }

            var biallelic = split[i];
            var variant = new Normalisation.NormalisedVariant(biallelic.Position, biallelic.Ref, biallelic.Alts[0]);
            if (reference is not null)
            {
                if (Normalisation.LeftAligner.Align(reference, biallelic.Chrom, variant.Position, variant.Ref, variant.Alt) is not { } aligned)
                {
                    errors.Add(new InputError(file, record.LineNumber, "REF",
                        $"{record.Ref} at {record.Chrom}:{record.Position} does not match the reference FASTA {Path.GetFileName(reference.Path)}; " +
                        "is the file on another build, or is the FASTA of another build?"));
                    continue;
                }
                variant = aligned;
            }

            var metrics = TumorMetrics.Read(biallelic, roles.Tumor, caller, file, errors);
            var annotation = annotations?.Read(record, i);
            calls.Add(new VariantCall(
                roles.TumorId,
                build,
                biallelic.Chrom,
                variant.Position,
                variant.Ref,
                variant.Alt,
                annotation?.Gene,
                annotation?.Consequence,
                annotation?.TranscriptId,
                annotation?.HgvsC,
                annotation?.HgvsP,
                metrics.Vaf,
                metrics.Depth,
                metrics.AltCount,
                record.FilterText.ToString(),
                annotation?.Exon));
        }
    }
}
