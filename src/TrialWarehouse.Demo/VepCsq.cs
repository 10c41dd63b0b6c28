using System.Globalization;

namespace TrialWarehouse.Demo;

/// <summary>Ensembl VEP <c>CSQ</c> entries (run with --hgvs --canonical --symbol --pick_allele_gene --flag_pick).</summary>
internal static class VepCsq
{
    public const string Format =
        "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CDS_position|Protein_position|Amino_acids|Codons|Existing_variation|STRAND|SYMBOL_SOURCE|HGNC_ID|CANONICAL|PICK";

    public static string ForHotspot(Hotspot h)
    {
        var g = h.GeneInfo;
        string allele = h.Ref.Length > h.Alt.Length ? "-" : h.Alt.Length > h.Ref.Length ? h.Alt[h.Ref.Length..] : h.Alt;
        return Entry(allele, h.Consequence, h.Impact, g, h.Exon, "", $"{g.Transcript}:{h.HgvsC}", $"{g.Protein}:{h.HgvsP}",
            h.CdsPosition, h.ProteinPosition.ToString(CultureInfo.InvariantCulture), h.AminoAcids, h.Codons);
    }

    /// <summary>A synonymous, missense or intronic SNV annotation on the gene's canonical transcript.</summary>
    public static string Passenger(GeneInfo g, string reference, string alt, SplitMix64 rng, bool coding, string alleleColumn)
    {
        string txRef = g.Strand > 0 ? reference : GenomicsPlanner.Complement(reference);
        string txAlt = g.Strand > 0 ? alt : GenomicsPlanner.Complement(alt);
        int cds = rng.Next(1, (3 * g.ProteinLength) + 1);
        int protein = (cds + 2) / 3;
        if (!coding)
        {
            var (hgvsOffset, intron) = IntronPosition(g, cds, rng);
            return Entry(alleleColumn, "intron_variant", "MODIFIER", g, "", intron, $"{g.Transcript}:c.{hgvsOffset}{txRef}>{txAlt}", "",
                "", "", "", "");
        }

        string exon = $"{Math.Clamp(1 + (int)((long)cds * g.ExonCount / ((3L * g.ProteinLength) + 1)), 1, g.ExonCount)}/{g.ExonCount}";
        string from = GenomicsPlanner.RandomAminoAcid3(rng, out char fromOne);
        if (rng.Chance(0.4))
        {
            return Entry(alleleColumn, "synonymous_variant", "LOW", g, exon, "", $"{g.Transcript}:c.{cds}{txRef}>{txAlt}",
                $"{g.Protein}:p.{from}{protein}%3D", Int(cds), Int(protein), fromOne.ToString(), "");
        }

        string to;
        char toOne;
        do
        {
            to = GenomicsPlanner.RandomAminoAcid3(rng, out toOne);
        }
        while (toOne == fromOne || toOne == 'W' && fromOne == 'M');

        return Entry(alleleColumn, "missense_variant", "MODERATE", g, exon, "", $"{g.Transcript}:c.{cds}{txRef}>{txAlt}",
            $"{g.Protein}:p.{from}{protein}{to}", Int(cds), Int(protein), $"{fromOne}/{toOne}", "");
    }

    /// <summary>
    /// A nonsense SNV turning an arginine codon (CGA) into a stop (TGA) at a codon drawn along the canonical transcript,
    /// as truncating driver mutations of tumor suppressors are spread along the gene. Like the passengers', the
    /// annotation is synthetic: it is not derived from the genomic position.
    /// </summary>
    public static string Nonsense(GeneInfo g, string alt, int protein)
    {
        int cds = (3 * (protein - 1)) + 1;
        string exon = $"{Math.Clamp(1 + (int)((long)cds * g.ExonCount / ((3L * g.ProteinLength) + 1)), 1, g.ExonCount)}/{g.ExonCount}";
        return Entry(alt, "stop_gained", "HIGH", g, exon, "", $"{g.Transcript}:c.{cds}C>T", $"{g.Protein}:p.Arg{protein}Ter",
            Int(cds), Int(protein), "R/*", "Cga/Tga");
    }

    /// <summary>An intronic deletion or insertion (VCF padding base not part of the VEP allele).</summary>
    public static string PassengerIndel(GeneInfo g, bool deletion, string bases, SplitMix64 rng)
    {
        int cds = rng.Next(1, (3 * g.ProteinLength) + 1);
        var (_, intron) = IntronPosition(g, cds, rng, out string anchor, out int offset, out char sign);
        string tx = g.Strand > 0 ? bases : GenomicsPlanner.ReverseComplement(bases);
        // Intronic positions in transcript order: c.N+k counts away from the exon before, c.N-k towards the exon after.
        int span = deletion ? bases.Length - 1 : 1;
        var (first, last) = sign == '+' ? (offset, offset + span) : (offset + span, offset);
        string hgvs = deletion
            ? bases.Length == 1 ? $"c.{anchor}{sign}{offset}del" : $"c.{anchor}{sign}{first}_{anchor}{sign}{last}del"
            : $"c.{anchor}{sign}{first}_{anchor}{sign}{last}ins{tx}";
        return Entry(deletion ? "-" : bases, "intron_variant", "MODIFIER", g, "", intron, $"{g.Transcript}:{hgvs}", "", "", "", "", "");
    }

    /// <summary>The same site with another ALT allele (a multi-allelic record): same transcript position, other base.</summary>
    public static string OtherAllele(string entry, GeneInfo g, string alt)
    {
        var fields = entry.Split('|');
        fields[0] = alt;
        fields[10] = fields[10][..^1] + (g.Strand > 0 ? alt : GenomicsPlanner.Complement(alt));
        return string.Join('|', fields);
    }

    private static (string Offset, string Intron) IntronPosition(GeneInfo g, int cds, SplitMix64 rng) =>
        IntronPosition(g, cds, rng, out _, out _, out _);

    private static (string Offset, string Intron) IntronPosition(GeneInfo g, int cds, SplitMix64 rng, out string anchor, out int offset, out char sign)
    {
        int introns = Math.Max(1, g.ExonCount - 1);
        sign = rng.Chance(0.5) ? '+' : '-';
        offset = rng.Next(20, 1500);
        anchor = Int(cds);
        // The intron that follows (c.N+k) or precedes (c.N-k) the exon holding coding position N, by its share of the CDS.
        int exon = Math.Clamp(1 + (int)((long)cds * g.ExonCount / ((3L * g.ProteinLength) + 1)), 1, g.ExonCount);
        int intron = sign == '+' ? exon : exon - 1;
        if (intron < 1 || intron > introns)
        {
            sign = intron < 1 ? '+' : '-';
            intron = Math.Clamp(intron, 1, introns);
        }

        return ($"{anchor}{sign}{Int(offset)}", $"{intron}/{introns}");
    }

    private static string Entry(
        string allele, string consequence, string impact, GeneInfo g, string exon, string intron, string hgvsc, string hgvsp,
        string cds, string protein, string aminoAcids, string codons) =>
        string.Join('|',
            allele, consequence, impact, g.Symbol, g.GeneId, "Transcript", g.Transcript, "protein_coding", exon, intron, hgvsc, hgvsp,
            cds, protein, aminoAcids, codons, "", Int(g.Strand), "HGNC", g.HgncId, "YES", "1");

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);
}
