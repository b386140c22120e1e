using System.Runtime.CompilerServices;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Header rows: one child each, validated and merged across files by CHILD (a filled ETHNIC or UPN replaces an empty
/// one; a later row that disagrees is rejected). Kept per child number, with no object per row: the years' returns
/// repeat every child's row, so most rows only confirm what is kept.
/// </summary>
internal sealed class HeaderSink : ITableSink
{
    private readonly ChildNumbers _children;
    private readonly FileYear _year;
    private Ssda903Codes _codes = null!;
    private readonly Dictionary<string, string> _ethnicCodes = new(StringComparer.Ordinal);
    private int _child, _sex, _dob, _ethnic, _upn;

    // Per child number (-1 row: none yet), and the children in the order first read.
    private int[] _row = [];
    private readonly List<int> _order = [];
    private readonly List<(Sex Sex, int Dob, string? Ethnic, string? Upn, string Path, long Line)> _rows = [];

    public HeaderSink(ChildNumbers children, FileYear year)
    {
        _children = children;
        _year = year;
    }

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = _year.Codes;
        _child = columns["CHILD"];
        _sex = columns["SEX"];
        _dob = columns["DOB"];
        _ethnic = columns["ETHNIC"];
        _upn = columns.GetValueOrDefault("UPN", -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RowVerdict Accept(in CsvRow row)
    {
        if (!row.TryChildCell(_child, out var childCell, out var rejection)
            || !row.TryCode(_sex, _codes.Sex, out var sex, out rejection)
            || !row.TryDayNumber(_dob, out int dob, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        int child = _children.Of(childCell);
        var ethnicCell = row.Cell(_ethnic);
        var upnCell = row.Cell(_upn);
        if (child >= _row.Length)
        {
            int size = Math.Max(1024, Math.Max(child + 1, _row.Length * 2));
            int old = _row.Length;
            Array.Resize(ref _row, size);
            _row.AsSpan(old).Fill(-1);
        }
        int kept = _row[child];
        if (kept < 0)
        {
            _row[child] = _rows.Count;
            _order.Add(child);
            _rows.Add((sex, dob, Ethnic(ethnicCell), upnCell.IsEmpty ? null : upnCell.ToString(), row.Path, row.Line));
            return RowVerdict.Used;
        }
        var k = _rows[kept];
        if (ConflictOf(k, sex, dob, ethnicCell, upnCell) is var (column, value))
        {
            string what = $"Header row CHILD {row.Cell(_child)}";
            return RowVerdict.Rejected(row.Reject(column, MergedCopy.ConflictRule(k.Path, k.Line, row.ColumnName(column), what, value)) with
            {
                ChildId = _children.Id(child).Value,
            });
        }
        if (k.Ethnic is null && !ethnicCell.IsEmpty || k.Upn is null && !upnCell.IsEmpty)
        {
            _rows[kept] = k with { Ethnic = k.Ethnic ?? Ethnic(ethnicCell), Upn = k.Upn ?? (upnCell.IsEmpty ? null : upnCell.ToString()) };
        }
        return RowVerdict.Used;
    }

    /// <summary>The date of birth of <paramref name="child"/> from the Header table, when it has a row.</summary>
    public LocalDate? BirthOf(ChildId child)
    {
        int number = _children.Find(child);
        return number >= 0 && number < _row.Length && _row[number] >= 0 ? DayNumbers.ToDate(_rows[_row[number]].Dob) : null;
    }

    public IEnumerable<Child> Children() => _order.Select(c =>
    {
        var k = _rows[_row[c]];
        return new Child(_children.Id(c), k.Sex, DayNumbers.ToDate(k.Dob), k.Ethnic, k.Upn);
    });

    private string? Ethnic(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }
        // Ethnic codes are a short list: each is made (upper-cased) once, however many rows carry it.
        var lookup = _ethnicCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(cell, out var code))
        {
            string written = cell.ToString();
            code = written.ToUpperInvariant();
            _ethnicCodes[written] = code;
        }
        return code;
    }

    /// <summary>
    /// The column and kept value of the first field, in the order SEX, DOB, ETHNIC, UPN, that the kept row and this one
    /// fill differently; null when they agree.
    /// </summary>
    private (int Column, string Value)? ConflictOf(
        (Sex Sex, int Dob, string? Ethnic, string? Upn, string Path, long Line) kept, Sex sex, int dob, ReadOnlySpan<char> ethnic, ReadOnlySpan<char> upn) =>
        kept.Sex != sex ? (_sex, kept.Sex.ToString())
        : kept.Dob != dob ? (_dob, Dmy(kept.Dob))
        : kept.Ethnic is not null && !ethnic.IsEmpty && !ethnic.Equals(kept.Ethnic, StringComparison.OrdinalIgnoreCase) ? (_ethnic, kept.Ethnic)
        : kept.Upn is not null && !upn.IsEmpty && !upn.SequenceEqual(kept.Upn) ? (_upn, kept.Upn)
        : null;

    private static string Dmy(int day) => DayNumbers.ToDate(day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
