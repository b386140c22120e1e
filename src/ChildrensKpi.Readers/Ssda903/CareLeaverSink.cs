using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// OC3 rows: validated and merged across files by CHILD. OC3 carries no date, so one row per young person is
/// assumed across all files (as in the 2006-07 return, which asked only at the 19th birthday).
/// </summary>
internal sealed class CareLeaverSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private const int DobField = 0, InTouchField = 1, ActivField = 2, AccomField = 3;

    private readonly Dictionary<ChildId, MergedCopy> _leavers = [];
    private int _child, _dob, _inTouch, _activ, _accom;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = year.Codes;
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _inTouch = columns["IN_TOUCH"];
        _activ = columns["ACTIV"];
        _accom = columns["ACCOM"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryDate(_dob, out var dob, out rejection)
            || !row.TryCode(_inTouch, _codes.InTouch, out var inTouch, out rejection)
            || !row.TryOptionalCode(_activ, _codes.Activity, out var activity, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        var accommodation = row.Cell(_accom);
        if (!IsAccommodationCode(accommodation))
        {
            return RowVerdict.Rejected(row.Reject(_accom, "ACCOM must be a letter followed by 1 (suitable) or 2 (unsuitable), e.g. U1, or 0 or empty"));
        }
        object?[] fields = [dob, inTouch, activity, accommodation.IsEmpty ? null : accommodation.ToString().ToUpperInvariant()];
        if (_leavers.TryGetValue(child, out var kept))
        {
            int conflict = kept.Merge(fields);
            if (conflict >= 0)
            {
                int column = conflict switch { DobField => _dob, InTouchField => _inTouch, ActivField => _activ, _ => _accom };
                return RowVerdict.Rejected(kept.Conflict(row, column, $"OC3 row CHILD {child}", conflict) with { ChildId = child.Value });
            }
        }
        else
        {
            _leavers.Add(child, new MergedCopy(fields, row.Path, row.Line));
        }
        return RowVerdict.Used;
    }

    /// <summary>Each young person's OC3 row: child, date of birth, and where the row was read.</summary>
    public IEnumerable<(ChildId Child, LocalDate Birth, MergedCopy Copy)> Records() =>
        _leavers.Select(l => (l.Key, (LocalDate)l.Value.Fields[DobField]!, l.Value));

    public IEnumerable<CareLeaverOutcome> CareLeavers() => _leavers.Select(l => new CareLeaverOutcome(
        l.Key,
        (LocalDate)l.Value.Fields[DobField]!,
        (InTouch)l.Value.Fields[InTouchField]!,
        (CareLeaverActivity?)l.Value.Fields[ActivField] ?? CareLeaverActivity.NoInformation,
        (string?)l.Value.Fields[AccomField]));

    private static bool IsAccommodationCode(ReadOnlySpan<char> cell) =>
        cell.IsEmpty || cell is "0" || (cell.Length == 2 && char.IsAsciiLetter(cell[0]) && cell[1] is '1' or '2');
}
