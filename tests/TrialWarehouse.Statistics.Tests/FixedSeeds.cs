using CsCheck;

namespace TrialWarehouse.Statistics.Tests;

/// <summary>
/// Runs a property over a fixed series of CsCheck seeds, so every run tests the same inputs. A failure names its seed;
/// pass it to <c>Check.Sample(gen, assert, seed: ...)</c> to replay it with shrinking.
/// </summary>
internal static class FixedSeeds
{
    public static void Check<T>(Gen<T> gen, Action<T> assert, int count = 300)
    {
        for (var i = 0; i < count; i++)
        {
            var pcg = new PCG(1, (ulong)i * 0x9E3779B97F4A7C15UL);
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null!, out _);
            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"property failed for seed {seed} on {CsCheck.Check.Print(value)}", e);
            }
        }
    }
}
