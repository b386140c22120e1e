namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 8565: activity shown after a case was closed: within a CINdetails block with a closure date, a date of the DfE's
/// list after the closure date: the block's DateOfInitialCPC, an assessment's start or authorisation date, a Section 47
/// enquiry's start or conference date, a child protection plan's end date, a CIN plan's start or end date. Each row
/// holding such a date is flagged, and the block once (the councils' validator flags every table involved). A date on
/// the closure day is not after it.
/// </summary>
internal sealed class CinActivityAfterClosure() : CinCheck("8565")
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var t = context.Current;
        foreach (var d in t.Details)
        {
            if (!d.ClosureDate.IsDate)
            {
                continue;
            }
            int closed = d.ClosureDate.Day;
            bool After(CinDay day) => day.IsDate && day.Day > closed;
            bool any = After(d.DateOfInitialCpc);
            foreach (var a in CinDetailsRules.Rows(t.Assessments, d.Assessments).Where(a => After(a.StartDate) || After(a.AuthorisationDate)))
            {
                Flag(context, a, a.StartDate.Text);
                any = true;
            }
            foreach (var e in CinDetailsRules.Rows(t.Section47, d.Section47).Where(e => After(e.StartDate) || After(e.DateOfInitialCpc)))
            {
                Flag(context, e, e.StartDate.Text);
                any = true;
            }
            foreach (var p in CinDetailsRules.Rows(t.Plans, d.Plans).Where(p => After(p.EndDate)))
            {
                Flag(context, p, p.EndDate.Text);
                any = true;
            }
            foreach (var p in CinDetailsRules.Rows(t.PlanDates, d.PlanDates).Where(p => After(p.StartDate) || After(p.EndDate)))
            {
                Flag(context, p, p.StartDate.Text);
                any = true;
            }
            if (any)
            {
                Flag(context, d, d.ClosureDate.Text);
            }
        }
    }
}
