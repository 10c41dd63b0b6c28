using System.Security.Cryptography;
using System.Text;

namespace TrialWarehouse.Warehouse;

/// <summary>
/// Surrogate keys computed from natural keys, so a loader needs no round trip per row to learn a key and every
/// engine assigns the same key to the same thing. 64 bits of SHA-256: a collision is checked where rows meet.
/// </summary>
public static class StableKey
{
    public static long Of(string kind, string naturalKey)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = Encoding.UTF8.GetBytes(kind + "\u001f" + naturalKey);
        SHA256.HashData(text, hash);
        // Clear the sign bit: positive keys read better in SQL and sort the same everywhere.
        return (long)(BitConverter.ToUInt64(hash) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    public static long Patient(string patientId) => Of("patient", patientId);
    public static long Sample(string sampleId) => Of("sample", sampleId);
    public static long Gene(string symbol) => Of("gene", symbol);
    public static long File(string contentHash) => Of("file", contentHash);

    public static long Variant(string genomeBuild, string chrom, long position, string reference, string alternate) =>
        Of("variant", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{genomeBuild}:{chrom}:{position}:{reference}:{alternate}"));
}
