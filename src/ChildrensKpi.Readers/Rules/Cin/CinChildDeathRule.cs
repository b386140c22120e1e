namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// The CINdetails rules read against the child's date of death, flagging the block and the child's ChildIdentifiers
/// (both tables, as the councils' validator does): 8555Q, a referral after the date of death; 8585Q, closed with RC2
/// (the child died) while the child has no date of death.
/// </summary>
internal sealed class CinChildDeathRule(string code) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        foreach (var child in tables.Children)
        {
            bool any = false;
            foreach (var details in CinDetailsRules.Rows(tables.Details, child.FirstDetails..(child.FirstDetails + child.DetailsCount)))
            {
                bool breaks = Code == "8555Q"
                    ? child.PersonDeathDate.IsDate && details.ReferralDate.IsDate && details.ReferralDate.Day > child.PersonDeathDate.Day
                    : details.ReasonForClosure == "RC2" && !child.PersonDeathDate.IsDate;
                if (breaks)
                {
                    Flag(context, details, Code == "8555Q" ? details.ReferralDate.Text : details.ReasonForClosure);
                    any = true;
                }
            }
            if (any)
            {
                Flag(context, child, child.PersonDeathDate.Text);
            }
        }
    }
}
