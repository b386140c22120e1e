using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>Reviews rows: one review per CHILD and REVIEW date, validated and merged across files.</summary>
internal sealed class ReviewSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private readonly MergedRecords<(ChildId, LocalDate)> _reviews = new();
    private int _child, _dob, _review, _code;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
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
        return _reviews.Add(row, (child, date), [participation], [_code], $"review CHILD {child} REVIEW {row.Cell(_review)}");
    }

    public IEnumerable<Review> Reviews() => _reviews.Select((key, fields) => new Review(key.Item1, key.Item2, (ReviewParticipation)fields[0]!));
}
