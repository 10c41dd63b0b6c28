using System.Text;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Parses the <c>&lt;k1=v1,k2="quoted, with \"escapes\""&gt;</c> value of a structured meta line.</summary>
internal static class StructuredMetaParser
{
    public static bool TryParse(string value, out List<VcfMetaField> fields, out string? problem)
    {
        fields = [];
        problem = null;
        if (value.Length < 2 || value[0] != '<' || value[^1] != '>')
        {
            problem = "a structured value must be enclosed in <...>; the closing '>' is missing";
            return false;
        }

        var inner = value.AsSpan(1, value.Length - 2);
        int i = 0;
        if (inner.IsEmpty)
        {
            problem = "<> holds no key=value pairs";
            return false;
        }

        while (i <= inner.Length)
        {
            int keyStart = i;
            while (i < inner.Length && inner[i] is not ('=' or ','))
            {
                i++;
            }

            var key = inner[keyStart..i];
            if (i >= inner.Length || inner[i] != '=')
            {
                problem = $"{ErrorSink.Quote(key)} is not a key=value pair (a comma inside a value needs double quotes)";
                return false;
            }

            if (key.IsEmpty || VcfSyntax.ContainsWhitespace(key) || key.Contains('"'))
            {
                problem = $"{ErrorSink.Quote(key)} is not a valid key";
                return false;
            }

            i++;
            string fieldValue;
            bool quoted = i < inner.Length && inner[i] == '"';
            if (quoted)
            {
                var text = new StringBuilder();
                i++;
                bool closed = false;
                while (i < inner.Length)
                {
                    char c = inner[i++];
                    if (c == '\\' && i < inner.Length)
                    {
                        text.Append(inner[i++]);
                    }
                    else if (c == '"')
                    {
                        closed = true;
                        break;
                    }
                    else
                    {
                        text.Append(c);
                    }
                }

                if (!closed)
                {
                    problem = $"the quoted value of {key} has no closing '\"' (it must end on the same line)";
                    return false;
                }

                if (i < inner.Length && inner[i] != ',')
                {
                    problem = $"unexpected text after the closing quote of {key}: write a quote inside the value as \\\"";
                    return false;
                }

                fieldValue = text.ToString();
            }
            else
            {
                int valueStart = i;
                while (i < inner.Length && inner[i] != ',')
                {
                    i++;
                }

                fieldValue = inner[valueStart..i].ToString();
            }

            fields.Add(new VcfMetaField(key.ToString(), fieldValue, quoted));
            if (i >= inner.Length)
            {
                break;
            }

            i++; // the comma
            if (i >= inner.Length)
            {
                problem = "the value ends with a comma";
                return false;
            }
        }

        return true;
    }
}
