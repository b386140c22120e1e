using System.Runtime.CompilerServices;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Header rows: one child each, validated and merged across files by CHILD. Each year's return repeats every child's
/// row, so most rows only confirm what is kept; a filled ETHNIC or UPN replaces an empty one. Where copies from returns
/// of different collection years disagree, the later return's value is used, as a council's later return corrects its
/// earlier ones (a corrected DOB or SEX), and each value not used is a warning (SSDA903-E009) where it was read, as
/// for episodes (<see cref="EpisodeSink"/>); copies in one return, or in returns of unknown year, that disagree are a
/// conflict and the later-read row is rejected. Kept per child number, with no object per row.
/// </summary>
internal sealed class HeaderSink : ITableSink
{
    private const int SexField = 0, DobField = 1, EthnicField = 2, UpnField = 3;
    private static readonly string[] FieldNames = ["SEX", "DOB", "ETHNIC", "UPN"];

    private readonly ChildNumbers _children;
    private readonly FileYear _year;
    private Ssda903Codes _codes = null!;
    private readonly Dictionary<string, string> _ethnicCodes = new(StringComparer.Ordinal);
    private int _child, _sex, _dob, _ethnic, _upn;
    private byte _rowYear;

    // Per child number (-1 row: none yet), and the children in the order first read.
    private int[] _row = [];
    private readonly List<int> _order = [];

    // Each child's first row as read, and the last of its later copies (-1: none).
    private readonly List<(Values Values, byte Year, string Path, long Line)> _rows = [];
    private readonly List<int> _lastCopy = [];
    private readonly List<Copy> _copies = [];

    // The values used where a copy changed them (an empty value filled, or a later return's value), and every child's
    // collection year of each value used (the latest return that gave it).
    private readonly Dictionary<int, Values> _merged = [];
    private readonly List<Years> _years = [];

    // The children whose copies differ in a filled value: where the warnings are looked for.
    private readonly HashSet<int> _differing = [];

    private readonly record struct Values(Sex Sex, int Dob, string? Ethnic, string? Upn);

    private readonly record struct Years(byte Sex, byte Dob, byte Ethnic, byte Upn)
    {
        public byte Of(int field) => field switch { SexField => Sex, DobField => Dob, EthnicField => Ethnic, _ => Upn };
    }

    private readonly record struct Copy(int Next, Values Values, byte Year, string Path, long Line);

    public HeaderSink(ChildNumbers children, FileYear year)
    {
        _children = children;
        _year = year;
    }

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = _year.Codes;
        _rowYear = ReturnPrecedence.Of(_year.Return);
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
            _rows.Add((new Values(sex, dob, Ethnic(ethnicCell), upnCell.IsEmpty ? null : upnCell.ToString()), _rowYear, row.Path, row.Line));
            _lastCopy.Add(-1);
            _years.Add(new Years(_rowYear, _rowYear, _rowYear, _rowYear));
            return RowVerdict.Used;
        }
        var (used, years) = Used(kept, out bool merged);
        // Most copies only confirm what is kept: compared without making a string.
        bool confirms = used.Sex == sex && used.Dob == dob
            && (ethnicCell.IsEmpty || used.Ethnic is not null && ethnicCell.Equals(used.Ethnic, StringComparison.OrdinalIgnoreCase))
            && (upnCell.IsEmpty || used.Upn is not null && upnCell.SequenceEqual(used.Upn));
        var incoming = confirms ? used with { Ethnic = ethnicCell.IsEmpty ? null : used.Ethnic, Upn = upnCell.IsEmpty ? null : used.Upn }
            : new Values(sex, dob, Ethnic(ethnicCell), upnCell.IsEmpty ? null : upnCell.ToString());
        if (!confirms)
        {
            for (int field = SexField; field <= UpnField; field++)
            {
                if (Text(incoming, field) is { } value && Text(used, field) is { } usedValue && value != usedValue
                    && ReturnPrecedence.Supersedes(_rowYear, years.Of(field)) is null)
                {
                    var (path, line) = LocationOf(kept, field, usedValue, years.Of(field));
                    int column = field switch { SexField => _sex, DobField => _dob, EthnicField => _ethnic, _ => _upn };
                    return RowVerdict.Rejected(row.Reject(column, MergedCopy.ConflictRule(path, line, row.ColumnName(column), "the child's Header row", usedValue)) with
                    {
                        ChildId = _children.Id(child).Value,
                    });
                }
            }
        }
        _copies.Add(new Copy(_lastCopy[kept], incoming, _rowYear, row.Path, row.Line));
        _lastCopy[kept] = _copies.Count - 1;
        Reconcile(kept, used, years, incoming, merged);
        return RowVerdict.Used;
    }

    /// <summary>
    /// Every value of a Header copy that is not the value used because a later return's differs (SSDA903-E009), where it
    /// was read, naming the value used and where it came from.
    /// </summary>
    public IEnumerable<ValidationFinding> Superseded()
    {
        var findings = new List<ValidationFinding>();
        foreach (int kept in _differing)
        {
            var (used, years) = Used(kept);
            var first = _rows[kept];
            Report(findings, kept, used, years, first.Values, first.Year, first.Path, first.Line);
            for (int c = _lastCopy[kept]; c >= 0; c = _copies[c].Next)
            {
                var copy = _copies[c];
                Report(findings, kept, used, years, copy.Values, copy.Year, copy.Path, copy.Line);
            }
        }
        return findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column, StringComparer.Ordinal);
    }

    private void Report(List<ValidationFinding> findings, int kept, Values used, Years years, Values copy, byte year, string path, long line)
    {
        for (int field = SexField; field <= UpnField; field++)
        {
            if (Text(copy, field) is { } lost && Text(used, field) is { } value && lost != value)
            {
                var (usedPath, usedLine) = LocationOf(kept, field, value, years.Of(field));
                // The field is named before each value, so that a pseudonymised account withholds both dates of birth.
                findings.Add(ValidationFinding.Warn(ValidationRules.SupersededByLaterReturn, path, line, FieldNames[field], lost,
                    $"Header {FieldNames[field]} {lost} in {ReturnPrecedence.Describe(year)} is superseded by {FieldNames[field]} {value} in "
                    + $"{ReturnPrecedence.Describe(years.Of(field))} ({usedPath} line {usedLine})", _children.Id(_order[kept]).Value));
            }
        }
    }

    private (Values Values, Years Years) Used(int kept) => Used(kept, out _);

    private (Values Values, Years Years) Used(int kept, out bool merged) =>
        ((merged = _merged.TryGetValue(kept, out var values)) ? values : _rows[kept].Values, _years[kept]);

    // Each field: an empty value is filled; an equal one confirms (its year the later of the two, so that an earlier
    // return read after a later one cannot replace it); a differing one is replaced when the incoming return is the
    // later (a conflict, undecidable by year, was rejected before this). Values are kept apart from the first row's
    // only where they differ from it, so that the many children whose copies only confirm cost no entry.
    private void Reconcile(int kept, Values used, Years years, Values incoming, bool merged)
    {
        bool differs = false;
        (T Value, byte Year) Pick<T>(T usedValue, byte usedYear, T value, bool usedFilled, bool filled)
        {
            var picked = ReturnPrecedence.Pick(usedValue, usedYear, usedFilled, value, _rowYear, filled);
            differs |= picked.Differs;
            return (picked.Value, picked.Year);
        }
        var sex = Pick(used.Sex, years.Sex, incoming.Sex, true, true);
        var dob = Pick(used.Dob, years.Dob, incoming.Dob, true, true);
        var ethnic = Pick(used.Ethnic, years.Ethnic, incoming.Ethnic, used.Ethnic is not null, incoming.Ethnic is not null);
        var upn = Pick(used.Upn, years.Upn, incoming.Upn, used.Upn is not null, incoming.Upn is not null);
        var values = new Values(sex.Value, dob.Value, ethnic.Value, upn.Value);
        if (values != _rows[kept].Values)
        {
            _merged[kept] = values;
        }
        else if (merged)
        {
            _merged.Remove(kept);
        }
        _years[kept] = new Years(sex.Year, dob.Year, ethnic.Year, upn.Year);
        if (differs)
        {
            _differing.Add(kept);
        }
    }

    /// <summary>Where the value used of <paramref name="field"/> was read: the first copy of its year that has it.</summary>
    private (string Path, long Line) LocationOf(int kept, int field, string value, byte year)
    {
        (string Path, long Line)? found = null;
        var first = _rows[kept];
        if (first.Year == year && Text(first.Values, field) == value)
        {
            return (first.Path, first.Line);
        }
        // The chain runs from the last copy back, so the last match is the first read.
        for (int c = _lastCopy[kept]; c >= 0; c = _copies[c].Next)
        {
            if (_copies[c].Year == year && Text(_copies[c].Values, field) == value)
            {
                found = (_copies[c].Path, _copies[c].Line);
            }
        }
        return found ?? (first.Path, first.Line);
    }

    private static string? Text(Values values, int field) => field switch
    {
        SexField => values.Sex.ToString(),
        DobField => Dmy(values.Dob),
        EthnicField => values.Ethnic,
        _ => values.Upn,
    };

    /// <summary>The date of birth of <paramref name="child"/> from the Header table, when it has a row.</summary>
    public LocalDate? BirthOf(ChildId child)
    {
        int number = _children.Find(child);
        return number >= 0 && number < _row.Length && _row[number] >= 0 ? DayNumbers.ToDate(Used(_row[number]).Values.Dob) : null;
    }

    public IEnumerable<Child> Children() => _order.Select(c =>
    {
        var k = Used(_row[c]).Values;
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

    private static string Dmy(int day) => DayNumbers.ToDate(day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
