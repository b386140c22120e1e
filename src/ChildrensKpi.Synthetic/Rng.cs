namespace ChildrensKpi.Synthetic;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform and runtime
/// (<see cref="Random"/> promises no such thing), so generated files are byte-identical for a seed.
/// </summary>
internal struct Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>An independent stream for item <paramref name="index"/> of kind <paramref name="kind"/>, so items do not depend on each other's draws.</summary>
    public static Rng For(int seed, int kind, int index) =>
        new(Mix(((ulong)(uint)seed << 32) ^ ((ulong)(uint)kind << 24) ^ (uint)index));

    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A whole number in [0, <paramref name="n"/>).</summary>
    public int Below(int n) => (int)((Next() >> 11) % (ulong)n);

    /// <summary>A whole number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    public bool Chance(double p) => Unit() < p;

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public T Pick<T>(T[] items) => items[Below(items.Length)];

    /// <summary>An index into <paramref name="weights"/>, drawn in proportion to them.</summary>
    public int Weighted(int[] weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }
        int draw = Below(total);
        for (int i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
