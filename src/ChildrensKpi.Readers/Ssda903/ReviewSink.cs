using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Reviews rows: one review per CHILD and REVIEW date, validated and merged across files, a later return's REVIEW_CODE
/// superseding an earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class ReviewSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private readonly MergedRecords<(ChildId, LocalDate)> _reviews = new(["REVIEW_CODE"],
        static k => $"review CHILD {k.Item1} REVIEW {MergedCopy.Display(k.Item2)}", static k => k.Item1);
    private int _child, _dob, _review, _code;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _codes = year.Codes;
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _review = columns["REVIEW"];
        _code = columns["REVIEW_CODE"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryDate(_review, out var date, out rejection)
            || !row.TryCode(_code, _codes.ReviewParticipation, out var participation, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        return _reviews.Add(row, _return, (child, date), [Boxes.Of<ReviewParticipation>(participation)], [_code]);
    }

    /// <summary>Every REVIEW_CODE a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _reviews.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<Review> Reviews() => _reviews.Select((key, fields) => new Review(key.Item1, key.Item2, (ReviewParticipation)fields[0]!));
}
