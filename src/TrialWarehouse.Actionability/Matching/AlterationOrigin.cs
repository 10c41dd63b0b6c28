namespace TrialWarehouse.Actionability;

/// <summary>
/// Whether a variant is known to be inherited. A tumor-only somatic VCF cannot tell, so most alterations are
/// <see cref="Unknown"/>; only a germline test (or a tumor/normal pair) settles it.
/// </summary>
public enum AlterationOrigin
{
    Unknown,
    Somatic,
    Germline,
}
