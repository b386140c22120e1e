namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// 348: a care leaver reported last year as having died (OC3 IN_TOUCH DIED) is not reported this year as anything but
/// DIED. Flags this year's OC3 row; a row that repeats DIED restates the fact and is not flagged.
/// </summary>
internal sealed class DiedLastYearCheck() : Ssda903Check("348", DfeReference.PreviousReturn)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var oc3 = context.Current.Oc3;
        var child = oc3.Column("CHILD");
        var inTouch = oc3.Column("IN_TOUCH");
        var lastInTouch = context.Previous!.Oc3.Column("IN_TOUCH");
        var last = context.Previous.Oc3.RowsByChild;
        for (int i = 0; i < oc3.RowCount; i++)
        {
            if (inTouch[i] != "DIED" && child[i] is { } id && last.TryGetValue(id, out var rows) && rows.Any(j => lastInTouch[j] == "DIED"))
            {
                Flag(context, oc3, i);
            }
        }
    }
}
