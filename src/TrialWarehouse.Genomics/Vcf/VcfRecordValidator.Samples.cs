namespace TrialWarehouse.Genomics.Vcf;

/// <summary>The FORMAT column and the sample columns.</summary>
internal sealed partial class VcfRecordValidator
{
    private void CheckSamples(VcfRecord record)
    {
        var format = record.Column(8);
        if (VcfSyntax.ContainsWhitespace(format))
        {
            Error("FORMAT", $"{ErrorSink.Quote(format)} contains whitespace");
            return;
        }

        int keyCount = 0;
        bool valid = true;
        foreach (var range in format.Split(':'))
        {
            var key = format[range];
            keyCount++;
            if (key.IsEmpty)
            {
                Error("FORMAT", $"{ErrorSink.Quote(format)} has an empty key: separate keys with single ':'");
                return;
            }

            if (!VcfSyntax.IsValidFormatKey(key, _version) && !header.FormatLookup.ContainsKey(key))
            {
                Error("FORMAT", $"key {ErrorSink.Quote(key)} is not valid in {_version}: {(_version.IsAtLeast(VcfVersion.V43) ? "use letters, digits, '_' and '.'" : "use letters and digits only")}");
                valid = false;
            }
            else if (key.SequenceEqual("GT") && keyCount > 1)
            {
                Error("FORMAT", "GT must be the first FORMAT key when present");
                valid = false;
            }
            else if (IsRepeatedFormatKey(format, range.Start.GetOffset(format.Length), key))
            {
                Error("FORMAT", $"key {ErrorSink.Quote(key)} appears more than once");
                valid = false;
            }
            else if (!header.FormatLookup.ContainsKey(key) && (strict || ReservedFields.FindFormat(key, _version) is null))
            {
                // Keys the spec reserves (GT, DP, AD...) are defined by it; only strict mode asks for their header line.
                Undeclared("FORMAT", key);
            }
        }

        if (!valid)
        {
            return;
        }

        for (int sample = 0; sample < record.SampleCount && !errors.IsFull; sample++)
        {
            CheckSample(record, sample, format, keyCount);
        }
    }

    private static bool IsRepeatedFormatKey(ReadOnlySpan<char> format, int offset, ReadOnlySpan<char> key)
    {
        var earlier = format[..offset];
        foreach (var range in earlier.Split(':'))
        {
            if (offset > 0 && earlier[range].SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckSample(VcfRecord record, int sample, ReadOnlySpan<char> format, int keyCount)
    {
        var values = record.Column(9 + sample);
        string sampleName = header.SampleNames[sample];
        if (values.IsEmpty)
        {
            Error(sampleName, "the sample column is empty: write '.' for missing data");
            return;
        }

        int valueCount = values.Count(':') + 1;
        if (valueCount > keyCount)
        {
            Error(sampleName, $"has {valueCount} ':'-separated values but FORMAT {ErrorSink.Quote(format)} has only {keyCount} keys");
            return;
        }

        int ploidy = 2;
        int index = 0;
        var formatKeys = format.Split(':');
        foreach (var valueRange in values.Split(':'))
        {
            formatKeys.MoveNext();
            var key = format[formatKeys.Current];
            var value = values[valueRange];
            index++;
            if (index == 1 && key.SequenceEqual("GT"))
            {
                if (!Genotype.TryScan(value, _version, out int genotypePloidy, out int maxAllele, out string? problem))
                {
                    Error($"{sampleName} GT", $"{ErrorSink.Quote(value)} {problem} (expected e.g. 0/1, 1|0, ./.)");
                    return;
                }

                // With ALT '.' the suite still accepts genotypes naming allele 1, so the range is checked only when ALTs are given.
                if (maxAllele > _altCount && _altCount > 0)
                {
                    Error($"{sampleName} GT", $"{ErrorSink.Quote(value)} refers to allele {maxAllele}, but the record has only {_altCount} ALT allele(s)");
                    return;
                }

                ploidy = genotypePloidy;
                continue;
            }

            VcfFieldDefinition? definition = header.FormatLookup.TryGetValue(key, out var declared) ? declared : ReservedFields.FindFormat(key, _version)?.ToDefinition(key);
            if (definition is not null && !value.IsEmpty)
            {
                CheckValues(sampleName, key, value, definition, ploidy);
            }
            else if (value.IsEmpty)
            {
                Error($"{sampleName} {key}", "is empty: write '.' for a missing value");
            }
        }
    }
}
