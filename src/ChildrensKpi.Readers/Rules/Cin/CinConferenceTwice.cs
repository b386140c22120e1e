namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 2884: one initial child protection conference recorded at both levels, on a Section 47 enquiry and on a CINdetails
/// block of the same child: the same DateOfInitialCPC at both. Two different dates are two conferences (one per level
/// is allowed), so they are not flagged; the councils' validator reads it so too. The enquiry and the block are both
/// flagged.
/// </summary>
internal sealed class CinConferenceTwice() : CinCheck("2884")
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var t = context.Current;
        foreach (var child in t.Children)
        {
            var blocks = CinDetailsRules.Rows(t.Details, child.FirstDetails..(child.FirstDetails + child.DetailsCount)).ToList();
            var atDetails = blocks.Where(d => d.DateOfInitialCpc.IsDate).Select(d => d.DateOfInitialCpc.Day).ToHashSet();
            var atEnquiry = new HashSet<int>();
            foreach (var e in blocks.SelectMany(d => CinDetailsRules.Rows(t.Section47, d.Section47)))
            {
                if (e.DateOfInitialCpc.IsDate && atDetails.Contains(e.DateOfInitialCpc.Day))
                {
                    atEnquiry.Add(e.DateOfInitialCpc.Day);
                    Flag(context, e, e.DateOfInitialCpc.Text);
                }
            }
            foreach (var d in blocks.Where(d => d.DateOfInitialCpc.IsDate && atEnquiry.Contains(d.DateOfInitialCpc.Day)))
            {
                Flag(context, d, d.DateOfInitialCpc.Text);
            }
        }
    }
}
