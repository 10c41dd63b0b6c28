namespace TrialWarehouse.Demo;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the
/// seeding generator of xoshiro). Pure 64-bit integer arithmetic, so a seed gives the same sequence on every
/// machine, runtime and .NET version, which System.Random does not promise.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for one named sub-stream (e.g. one patient), independent of how much the parent drew.</summary>
    public static SplitMix64 ForStream(int seed, string stream, int index)
    {
        ulong h = 0xCBF29CE484222325UL; // FNV-1a over the stream name, then mixed with seed and index
        foreach (char c in stream)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        var mixer = new SplitMix64(h ^ ((ulong)(uint)seed << 32) ^ (uint)index);
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1), 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            return minInclusive;
        }

        ulong range = (ulong)(maxExclusive - minInclusive);
        return minInclusive + (int)(NextUInt64() % range);
    }

    public long NextLong(long minInclusive, long maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            return minInclusive;
        }

        ulong range = (ulong)(maxExclusive - minInclusive);
        return minInclusive + (long)(NextUInt64() % range);
    }

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>
    /// Approximately standard normal (Irwin-Hall: sum of 12 uniforms minus 6). Only +, - and * of IEEE doubles, so
    /// the result is bit-identical everywhere; Math.Log/Cos come from the platform's libm and may differ in the last bit.
    /// </summary>
    public double NextGaussian()
    {
        double sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>Log-normal with the given median and log-scale sigma (deterministic <see cref="DetMath.Exp"/>).</summary>
    public double NextLogNormal(double median, double sigma) => median * DetMath.Exp(sigma * NextGaussian());

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>Picks by weight; weights need not sum to 1.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        double total = 0;
        foreach (var (_, w) in items)
        {
            total += w;
        }

        double r = NextDouble() * total;
        foreach (var (item, w) in items)
        {
            if (r < w)
            {
                return item;
            }

            r -= w;
        }

        return items[^1].Item;
    }
}
