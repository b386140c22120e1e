using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// DoLo rows (deprivation of liberty orders, from 2026-27): one per CHILD and DOLO_START, validated and merged across
/// files, a later return's DOLO_END superseding an earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class DeprivationOfLibertySink(FileYear year) : ITableSink
{
    private readonly MergedRecords<(ChildId, LocalDate)> _orders = new(["DOLO_END"],
        static k => $"DoLo row CHILD {k.Item1} DOLO_START {MergedCopy.Display(k.Item2)}", static k => k.Item1);
    private int _child, _dob, _start, _end;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _start = columns["DOLO_START"];
        _end = columns["DOLO_END"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryDate(_start, out var start, out rejection)
            || !row.TryOptionalDate(_end, out var end, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (Rules.Ssda903.EndBeforeStartRule.Breaks(start, end))
        {
            return RowVerdict.Rejected(Rules.Ssda903.EndBeforeStartRule.DeprivationOfLiberty.Reject(row, _end));
        }
        return _orders.Add(row, _return, (child, start), [Boxes.Of(end)], [_end]);
    }

    /// <summary>Every DOLO_END a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _orders.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<DeprivationOfLibertyOrder> Orders() => _orders.Select((key, f) => new DeprivationOfLibertyOrder(key.Item1, key.Item2, (LocalDate?)f[0]));
}
