namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Ranks Sequence Ontology consequence terms from most to least severe, in the order Ensembl VEP uses to pick the
/// most severe consequence (its "calculated variant consequences" table, release 110 onwards). SnpEff's own terms
/// and the legacy names of its EFF field are ranked as the SO term they stand for.
/// </summary>
public static class ConsequenceSeverity
{
    private static readonly string[] VepOrder =
    [
        "transcript_ablation", "splice_acceptor_variant", "splice_donor_variant", "stop_gained", "frameshift_variant",
        "stop_lost", "start_lost", "transcript_amplification", "feature_elongation", "feature_truncation",
        "inframe_insertion", "inframe_deletion", "missense_variant", "protein_altering_variant",
        "splice_donor_5th_base_variant", "splice_region_variant", "splice_donor_region_variant",
        "splice_polypyrimidine_tract_variant", "incomplete_terminal_codon_variant", "start_retained_variant",
        "stop_retained_variant", "synonymous_variant", "coding_sequence_variant", "mature_miRNA_variant",
        "5_prime_UTR_variant", "3_prime_UTR_variant", "non_coding_transcript_exon_variant", "intron_variant",
        "NMD_transcript_variant", "non_coding_transcript_variant", "coding_transcript_variant", "upstream_gene_variant",
        "downstream_gene_variant", "TFBS_ablation", "TFBS_amplification", "TF_binding_site_variant",
        "regulatory_region_ablation", "regulatory_region_amplification", "regulatory_region_variant",
        "intergenic_variant", "sequence_variant",
    ];

    /// <summary>SnpEff terms (ANN) that VEP does not use, as the SO term VEP ranks.</summary>
    private static readonly Dictionary<string, string> SnpEffTerms = new(StringComparer.Ordinal)
    {
        ["exon_loss_variant"] = "transcript_ablation",
        ["conservative_inframe_insertion"] = "inframe_insertion",
        ["disruptive_inframe_insertion"] = "inframe_insertion",
        ["conservative_inframe_deletion"] = "inframe_deletion",
        ["disruptive_inframe_deletion"] = "inframe_deletion",
        ["initiator_codon_variant"] = "start_lost",
        ["5_prime_UTR_premature_start_codon_gain_variant"] = "5_prime_UTR_variant",
        ["intergenic_region"] = "intergenic_variant",
        ["intragenic_variant"] = "intron_variant",
    };

    /// <summary>The names of SnpEff's legacy EFF field (SnpEff 3), as the SO terms SnpEff 4 writes for them.</summary>
    private static readonly Dictionary<string, string> LegacyEffNames = new(StringComparer.Ordinal)
    {
        ["NON_SYNONYMOUS_CODING"] = "missense_variant",
        ["SYNONYMOUS_CODING"] = "synonymous_variant",
        ["STOP_GAINED"] = "stop_gained",
        ["STOP_LOST"] = "stop_lost",
        ["START_LOST"] = "start_lost",
        ["FRAME_SHIFT"] = "frameshift_variant",
        ["CODON_INSERTION"] = "inframe_insertion",
        ["CODON_DELETION"] = "inframe_deletion",
        ["CODON_CHANGE_PLUS_CODON_INSERTION"] = "disruptive_inframe_insertion",
        ["CODON_CHANGE_PLUS_CODON_DELETION"] = "disruptive_inframe_deletion",
        ["SPLICE_SITE_ACCEPTOR"] = "splice_acceptor_variant",
        ["SPLICE_SITE_DONOR"] = "splice_donor_variant",
        ["SPLICE_SITE_REGION"] = "splice_region_variant",
        ["EXON_DELETED"] = "exon_loss_variant",
        ["NON_SYNONYMOUS_START"] = "initiator_codon_variant",
        ["SYNONYMOUS_STOP"] = "stop_retained_variant",
        ["UTR_5_PRIME"] = "5_prime_UTR_variant",
        ["UTR_3_PRIME"] = "3_prime_UTR_variant",
        ["START_GAINED"] = "5_prime_UTR_premature_start_codon_gain_variant",
        ["INTRON"] = "intron_variant",
        ["EXON"] = "non_coding_transcript_exon_variant",
        ["UPSTREAM"] = "upstream_gene_variant",
        ["DOWNSTREAM"] = "downstream_gene_variant",
        ["INTERGENIC"] = "intergenic_region",
        ["INTRAGENIC"] = "intragenic_variant",
    };

    private static readonly Dictionary<string, int> Ranks = BuildRanks();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> RankLookup = Ranks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LegacyLookup = LegacyEffNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Rank of a term unknown to the table: after every known one, so that it is chosen last.</summary>
    public static int Unknown => VepOrder.Length;

    /// <summary>0 for the most severe term; <see cref="Unknown"/> for a term not in the table.</summary>
    public static int Rank(ReadOnlySpan<char> term) => RankLookup.TryGetValue(term, out int rank) ? rank : Unknown;

    /// <summary>The most severe rank among the '&amp;'-joined terms of one annotation (e.g. <c>splice_region_variant&amp;intron_variant</c>).</summary>
    public static int RankOfAll(ReadOnlySpan<char> terms)
    {
        int best = Unknown;
        foreach (var range in terms.Split('&'))
        {
            best = Math.Min(best, Rank(terms[range]));
        }

        return best;
    }

    /// <summary>The most severe of the '&amp;'-joined terms (the first of equal rank), with legacy EFF names turned into SO terms.</summary>
    public static string MostSevere(ReadOnlySpan<char> terms)
    {
        ReadOnlySpan<char> chosen = default;
        int best = int.MaxValue;
        foreach (var range in terms.Split('&'))
        {
            var term = terms[range];
            int rank = Rank(term);
            if (rank < best)
            {
                best = rank;
                chosen = term;
            }
        }

        return ToSequenceOntology(chosen);
    }

    /// <summary>A legacy EFF name (<c>NON_SYNONYMOUS_CODING</c>) as its SO term; any other term as written.</summary>
    public static string ToSequenceOntology(ReadOnlySpan<char> term)
    {
        if (LegacyLookup.TryGetValue(term, out string? so))
        {
            return so;
        }

        // A known term is returned as the table's own string, so that the one chosen per record is not copied.
        return RankLookup.TryGetValue(term, out string? known, out _) ? known : term.ToString();
    }

    private static Dictionary<string, int> BuildRanks()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < VepOrder.Length; i++)
        {
            ranks[VepOrder[i]] = i;
        }

        foreach (var (term, vepTerm) in SnpEffTerms)
        {
            ranks[term] = ranks[vepTerm];
        }

        foreach (var (legacy, so) in LegacyEffNames)
        {
            ranks[legacy] = ranks[SnpEffTerms.GetValueOrDefault(so, so)];
        }

        return ranks;
    }
}
