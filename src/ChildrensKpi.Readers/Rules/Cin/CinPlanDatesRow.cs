namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>One <c>CINPlanDates</c> element of a CINdetails block (the DfE's table <c>CINplanDates</c>).</summary>
internal sealed record CinPlanDatesRow(int Child, int Details, string Path, long Line, CinDay StartDate, CinDay EndDate) : ICinRow
{
    public string Table => "CINplanDates";
}
