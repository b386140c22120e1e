namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>One <c>ChildProtectionPlans</c> element of a CINdetails block, every item as written.</summary>
internal sealed record CinProtectionPlanRow(
    int Child,
    int Details,
    string Path,
    long Line,
    CinDay StartDate,
    CinDay EndDate,
    string? InitialCategoryOfAbuse,
    string? LatestCategoryOfAbuse,
    string? NumberOfPreviousCpp,
    Range Reviews) : ICinRow
{
    public string Table => "ChildProtectionPlans";
}
