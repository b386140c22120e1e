namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>The rules on one missing or away-from-placement period (the Missing table's row) on its own.</summary>
internal static class MissingChecks
{
    private static RowCheck Period(string code, Func<Ssda903RuleTable, CollectionYear, Func<int, bool>> breaks) =>
        new(code, "Missing", (tables, year) => breaks(tables.Missing, year));

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 564: a period with MISSING given has a start date.
        Period("564", (m, _) => { var kind = m.Column("MISSING"); var start = m.Column("MIS_START"); return i => kind[i] is not null && start[i] is null; }),
        // 565: a period with a start date says whether the child was missing or away (MISSING).
        Period("565", (m, _) => { var kind = m.Column("MISSING"); var start = m.Column("MIS_START"); return i => start[i] is not null && kind[i] is null; }),
        // 566: a period with an end date says whether the child was missing or away.
        Period("566", (m, _) => { var kind = m.Column("MISSING"); var end = m.Column("MIS_END"); return i => end[i] is not null && kind[i] is null; }),
        // 570: a period does not start after the end of the collection year.
        Period("570", (m, year) => { var start = m.Column("MIS_START").Days; int last = Ssda903Dates.End(year); return i => Ssda903Dates.IsDate(start[i]) && start[i] > last; }),
        // 571: a period's end date lies in the collection year.
        Period("571", (m, year) =>
        {
            var end = m.Column("MIS_END").Days;
            int first = Ssda903Dates.Start(year), last = Ssda903Dates.End(year);
            return i => Ssda903Dates.IsDate(end[i]) && (end[i] < first || end[i] > last);
        }),
        // 586: a period does not start before the child's date of birth (the Missing row's own DOB).
        Period("586", (m, _) =>
        {
            var start = m.Column("MIS_START").Days;
            var dob = m.Column("DOB").Days;
            return i => Ssda903Dates.IsDate(start[i]) && Ssda903Dates.IsDate(dob[i]) && start[i] < dob[i];
        }),
        new MissingOverlap(),
    ];
}

/// <summary>
/// 574: a missing period does not start while the child's previous period is still open (no end, or an end after this
/// start). Periods are read in order of start; the period that starts inside another is the one flagged.
/// </summary>
/// <remarks>
/// The councils' validator orders a child's periods by end date and flags the later in that order, which for a period
/// lying wholly inside another flags the enclosing one (the one that started first); the DfE's message names the
/// period that starts while the previous is open, which is the enclosed one. See docs/conformance.md.
/// </remarks>
internal sealed class MissingOverlap() : Ssda903Check("574")
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var missing = context.Current.Missing;
        var order = missing.OrderBy("MIS_START");
        var start = missing.Column("MIS_START").Days;
        var end = missing.Column("MIS_END").Days;
        for (int c = 0; c < order.Children; c++)
        {
            var rows = order.Of(c);
            int openUntil = int.MinValue; // the latest end of the periods so far; MaxValue while one is open
            for (int k = 0; k < rows.Length; k++)
            {
                int s = start[rows[k]];
                if (!Ssda903Dates.IsDate(s))
                {
                    continue;
                }
                if (k > 0 && s < openUntil)
                {
                    Flag(context, missing, rows[k]);
                }
                int e = end[rows[k]];
                openUntil = Math.Max(openUntil, e == Ssda903Column.Blank ? int.MaxValue : Ssda903Dates.IsDate(e) ? e : openUntil);
            }
        }
    }
}
