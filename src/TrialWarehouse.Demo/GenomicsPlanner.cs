using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo;

/// <summary>Draws the somatic variants and copy-number calls of one profiled tumor sample.</summary>
internal static class GenomicsPlanner
{
    private static readonly string[] Bases = ["A", "C", "G", "T"];

    private static readonly string[] AminoAcids3 =
        ["Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val"];

    private const string AminoAcids1 = "ARNDCQEGHILKMFPSTWYV";

    public static Genomics Plan(PlannedPatient patient, double purity, SplitMix64 rng)
    {
        var tumor = patient.Tumor;
        var g = new Genomics { Purity = purity };
        var used = new HashSet<(string, long)>();

        // Copy number first: a deep PTEN deletion excludes a PTEN point mutation in the same sample.
        var amplified = new HashSet<string>(StringComparer.Ordinal);
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (gene, p) in tumor.Amplifications)
        {
            if (rng.Chance(p))
            {
                amplified.Add(gene);
            }
        }

        foreach (var (gene, p) in tumor.DeepDeletions)
        {
            if (!amplified.Contains(gene) && rng.Chance(p))
            {
                deleted.Add(gene);
            }
        }

        foreach (string gene in TumorTypes.CnaPanel)
        {
            int state;
            int copies;
            if (amplified.Contains(gene))
            {
                state = CopyNumberStates.Amplification;
                copies = rng.Next(7, 31);
            }
            else if (deleted.Contains(gene))
            {
                state = CopyNumberStates.DeepDeletion;
                copies = 0;
            }
            else
            {
                double u = rng.NextDouble();
                (state, copies) = u < 0.08 ? (CopyNumberStates.Gain, rng.Next(3, 5))
                    : u < 0.16 ? (CopyNumberStates.ShallowDeletion, 1)
                    : (CopyNumberStates.Neutral, 2);
            }

            double expected = ((purity * copies) + (2 * (1 - purity))) / 2;
            double log2 = Math.Round(DetMath.Log2(expected) + (0.04 * rng.NextGaussian()), 2, MidpointRounding.AwayFromZero);
            g.CopyNumbers.Add(new CopyNumberCall("", gene, state, log2, copies));
            if (Actionability.ForCopyNumber(gene, state, tumor.Code) is { } option)
            {
                g.Actionable.Add(option);
            }
        }

        // Driver hotspots.
        foreach (var group in tumor.Drivers)
        {
            if (group.Gene == "PTEN" && deleted.Contains("PTEN"))
            {
                continue;
            }

            if (!rng.Chance(group.Probability))
            {
                continue;
            }

            var hotspot = Hotspots.Get(rng.PickWeighted(group.Hotspots));
            if (!used.Add((hotspot.Chrom, hotspot.Position)))
            {
                continue;
            }

            // Clonal: heterozygous, TP53 usually with loss of the other allele; oncogenes sometimes gained.
            double vaf = hotspot.Gene == "TP53" ? purity * 0.9
                : amplified.Contains(hotspot.Gene) ? purity * 0.75
                : purity * 0.5 * (0.85 + (0.3 * rng.NextDouble()));
            g.Variants.Add(Call(hotspot.Chrom, hotspot.Position, hotspot.Ref, [hotspot.Alt], [Math.Min(vaf, 0.97)], "PASS",
                [VepCsq.ForHotspot(hotspot)], hotspot, rng, deep: true));
            if (Actionability.ForHotspot(hotspot, tumor.Code) is { } option)
            {
                g.Actionable.Add(option);
            }
        }

        // Truncating driver mutations of tumor suppressors: a C>T (G>A on the minus strand) nonsense change, clonal.
        foreach (var (symbol, p) in tumor.TruncatingDrivers)
        {
            if (!rng.Chance(p))
            {
                continue;
            }

            var gene = Genes.Get(symbol);
            long pos = rng.NextLong(gene.Start + 2000, gene.End - 2000);
            int codon = rng.Next(10, gene.ProteinLength - 10);
            if (!used.Add((gene.Chrom, pos)))
            {
                continue;
            }

            string reference = gene.Strand > 0 ? "C" : "G";
            string alt = Transition(reference);
            double vaf = purity * 0.5 * (0.85 + (0.3 * rng.NextDouble()));
            g.Variants.Add(Call(gene.Chrom, pos, reference, [alt], [vaf], "PASS", [VepCsq.Nonsense(gene, alt, codon)], null, rng, deep: true));
            if (Actionability.ForTruncating(symbol, $"{symbol} p.R{codon}*", tumor.Code) is { } option)
            {
                g.Actionable.Add(option);
            }
        }

        // Background passengers: 5..30 per sample, a few filtered, sometimes an indel, sometimes a multi-allelic site.
        int passengers = rng.Next(5, 31);
        bool multiAllelic = patient.Index % 10 == 1; // about one sample in ten, always including PT0001's if it is profiled
        bool indel = rng.Chance(0.3);
        for (int n = 0; n < passengers; n++)
        {
            var gene = Genes.Get(rng.Pick(Genes.PassengerGenes));
            long pos = rng.NextLong(gene.Start + 2000, gene.End - 2000);
            if (!used.Add((gene.Chrom, pos)))
            {
                continue;
            }

            string filter = "PASS";
            double vaf;
            double f = rng.NextDouble();
            if (f < 0.10)
            {
                filter = "weak_evidence";
                vaf = 0.015 + (0.03 * rng.NextDouble());
            }
            else if (f < 0.13)
            {
                filter = rng.Pick(["strand_bias", "clustered_events", "normal_artifact", "base_qual"]);
                vaf = 0.03 + (0.1 * rng.NextDouble());
            }
            else
            {
                vaf = rng.Chance(0.7) ? purity * 0.5 * (0.6 + (0.5 * rng.NextDouble())) : 0.03 + (0.12 * rng.NextDouble());
            }

            if (n == 0 && multiAllelic)
            {
                string reference = rng.Pick(Bases);
                string a1 = Transition(reference);
                string a2 = Bases.First(b => b != reference && b != a1);
                var csq1 = VepCsq.Passenger(gene, reference, a1, rng, coding: false, alleleColumn: a1);
                var csq2 = VepCsq.OtherAllele(csq1, gene, a2);
                g.Variants.Add(Call(gene.Chrom, pos, reference, [a1, a2], [vaf, 0.04 + (0.04 * rng.NextDouble())], "multiallelic",
                    [csq1, csq2], null, rng, deep: false));
                continue;
            }

            if (n == 1 && indel)
            {
                string pad = rng.Pick(Bases);
                int length = rng.Next(1, 4);
                string bases = string.Concat(Enumerable.Range(0, length).Select(_ => rng.Pick(Bases)));
                bool deletion = rng.Chance(0.6);
                string reference = deletion ? pad + bases : pad;
                string alt = deletion ? pad : pad + bases;
                string csq = VepCsq.PassengerIndel(gene, deletion, bases, rng);
                g.Variants.Add(Call(gene.Chrom, pos, reference, [alt], [vaf], filter, [csq], null, rng, deep: false));
                continue;
            }

            string r = rng.Pick(Bases);
            string a = rng.Chance(0.67) ? Transition(r) : rng.Pick(Bases.Where(b => b != r && b != Transition(r)).ToList());
            g.Variants.Add(Call(gene.Chrom, pos, r, [a], [vaf], filter,
                [VepCsq.Passenger(gene, r, a, rng, coding: rng.Chance(0.5), alleleColumn: a)], null, rng, deep: false));
        }

        // Signatures and fusions last, so that adding them left every earlier draw (and so the demo's variants) unchanged.
        (g.Tmb, g.MsiStatus) = SignatureRates.Draw(tumor.Code, rng);
        foreach (string signature in GenomicSignatures.Positive(g.Tmb, g.MsiStatus))
        {
            g.Actionable.Add(Actionability.ForSignature(signature));
        }

        foreach (var fusion in Fusions.Draw(tumor.Code, rng))
        {
            g.Fusions.Add(fusion);
            g.Actionable.Add(Actionability.ForFusion(fusion));
        }

        g.Variants.Sort((x, y) =>
        {
            int c = ContigOrder(x.Chrom).CompareTo(ContigOrder(y.Chrom));
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        });
        return g;
    }

    internal static string Transition(string b) => b switch { "A" => "G", "G" => "A", "C" => "T", _ => "C" };

    internal static string Complement(string b) => b switch { "A" => "T", "T" => "A", "C" => "G", "G" => "C", _ => "N" };

    internal static string ReverseComplement(string s) => string.Concat(s.Reverse().Select(c => Complement(c.ToString())));

    internal static int ContigOrder(string chrom) => chrom switch
    {
        "chrX" => 23,
        "chrY" => 24,
        "chrM" => 25,
        _ => int.Parse(chrom.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture),
    };

    internal static string RandomAminoAcid3(SplitMix64 rng, out char oneLetter)
    {
        int i = rng.Next(0, AminoAcids3.Length);
        oneLetter = AminoAcids1[i];
        return AminoAcids3[i];
    }

    internal static string AminoAcid3(char oneLetter) => AminoAcids3[AminoAcids1.IndexOf(oneLetter, StringComparison.Ordinal)];

    private static PlannedVariant Call(
        string chrom, long pos, string reference, IReadOnlyList<string> alts, IReadOnlyList<double> vafs, string filter,
        IReadOnlyList<string> csq, Hotspot? hotspot, SplitMix64 rng, bool deep)
    {
        int depth = (int)Math.Round(Math.Clamp((deep ? 560 : 420) + (160 * rng.NextGaussian()), 120, 1400));
        var altCounts = new List<int>(alts.Count);
        int remaining = depth;
        for (int i = 0; i < alts.Count; i++)
        {
            int minimum = filter == "weak_evidence" ? 3 : 6;
            int count = (int)Math.Round(Math.Max(minimum, (depth * vafs[i]) + (Math.Sqrt(depth * vafs[i]) * rng.NextGaussian())));
            count = Math.Min(count, remaining - 1);
            altCounts.Add(count);
            remaining -= count;
        }

        int normalDepth = (int)Math.Round(Math.Clamp(230 + (60 * rng.NextGaussian()), 60, 500));
        int normalAlt = filter == "normal_artifact" ? rng.Next(2, 5) : rng.Chance(0.1) ? 1 : 0;
        return new PlannedVariant(chrom, pos, reference, alts, filter, depth, altCounts, normalDepth, normalAlt, csq, hotspot);
    }
}
