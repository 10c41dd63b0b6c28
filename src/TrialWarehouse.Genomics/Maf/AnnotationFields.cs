namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// One annotation entry's fields by VEP name. SnpEff ANN fields answer to the VEP names vcf2maf renames them to
/// (Annotation is Consequence, Gene_Name is SYMBOL, HGVS.p is HGVSp ...); VEP's older AF names (GMAF, EUR_MAF ...) to
/// the newer ones; STRAND_VEP is VEP's STRAND.
/// </summary>
internal readonly struct AnnotationFields(IReadOnlyList<string> names, IReadOnlyList<string> values)
{
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["Consequence"] = ["Annotation"], ["IMPACT"] = ["Annotation_Impact"], ["SYMBOL"] = ["Gene_Name"],
        ["Gene"] = ["Gene_ID"], ["Feature_type"] = ["Feature_Type"], ["Feature"] = ["Feature_ID"],
        ["BIOTYPE"] = ["Transcript_BioType"], ["HGVSc"] = ["HGVS.c"], ["HGVSp"] = ["HGVS.p"],
        ["cDNA_position"] = ["cDNA.pos/cDNA.length"], ["CDS_position"] = ["CDS.pos/CDS.length"],
        ["Protein_position"] = ["AA.pos/AA.length"], ["DISTANCE"] = ["Distance"], ["STRAND_VEP"] = ["STRAND"],
        ["AF"] = ["GMAF"], ["AFR_AF"] = ["AFR_MAF"], ["AMR_AF"] = ["AMR_MAF"], ["ASN_AF"] = ["ASN_MAF"], ["EAS_AF"] = ["EAS_MAF"],
        ["EUR_AF"] = ["EUR_MAF"], ["SAS_AF"] = ["SAS_MAF"], ["AA_AF"] = ["AA_MAF"], ["EA_AF"] = ["EA_MAF"],
    };

    /// <summary>The value, empty when the layout has no such field.</summary>
    public string this[string name]
    {
        get
        {
            int index = IndexOf(name);
            if (index < 0 && Aliases.TryGetValue(name, out var aliases))
            {
                foreach (string alias in aliases)
                {
                    if ((index = IndexOf(alias)) >= 0)
                    {
                        break;
                    }
                }
            }

            return index >= 0 && index < values.Count ? values[index] : "";
        }
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Replace(" ", "", StringComparison.Ordinal), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
