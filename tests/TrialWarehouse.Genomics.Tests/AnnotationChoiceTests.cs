using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class AnnotationChoiceTests
{
    private const string VepHeader = "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL|MANE_SELECT|PICK\">";

    [Fact]
    public void Vep_ManeSelectWinsOverCanonicalPickAndSeverity()
    {
        var annotation = ReadVep(
            "T|stop_gained|HIGH|EGFR|ENSG00000146648|Transcript|ENST00000454757|protein_coding|18/27||c.1:c.2C>T|p.1:p.Gln2Ter|YES||1",
            "T|missense_variant|MODERATE|EGFR|ENSG00000146648|Transcript|ENST00000275493|protein_coding|19/28||ENST00000275493.7:c.2573T>G|ENSP00000275493.2:p.Leu858Arg||NM_005228.5|");

        Assert.Equal(new Annotation("EGFR", "missense_variant", "ENST00000275493", "c.2573T>G", "p.L858R", "p.Leu858Arg", 19), annotation);
    }

    [Fact]
    public void Vep_CanonicalWinsOverPick()
    {
        var annotation = ReadVep(
            "T|missense_variant|MODERATE|G|E|Transcript|ENST1|protein_coding|||||||1",
            "T|synonymous_variant|LOW|G|E|Transcript|ENST2|protein_coding||||||YES||");

        Assert.Equal("ENST2", annotation!.TranscriptId);
    }

    [Fact]
    public void Vep_PickWinsOverSeverity()
    {
        var annotation = ReadVep(
            "T|stop_gained|HIGH|G|E|Transcript|ENST1|protein_coding||||||||",
            "T|intron_variant|MODIFIER|G|E|Transcript|ENST2|protein_coding||4/5|||||1");

        Assert.Equal(("ENST2", "intron_variant", (int?)null), (annotation!.TranscriptId, annotation.Consequence, annotation.Exon));
    }

    [Fact]
    public void Vep_WithoutFlags_TakesTheMostSevereConsequence()
    {
        var annotation = ReadVep(
            "T|upstream_gene_variant|MODIFIER|A|E|Transcript|ENST1|protein_coding||||||||",
            "T|intron_variant&splice_region_variant|LOW|B|E|Transcript|ENST2|protein_coding||2/9|||||",
            "T|synonymous_variant|LOW|C|E|Transcript|ENST3|protein_coding|3/10||||||");

        Assert.Equal(("ENST2", "splice_region_variant"), (annotation!.TranscriptId, annotation.Consequence));
    }

    [Fact]
    public void Vep_EqualSeverity_KeepsTheFirstWritten()
    {
        var annotation = ReadVep(
            "T|missense_variant|MODERATE|A|E|Transcript|ENST1|protein_coding||||||||",
            "T|missense_variant|MODERATE|B|E|Transcript|ENST2|protein_coding||||||||");

        Assert.Equal("ENST1", annotation!.TranscriptId);
    }

    [Fact]
    public void Vep_ExonAcrossTwoExons_GivesTheFirst()
    {
        var annotation = ReadVep("T|frameshift_variant|HIGH|A|E|Transcript|ENST1|protein_coding|2-3/10|||||YES||");

        Assert.Equal(2, annotation!.Exon);
    }

    [Fact]
    public void SnpEffAnn_TakesTheMostSevereAndRankAsExon()
    {
        const string header = "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' \">";
        string ann = "ANN=A|intron_variant|MODIFIER|KIT|ENSG1|transcript|ENST9|protein_coding|9/20|c.1-5G>A||||||," +
            "A|missense_variant|MODERATE|KIT|ENSG1|transcript|ENST1|protein_coding|11/21|c.1679T>A|p.Val560Asp|||||";

        var annotation = Read(header, ann, "G", "A");

        Assert.Equal(new Annotation("KIT", "missense_variant", "ENST1", "c.1679T>A", "p.V560D", "p.Val560Asp", 11), annotation);
    }

    [Fact]
    public void SnpEffAnn_IntronRank_IsNotAnExon()
    {
        const string header = "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p' \">";

        var annotation = Read(header, "ANN=A|splice_region_variant&intron_variant|LOW|KIT|ENSG1|transcript|ENST9|protein_coding|9/20|c.1-5G>A|", "G", "A");

        Assert.Equal(("splice_region_variant", (int?)null), (annotation!.Consequence, annotation.Exon));
    }

    [Fact]
    public void SnpEffEff_Version4WithHgvs_ReadsProteinAndCodingChange()
    {
        const string header = "##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_Change| Amino_Acid_Length | Gene_Name | Transcript_BioType | Gene_Coding | Transcript_ID | Exon_Rank  | Genotype [ | ERRORS | WARNINGS ] )' \">";
        string eff = "EFF=upstream_gene_variant(MODIFIER||||639|OTHER|protein_coding|CODING|ENST2||A)," +
            "missense_variant(MODERATE|MISSENSE|Gcc/Acc|p.Ala65Thr/c.193G>A|639|PKHD1L1|protein_coding|CODING|ENST00000378483|2|A)";

        var annotation = Read(header, eff, "G", "A");

        Assert.Equal(new Annotation("PKHD1L1", "missense_variant", "ENST00000378483", "c.193G>A", "p.A65T", "p.Ala65Thr", 2), annotation);
    }

    [Fact]
    public void SnpEffEff_Version3_TranslatesLegacyNamesAndGenotypeNumbers()
    {
        const string header = "##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Transcript_BioType | Gene_Coding | Transcript_ID | Exon_Rank | Genotype_Number [ | ERRORS | WARNINGS ] )' \">";
        string eff = "EFF=SYNONYMOUS_CODING(LOW|SILENT|gcC/gcT|A65|639|PKHD1L1|protein_coding|CODING|ENST1|2|1)," +
            "STOP_GAINED(HIGH|NONSENSE|Cag/Tag|Q66*|639|PKHD1L1|protein_coding|CODING|ENST2|2|2)";

        var first = Read(header, eff, "C", "T,A", altIndex: 0);
        var second = Read(header, eff, "C", "T,A", altIndex: 1);

        Assert.Equal(new Annotation("PKHD1L1", "synonymous_variant", "ENST1", null, "p.A65", null, 2), first);
        Assert.Equal(("stop_gained", "ENST2", "p.Q66*"), (second!.Consequence, second.TranscriptId, second.HgvsP));
    }

    [Fact]
    public void NoAnnotationForTheAllele_GivesNull()
    {
        var annotation = Read(VepHeader, "CSQ=C|missense_variant|MODERATE|A|E|Transcript|ENST1|protein_coding||||||||", "G", "T,A");

        Assert.Null(annotation);
    }

    private static Annotation? ReadVep(params string[] entries) => Read(VepHeader, "CSQ=" + string.Join(',', entries), "G", "T");

    private static Annotation? Read(string infoHeader, string info, string reference, string alt, int altIndex = 0)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("a.vcf", Vcf.Text("VCFv4.2", [infoHeader], Vcf.Columns, ["chr1", "100", ".", reference, alt, ".", "PASS", info]));
        using var reader = VcfReader.Open(path);
        var record = Assert.Single(reader.Records());
        Assert.Empty(reader.Errors);
        return AnnotationReader.FromHeader(reader.Header!)!.Read(record, altIndex);
    }
}
