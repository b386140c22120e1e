using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A rule on a nested row judged with its CINdetails block: each nested row that breaks it is flagged, and its block
/// once, as the councils' validator flags both tables.
/// </summary>
internal sealed class CinNestedRule<TRow>(string code, Func<CinReturnTables, ImmutableArray<TRow>> rows, Func<CinDetailsRow, Range> range,
    Func<CinDetailsRow, TRow, bool> breaks, Func<TRow, string?> value) : CinCheck(code)
    where TRow : ICinRow
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var all = rows(context.Current);
        foreach (var details in context.Current.Details)
        {
            bool any = false;
            foreach (var row in CinDetailsRules.Rows(all, range(details)))
            {
                if (breaks(details, row))
                {
                    Flag(context, row, value(row));
                    any = true;
                }
            }
            if (any)
            {
                Flag(context, details, details.ReferralDate.Text);
            }
        }
    }
}
