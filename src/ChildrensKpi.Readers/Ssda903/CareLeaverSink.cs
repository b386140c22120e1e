using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// OC3 rows: validated and merged across files by CHILD, a later return's value superseding an earlier's (the
/// 2007-08 return's IN_TOUCH replacing the 2006-07 return's, <see cref="MergedRecords{TKey}"/>). OC3 carries no date, so
/// one row per young person is assumed across all files (as in the 2006-07 return, which asked only at the 19th
/// birthday).
/// </summary>
internal sealed class CareLeaverSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private const int DobField = 0, InTouchField = 1, ActivField = 2, AccomField = 3;

    private readonly MergedRecords<ChildId> _leavers = new(["DOB", "IN_TOUCH", "ACTIV", "ACCOM"], static c => $"OC3 row CHILD {c}", static c => c, Ssda903Codes.Written);
    private int _child, _dob, _inTouch, _activ, _accom;
    private int[] _columns = [];
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = year.Codes;
        _return = ReturnPrecedence.Of(year.Return);
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _inTouch = columns["IN_TOUCH"];
        _activ = columns["ACTIV"];
        _accom = columns["ACCOM"];
        _columns = [_dob, _inTouch, _activ, _accom];
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
            return RowVerdict.Rejected(row.Invalid(_accom, "ACCOM must be a letter followed by 1 (suitable) or 2 (unsuitable), e.g. U1, or 0 or empty"));
        }
        object?[] fields = [Boxes.Of(dob), Boxes.Of<InTouch>(inTouch), Boxes.Of(activity), accommodation.IsEmpty ? null : accommodation.ToString().ToUpperInvariant()];
        return _leavers.Add(row, _return, child, fields, _columns);
    }

    /// <summary>Every OC3 value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _leavers.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    /// <summary>
    /// Each young person's OC3 row: child, date of birth, and where the date of birth used was read (the latest return's
    /// copy that gave it), which decides the cohort: the same row whatever order the returns' files were read in.
    /// </summary>
    public IEnumerable<(ChildId Child, LocalDate Birth, string Path, long Line)> Records() =>
        _leavers.Records().Select(l =>
        {
            var (path, line) = _leavers.LocationOf(l.Record, DobField);
            return (l.Key, (LocalDate)l.Record.Fields[DobField]!, path, line);
        });

    public IEnumerable<CareLeaverOutcome> CareLeavers() => _leavers.Select((child, f) => new CareLeaverOutcome(
        child,
        (LocalDate)f[DobField]!,
        (InTouch)f[InTouchField]!,
        (CareLeaverActivity?)f[ActivField] ?? CareLeaverActivity.NoInformation,
        (string?)f[AccomField]));

    private static bool IsAccommodationCode(ReadOnlySpan<char> cell) =>
        cell.IsEmpty || cell is "0" || (cell.Length == 2 && char.IsAsciiLetter(cell[0]) && cell[1] is '1' or '2');
}
