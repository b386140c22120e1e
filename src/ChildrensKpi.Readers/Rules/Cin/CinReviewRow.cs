namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// One review of a child protection plan: a <c>CPPreviewDate</c> of a <c>Reviews</c> block (path
/// <c>.../Reviews[m]/CPPreviewDate[k]</c>), or a <c>Reviews</c> block with no date at all (path <c>.../Reviews[m]</c>,
/// <see cref="ReviewDate"/> absent), so that a review with a missing date is a row the rules can flag.
/// </summary>
internal sealed record CinReviewRow(int Child, int Details, int Plan, string Path, long Line, CinDay ReviewDate) : ICinRow
{
    public string Table => "Reviews";
}
