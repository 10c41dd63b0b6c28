using System.Globalization;
using System.Text;

namespace TrialWarehouse.Genomics.Bench;

/// <summary>
/// Writes a Mutect2-like tumor/normal VCF with VEP CSQ annotations (three transcripts per ALT allele), one in ten
/// records multi-allelic, a few indels. The same count always gives the same bytes: a fixed seed, no clock.
/// </summary>
internal static class AnnotatedVcfGenerator
{
    private static readonly string[] Genes = ["PIK3CA", "EGFR", "KRAS", "TP53", "BRAF", "ERBB2", "KIT", "ALK", "MET", "BRCA2"];
    private static readonly string[] Consequences = ["missense_variant", "synonymous_variant", "intron_variant", "stop_gained", "splice_region_variant&intron_variant", "upstream_gene_variant"];
    private static readonly string[] Bases = ["A", "C", "G", "T"];

    public static void Write(string path, int records)
    {
        var random = new Random(20260101);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        WriteHeader(writer);
        var line = new StringBuilder(1024);
        int perChromosome = Math.Max(1, records / 22 + 1);
        for (int i = 0; i < records; i++)
        {
            int chromosome = i / perChromosome + 1;
            long position = 10_000 + (long)(i % perChromosome) * 97 + random.Next(0, 50);
            line.Clear();
            AppendRecord(line, random, chromosome, position);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static void WriteHeader(StreamWriter writer)
    {
        writer.Write("##fileformat=VCFv4.2\n");
        writer.Write("##source=Mutect2\n");
        writer.Write("##reference=GRCh38\n");
        for (int c = 1; c <= 22; c++)
        {
            writer.Write($"##contig=<ID=chr{c},length=250000000,assembly=GRCh38>\n");
        }

        writer.Write("##FILTER=<ID=weak_evidence,Description=\"Mutation does not meet likelihood threshold\">\n");
        writer.Write("##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">\n");
        writer.Write("##INFO=<ID=TLOD,Number=A,Type=Float,Description=\"Log 10 likelihood ratio score of variant existing versus not existing\">\n");
        writer.Write("##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL|MANE_SELECT|PICK\">\n");
        writer.Write("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        writer.Write("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles\">\n");
        writer.Write("##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fractions of alternate alleles\">\n");
        writer.Write("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">\n");
        writer.Write("##tumor_sample=TUMOR1\n##normal_sample=NORMAL1\n");
        writer.Write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNORMAL1\tTUMOR1\n");
    }

    private static void AppendRecord(StringBuilder line, Random random, int chromosome, long position)
    {
        string reference = Bases[random.Next(4)];
        bool multiallelic = random.Next(10) == 0;
        bool deletion = !multiallelic && random.Next(20) == 0;
        string[] alts;
        if (deletion)
        {
            reference += "AGT";
            alts = [reference[..1]];
        }
        else
        {
            alts = [.. Bases.Where(b => b != reference).OrderBy(_ => random.Next()).Take(multiallelic ? 2 : 1)];
        }

        var c = CultureInfo.InvariantCulture;
        int depth = random.Next(40, 400);
        line.Append("chr").Append(chromosome.ToString(c)).Append('\t').Append(position.ToString(c)).Append("\t.\t")
            .Append(reference).Append('\t').AppendJoin(',', alts).Append("\t.\t")
            .Append(random.Next(8) == 0 ? "weak_evidence" : "PASS").Append("\tDP=").Append(depth.ToString(c)).Append(";TLOD=");
        for (int a = 0; a < alts.Length; a++)
        {
            line.Append(a > 0 ? "," : "").Append((random.Next(300, 9000) / 100.0).ToString(c));
        }

        line.Append(";CSQ=");
        string gene = Genes[random.Next(Genes.Length)];
        for (int a = 0; a < alts.Length; a++)
        {
            string allele = deletion ? "-" : alts[a];
            for (int t = 0; t < 3; t++)
            {
                if (a > 0 || t > 0)
                {
                    line.Append(',');
                }

                AppendCsq(line, random, allele, gene, t, position);
            }
        }

        line.Append("\tGT:AD:AF:DP\t0/0:").Append(depth.ToString(c));
        for (int a = 0; a < alts.Length; a++)
        {
            line.Append(",0");
        }

        line.Append(':');
        for (int a = 0; a < alts.Length; a++)
        {
            line.Append(a > 0 ? "," : "").Append("0.001");
        }

        line.Append(':').Append(depth.ToString(c)).Append('\t').Append(alts.Length == 1 ? "0/1:" : "1/2:");
        int refReads = depth;
        var altReads = new int[alts.Length];
        for (int a = 0; a < alts.Length; a++)
        {
            altReads[a] = random.Next(1, depth / 2 / alts.Length + 2);
            refReads -= altReads[a];
        }

        line.Append(Math.Max(0, refReads).ToString(c));
        foreach (int reads in altReads)
        {
            line.Append(',').Append(reads.ToString(c));
        }

        line.Append(':');
        for (int a = 0; a < alts.Length; a++)
        {
            line.Append(a > 0 ? "," : "").Append(((double)altReads[a] / depth).ToString("0.###", c));
        }

        line.Append(':').Append(depth.ToString(c));
    }

    private static void AppendCsq(StringBuilder line, Random random, string allele, string gene, int transcript, long position)
    {
        var c = CultureInfo.InvariantCulture;
        string consequence = Consequences[random.Next(Consequences.Length)];
        int exon = random.Next(1, 28);
        int codon = random.Next(1, 1200);
        line.Append(allele).Append('|').Append(consequence).Append("|MODERATE|").Append(gene).Append("|ENSG0000012").Append(transcript.ToString(c))
            .Append("|Transcript|ENST0000026").Append((position % 10000).ToString(c)).Append(transcript.ToString(c))
            .Append("|protein_coding|").Append(exon.ToString(c)).Append("/28||ENST0000026").Append(transcript.ToString(c)).Append(".4:c.")
            .Append((codon * 3).ToString(c)).Append("A>G|ENSP00000263967.3:p.His").Append(codon.ToString(c)).Append("Arg|")
            .Append(transcript == 0 ? "YES|NM_006218.4|1" : "||");
    }
}
