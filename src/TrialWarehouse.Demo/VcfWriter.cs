using System.Text;

namespace TrialWarehouse.Demo;

/// <summary>
/// A somatic VCF as GATK Mutect2 + FilterMutectCalls write it for a tumor/normal pair, annotated by Ensembl VEP
/// (CSQ), on GRCh38. Sample columns are named by the sample names (normal first, as GATK sorts them).
/// </summary>
internal static class VcfWriter
{
    /// <summary>GRCh38 primary-assembly contig lengths.</summary>
    internal static readonly Dictionary<string, long> ContigLengths = new(StringComparer.Ordinal)
    {
        ["chr1"] = 248956422, ["chr2"] = 242193529, ["chr3"] = 198295559, ["chr4"] = 190214555, ["chr5"] = 181538259,
        ["chr6"] = 170805979, ["chr7"] = 159345973, ["chr8"] = 145138636, ["chr9"] = 138394717, ["chr10"] = 133797422,
        ["chr11"] = 135086622, ["chr12"] = 133275309, ["chr13"] = 114364328, ["chr14"] = 107043718, ["chr15"] = 101991189,
        ["chr16"] = 90338345, ["chr17"] = 83257441, ["chr18"] = 80373285, ["chr19"] = 58617616, ["chr20"] = 64444167,
        ["chr21"] = 46709983, ["chr22"] = 50818468, ["chrX"] = 156040895, ["chrY"] = 57227415, ["chrM"] = 16569,
    };

    internal const string Reference = "file:///references/GRCh38/Homo_sapiens_assembly38.fasta";

    public static string Write(PlannedPatient patient, PlannedSample sample, Genomics g)
    {
        string tumor = sample.SampleId;
        string normal = $"{patient.Patient.PatientId}-N";
        var sb = new StringBuilder();
        sb.Append("##fileformat=VCFv4.2\n");
        foreach (string line in FilterLines)
        {
            sb.Append(line).Append('\n');
        }

        sb.Append("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles in the order listed\">\n");
        sb.Append("##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fractions of alternate alleles in the tumor\">\n");
        sb.Append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth (reads with MQ=255 or with bad mates are filtered)\">\n");
        sb.Append("##FORMAT=<ID=F1R2,Number=R,Type=Integer,Description=\"Count of reads in F1R2 pair orientation supporting each allele\">\n");
        sb.Append("##FORMAT=<ID=F2R1,Number=R,Type=Integer,Description=\"Count of reads in F2R1 pair orientation supporting each allele\">\n");
        sb.Append("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype Quality\">\n");
        sb.Append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        sb.Append("##FORMAT=<ID=PGT,Number=1,Type=String,Description=\"Physical phasing haplotype information, describing how the alternate alleles are phased in relation to one another; will always be heterozygous and is not intended to describe called alleles\">\n");
        sb.Append("##FORMAT=<ID=PID,Number=1,Type=String,Description=\"Physical phasing ID information, where each unique ID within a given sample (but not across samples) connects records within a phasing group\">\n");
        sb.Append("##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Normalized, Phred-scaled likelihoods for genotypes as defined in the VCF specification\">\n");
        sb.Append("##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phasing set (typically the position of the first variant in the set)\">\n");
        sb.Append("##FORMAT=<ID=SB,Number=4,Type=Integer,Description=\"Per-sample component statistics which comprise the Fisher's Exact Test to detect strand bias.\">\n");
        sb.Append("##GATKCommandLine=<ID=FilterMutectCalls,CommandLine=\"FilterMutectCalls --output ").Append(tumor)
            .Append(".filtered.vcf.gz --variant ").Append(tumor).Append(".unfiltered.vcf.gz --reference ").Append(Reference)
            .Append("\",Version=\"4.4.0.0\",Date=\"").Append(DemoCohort.Iso(sample.Record.CollectionDate.AddDays(12))).Append("\">\n");
        sb.Append("##GATKCommandLine=<ID=Mutect2,CommandLine=\"Mutect2 --tumor-sample ").Append(tumor).Append(" --normal-sample ").Append(normal)
            .Append(" --germline-resource af-only-gnomad.hg38.vcf.gz --panel-of-normals 1000g_pon.hg38.vcf.gz --intervals NGS-802.hg38.interval_list --output ")
            .Append(tumor).Append(".unfiltered.vcf.gz --reference ").Append(Reference)
            .Append("\",Version=\"4.4.0.0\",Date=\"").Append(DemoCohort.Iso(sample.Record.CollectionDate.AddDays(12))).Append("\">\n");
        foreach (string line in InfoLines)
        {
            sb.Append(line).Append('\n');
        }

        sb.Append("##MutectVersion=2.2\n");
        var contigs = g.Variants.Select(v => v.Chrom).Distinct(StringComparer.Ordinal).OrderBy(GenomicsPlanner.ContigOrder);
        foreach (string contig in contigs)
        {
            sb.Append("##contig=<ID=").Append(contig).Append(",length=").Append(DemoCohort.Int(ContigLengths[contig])).Append(",assembly=GRCh38>\n");
        }

        sb.Append("##filtering_status=These calls have been filtered by FilterMutectCalls to label false positives with a list of failure reasons and true positives with PASS.\n");
        sb.Append("##normal_sample=").Append(normal).Append('\n');
        sb.Append("##reference=").Append(Reference).Append('\n');
        sb.Append("##source=FilterMutectCalls\n");
        sb.Append("##source=Mutect2\n");
        sb.Append("##tumor_sample=").Append(tumor).Append('\n');
        sb.Append("##VEP=\"v110\" time=\"").Append(DemoCohort.Iso(sample.Record.CollectionDate.AddDays(13)))
            .Append(" 02:14:07\" cache=\"homo_sapiens/110_GRCh38\" ensembl=110.584a8f3 ensembl-variation=110.d34d25e ensembl-funcgen=110.24e2cb4 ensembl-io=110.b1a0b44 assembly=\"GRCh38.p14\"\n");
        sb.Append("##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: ").Append(VepCsq.Format).Append("\">\n");
        sb.Append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t").Append(normal).Append('\t').Append(tumor).Append('\n');

        var rng = SplitMix64.ForStream(patient.Seed, "vcf-annotations", patient.Index);
        foreach (var v in g.Variants)
        {
            AppendRecord(sb, v, rng);
        }

        return sb.ToString();
    }

    private static void AppendRecord(StringBuilder sb, PlannedVariant v, SplitMix64 rng)
    {
        int altTotal = v.TumorAltCounts.Sum();
        int refCount = v.TumorDepth - altTotal;
        int normalRef = v.NormalDepth - v.NormalAltCount;
        var alleleCounts = new List<int> { refCount };
        alleleCounts.AddRange(v.TumorAltCounts);
        var f1r2 = alleleCounts.Select(c => (c + rng.Next(-c / 10, (c / 10) + 1)) / 2).ToList();
        var f2r1 = alleleCounts.Select((c, i) => c - f1r2[i]).ToList();
        int refForward = (refCount / 2) + rng.Next(0, (refCount / 20) + 1);
        bool strandBias = v.Filter == "strand_bias";
        int altForward = strandBias ? altTotal : (altTotal / 2) + rng.Next(0, (altTotal / 10) + 1);
        altForward = Math.Min(altForward, altTotal);
        var tumorAf = v.TumorAltCounts.Select(c => DemoCohort.Num((double)c / v.TumorDepth, "0.###")).ToList();
        double normalAf = (v.NormalAltCount + 1.0) / (v.NormalDepth + 2.0);
        bool weak = v.Filter == "weak_evidence";
        string Join(IEnumerable<string> values) => string.Join(',', values);

        sb.Append(v.Chrom).Append('\t').Append(DemoCohort.Int(v.Position)).Append("\t.\t").Append(v.Ref).Append('\t')
            .Append(string.Join(',', v.Alts)).Append("\t.\t").Append(v.Filter).Append('\t');

        // INFO, keys in GATK's (alphabetical) order, CSQ appended by VEP.
        string status = v.Filter == "PASS" ? "SITE" : v.Filter;
        sb.Append("AS_FilterStatus=").Append(string.Join('|', v.Alts.Select(_ => status)));
        sb.Append(";AS_SB_TABLE=").Append(DemoCohort.Int(refForward)).Append(',').Append(DemoCohort.Int(refCount - refForward));
        var altForwards = v.TumorAltCounts.Count == 1 ? [altForward] : v.TumorAltCounts.Select(c => strandBias ? c : (c + 1) / 2).ToList();
        altForward = altForwards.Sum();
        for (int i = 0; i < v.TumorAltCounts.Count; i++)
        {
            sb.Append('|').Append(DemoCohort.Int(altForwards[i])).Append(',').Append(DemoCohort.Int(v.TumorAltCounts[i] - altForwards[i]));
        }

        sb.Append(";DP=").Append(DemoCohort.Int(v.TumorDepth + v.NormalDepth));
        sb.Append(";ECNT=").Append(DemoCohort.Int(v.Filter == "clustered_events" ? rng.Next(3, 6) : 1));
        sb.Append(";GERMQ=").Append(DemoCohort.Int(v.Hotspot is null ? rng.Next(30, 94) : 93));
        sb.Append(";MBQ=").Append(Join(alleleCounts.Select(_ => DemoCohort.Int(v.Filter == "base_qual" ? 20 : rng.Next(30, 38)))));
        sb.Append(";MFRL=").Append(Join(alleleCounts.Select(_ => DemoCohort.Int(rng.Next(150, 195)))));
        sb.Append(";MMQ=").Append(Join(alleleCounts.Select(_ => "60")));
        sb.Append(";MPOS=").Append(Join(v.Alts.Select(_ => DemoCohort.Int(rng.Next(12, 42)))));
        sb.Append(";NALOD=").Append(Join(v.Alts.Select(_ => DemoCohort.Num(v.NormalAltCount > 1 ? -1.2 : 1.5 + rng.NextDouble(), "0.00"))));
        sb.Append(";NLOD=").Append(Join(v.Alts.Select(_ => DemoCohort.Num(v.NormalDepth * 0.0753, "0.00"))));
        sb.Append(";POPAF=").Append(Join(v.Alts.Select(_ => "6.00")));
        sb.Append(";TLOD=").Append(Join(v.TumorAltCounts.Select(c => DemoCohort.Num(weak ? 2.1 + c * 0.3 : c * (2.9 + (0.4 * rng.NextDouble())), "0.00"))));
        sb.Append(";CSQ=").Append(string.Join(',', v.Csq));

        // FORMAT and the two samples.
        string gt = v.Alts.Count == 1 ? "0/1" : "0/1/2";
        sb.Append("\tGT:AD:AF:DP:F1R2:F2R1:SB\t");
        sb.Append(v.Alts.Count == 1 ? "0/0" : "0/0/0").Append(':')
            .Append(DemoCohort.Int(normalRef)).Append(',').Append(DemoCohort.Int(v.NormalAltCount));
        for (int i = 1; i < v.Alts.Count; i++)
        {
            sb.Append(",0");
        }

        sb.Append(':').Append(Join(v.Alts.Select((_, i) => DemoCohort.Num(i == 0 ? normalAf : 1.0 / (v.NormalDepth + 2.0), "0.###"))))
            .Append(':').Append(DemoCohort.Int(v.NormalDepth))
            .Append(':').Append(DemoCohort.Int(normalRef / 2)).Append(',').Append(DemoCohort.Int(v.NormalAltCount / 2));
        for (int i = 1; i < v.Alts.Count; i++)
        {
            sb.Append(",0");
        }

        sb.Append(':').Append(DemoCohort.Int(normalRef - (normalRef / 2))).Append(',').Append(DemoCohort.Int(v.NormalAltCount - (v.NormalAltCount / 2)));
        for (int i = 1; i < v.Alts.Count; i++)
        {
            sb.Append(",0");
        }

        int normalForward = normalRef / 2;
        sb.Append(':').Append(DemoCohort.Int(normalForward)).Append(',').Append(DemoCohort.Int(normalRef - normalForward)).Append(',')
            .Append(DemoCohort.Int(v.NormalAltCount)).Append(",0");

        sb.Append('\t').Append(gt).Append(':').Append(Join(alleleCounts.Select(c => DemoCohort.Int(c))))
            .Append(':').Append(Join(tumorAf))
            .Append(':').Append(DemoCohort.Int(v.TumorDepth))
            .Append(':').Append(Join(f1r2.Select(c => DemoCohort.Int(c))))
            .Append(':').Append(Join(f2r1.Select(c => DemoCohort.Int(c))))
            .Append(':').Append(DemoCohort.Int(refForward)).Append(',').Append(DemoCohort.Int(refCount - refForward)).Append(',')
            .Append(DemoCohort.Int(altForward)).Append(',').Append(DemoCohort.Int(altTotal - altForward))
            .Append('\n');
    }

    private static readonly string[] FilterLines =
    [
        "##FILTER=<ID=FAIL,Description=\"Fail the site if all alleles fail but for different reasons.\">",
        "##FILTER=<ID=PASS,Description=\"Site contains at least one allele that passes filters\">",
        "##FILTER=<ID=base_qual,Description=\"alt median base quality\">",
        "##FILTER=<ID=clustered_events,Description=\"Clustered events observed in the tumor\">",
        "##FILTER=<ID=contamination,Description=\"contamination\">",
        "##FILTER=<ID=duplicate,Description=\"evidence for alt allele is overrepresented by apparent duplicates\">",
        "##FILTER=<ID=fragment,Description=\"abs(ref - alt) median fragment length\">",
        "##FILTER=<ID=germline,Description=\"Evidence indicates this site is germline, not somatic\">",
        "##FILTER=<ID=haplotype,Description=\"Variant near filtered variant on same haplotype.\">",
        "##FILTER=<ID=low_allele_frac,Description=\"Allele fraction is below specified threshold\">",
        "##FILTER=<ID=map_qual,Description=\"ref - alt median mapping quality\">",
        "##FILTER=<ID=multiallelic,Description=\"Site filtered because too many alt alleles pass tumor LOD\">",
        "##FILTER=<ID=n_ratio,Description=\"Ratio of N to alt exceeds specified ratio\">",
        "##FILTER=<ID=normal_artifact,Description=\"artifact_in_normal\">",
        "##FILTER=<ID=orientation,Description=\"orientation bias detected by the orientation bias mixture model\">",
        "##FILTER=<ID=panel_of_normals,Description=\"Blacklisted site in panel of normals\">",
        "##FILTER=<ID=position,Description=\"median distance of alt variants from end of reads\">",
        "##FILTER=<ID=possible_numt,Description=\"Allele depth is below expected coverage of NuMT in autosome\">",
        "##FILTER=<ID=slippage,Description=\"Site filtered due to contraction of short tandem repeat region\">",
        "##FILTER=<ID=strand_bias,Description=\"Evidence for alt allele comes from one read direction only\">",
        "##FILTER=<ID=strict_strand,Description=\"Evidence for alt allele is not represented in both directions\">",
        "##FILTER=<ID=weak_evidence,Description=\"Mutation does not meet likelihood threshold\">",
    ];

    private static readonly string[] InfoLines =
    [
        "##INFO=<ID=AS_FilterStatus,Number=A,Type=String,Description=\"Filter status for each allele, as assessed by ApplyFilters. Allele filters are separated by commas and filters for different alleles are separated by pipes.\">",
        "##INFO=<ID=AS_SB_TABLE,Number=1,Type=String,Description=\"Allele-specific forward/reverse read counts for strand bias tests. Includes the reference and alleles separated by |.\">",
        "##INFO=<ID=AS_UNIQ_ALT_READ_COUNT,Number=A,Type=Integer,Description=\"Number of reads with unique start and mate end positions for each alt at a variant site\">",
        "##INFO=<ID=CONTQ,Number=1,Type=Float,Description=\"Phred-scaled qualities that alt allele are not due to contamination\">",
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth; some reads may have been filtered\">",
        "##INFO=<ID=ECNT,Number=1,Type=Integer,Description=\"Number of events in this haplotype\">",
        "##INFO=<ID=GERMQ,Number=1,Type=Integer,Description=\"Phred-scaled quality that alt alleles are not germline variants\">",
        "##INFO=<ID=MBQ,Number=R,Type=Integer,Description=\"median base quality by allele\">",
        "##INFO=<ID=MFRL,Number=R,Type=Integer,Description=\"median fragment length by allele\">",
        "##INFO=<ID=MMQ,Number=R,Type=Integer,Description=\"median mapping quality by allele\">",
        "##INFO=<ID=MPOS,Number=A,Type=Integer,Description=\"median distance from end of read\">",
        "##INFO=<ID=NALOD,Number=A,Type=Float,Description=\"Negative log 10 odds of artifact in normal with same allele fraction as tumor\">",
        "##INFO=<ID=NCount,Number=1,Type=Integer,Description=\"Count of N bases in the pileup\">",
        "##INFO=<ID=NLOD,Number=A,Type=Float,Description=\"Normal log 10 likelihood ratio of diploid het or hom alt genotypes\">",
        "##INFO=<ID=OCM,Number=1,Type=Integer,Description=\"Number of alt reads whose original alignment doesn't match the current contig.\">",
        "##INFO=<ID=PON,Number=0,Type=Flag,Description=\"site found in panel of normals\">",
        "##INFO=<ID=POPAF,Number=A,Type=Float,Description=\"negative log 10 population allele frequencies of alt alleles\">",
        "##INFO=<ID=ROQ,Number=1,Type=Float,Description=\"Phred-scaled qualities that alt allele are not due to read orientation artifact\">",
        "##INFO=<ID=RPA,Number=R,Type=Integer,Description=\"Number of times tandem repeat unit is repeated, for each allele (including reference)\">",
        "##INFO=<ID=RU,Number=1,Type=String,Description=\"Tandem repeat unit (bases)\">",
        "##INFO=<ID=SEQQ,Number=1,Type=Integer,Description=\"Phred-scaled quality that alt alleles are not sequencing errors\">",
        "##INFO=<ID=STR,Number=0,Type=Flag,Description=\"Variant is a short tandem repeat\">",
        "##INFO=<ID=STRANDQ,Number=1,Type=Integer,Description=\"Phred-scaled quality of strand bias artifact\">",
        "##INFO=<ID=STRQ,Number=1,Type=Integer,Description=\"Phred-scaled quality that alt alleles in STRs are not polymerase slippage errors\">",
        "##INFO=<ID=TLOD,Number=A,Type=Float,Description=\"Log 10 likelihood ratio score of variant existing versus not existing\">",
    ];
}
