using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Missing rows: one per CHILD and MIS_START, validated and merged across files, a later return's MISSING or MIS_END
/// superseding an earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class MissingSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private readonly MergedRecords<(ChildId, LocalDate)> _episodes = new(["MISSING", "MIS_END"],
        static k => $"Missing row CHILD {k.Item1} MIS_START {MergedCopy.Display(k.Item2)}", static k => k.Item1, Ssda903Codes.Written);
    private int _child, _dob, _kind, _start, _end;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _codes = year.Codes;
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _kind = columns["MISSING"];
        _start = columns["MIS_START"];
        _end = columns["MIS_END"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryCode(_kind, _codes.MissingKind, out var kind, out rejection)
            || !row.TryDate(_start, out var start, out rejection)
            || !row.TryOptionalDate(_end, out var end, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (Rules.Ssda903.EndBeforeStartRule.Breaks(start, end))
        {
            return RowVerdict.Rejected(Rules.Ssda903.EndBeforeStartRule.Missing.Reject(row, _end));
        }
        return _episodes.Add(row, _return, (child, start), [Boxes.Of<MissingKind>(kind), Boxes.Of(end)], [_kind, _end]);
    }

    /// <summary>Every Missing value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _episodes.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<MissingEpisode> Episodes() => _episodes.Select((key, f) =>
        new MissingEpisode(key.Item1, (MissingKind)f[0]!, key.Item2, (LocalDate?)f[1]));
}
