namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// One column of an SSDA903 table as the DfE rules read it: every cell as written, upper-cased (as the councils'
/// validators compare codes) and interned, an empty cell as <see langword="null"/>; and, asked once, the cells as day
/// numbers (<see cref="DateOnly.DayNumber"/>) with <see cref="Blank"/> and <see cref="NotADate"/> markers, so that a
/// rule is a pass over arrays.
/// </summary>
internal sealed class Ssda903Column
{
    /// <summary>The day number of an empty cell.</summary>
    public const int Blank = int.MinValue;

    /// <summary>The day number of a cell that is not a date (<c>dd/mm/yyyy</c>, day and month of one or two digits).</summary>
    public const int NotADate = int.MinValue + 1;

    private readonly string?[] _cells;
    private int[]? _days;

    public Ssda903Column(string name, string?[] cells)
    {
        Name = name;
        _cells = cells;
    }

    /// <summary>The column's name, upper-case.</summary>
    public string Name { get; }

    /// <summary>The cells, one per row of the table.</summary>
    public ReadOnlySpan<string?> Cells => _cells;

    /// <summary>The cell of <paramref name="row"/> (0-based), upper-cased; null when empty.</summary>
    public string? this[int row] => _cells[row];

    /// <summary>
    /// The cells as day numbers, parsed on first use (rules run one after another; a second parse is harmless). Shared by
    /// every rule: read it, never write it.
    /// </summary>
    public int[] Days => _days ??= Parse(_cells);

    /// <summary>Whether the cell of <paramref name="row"/> is a real date.</summary>
    public bool IsDate(int row) => Days[row] > NotADate;

    /// <summary>
    /// Whether cell <paramref name="i"/> of <paramref name="a"/> and cell <paramref name="j"/> of <paramref name="b"/> say
    /// the same: as dates when both are (1/2/2010 and 01/02/2010 are one date), otherwise as written (upper-cased; two
    /// blanks are the same).
    /// </summary>
    public static bool Same(Ssda903Column a, int i, Ssda903Column b, int j) =>
        a.IsDate(i) && b.IsDate(j) ? a.Days[i] == b.Days[j] : a[i] == b[j];

    private static int[] Parse(string?[] cells)
    {
        var days = new int[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            days[i] = cell is null ? Blank
                : CellParser.ReadDayNumber(cell, out int day) == DateCell.Valid ? day
                : NotADate;
        }
        return days;
    }
}
