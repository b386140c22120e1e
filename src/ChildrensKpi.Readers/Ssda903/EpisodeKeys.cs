using System.Runtime.CompilerServices;
using System.Numerics;

namespace ChildrensKpi.Readers;

/// <summary>
/// Finds an episode by CHILD and DECOM (a child number and a day number packed in a <see cref="long"/>): open addressing
/// with linear probing over one array of keys and one of values, so a look-up costs about one cache miss where a
/// <see cref="Dictionary{TKey, TValue}"/> of millions of episodes costs two.
/// </summary>
internal sealed class EpisodeKeys
{
    private const long Empty = long.MinValue;
    private long[] _keys = New(1 << 16);
    private int[] _values = new int[1 << 16];
    private int _count;

    /// <summary>Makes room for <paramref name="count"/> keys at once, so that a large read does not grow the table step by step.</summary>
    public void Reserve(int count)
    {
        // Room for the count at two thirds full, rounded up to a power of two: the rows bound the keys (copies across years
        // share one), so the table rarely fills past half, and when it does it grows as usual.
        int size = (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count) * 3 / 2), 1 << 30);
        if (size > _keys.Length && _count == 0)
        {
            _keys = New(size);
            _values = new int[size];
        }
    }

    public static long Key(int child, int start) => ((long)child << 32) | (uint)start;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(long key, out int value)
    {
        int mask = _keys.Length - 1;
        for (int at = Slot(key, mask); ; at = (at + 1) & mask)
        {
            long found = _keys[at];
            if (found == key)
            {
                value = _values[at];
                return true;
            }
            if (found == Empty)
            {
                value = 0;
                return false;
            }
        }
    }

    /// <summary>Adds a key not yet present.</summary>
    public void Add(long key, int value)
    {
        // Kept at most half full: probes stay short.
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }
        Insert(_keys, _values, key, value);
        _count++;
    }

    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Insert(long[] keys, int[] values, long key, int value)
    {
        int mask = keys.Length - 1;
        int at = Slot(key, mask);
        while (keys[at] != Empty)
        {
            at = (at + 1) & mask;
        }
        keys[at] = key;
        values[at] = value;
    }

    private void Grow()
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)_keys.Length * 2);
        var keys = New(size);
        var values = new int[size];
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != Empty)
            {
                Insert(keys, values, _keys[i], _values[i]);
            }
        }
        _keys = keys;
        _values = values;
    }

    private static long[] New(int size)
    {
        var keys = new long[size];
        Array.Fill(keys, Empty);
        return keys;
    }
}
