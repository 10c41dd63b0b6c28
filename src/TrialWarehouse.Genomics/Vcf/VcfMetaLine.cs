namespace TrialWarehouse.Genomics.Vcf;

/// <summary>One <c>key=value</c> pair inside a structured meta line <c>##KEY=&lt;k1=v1,k2="v2"&gt;</c>.</summary>
public sealed record VcfMetaField(string Key, string Value, bool Quoted);

/// <summary>
/// One <c>##key=value</c> header line. <see cref="Fields"/> holds the parsed pairs when the value is structured
/// (<c>&lt;...&gt;</c>) and could be parsed, else null.
/// </summary>
public sealed record VcfMetaLine(long LineNumber, string Key, string Value, IReadOnlyList<VcfMetaField>? Fields)
{
    public string? Get(string fieldKey)
    {
        if (Fields is null)
        {
            return null;
        }

        foreach (var field in Fields)
        {
            if (field.Key == fieldKey)
            {
                return field.Value;
            }
        }

        return null;
    }
}

/// <summary>A <c>##contig</c> line.</summary>
public sealed record VcfContig(string Id, long? Length, string? Assembly);
