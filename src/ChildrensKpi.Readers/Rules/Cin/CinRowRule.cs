using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A rule that looks at one row at a time (with what the row's child and CINdetails block hold): one linear pass over
/// its table, flagging each row for which <c>breaks</c> holds, with the value <c>value</c> names.
/// </summary>
internal sealed class CinRowRule<TRow> : CinCheck
    where TRow : ICinRow
{
    private readonly Func<CinReturnTables, ImmutableArray<TRow>> _rows;
    private readonly Func<CinRuleScope, TRow, bool> _breaks;
    private readonly Func<TRow, string?> _value;

    public CinRowRule(string code, Func<CinReturnTables, ImmutableArray<TRow>> rows, Func<CinRuleScope, TRow, bool> breaks, Func<TRow, string?> value)
        : base(code)
    {
        _rows = rows;
        _breaks = breaks;
        _value = value;
    }

    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var scope = new CinRuleScope(context.Current, CensusYear(context));
        foreach (var row in _rows(context.Current))
        {
            if (_breaks(scope, row))
            {
                Flag(context, row, _value(row));
            }
        }
    }
}
