using System.Text;

namespace TrialWarehouse.Demo;

/// <summary>
/// The structural-variant VCF of one tumor sample, as a Manta-style caller writes it: each fusion as a pair of mate
/// breakends (VCF 4.2 section 5.4) with paired-read (PR) and split-read (SR) support. REF is N: the demo has no
/// reference sequence.
/// </summary>
internal static class SvVcfWriter
{
    public static string Write(PlannedSample sample, Genomics g, SplitMix64 rng)
    {
        var sb = new StringBuilder("##fileformat=VCFv4.2\n");
        sb.Append("##source=GenerateSVCandidates 1.6.0\n");
        sb.Append("##reference=").Append(VcfWriter.Reference).Append('\n');
        var records = new List<(string Chrom, long Pos, string Line)>();
        int n = 0;
        foreach (var f in g.Fusions)
        {
            // The 5' gene keeps its upstream side, the 3' gene its downstream side, each in its own orientation.
            bool keepLeft5 = f.Strand5 > 0;
            bool keepLeft3 = f.Strand3 < 0;
            int pairedAlt = rng.Next(8, 40), splitAlt = rng.Next(6, 30), pairedRef = rng.Next(20, 80), splitRef = rng.Next(20, 80);
            string format = $"{pairedRef},{pairedAlt}:{splitRef},{splitAlt}";
            string id5 = $"MantaBND:{++n}:0", id3 = $"MantaBND:{n}:1";
            records.Add((f.Chrom5, f.Position5, Record(f.Chrom5, f.Position5, id5, id3, keepLeft5, f.Chrom3, f.Position3, keepLeft3, format)));
            records.Add((f.Chrom3, f.Position3, Record(f.Chrom3, f.Position3, id3, id5, keepLeft3, f.Chrom5, f.Position5, keepLeft5, format)));
        }

        foreach (string contig in records.Select(r => r.Chrom).Distinct(StringComparer.Ordinal).OrderBy(GenomicsPlanner.ContigOrder))
        {
            sb.Append("##contig=<ID=").Append(contig).Append(",length=").Append(DemoCohort.Int(VcfWriter.ContigLengths[contig])).Append(",assembly=GRCh38>\n");
        }

        sb.Append("##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">\n");
        sb.Append("##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakend\">\n");
        sb.Append("##FORMAT=<ID=PR,Number=.,Type=Integer,Description=\"Spanning paired-read support for the ref and alt alleles in the order listed\">\n");
        sb.Append("##FORMAT=<ID=SR,Number=.,Type=Integer,Description=\"Split reads for the ref and alt alleles in the order listed, for reads where P(allele|read)>0.999\">\n");
        sb.Append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t").Append(sample.SampleId).Append('\n');
        foreach (var r in records.OrderBy(r => GenomicsPlanner.ContigOrder(r.Chrom)).ThenBy(r => r.Pos))
        {
            sb.Append(r.Line).Append('\n');
        }

        return sb.ToString();
    }

    // VCF breakend notation: t[p[ and t]p] keep the left of this position, [p[t and ]p]t its right; '[' joins the
    // part right of the mate position, ']' the part left of it.
    private static string Record(string chrom, long pos, string id, string mateId, bool keepLeft, string mateChrom, long matePos, bool mateKeepLeft,
        string format)
    {
        char bracket = mateKeepLeft ? ']' : '[';
        string mate = $"{bracket}{mateChrom}:{DemoCohort.Int(matePos)}{bracket}";
        string alt = keepLeft ? "N" + mate : mate + "N";
        return $"{chrom}\t{DemoCohort.Int(pos)}\t{id}\tN\t{alt}\t.\tPASS\tSVTYPE=BND;MATEID={mateId}\tPR:SR\t{format}";
    }
}
