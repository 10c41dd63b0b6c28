namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// The consequence of a variant on the transcript chosen for it. <see cref="HgvsP"/> uses one-letter amino acids
/// (p.H1047R), <see cref="HgvsPThreeLetter"/> the three-letter form annotators write (p.His1047Arg); both are null
/// when the annotation gives no protein change. <see cref="Exon"/> is the exon the variant falls in (VEP EXON
/// "19/28" is 19), null for intronic and intergenic variants.
/// </summary>
public sealed record Annotation(
    string? Gene,
    string? Consequence,
    string? TranscriptId,
    string? HgvsC,
    string? HgvsP,
    string? HgvsPThreeLetter = null,
    int? Exon = null);

/// <summary>
/// The chosen annotation of one ALT allele with the raw fields of the chosen entry and of every entry for that allele,
/// in the order of <see cref="AnnotationReader.FieldNames"/>.
/// </summary>
public sealed record AnnotatedAllele(Annotation Chosen, IReadOnlyList<string> ChosenFields, IReadOnlyList<IReadOnlyList<string>> AllEntries);
