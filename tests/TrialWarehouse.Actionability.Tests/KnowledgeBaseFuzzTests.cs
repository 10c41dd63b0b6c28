using System.Text;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability.Tests;

/// <summary>Mutated copies of the default knowledge base either parse or fail with InputRejectedException, never anything else.</summary>
public class KnowledgeBaseFuzzTests
{
    private const int Iterations = 1500;

    // Characters that matter to the format, plus a few that should not.
    private static readonly char[] Alphabet = ['\t', '\n', '\r', '#', ':', ';', '*', '.', '-', '_', ' ', 'p', 'A', 'I', 'X', '1', '2', '9', '0', '\u00e9', '\0', '\u2028'];

    [Fact]
    public void Parse_MutatedDefaultFile_ThrowsOnlyInputRejected()
    {
        var original = DefaultText();
        var random = new Random(20260601);
        int rejected = 0;
        for (int i = 0; i < Iterations; i++)
        {
            var mutated = Mutate(original, random);
            try
            {
                Kb.ParseText(mutated);
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error => Assert.Equal("test-kb.tsv", error.File));
                rejected++;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"iteration {i}: {e.GetType().Name} on input:\n{mutated}", e);
            }
        }
        Assert.InRange(rejected, Iterations / 4, Iterations);
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && builder.Length > 0; e++)
        {
            int at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 20), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 3:
                    var lines = builder.ToString().Split('\n');
                    int line = random.Next(lines.Length);
                    builder.Insert(at, lines[line] + "\n");
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }
        return builder.ToString();
    }

    private static string DefaultText()
    {
        var assembly = typeof(KnowledgeBaseFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("TrialWarehouse.Actionability.default-kb.tsv")
            ?? throw new InvalidOperationException("default knowledge base resource missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
