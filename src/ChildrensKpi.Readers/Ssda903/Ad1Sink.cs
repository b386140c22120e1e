using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// AD1 rows: one per adopted CHILD, validated and merged across files, a later return's dates superseding an earlier's
/// (<see cref="MergedRecords{TKey}"/>). The dates and FOSTER_CARE are kept.
/// </summary>
internal sealed class Ad1Sink(FileYear year) : ITableSink
{
    private readonly MergedRecords<ChildId> _decisions = new(["DATE_INT", "DATE_MATCH", "FOSTER_CARE"], static c => $"AD1 row CHILD {c}", static c => c, Ssda903Codes.Written);
    private int _child, _dob, _decision, _match, _fosterCare;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _decision = columns["DATE_INT"];
        _match = columns["DATE_MATCH"];
        _fosterCare = columns.GetValueOrDefault("FOSTER_CARE", -1);
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryOptionalDate(_decision, out var decision, out rejection)
            || !row.TryOptionalDate(_match, out var match, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (match < decision)
        {
            return RowVerdict.Rejected(row.Reject(_match, "DATE_MATCH must not be before DATE_INT"));
        }
        // FOSTER_CARE outside 0/1 is reported by DfE rule 114 (the validation report); here it is only not known, so that
        // the row's dates still count for NI 61 and the scorecard's A2.
        bool? byFosterCarers = row.Cell(_fosterCare) switch
        {
            "1" => true,
            "0" => false,
            _ => null,
        };
        return _decisions.Add(row, _return, child, [Boxes.Of(decision), Boxes.Of(match), Boxes.Of(byFosterCarers)], [_decision, _match, _fosterCare]);
    }

    /// <summary>Every AD1 value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _decisions.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<AdoptionDecision> Decisions() => _decisions.Select((child, f) => new AdoptionDecision(child, (LocalDate?)f[0], (LocalDate?)f[1]) { ByFosterCarers = (bool?)f[2] });
}
