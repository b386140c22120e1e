namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// A table's rows grouped by child and, within a child, ordered by a date column (ties and unreadable dates in file
/// order, unreadable dates last): the order in which the sequence rules read a child's episodes or periods.
/// </summary>
internal sealed class ChildOrder
{
    private ChildOrder(int[] rows, int[] starts)
    {
        Rows = rows;
        Starts = starts;
    }

    /// <summary>The row numbers, child after child, each child's in date order.</summary>
    public int[] Rows { get; }

    /// <summary>Where each child's rows begin in <see cref="Rows"/>, with <see cref="Rows"/>'s length appended.</summary>
    public int[] Starts { get; }

    /// <summary>The number of children.</summary>
    public int Children => Starts.Length - 1;

    /// <summary>The rows of child <paramref name="c"/> (0-based), in order.</summary>
    public ReadOnlySpan<int> Of(int c) => Rows.AsSpan(Starts[c], Starts[c + 1] - Starts[c]);

    /// <summary>Orders <paramref name="table"/>'s rows by CHILD, then <paramref name="dateColumn"/>.</summary>
    public static ChildOrder By(Ssda903RuleTable table, string dateColumn)
    {
        var days = table.Column(dateColumn).Days;
        var groups = table.RowsByChild;
        var rows = new int[groups.Values.Sum(g => g.Length)];
        var starts = new int[groups.Count + 1];
        int at = 0, c = 0;
        // Stable: ties keep file order. An unreadable date sorts last.
        var byDate = Comparer<int>.Create((a, b) =>
        {
            int order = Key(days[a]).CompareTo(Key(days[b]));
            return order != 0 ? order : a.CompareTo(b);
        });
        foreach (var group in groups.Values)
        {
            starts[c++] = at;
            group.CopyTo(rows, at);
            if (group.Length > 1)
            {
                Array.Sort(rows, at, group.Length, byDate);
            }
            at += group.Length;
        }
        starts[c] = at;
        return new ChildOrder(rows, starts);
    }

    private static int Key(int day) => Ssda903Dates.IsDate(day) ? day : int.MaxValue;
}
