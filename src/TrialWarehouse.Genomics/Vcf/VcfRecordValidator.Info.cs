using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>INFO entries, and the Number/Type checks INFO and FORMAT values share.</summary>
internal sealed partial class VcfRecordValidator
{
    private void CheckInfo(ReadOnlySpan<char> info)
    {
        if (VcfRecord.IsMissing(info))
        {
            return;
        }

        int entryIndex = 0;
        foreach (var range in info.Split(';'))
        {
            var entry = info[range];
            if (entry.IsEmpty)
            {
                Error("INFO", "empty entry: separate INFO entries with single ';', none leading or trailing");
                continue;
            }

            int eq = entry.IndexOf('=');
            var key = eq < 0 ? entry : entry[..eq];
            bool hasValue = eq >= 0;
            var value = hasValue ? entry[(eq + 1)..] : [];
            if (!VcfSyntax.IsValidInfoKey(key))
            {
                Error("INFO", $"key {ErrorSink.Quote(key)} is not valid: use letters, digits, '_' and '.', starting with a letter or '_', and no whitespace");
                continue;
            }

            if (IsRepeatedKey(info, range.Start.GetOffset(info.Length), key, entryIndex++))
            {
                Error(key.ToString(), "appears more than once in INFO: each key may appear once");
                continue;
            }

            VcfFieldDefinition? definition = header.InfoLookup.TryGetValue(key, out var declared) ? declared : ReservedFields.FindInfo(key)?.ToDefinition(key);
            if (definition is null)
            {
                Undeclared("INFO", key);

                continue;
            }

            if (definition.Type == VcfValueType.Flag)
            {
                if (hasValue && !(value.SequenceEqual("0") || value.SequenceEqual("1")))
                {
                    Error(key.ToString(), $"is a Flag and takes no value, found {ErrorSink.Quote(value)} (write just {key})");
                }

                continue;
            }

            if (!hasValue || value.IsEmpty)
            {
                Error(key.ToString(), $"has no value: write {key}=value ('.' if missing)");
                continue;
            }

            CheckValues(null, key, value, definition, ploidy: null);
            CheckReservedInfoValue(key, value);
        }
    }

    private static bool IsRepeatedKey(ReadOnlySpan<char> list, int offset, ReadOnlySpan<char> key, int entryIndex)
    {
        if (entryIndex == 0)
        {
            return false;
        }

        var earlier = list[..offset];
        foreach (var range in earlier.Split(';'))
        {
            var entry = earlier[range];
            int eq = entry.IndexOf('=');
            if ((eq < 0 ? entry : entry[..eq]).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cardinality and type of an INFO or FORMAT value; ploidy null means INFO (Number=G is not checked there).</summary>
    private void CheckValues(string? sampleName, ReadOnlySpan<char> key, ReadOnlySpan<char> value, VcfFieldDefinition definition, int? ploidy)
    {
        if (VcfRecord.IsMissing(value))
        {
            return;
        }

        // htslib never splits a String declared in the header, and callers rely on it: VarScan2 writes DP4=40,30,0,0
        // under Number=1, GATK writes AS_SB_TABLE=86,101|7,0 (Number=1) and comma-joined AS_FilterStatus (Number=A,
        // gatk#6857). Only reserved keys used without a header line (AA=1,23 in the conformance suite) are counted.
        if (definition.Type == VcfValueType.String && IsDeclared(key, ploidy is null))
        {
            return;
        }

        int count = value.Count(',') + 1;
        bool allelesUnknown = _altCount == 0 && definition.Number.Kind is VcfNumberKind.PerAltAllele or VcfNumberKind.PerAllele or VcfNumberKind.PerGenotype;
        int? expected = allelesUnknown || (ploidy is null && definition.Number.Kind == VcfNumberKind.PerGenotype) ? null : definition.Number.ExpectedCount(_altCount, ploidy ?? 2);
        if (expected is { } n && count != n)
        {
            Error(FieldName(sampleName, key), $"has {count} value(s) but Number={definition.Number} requires {n} here ({_altCount} ALT allele(s){(ploidy is { } p ? $", ploidy {p}" : "")})");
            return;
        }

        foreach (var range in value.Split(','))
        {
            var item = value[range];
            if (VcfRecord.IsMissing(item))
            {
                continue;
            }

            bool valid = definition.Type switch
            {
                VcfValueType.Integer => VcfSyntax.IsInteger(item),
                VcfValueType.Float => VcfSyntax.IsFloat(item),
                VcfValueType.Character => item.Length == 1,
                _ => true,
            };
            if (!valid)
            {
                Error(FieldName(sampleName, key), $"value {ErrorSink.Quote(item)} is not of Type={definition.Type}{TypeHint(definition.Type)}");
                return;
            }
        }
    }

    private bool IsDeclared(ReadOnlySpan<char> key, bool isInfo) =>
        isInfo ? header.InfoLookup.ContainsKey(key) : header.FormatLookup.ContainsKey(key);

    private static string FieldName(string? sampleName, ReadOnlySpan<char> key) =>
        sampleName is null ? key.ToString() : $"{sampleName} {key}";

    private static string TypeHint(VcfValueType type) => type switch
    {
        VcfValueType.Integer => " (expected a whole number, or '.' if missing)",
        VcfValueType.Float => " (expected a number such as 0.5 or 1e-3, or '.' if missing)",
        VcfValueType.Character => " (expected a single character)",
        _ => "",
    };

    /// <summary>The value ranges the spec implies for reserved INFO keys (counts cannot be negative, AF is a frequency).</summary>
    private void CheckReservedInfoValue(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        string? rule = key switch
        {
            "AC" or "AN" or "DP" or "END" or "MQ0" or "NS" => "count",
            "AF" => "frequency",
            "CIGAR" => "cigar",
            _ => null,
        };
        if (rule is null)
        {
            return;
        }

        foreach (var range in value.Split(','))
        {
            var item = value[range];
            if (VcfRecord.IsMissing(item))
            {
                continue;
            }

            string? problem = rule switch
            {
                "count" when int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n < 0 => "is negative: it is a count (>= 0)",
                "frequency" when VcfSyntax.TryParseFloat(item, out double f) && (f < 0 || f > 1) => "is not a frequency between 0 and 1",
                "cigar" when !VcfSyntax.IsCigar(item) => "is not a CIGAR string (e.g. 1M2I, operations MIDNSHPX=)",
                _ => null,
            };
            if (problem is not null)
            {
                Error(key.ToString(), $"value {ErrorSink.Quote(item)} {problem}");
                return;
            }
        }
    }
}
