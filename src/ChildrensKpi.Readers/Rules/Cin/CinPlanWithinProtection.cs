namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A CIN plan and a child protection plan of the same CINdetails block open at the same time, by which starts within
/// which. 4016: the CIN plan starts while the protection plan is open (on or after its start and before its end, an
/// open plan never ending). 4017: the protection plan starts while the CIN plan is open. Both rows are flagged, as the
/// councils' validator flags both tables.
/// </summary>
internal sealed class CinPlanWithinProtection(string code) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        foreach (var details in tables.Details)
        {
            var protection = CinDetailsRules.Rows(tables.Plans, details.Plans).ToList();
            var flaggedProtection = new bool[protection.Count];
            foreach (var plan in CinDetailsRules.Rows(tables.PlanDates, details.PlanDates))
            {
                bool any = false;
                for (int i = 0; i < protection.Count; i++)
                {
                    var cpp = protection[i];
                    bool breaks = Code == "4016" ? Within(plan.StartDate, cpp.StartDate, cpp.EndDate) : Within(cpp.StartDate, plan.StartDate, plan.EndDate);
                    if (breaks)
                    {
                        flaggedProtection[i] = any = true;
                    }
                }
                if (any)
                {
                    Flag(context, plan, plan.StartDate.Text);
                }
            }
            for (int i = 0; i < protection.Count; i++)
            {
                if (flaggedProtection[i])
                {
                    Flag(context, protection[i], protection[i].StartDate.Text);
                }
            }
        }
    }

    private static bool Within(CinDay day, CinDay start, CinDay end) =>
        day.IsDate && start.IsDate && day.Day >= start.Day && (!end.IsDate || day.Day < end.Day);
}
