using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>DoLo rows (deprivation of liberty orders, from 2026-27): one per CHILD and DOLO_START, validated and merged across files.</summary>
internal sealed class DeprivationOfLibertySink : ITableSink
{
    private readonly MergedRecords<(ChildId, LocalDate)> _orders = new();
    private int _child, _dob, _start, _end;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
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
        if (end < start)
        {
            return RowVerdict.Rejected(row.Reject(_end, "DOLO_END must not be before DOLO_START"));
        }
        return _orders.Add(row, (child, start), [end], [_end], $"DoLo row CHILD {child} DOLO_START {row.Cell(_start)}");
    }

    public IEnumerable<DeprivationOfLibertyOrder> Orders() => _orders.Select((key, f) => new DeprivationOfLibertyOrder(key.Item1, key.Item2, (LocalDate?)f[0]));
}
