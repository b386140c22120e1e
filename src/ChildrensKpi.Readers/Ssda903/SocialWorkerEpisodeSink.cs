using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Social worker episodes rows (from 2023-24): one per CHILD and SW_DECOM, validated against the year's SW_REASON list and
/// merged across files, a later return's value superseding an earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class SocialWorkerEpisodeSink(FileYear year) : ITableSink
{
    private readonly MergedRecords<(ChildId, LocalDate)> _episodes = new(["SW_ID", "SW_DEC", "SW_REASON"],
        static k => $"social worker episode CHILD {k.Item1} SW_DECOM {MergedCopy.Display(k.Item2)}", static k => k.Item1);
    private Ssda903Codes _codes = null!;
    private int _child, _dob, _worker, _start, _end, _reason;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _codes = year.Codes;
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _worker = columns["SW_ID"];
        _start = columns["SW_DECOM"];
        _end = columns["SW_DEC"];
        _reason = columns["SW_REASON"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryChildId(_worker, out var worker, out rejection)
            || !row.TryDate(_start, out var start, out rejection)
            || !row.TryOptionalDate(_end, out var end, out rejection)
            || !row.TryOptionalCode(_reason, _codes.SocialWorkerChange, out var reason, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (end < start)
        {
            return RowVerdict.Rejected(row.Reject(_end, "SW_DEC must not be before SW_DECOM"));
        }
        string? reasonCode = reason is { } r ? _codes.SocialWorkerChangeCodes[r] : null;
        return _episodes.Add(row, _return, (child, start), [worker.Value, Boxes.Of(end), reasonCode], [_worker, _end, _reason]);
    }

    /// <summary>Every social worker episode value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _episodes.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<SocialWorkerEpisode> Episodes() => _episodes.Select((key, f) =>
        new SocialWorkerEpisode(key.Item1, (string)f[0]!, key.Item2, (LocalDate?)f[1], (string?)f[2]));
}
