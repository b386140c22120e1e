using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>Rows of one table grouped by child index and sorted within each child: child c's rows are <see cref="Of"/>(c).</summary>
internal readonly struct Grouped<T>
{
    private readonly T[] _items;
    private readonly int[] _offsets;

    private Grouped(T[] items, int[] offsets)
    {
        _items = items;
        _offsets = offsets;
    }

    public ArraySegment<T> Of(int child) =>
        _items is null ? ArraySegment<T>.Empty : new ArraySegment<T>(_items, _offsets[child], _offsets[child + 1] - _offsets[child]);

    /// <summary>A counting sort by child, then a stable sort of each child's rows by <paramref name="order"/>.</summary>
    public static Grouped<T> By(ImmutableArray<T> rows, int children, Func<T, int> child, Comparison<T> order)
    {
        var offsets = new int[children + 1];
        var childOf = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            childOf[i] = child(rows[i]);
            offsets[childOf[i] + 1]++;
        }
        for (int c = 0; c < children; c++)
        {
            offsets[c + 1] += offsets[c];
        }
        var next = offsets.AsSpan(0, children).ToArray();
        var items = new T[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            items[next[childOf[i]]++] = rows[i];
        }
        for (int c = 0; c < children; c++)
        {
            items.AsSpan(offsets[c], offsets[c + 1] - offsets[c]).Sort(order);
        }
        return new Grouped<T>(items, offsets);
    }
}
