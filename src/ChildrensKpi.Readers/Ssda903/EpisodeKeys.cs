using System.Runtime.CompilerServices;
using System.Numerics;

namespace ChildrensKpi.Readers;

/// <summary>
/// Finds an episode by CHILD and DECOM (a child number and a day number packed in a <see cref="long"/>): open addressing
/// with linear probing over one array of entries (each key beside its value), so a look-up costs about one cache miss
/// where a <see cref="Dictionary{TKey, TValue}"/> of millions of episodes costs two or three.
/// </summary>
internal sealed class EpisodeKeys
{
    private const long Empty = long.MinValue;
    private Entry[] _entries = New(1 << 16);
    private int _count;

    private struct Entry
    {
        public long Key;
        public int Value;
    }

    /// <summary>Makes room for <paramref name="count"/> keys at once, so that a large read does not grow the table step by step.</summary>
    public void Reserve(int count)
    {
        // Room for the count at two thirds full, rounded up to a power of two: the rows bound the keys (copies across years
        // share one), so the table rarely fills past half, and when it does it grows as usual.
        int size = (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count) * 3 / 2), 1 << 30);
        if (size > _entries.Length && _count == 0)
        {
            _entries = New(size);
        }
    }

    public static long Key(int child, int start) => ((long)child << 32) | (uint)start;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(long key, out int value)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int at = Slot(key, mask); ; at = (at + 1) & mask)
        {
            long found = entries[at].Key;
            if (found == key)
            {
                value = entries[at].Value;
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
        if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }
        Insert(_entries, key, value);
        _count++;
    }

    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Insert(Entry[] entries, long key, int value)
    {
        int mask = entries.Length - 1;
        int at = Slot(key, mask);
        while (entries[at].Key != Empty)
        {
            at = (at + 1) & mask;
        }
        entries[at] = new Entry { Key = key, Value = value };
    }

    private void Grow()
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)_entries.Length * 2);
        var entries = New(size);
        foreach (var entry in _entries)
        {
            if (entry.Key != Empty)
            {
                Insert(entries, entry.Key, entry.Value);
            }
        }
        _entries = entries;
    }

    private static Entry[] New(int size)
    {
        var entries = new Entry[size];
        Array.Fill(entries, new Entry { Key = Empty });
        return entries;
    }
}
