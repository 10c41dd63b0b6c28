using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.CopyNumber;

/// <summary>
/// Absolute copy number to cBioPortal's discrete state, relative to the sample's ploidy P (docs/formats.md): below 0.5
/// copies deep deletion; below P - 0.5 shallow deletion (loss); up to P + 0.5 neutral; above 3 x P amplification
/// (Hartwig PURPLE's driver-catalog rule); anything between gain.
/// </summary>
public static class CopyNumberThresholds
{
    /// <summary>The ploidy assumed when the file does not state one.</summary>
    public const double DefaultPloidy = 2;

    public static int State(double copyNumber, double ploidy)
    {
        if (copyNumber < 0.5)
        {
            return CopyNumberStates.DeepDeletion;
        }

        if (copyNumber < ploidy - 0.5)
        {
            return CopyNumberStates.ShallowDeletion;
        }

        if (copyNumber <= ploidy + 0.5)
        {
            return CopyNumberStates.Neutral;
        }

        return copyNumber > 3 * ploidy ? CopyNumberStates.Amplification : CopyNumberStates.Gain;
    }
}
