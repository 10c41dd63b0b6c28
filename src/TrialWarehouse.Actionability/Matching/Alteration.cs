using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability;

/// <summary>
/// One alteration of one sample, in the shape the knowledge base matches on. Which fields matter depends on
/// <see cref="Kind"/>: protein change, consequence and exon for mutations; the cBioPortal discrete state for copy
/// number; the other gene for fusions; the signature name (MSI-H, TMB-high) for signatures.
/// </summary>
public sealed record Alteration(
    string Gene,
    AlterationKind Kind,
    string? HgvsP,
    string? Consequence,
    int? Exon,
    int? CopyNumberState,
    string? FusionPartner,
    string? Signature)
{
    public AlterationOrigin Origin { get; init; } = AlterationOrigin.Unknown;

    /// <summary>The immunohistochemistry result of a <see cref="AlterationKind.Protein"/> alteration.</summary>
    public IhcResult? Ihc { get; init; }

    public static Alteration Mutation(string gene, string? hgvsP, string? consequence = null, int? exon = null) =>
        new(gene, AlterationKind.Mutation, hgvsP, consequence, exon, null, null, null);

    public static Alteration CopyNumber(string gene, int state) =>
        new(gene, AlterationKind.CopyNumber, null, null, null, state, null, null);

    public static Alteration Fusion(string gene, string? partner) =>
        new(gene, AlterationKind.Fusion, null, null, null, null, partner, null);

    public static Alteration OfSignature(string signature) =>
        new("", AlterationKind.Signature, null, null, null, null, null, signature);

    /// <summary>An IHC score, on the gene that encodes the marker (HER2 on ERBB2), so gene-level rules and listings see it.</summary>
    public static Alteration OfIhc(IhcResult result) =>
        new(IhcVocabulary.GeneOfMarker[result.Marker], AlterationKind.Protein, null, null, null, null, null, null) { Ihc = result };

    /// <summary>An IHC result as the report prints it: "HER2 IHC 2+, ISH negative", "NECTIN4 IHC H-score 210".</summary>
    public static string IhcText(IhcResult result) =>
        $"{result.Marker} IHC {result.ValueText}{(result.IshResult is { } ish ? ", ISH " + ish : "")}";

    /// <summary>A short label for reports and test messages, e.g. "PIK3CA p.H1047R" or "ERBB2 amplification".</summary>
    public string Label => Kind switch
    {
        AlterationKind.Mutation => $"{Gene} {HgvsP ?? Consequence ?? "mutation"}",
        AlterationKind.CopyNumber => CopyNumberState is { } state && state is >= -2 and <= 2
            ? $"{Gene} {CopyNumberStates.Name(state)}"
            : $"{Gene} copy number {CopyNumberState?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
        AlterationKind.Fusion => FusionPartner is null ? $"{Gene} fusion" : $"{Gene}::{FusionPartner} fusion",
        AlterationKind.Protein => Ihc is { } ihc ? IhcText(ihc) : $"{Gene} IHC",
        _ => Signature ?? "signature",
    };
}
