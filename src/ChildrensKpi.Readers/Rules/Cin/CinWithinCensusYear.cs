using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// The "must fall within the census year" family: a date item of a table that, when present, must be within the census
/// period (the day after the reference date a year before, to the reference date, both included). The rules of the
/// family differ in two ways, both from their DfE messages: whether a missing (or unreadable) date breaks the rule
/// ("missing or out of data collection period": 4010, 8720, 8600) and whether only a date after the period breaks it
/// (8600 "after data collection period", 8520 "after data collection period"). Without a reference date nothing is
/// flagged: the census period is unknown, which 100 reports.
/// </summary>
internal sealed class CinWithinCensusYear<TRow> : CinCheck
    where TRow : ICinRow
{
    private readonly Func<CinReturnTables, ImmutableArray<TRow>> _rows;
    private readonly Func<TRow, CinDay> _date;
    private readonly bool _missingBreaks;
    private readonly bool _onlyAfter;
    private readonly Func<TRow, bool>? _applies;

    public CinWithinCensusYear(string code, Func<CinReturnTables, ImmutableArray<TRow>> rows, Func<TRow, CinDay> date,
        bool missingBreaks = false, bool onlyAfter = false, Func<TRow, bool>? applies = null)
        : base(code)
    {
        _rows = rows;
        _date = date;
        _missingBreaks = missingBreaks;
        _onlyAfter = onlyAfter;
        _applies = applies;
    }

    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        if (!tables.HasPeriod)
        {
            return;
        }
        foreach (var row in _rows(tables))
        {
            if (_applies is { } applies && !applies(row))
            {
                continue;
            }
            var date = _date(row);
            bool breaks = date.IsDate
                ? date.Day > tables.PeriodEnd || (!_onlyAfter && date.Day < tables.PeriodStart)
                : _missingBreaks;
            if (breaks)
            {
                Flag(context, row, date.Text, date.IsDate
                    ? $"{date.Text} is outside the census year {Iso(tables.PeriodStart)} to {Iso(tables.PeriodEnd)}"
                    : date.IsMissing ? "missing" : $"'{date.Text}' is not a date");
            }
        }
    }
}
