namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A child's open CIN episodes (a CINdetails block with no closure date) that are not referrals with no further
/// action. 8815: more than one of them, and each is flagged. 8816: one that is not the child's latest episode (another
/// block has a later referral date), flagged.
/// </summary>
internal sealed class CinOpenEpisodes(string code) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        foreach (var child in tables.Children)
        {
            var blocks = CinDetailsRules.Rows(tables.Details, child.FirstDetails..(child.FirstDetails + child.DetailsCount)).ToList();
            var open = blocks.Where(d => d.ClosureDate.IsMissing && !d.IsNfa).ToList();
            if (Code == "8815")
            {
                if (open.Count > 1)
                {
                    open.ForEach(d => Flag(context, d, d.ReferralDate.Text));
                }
                continue;
            }
            int latest = blocks.Where(d => d.ReferralDate.IsDate).Select(d => d.ReferralDate.Day).DefaultIfEmpty(DayNumbers.None).Max();
            foreach (var d in open.Where(d => d.ReferralDate.IsDate && d.ReferralDate.Day < latest))
            {
                Flag(context, d, d.ReferralDate.Text);
            }
        }
    }
}
