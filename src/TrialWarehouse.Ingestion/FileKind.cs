namespace TrialWarehouse.Ingestion;

/// <summary>The kinds of input file, in the order a delivery loads them (references before what refers to them).</summary>
public enum FileKind
{
    Patients,
    Samples,
    TherapyLines,
    FollowUp,

    /// <summary>ctc*.csv: after patients and therapy lines, which its draws refer to.</summary>
    CtcCounts,

    /// <summary>ihc*.csv: after the samples it scores.</summary>
    IhcResults,

    /// <summary>model_responses*.csv: after the samples its models derive from.</summary>
    ModelResponses,
    CopyNumber,
    CopyNumberVcf,
    Fusions,
    Variants,

    /// <summary>MAF (ours, vcf2maf's, cBioPortal's data_mutations): after the VCFs, so a MAF re-delivering a VCF's sample wins.</summary>
    Mutations,
}

public static class FileKinds
{
    /// <summary>Recognises a file by its name (docs/formats.md); null when the name says nothing we accept.</summary>
    public static FileKind? Classify(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        // A CNV VCF is told apart by its name: its records (symbolic alleles) would otherwise pass as a small-variant
        // file with no calls, silently.
        if (name.EndsWith(".cnv.vcf", StringComparison.Ordinal) || name.EndsWith(".cnv.vcf.gz", StringComparison.Ordinal))
            return FileKind.CopyNumberVcf;
        if (name.EndsWith(".sv.vcf", StringComparison.Ordinal) || name.EndsWith(".sv.vcf.gz", StringComparison.Ordinal))
            return FileKind.Fusions;
        if (name.EndsWith(".vcf", StringComparison.Ordinal) || name.EndsWith(".vcf.gz", StringComparison.Ordinal))
            return FileKind.Variants;
        if (name.EndsWith(".maf", StringComparison.Ordinal) || (name.StartsWith("data_mutations", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)))
            return FileKind.Mutations;
        if (name.EndsWith(".cna.tsv", StringComparison.Ordinal))
            return FileKind.CopyNumber;
        if (!name.EndsWith(".csv", StringComparison.Ordinal))
            return null;
        if (name.StartsWith("patients", StringComparison.Ordinal))
            return FileKind.Patients;
        if (name.StartsWith("samples", StringComparison.Ordinal))
            return FileKind.Samples;
        if (name.StartsWith("therapy_lines", StringComparison.Ordinal))
            return FileKind.TherapyLines;
        if (name.StartsWith("follow_up", StringComparison.Ordinal))
            return FileKind.FollowUp;
        if (name.StartsWith("ctc", StringComparison.Ordinal))
            return FileKind.CtcCounts;
        if (name.StartsWith("ihc", StringComparison.Ordinal))
            return FileKind.IhcResults;
        if (name.StartsWith("model_responses", StringComparison.Ordinal))
            return FileKind.ModelResponses;
        return null;
    }

    public const string Accepted =
        "patients*.csv, samples*.csv, therapy_lines*.csv, follow_up*.csv, ctc*.csv, ihc*.csv, model_responses*.csv, *.cna.tsv, *.cnv.vcf[.gz] (copy number), *.sv.vcf[.gz] (fusions), *.vcf, *.vcf.gz, *.maf, data_mutations*.txt (see docs/formats.md)";
}
