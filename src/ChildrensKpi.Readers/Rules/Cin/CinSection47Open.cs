namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 8740: an enquiry that had not held its initial conference by the end of the census year (no date, or a date after
/// the reference date) and for which no conference was said not to be required (ICPCnotRequired not true) must have
/// started within the census year; one that started before it, or after it, is flagged. A start date missing or not a
/// date is 8615's.
/// </summary>
internal sealed class CinSection47Open(string code) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        if (!tables.HasPeriod)
        {
            return;
        }
        foreach (var e in tables.Section47)
        {
            bool heldByEnd = e.DateOfInitialCpc.IsDate && e.DateOfInitialCpc.Day <= tables.PeriodEnd;
            if (!heldByEnd && !CinFlags.IsTrue(e.IcpcNotRequired) && e.StartDate.IsDate && !tables.InPeriod(e.StartDate.Day))
            {
                Flag(context, e, e.StartDate.Text);
            }
        }
    }
}
