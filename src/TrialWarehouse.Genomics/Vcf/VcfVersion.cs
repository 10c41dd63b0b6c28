using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>The version a file declares in its <c>##fileformat=VCFv4.x</c> line; 4.0 to 4.5 are understood.</summary>
public readonly record struct VcfVersion(int Major, int Minor)
{
    public static readonly VcfVersion V40 = new(4, 0);
    public static readonly VcfVersion V41 = new(4, 1);
    public static readonly VcfVersion V42 = new(4, 2);
    public static readonly VcfVersion V43 = new(4, 3);
    public static readonly VcfVersion V44 = new(4, 4);
    public static readonly VcfVersion V45 = new(4, 5);

    public bool IsAtLeast(VcfVersion other) => Major > other.Major || (Major == other.Major && Minor >= other.Minor);

    public static bool TryParse(string fileformat, out VcfVersion version)
    {
        version = default;
        if (fileformat.Length != 7 || !fileformat.StartsWith("VCFv4.", StringComparison.Ordinal))
        {
            return false;
        }

        int minor = fileformat[6] - '0';
        if (minor is < 0 or > 5)
        {
            return false;
        }

        version = new VcfVersion(4, minor);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"VCFv{Major}.{Minor}");
}
