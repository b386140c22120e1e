using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// The "cannot be before the referral date" family (1103 assessment start, 1104 initial conference of a Section 47,
/// 1105 plan start, 2889 Section 47 start, 4015 CIN plan start): a nested row whose date is before its own CINdetails
/// block's CINreferralDate. The nested row and its CINdetails block are both flagged, once each, as the councils'
/// validator flags both tables. A date that is missing or not a date breaks nothing (another rule catches it).
/// </summary>
internal sealed class CinBeforeReferral<TRow> : CinCheck
    where TRow : ICinRow
{
    private readonly Func<CinReturnTables, ImmutableArray<TRow>> _rows;
    private readonly Func<CinDetailsRow, Range> _range;
    private readonly Func<TRow, CinDay> _date;

    public CinBeforeReferral(string code, Func<CinReturnTables, ImmutableArray<TRow>> rows, Func<CinDetailsRow, Range> range, Func<TRow, CinDay> date)
        : base(code)
    {
        _rows = rows;
        _range = range;
        _date = date;
    }

    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var rows = _rows(context.Current);
        foreach (var details in context.Current.Details)
        {
            if (!details.ReferralDate.IsDate)
            {
                continue;
            }
            bool any = false;
            var (offset, length) = _range(details).GetOffsetAndLength(rows.Length);
            for (int i = offset; i < offset + length; i++)
            {
                var date = _date(rows[i]);
                if (date.IsDate && date.Day < details.ReferralDate.Day)
                {
                    Flag(context, rows[i], date.Text, $"{date.Text} is before the referral date {details.ReferralDate.Text}");
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
