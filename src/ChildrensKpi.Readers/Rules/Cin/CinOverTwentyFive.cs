namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 8775Q: a child over 25 years old during an episode: the 25th birthday is before the episode's CINclosureDate, or
/// before the reference date for an episode still open (the DfE names PersonBirthDate and CINclosureDate: the age is the
/// child's in the episode, not today's). Each such CINdetails block is flagged, and the child's ChildIdentifiers once.
/// </summary>
internal sealed class CinOverTwentyFive() : CinCheck("8775Q")
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var t = context.Current;
        foreach (var child in t.Children)
        {
            if (!child.PersonBirthDate.IsDate)
            {
                continue;
            }
            int twentyFive = DayNumbers.PlusYears(child.PersonBirthDate.Day, 25);
            bool any = false;
            foreach (var d in CinDetailsRules.Rows(t.Details, child.FirstDetails..(child.FirstDetails + child.DetailsCount)))
            {
                int at = d.ClosureDate.IsDate ? d.ClosureDate.Day : t.PeriodEnd;
                if (at != DayNumbers.None && twentyFive < at)
                {
                    Flag(context, d, d.ClosureDate.Text);
                    any = true;
                }
            }
            if (any)
            {
                Flag(context, child, child.PersonBirthDate.Text);
            }
        }
    }
}
