using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// PlacedAdoption rows: one per CHILD and DATE_PLACED, validated and merged across files, a later return's
/// DATE_PLACED_CEASED or REASON_PLACED_CEASED superseding an earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class PlacedAdoptionSink(FileYear year) : ITableSink
{
    private readonly MergedRecords<(ChildId, LocalDate)> _placements = new(["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
        static k => $"PlacedAdoption row CHILD {k.Item1} DATE_PLACED {MergedCopy.Display(k.Item2)}", static k => k.Item1);
    private int _child, _dob, _placed, _ceased, _reason;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
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
        if (Rules.Ssda903.EndBeforeStartRule.Breaks(placed, ceased))
        {
            return RowVerdict.Rejected(Rules.Ssda903.EndBeforeStartRule.PlacedAdoption.Reject(row, _ceased));
        }
        return _placements.Add(row, _return, (child, placed), [Boxes.Of(ceased), row.OptionalText(_reason)?.ToUpperInvariant()], [_ceased, _reason]);
    }

    /// <summary>Every PlacedAdoption value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _placements.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<PlacementForAdoption> Placements() => _placements.Select((key, f) =>
        new PlacementForAdoption(key.Item1, key.Item2, (LocalDate?)f[0], (string?)f[1]));
}
