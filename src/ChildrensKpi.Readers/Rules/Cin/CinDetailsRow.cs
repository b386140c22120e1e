namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// One <c>CINdetails</c> block (a referral and its episode), every item as written, with the ranges of its nested rows
/// in the other tables (they are in document order, so a block's rows are consecutive).
/// </summary>
internal sealed record CinDetailsRow(
    int Child,
    int Index,
    string Path,
    long Line,
    CinDay ReferralDate,
    string? ReferralSource,
    string? PrimaryNeedCode,
    CinDay ClosureDate,
    string? ReasonForClosure,
    CinDay DateOfInitialCpc,
    string? ReferralNfa,
    Range Assessments,
    Range PlanDates,
    Range Section47,
    Range Plans) : ICinRow
{
    public string Table => "CINdetails";

    /// <summary>ReferralNFA is true (<c>true</c> or <c>1</c>, as <c>xs:boolean</c> writes it).</summary>
    public bool IsNfa => CinFlags.IsTrue(ReferralNfa);
}
