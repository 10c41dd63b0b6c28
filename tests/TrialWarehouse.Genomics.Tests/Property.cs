using CsCheck;

namespace TrialWarehouse.Genomics.Tests;

/// <summary>
/// Runs a property over CsCheck-generated inputs drawn from a fixed seed, so every run checks the same cases
/// (CsCheck's own Sample picks a new seed each run).
/// </summary>
internal static class Property
{
    public static void ForAll<T>(Gen<T> gen, Action<T> assert, int iterations, ulong seed = 20260601)
    {
        var pcg = new PCG(1, seed);
        for (int i = 0; i < iterations; i++)
        {
            T input = gen.Generate(pcg, null!, out _);
            try
            {
                assert(input);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"property failed on iteration {i} for input: {input}", e);
            }
        }
    }
}
