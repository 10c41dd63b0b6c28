namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// The INFO and FORMAT keys the VCF specification reserves, with their Number and Type. A reserved key used without
/// a header line is checked against this table, and a header line redefining it differently is an error.
/// </summary>
internal static class ReservedFields
{
    private static readonly Dictionary<string, Reserved> Info = new(StringComparer.Ordinal)
    {
        ["AA"] = new(VcfNumber.One, VcfValueType.String),
        ["AC"] = new(VcfNumber.A, VcfValueType.Integer),
        ["AF"] = new(VcfNumber.A, VcfValueType.Float),
        ["AN"] = new(VcfNumber.One, VcfValueType.Integer),
        ["BQ"] = new(VcfNumber.One, VcfValueType.Float),
        ["CIGAR"] = new(VcfNumber.A, VcfValueType.String),
        ["DB"] = new(VcfNumber.Zero, VcfValueType.Flag),
        ["DP"] = new(VcfNumber.One, VcfValueType.Integer),
        ["END"] = new(VcfNumber.One, VcfValueType.Integer),
        ["H2"] = new(VcfNumber.Zero, VcfValueType.Flag),
        ["H3"] = new(VcfNumber.Zero, VcfValueType.Flag),
        // GATK, Strelka2 and others declare MQ as Float; the conformance suite accepts that, so only Number is fixed.
        ["MQ"] = new(VcfNumber.One, null),
        ["MQ0"] = new(VcfNumber.One, VcfValueType.Integer),
        ["NS"] = new(VcfNumber.One, VcfValueType.Integer),
        ["SOMATIC"] = new(VcfNumber.Zero, VcfValueType.Flag),
        ["VALIDATED"] = new(VcfNumber.Zero, VcfValueType.Flag),
        ["1000G"] = new(VcfNumber.Zero, VcfValueType.Flag),
    };

    private static readonly Dictionary<string, Reserved> Format = new(StringComparer.Ordinal)
    {
        ["DP"] = new(VcfNumber.One, VcfValueType.Integer),
        ["EC"] = new(VcfNumber.A, VcfValueType.Integer),
        ["FT"] = new(VcfNumber.One, VcfValueType.String),
        ["GL"] = new(VcfNumber.G, VcfValueType.Float),
        ["GP"] = new(VcfNumber.G, VcfValueType.Float),
        ["GQ"] = new(VcfNumber.One, VcfValueType.Integer),
        ["GT"] = new(VcfNumber.One, VcfValueType.String),
        ["HQ"] = new(VcfNumber.Fixed(2), VcfValueType.Integer),
        ["MQ"] = new(VcfNumber.One, VcfValueType.Integer),
        ["PL"] = new(VcfNumber.G, VcfValueType.Integer),
        ["PQ"] = new(VcfNumber.One, VcfValueType.Integer),
        ["PS"] = new(VcfNumber.One, VcfValueType.Integer),
    };

    // AD/ADF/ADR entered the reserved table with VCF 4.3; older VarScan2 files declare AD with Number=1.
    private static readonly Dictionary<string, Reserved> FormatFrom43 = new(StringComparer.Ordinal)
    {
        ["AD"] = new(VcfNumber.R, VcfValueType.Integer),
        ["ADF"] = new(VcfNumber.R, VcfValueType.Integer),
        ["ADR"] = new(VcfNumber.R, VcfValueType.Integer),
        ["GLE"] = new(VcfNumber.One, VcfValueType.String),
    };

    private static readonly Dictionary<string, Reserved> FormatUpTo42 = new(StringComparer.Ordinal)
    {
        ["GLE"] = new(VcfNumber.G, VcfValueType.String),
    };

    private static readonly Dictionary<string, Reserved>.AlternateLookup<ReadOnlySpan<char>> InfoLookup = Info.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Reserved>.AlternateLookup<ReadOnlySpan<char>> FormatLookup = Format.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Reserved>.AlternateLookup<ReadOnlySpan<char>> From43Lookup = FormatFrom43.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Reserved>.AlternateLookup<ReadOnlySpan<char>> UpTo42Lookup = FormatUpTo42.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Reserved? FindInfo(ReadOnlySpan<char> key) => InfoLookup.TryGetValue(key, out var r) ? r : null;

    public static Reserved? FindFormat(ReadOnlySpan<char> key, VcfVersion version)
    {
        if (FormatLookup.TryGetValue(key, out var r))
        {
            return r;
        }

        var versioned = version.IsAtLeast(VcfVersion.V43) ? From43Lookup : UpTo42Lookup;
        return versioned.TryGetValue(key, out r) ? r : null;
    }

    /// <summary>A reserved definition; a null Type means any type is accepted.</summary>
    public sealed record Reserved(VcfNumber Number, VcfValueType? Type)
    {
        // Body checks need a definition for every use of an undeclared reserved key; one per key is enough.
        private VcfFieldDefinition? _definition;

        public VcfFieldDefinition ToDefinition(ReadOnlySpan<char> id) =>
            _definition ??= new VcfFieldDefinition(id.ToString(), Number, Type ?? VcfValueType.String, "reserved by the VCF specification");
    }
}
