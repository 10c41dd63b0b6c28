using TrialWarehouse.Genomics.Normalisation;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// Detects the same variant written twice, also when written differently (extra context bases, or as one ALT of a
/// multi-allelic record). Trimming only moves a variant right of POS, so once the file is past a position no later
/// record can repeat a variant normalised before it: the window stays small and memory stays flat.
/// </summary>
internal sealed class DuplicateTracker(ErrorSink errors)
{
    private readonly Dictionary<(long Position, string Ref, string Alt), long> _seen = [];
    private readonly PriorityQueue<(long Position, string Ref, string Alt), long> _byPosition = new();
    private string _chrom = "";

    public void Check(long line, ReadOnlySpan<char> chrom, long pos, string reference, ReadOnlySpan<char> alts)
    {
        if (!chrom.SequenceEqual(_chrom))
        {
            _seen.Clear();
            _byPosition.Clear();
            _chrom = chrom.ToString();
        }

        while (_byPosition.TryPeek(out var oldest, out long position) && position < pos)
        {
            _byPosition.Dequeue();
            _seen.Remove(oldest);
        }

        foreach (var range in alts.Split(','))
        {
            string alt = alts[range].ToString();
            if (!VariantNormaliser.IsSequence(alt))
            {
                continue;
            }

            var variant = VariantNormaliser.Normalise(pos, reference, alt);
            var key = (variant.Position, variant.Ref, variant.Alt);
            if (_seen.TryGetValue(key, out long firstLine))
            {
                errors.Add(line, "ALT", $"{variant.Ref}>{variant.Alt} at {chrom}:{variant.Position} (after trimming shared bases) repeats the variant of line {firstLine}: write each variant once");
            }
            else
            {
                _seen[key] = line;
                _byPosition.Enqueue(key, variant.Position);
            }
        }
    }
}
