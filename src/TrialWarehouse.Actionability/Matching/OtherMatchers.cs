namespace TrialWarehouse.Actionability;

/// <summary><c>cna:amplification</c> (discrete state 2) and <c>cna:deletion</c> (state -2, homozygous loss).</summary>
public sealed class CopyNumberMatcher(string text, int state) : AlterationMatcher(text)
{
    public int State { get; } = state;

    public override bool Matches(string gene, Alteration alteration) =>
        alteration.Kind == AlterationKind.CopyNumber && SameGene(gene, alteration.Gene) && alteration.CopyNumberState == State;
}

/// <summary>
/// <c>fusion:any</c> or <c>fusion:PARTNER</c>. A fusion has two genes and callers list them in either order
/// (ETV6::NTRK3 or NTRK3::ETV6), so the row's gene may be either the alteration's gene or its partner.
/// </summary>
public sealed class FusionMatcher(string text, string? partner) : AlterationMatcher(text)
{
    public string? Partner { get; } = partner;

    public override bool Matches(string gene, Alteration alteration)
    {
        if (alteration.Kind != AlterationKind.Fusion)
            return false;
        if (Partner is null)
            return SameGene(gene, alteration.Gene) || SameGene(gene, alteration.FusionPartner);
        return (SameGene(gene, alteration.Gene) && SameGene(Partner, alteration.FusionPartner))
            || (SameGene(gene, alteration.FusionPartner) && SameGene(Partner, alteration.Gene));
    }
}

/// <summary><c>signature:MSI-H</c>, <c>signature:TMB-high</c>: a genome-wide call, not tied to a gene.</summary>
public sealed class SignatureMatcher(string text, string signature) : AlterationMatcher(text)
{
    public static readonly IReadOnlyList<string> Known = ["MSI-H", "TMB-high"];

    public string Signature { get; } = signature;

    public override bool IsGeneIndependent => true;

    public override bool Matches(string gene, Alteration alteration) =>
        alteration.Kind == AlterationKind.Signature
        && string.Equals(alteration.Signature?.Trim(), Signature, StringComparison.OrdinalIgnoreCase);
}
