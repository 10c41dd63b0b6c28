using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// Converts a somatic VCF (annotated by VEP or SnpEff, or not) into a MAF following vcf2maf's conventions, through
/// the same reader, splitting, caller adapters and annotation choice the warehouse loads with: one row per ALT
/// allele. All or nothing: an invalid file raises <see cref="InputRejectedException"/> and the output is not written.
/// Differences from vcf2maf are listed in docs/formats.md.
/// </summary>
public static class VcfToMaf
{
    /// <summary>vcf2maf's --min-hom-vaf: without a GT, a tumor VAF at least this is written as homozygous.</summary>
    private const double MinHomozygousVaf = 0.7;

    /// <summary>Writes the MAF to <paramref name="mafPath"/> (through a temporary file, so a rejected VCF leaves none); returns the rows written.</summary>
    public static long Convert(string vcfPath, string mafPath, VcfToMafOptions options, CancellationToken cancellationToken = default)
    {
        string temporary = mafPath + ".partial";
        try
        {
            long rows;
            using (var output = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)))
            {
                rows = Convert(vcfPath, output, options, cancellationToken);
            }

            File.Move(temporary, mafPath, overwrite: true);
            return rows;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static long Convert(string vcfPath, TextWriter output, VcfToMafOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string file = Path.GetFileName(vcfPath);
        var errors = new List<InputError>();
        int maxErrors = options.Reader.MaxErrors;
        using var reader = VcfReader.Open(vcfPath, options.Reader);
        var header = reader.Header ?? throw new InputRejectedException(reader.Errors);
        var samples = Samples(header, options, file, errors);
        string? build = options.Build ?? GenomeBuildDetector.Detect(header);
        if (build is null)
        {
            errors.Add(new InputError(file, header.ColumnLineNumber, "reference",
                "the genome build cannot be determined: pass --build GRCh38 (or GRCh37), or add ##reference=GRCh38 to the header"));
        }

        var caller = options.Caller ?? CallerDetector.Detect(header);
        var annotations = AnnotationReader.FromHeader(header);
        var writer = new MafWriter(output);
        writer.Start();
        long rows = 0;
        foreach (var record in reader.Records(cancellationToken))
        {
            if (samples is null || build is null || errors.Count >= maxErrors || !record.Alts.Any(VariantNormaliser.IsSequence))
            {
                continue;
            }

            var split = RecordDecomposer.Split(record);
            for (int i = 0; i < record.AltCount; i++)
            {
                // Symbolic alleles, breakends and '*' are not small variants (vcf2maf's SV handling is not ours).
                if (!VariantNormaliser.IsSequence(record.Alts[i]))
                {
                    continue;
                }

                var row = RowOf(record, i, split[i], samples, caller, build, annotations, options.Center, file, errors);
                if (errors.Count == 0)
                {
                    writer.Write(row);
                    rows++;
                }
            }
        }

        reader.ThrowIfRejected(errors);

        return rows;
    }

    private sealed record SampleColumns(int? Tumor, int? Normal, string TumorId, string? NormalId);

    /// <summary>The tumor and normal columns: those the ids name, else the caller's header lines or TUMOR/NORMAL names.</summary>
    private static SampleColumns? Samples(VcfHeader header, VcfToMafOptions options, string file, List<InputError> errors)
    {
        int? named = options.TumorId is { } t && header.SampleIndex(t) >= 0 ? header.SampleIndex(t) : null;
        int? namedNormal = options.NormalId is { } n && header.SampleIndex(n) >= 0 ? header.SampleIndex(n) : null;
        if (header.SampleNames.Count == 0 && options.TumorId is { } sitesOnly)
        {
            return new SampleColumns(null, null, sitesOnly, options.NormalId);
        }

        SampleRoles? roles;
        if (named is null)
        {
            roles = SampleRoles.Resolve(header, file, errors);
            if (roles is null)
            {
                return null;
            }
        }
        else
        {
            roles = SampleRoles.Resolve(header, file, []);
        }

        int tumor = named ?? roles!.Tumor;
        int? normal = namedNormal ?? roles?.Normal;
        normal = normal == tumor ? null : normal;
        return new SampleColumns(tumor, normal, options.TumorId ?? roles!.TumorId,
            options.NormalId ?? (normal is { } column ? header.SampleNames[column] : null));
    }

    private static MafRow RowOf(VcfRecord record, int altIndex, VcfRecord biallelic, SampleColumns samples, SomaticCaller caller,
        string build, AnnotationReader? annotations, string center, string file, List<InputError> errors)
    {
        var tumor = samples.Tumor is { } t ? TumorMetrics.Read(biallelic, t, caller, file, errors) : default;
        var annotated = annotations?.ReadWithFields(record, altIndex);
        var annotation = annotated?.Chosen;
        var call = new VariantCall(samples.TumorId, build, biallelic.Chrom, biallelic.Position, biallelic.Ref, biallelic.Alts[0],
            annotation?.Gene, annotation?.Consequence, annotation?.TranscriptId, annotation?.HgvsC, annotation?.HgvsP,
            tumor.Vaf, tumor.Depth, tumor.AltCount, record.FilterText.ToString(), annotation?.Exon);
        var row = MafRow.For(call, samples.NormalId, center, tumor.RefCount);
        var alleles = row.Alleles;
        string[] bases = [biallelic.Ref, biallelic.Alts[0]];

        row["Tumor_Seq_Allele1"] = TumorAllele1(biallelic, samples.Tumor, tumor, bases, alleles);
        if (samples.Normal is { } n)
        {
            var normal = TumorMetrics.Read(biallelic, n, caller, file, errors);
            bool anyCount = normal.RefCount is not null || normal.AltCount is not null;
            row["n_depth"] = MafRow.Count(normal.Depth, false);
            row["n_ref_count"] = MafRow.Count(normal.RefCount, anyCount);
            row["n_alt_count"] = MafRow.Count(normal.AltCount, anyCount);
            if (Indexes(biallelic, n) is var (first, second))
            {
                row["Match_Norm_Seq_Allele1"] = MafAlleles.Strip(bases[first], alleles.Stripped);
                row["Match_Norm_Seq_Allele2"] = MafAlleles.Strip(bases[second], alleles.Stripped);
            }
        }

        row["vcf_id"] = record.IdText.ToString();
        row["vcf_qual"] = record.Column(5).ToString();
        if (annotated is not null && annotations is not null)
        {
            Annotate(row, annotated, annotations, alleles);
        }

        return row;
    }

    /// <summary>
    /// vcf2maf: Tumor_Seq_Allele2 is the ALT; Allele1 is the first GT allele that is not it (usually REF). Without a
    /// GT, a VAF of at least <see cref="MinHomozygousVaf"/> counts as homozygous (Allele1 is the ALT too).
    /// </summary>
    private static string TumorAllele1(VcfRecord biallelic, int? sample, TumorMetrics tumor, string[] bases, MafAlleles alleles)
    {
        if (sample is { } s && Indexes(biallelic, s) is var (first, second))
        {
            return first != 1 ? MafAlleles.Strip(bases[first], alleles.Stripped) : MafAlleles.Strip(bases[second], alleles.Stripped);
        }

        bool homozygous = tumor.AltCount is { } alt && tumor.Depth is > 0 && (double)alt / tumor.Depth.Value >= MinHomozygousVaf;
        return homozygous ? alleles.Alt : alleles.Ref;
    }

    /// <summary>The first two allele indexes of the sample's GT (a haploid GT twice); null when GT is absent or missing.</summary>
    private static (int First, int Second)? Indexes(VcfRecord biallelic, int sample)
    {
        if (biallelic.FormatIndex("GT") < 0 || biallelic.GetGenotype(sample) is not { } genotype || genotype.Alleles.Count == 0
            || genotype.Alleles.Any(a => a is null or < 0 or > 1))
        {
            return null;
        }

        int first = genotype.Alleles[0]!.Value;
        return (first, genotype.Alleles.Count > 1 ? genotype.Alleles[1]!.Value : first);
    }

    /// <summary>The columns vcf2maf takes from the chosen VEP (or SnpEff ANN) entry.</summary>
    private static void Annotate(MafRow row, AnnotatedAllele annotated, AnnotationReader reader, MafAlleles alleles)
    {
        var fields = new AnnotationFields(reader.FieldNames, annotated.ChosenFields);
        string consequences = string.Join(',', VariantClassification.Sorted(fields["Consequence"]));
        string oneConsequence = VariantClassification.OneConsequence(consequences);
        row["Variant_Classification"] = VariantClassification.Of(oneConsequence, alleles.VariantType, alleles.InFrame);
        var chosen = annotated.Chosen;
        row["HGVSp"] = chosen.HgvsPThreeLetter ?? chosen.HgvsP ?? "";
        row["HGVSp_Short"] = MafProtein.Short(chosen.HgvsPThreeLetter ?? chosen.HgvsP, chosen.HgvsC, oneConsequence,
            fields["Protein_position"], fields["Amino_acids"]) ?? "";
        if (reader.Format == AnnotationFormat.Vep && fields["EXON"] is { Length: > 0 } exon)
        {
            row["Exon_Number"] = exon;
        }

        foreach (string column in MafColumns.Vep)
        {
            if (column is not ("FILTER" or "flanking_bps" or "vcf_id" or "vcf_qual"))
            {
                row[column] = fields[column].Replace('&', ',');
            }
        }

        row["Consequence"] = consequences;
        string existing = fields["Existing_variation"];
        row["dbSNP_RS"] = existing.Length == 0
            ? "novel"
            : string.Join(',', existing.Split(['&', ',']).Where(id => id.StartsWith("rs", StringComparison.Ordinal) && id.Length > 2 && id[2..].All(char.IsAsciiDigit)));
        row["all_effects"] = AllEffects(reader, annotated);
    }

    /// <summary>vcf2maf's summary of every effect on the allele, most severe first: "gene,consequence,HGVSp,transcript,RefSeq;".</summary>
    private static string AllEffects(AnnotationReader reader, AnnotatedAllele annotated)
    {
        var effects = annotated.AllEntries
            .Select(entry => new AnnotationFields(reader.FieldNames, entry))
            .Select(f => (Fields: f, Term: VariantClassification.OneConsequence(f["Consequence"])))
            .OrderBy(e => VariantClassification.PriorityOf(e.Term));
        var text = new System.Text.StringBuilder();
        foreach (var (f, term) in effects)
        {
            string transcript = f["Feature"];
            if (transcript.Length > 0)
            {
                string protein = f["HGVSp"];
                protein = protein[(protein.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
                text.Append(CultureInfo.InvariantCulture, $"{f["SYMBOL"]},{term},{protein},{transcript},{f["RefSeq"].Replace('&', ',')};");
            }
        }

        return text.ToString();
    }
}
