using System.Globalization;
using System.Text;

namespace TrialWarehouse.Ingest.Bench;

/// <summary>
/// Writes a large somatic VCF for one tumor sample in the style of the demo cohort's files (GATK Mutect2 +
/// FilterMutectCalls, VEP CSQ, GRCh38): the header of a demo VCF of that sample, its contig lines replaced by the
/// whole primary assembly, then <c>records</c> sorted biallelic records at distinct sites. Deterministic: the same
/// template, count and seed give the same bytes.
/// </summary>
internal static class LargeVcf
{
    private static readonly (string Name, long Length)[] Contigs =
    [
        ("chr1", 248956422), ("chr2", 242193529), ("chr3", 198295559), ("chr4", 190214555), ("chr5", 181538259),
        ("chr6", 170805979), ("chr7", 159345973), ("chr8", 145138636), ("chr9", 138394717), ("chr10", 133797422),
        ("chr11", 135086622), ("chr12", 133275309), ("chr13", 114364328), ("chr14", 107043718), ("chr15", 101991189),
        ("chr16", 90338345), ("chr17", 83257441), ("chr18", 80373285), ("chr19", 58617616), ("chr20", 64444167),
        ("chr21", 46709983), ("chr22", 50818468), ("chrX", 156040895),
    ];

    private static readonly string[] Filters = ["weak_evidence", "strand_bias", "germline", "clustered_events", "normal_artifact"];
    private static readonly string[] Amino = ["Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val"];
    private const string Bases = "ACGT";
    private const int Genes = 2000;

    public static void Write(string templateVcf, string path, int records, ulong seed = 1)
    {
        var template = File.ReadAllLines(templateVcf);
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20) { NewLine = "\n" };
        var contigsWritten = false;
        foreach (var line in template.TakeWhile(l => l.StartsWith('#')))
        {
            if (line.StartsWith("##contig=", StringComparison.Ordinal))
            {
                if (!contigsWritten)
                    foreach (var (name, length) in Contigs)
                        output.WriteLine(Invariant($"##contig=<ID={name},length={length},assembly=GRCh38>"));
                contigsWritten = true;
                continue;
            }
            output.WriteLine(line);
        }

        var rng = new Rng(seed);
        var line2 = new StringBuilder(1024);
        var perContig = records / Contigs.Length;
        var extra = records % Contigs.Length;
        for (var c = 0; c < Contigs.Length; c++)
        {
            var count = perContig + (c < extra ? 1 : 0);
            if (count == 0)
                continue;
            // Sites spread over the contig, at least 8 bases apart so that no two records share a site.
            var maxGap = Math.Max(8, (Contigs[c].Length - 20_000) / count);
            long pos = 10_000;
            for (var i = 0; i < count; i++)
            {
                pos += 8 + rng.Next((int)Math.Min(maxGap - 7, int.MaxValue));
                line2.Clear();
                AppendRecord(line2, Contigs[c].Name, pos, rng);
                output.Write(line2);
            }
        }
    }

    private static void AppendRecord(StringBuilder sb, string chrom, long pos, Rng rng)
    {
        var kind = rng.Next(100);
        var anchor = Bases[rng.Next(4)];
        string reference, alt, allele;
        if (kind < 90)
        {
            reference = anchor.ToString();
            alt = Bases[(Bases.IndexOf(anchor, StringComparison.Ordinal) + 1 + rng.Next(3)) % 4].ToString();
            allele = alt;
        }
        else if (kind < 96)
        {
            var deleted = RandomBases(rng, 1 + rng.Next(3));
            reference = anchor + deleted;
            alt = anchor.ToString();
            allele = "-";
        }
        else
        {
            var inserted = RandomBases(rng, 1 + rng.Next(3));
            reference = anchor.ToString();
            alt = anchor + inserted;
            allele = inserted;
        }

        var filter = rng.Next(100) < 80 ? "PASS" : Filters[rng.Next(Filters.Length)];
        var tumorDepth = 80 + rng.Next(700);
        var altCount = Math.Max(2, (int)(tumorDepth * (0.02 + (0.6 * rng.NextDouble()))));
        var refCount = tumorDepth - altCount;
        var normalDepth = 40 + rng.Next(300);
        var normalAlt = rng.Next(100) < 5 ? 1 : 0;
        var normalRef = normalDepth - normalAlt;
        var refForward = refCount / 2;
        var altForward = filter == "strand_bias" ? altCount : altCount / 2;

        sb.Append(chrom).Append('\t').Append(pos).Append("\t.\t").Append(reference).Append('\t').Append(alt).Append("\t.\t").Append(filter).Append('\t');
        sb.Append("AS_FilterStatus=").Append(filter == "PASS" ? "SITE" : filter);
        sb.Append(";AS_SB_TABLE=").Append(refForward).Append(',').Append(refCount - refForward).Append('|').Append(altForward).Append(',').Append(altCount - altForward);
        sb.Append(";DP=").Append(tumorDepth + normalDepth);
        sb.Append(";ECNT=").Append(filter == "clustered_events" ? 3 : 1);
        sb.Append(";GERMQ=").Append(30 + rng.Next(64));
        sb.Append(";MBQ=").Append(30 + rng.Next(8)).Append(',').Append(30 + rng.Next(8));
        sb.Append(";MFRL=").Append(150 + rng.Next(45)).Append(',').Append(150 + rng.Next(45));
        sb.Append(";MMQ=60,60");
        sb.Append(";MPOS=").Append(12 + rng.Next(30));
        sb.Append(";NALOD=").Append(Fixed2(1.5 + rng.NextDouble()));
        sb.Append(";NLOD=").Append(Fixed2(normalDepth * 0.0753));
        sb.Append(";POPAF=6.00");
        sb.Append(";TLOD=").Append(Fixed2(altCount * (2.9 + (0.4 * rng.NextDouble()))));

        var gene = rng.Next(Genes);
        var symbol = Invariant($"BG{gene:D4}");
        var transcript = Invariant($"ENST{900_000_000 + gene:D11}.1");
        var strand = gene % 2 == 0 ? "1" : "-1";
        var cds = 1 + rng.Next(3000);
        sb.Append(";CSQ=").Append(allele).Append('|');
        if (kind < 90 && rng.Next(100) < 40)
        {
            var protein = (cds + 2) / 3;
            var from = Amino[rng.Next(Amino.Length)];
            var to = Amino[(Array.IndexOf(Amino, from) + 1 + rng.Next(Amino.Length - 1)) % Amino.Length];
            sb.Append("missense_variant|MODERATE|").Append(symbol).Append('|').Append(Invariant($"ENSG{800_000_000 + gene:D11}")).Append("|Transcript|")
                .Append(transcript).Append("|protein_coding|").Append(1 + (cds / 300)).Append("/11||")
                .Append(transcript).Append(":c.").Append(cds).Append(reference).Append('>').Append(alt).Append('|')
                .Append(Invariant($"ENSP{700_000_000 + gene:D11}.1")).Append(":p.").Append(from).Append(protein).Append(to).Append('|')
                .Append(cds).Append('|').Append(protein).Append("|X/Y|nnn/nnn||");
        }
        else
        {
            sb.Append("intron_variant|MODIFIER|").Append(symbol).Append('|').Append(Invariant($"ENSG{800_000_000 + gene:D11}")).Append("|Transcript|")
                .Append(transcript).Append("|protein_coding||").Append(1 + (cds / 300)).Append("/10|")
                .Append(transcript).Append(":c.").Append(cds).Append('+').Append(5 + rng.Next(400));
            if (kind < 90)
                sb.Append(reference).Append('>').Append(alt);
            else if (kind < 96)
                sb.Append("del");
            else
                sb.Append("ins").Append(allele);
            sb.Append("|||||||");
        }
        sb.Append(strand).Append("|HGNC|").Append(Invariant($"HGNC:{50_000 + gene}")).Append("|YES|1");

        var normalAf = (normalAlt + 1.0) / (normalDepth + 2.0);
        sb.Append("\tGT:AD:AF:DP:F1R2:F2R1:SB\t");
        sb.Append("0/0:").Append(normalRef).Append(',').Append(normalAlt).Append(':').Append(Fraction(normalAf)).Append(':').Append(normalDepth)
            .Append(':').Append(normalRef / 2).Append(',').Append(normalAlt / 2)
            .Append(':').Append(normalRef - (normalRef / 2)).Append(',').Append(normalAlt - (normalAlt / 2))
            .Append(':').Append(normalRef / 2).Append(',').Append(normalRef - (normalRef / 2)).Append(',').Append(normalAlt).Append(",0");
        sb.Append("\t0/1:").Append(refCount).Append(',').Append(altCount).Append(':').Append(Fraction((double)altCount / tumorDepth)).Append(':').Append(tumorDepth)
            .Append(':').Append(refCount / 2).Append(',').Append(altCount / 2)
            .Append(':').Append(refCount - (refCount / 2)).Append(',').Append(altCount - (altCount / 2))
            .Append(':').Append(refForward).Append(',').Append(refCount - refForward).Append(',').Append(altForward).Append(',').Append(altCount - altForward)
            .Append('\n');
    }

    private static string RandomBases(Rng rng, int length)
    {
        Span<char> bases = stackalloc char[length];
        for (var i = 0; i < length; i++)
            bases[i] = Bases[rng.Next(4)];
        return new string(bases);
    }

    private static string Fixed2(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Fraction(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>SplitMix64: the same numbers on every machine and runtime.</summary>
    private sealed class Rng(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public int Next(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }
}
