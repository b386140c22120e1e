using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>PlacedAdoption rows: one per CHILD and DATE_PLACED, validated and merged across files.</summary>
internal sealed class PlacedAdoptionSink : ITableSink
{
    private readonly MergedRecords<(ChildId, LocalDate)> _placements = new();
    private int _child, _dob, _placed, _ceased, _reason;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _placed = columns["DATE_PLACED"];
        _ceased = columns["DATE_PLACED_CEASED"];
        _reason = columns["REASON_PLACED_CEASED"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryDate(_placed, out var placed, out rejection)
            || !row.TryOptionalDate(_ceased, out var ceased, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (ceased < placed)
        {
            return RowVerdict.Rejected(row.Reject(_ceased, "DATE_PLACED_CEASED must not be before DATE_PLACED"));
        }
        return _placements.Add(row, (child, placed), [ceased, row.OptionalText(_reason)?.ToUpperInvariant()], [_ceased, _reason],
            $"PlacedAdoption row CHILD {child} DATE_PLACED {row.Cell(_placed)}");
    }

    public IEnumerable<PlacementForAdoption> Placements() => _placements.Select((key, f) =>
        new PlacementForAdoption(key.Item1, key.Item2, (LocalDate?)f[0], (string?)f[1]));
}
