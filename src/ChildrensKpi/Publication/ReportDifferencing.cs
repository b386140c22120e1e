namespace ChildrensKpi;

/// <summary>
/// The counts of a report withheld as well so that none withheld can be worked out from the others published with it:
/// each indicator's numerators, and its denominators, over the year and its series, or over a breakdown's groups and
/// their total (<see cref="DifferencingControl"/>).
/// </summary>
internal static class ReportDifferencing
{
    /// <summary>For each result (by reference) that needs it, whether its numerator and its denominator are withheld as well.</summary>
    /// <param name="results">The year's results and every point of the series published with them.</param>
    /// <param name="threshold">The largest count withheld.</param>
    /// <param name="already">What of a result is withheld already beyond its own small counts (by <see cref="SharedFigures"/>).</param>
    public static Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> Secondary(IEnumerable<IndicatorResult> results, int threshold,
        Func<IndicatorResult, (bool Numerator, bool Denominator)> already)
    {
        var secondary = new Dictionary<IndicatorResult, (bool, bool)>(ReferenceEqualityComparer.Instance);
        if (threshold <= 0)
        {
            return secondary;
        }
        foreach (var group in results.GroupBy(r => r.Definition.Id, StringComparer.Ordinal))
        {
            var members = group.ToList();
            Add(secondary, members, [.. members.Select(Months)], threshold, already);
        }
        return secondary;
    }

    /// <summary>
    /// What of <paramref name="results"/> (the year's and its series') is withheld as well, against differencing over
    /// periods and across the indicators of a period (<see cref="SharedFigures"/>) together: each control is given what
    /// the other withholds, until neither withholds more (a year's count withheld to protect another indicator's would
    /// otherwise be given back by its months).
    /// </summary>
    public static Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> Secondary(IReadOnlyList<IndicatorResult> results, int threshold)
    {
        var secondary = new Dictionary<IndicatorResult, (bool Numerator, bool Denominator)>(ReferenceEqualityComparer.Instance);
        (bool, bool) Already(IndicatorResult r) => secondary.GetValueOrDefault(r);
        bool Merge(Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> more)
        {
            bool grew = false;
            foreach (var (result, (numerator, denominator)) in more)
            {
                var before = secondary.GetValueOrDefault(result);
                var after = (before.Numerator || numerator, before.Denominator || denominator);
                grew |= after != before;
                secondary[result] = after;
            }
            return grew;
        }
        // Each round only withholds more, and there are finitely many figures, so this ends; the bound is a guard.
        Merge(Secondary(results, threshold, Already));
        for (int round = 0; round < 2 * results.Count + 2 && Merge(SharedFigures.Secondary(results, threshold, Already)); round++)
        {
            Merge(Secondary(results, threshold, Already));
        }
        return secondary;
    }

    /// <summary>
    /// For a breakdown, whether each group's numerator and denominator are withheld as well: the groups add up to the
    /// <paramref name="total"/>, published beside them, as a year's months add up to it, so each group is a "month" of
    /// its own and the total the count of all of them.
    /// </summary>
    /// <param name="total">The result the groups add up to.</param>
    /// <param name="groups">The groups.</param>
    /// <param name="threshold">The largest count withheld.</param>
    /// <param name="totalSecondary">What of the total is withheld as well, beyond its own small counts (against its series).</param>
    public static Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> Secondary(IndicatorResult total, IReadOnlyList<IndicatorResult> groups, int threshold,
        (bool Numerator, bool Denominator) totalSecondary)
    {
        var secondary = new Dictionary<IndicatorResult, (bool, bool)>(ReferenceEqualityComparer.Instance);
        if (threshold <= 0 || groups.Count == 0)
        {
            return secondary;
        }
        List<IndicatorResult> members = [total, .. groups];
        Add(secondary, members, [(0, groups.Count - 1), .. groups.Select((_, i) => (i, i))], threshold,
            r => ReferenceEquals(r, total) ? totalSecondary : default);
        // The total is published with the indicator and cannot be withheld here: where the control would withhold it
        // (the other groups are 0, say), every group's count of that sum is withheld instead, so the total fixes none.
        if (secondary.Remove(total, out var whole))
        {
            foreach (var group in groups)
            {
                var (numerator, denominator) = secondary.GetValueOrDefault(group);
                secondary[group] = (numerator || whole.Item1, denominator || whole.Item2);
            }
        }
        return secondary;
    }

    /// <summary>Adds the secondary withholding of <paramref name="members"/>, one indicator's counts, each covering <paramref name="cells"/>' span;
    /// <paramref name="already"/> gives what of a member is withheld beyond its own small counts before this control.</summary>
    private static void Add(Dictionary<IndicatorResult, (bool, bool)> secondary, List<IndicatorResult> members, (int First, int Last)[] cells, int threshold,
        Func<IndicatorResult, (bool Numerator, bool Denominator)> already)
    {
        var unit = members[0].Definition.Unit;
        var shown = members.Select(r => { var (n, d) = already(r); return Disclosure.Apply(r, threshold, n, d); }).ToList();
        if (unit is IndicatorUnit.Percent or IndicatorUnit.Per10000)
        {
            var counts = members.Select((r, i) => Count(cells[i], r.Numerator, shown[i].NumeratorSuppressed)).ToList();
            foreach (int i in DifferencingControl.Secondary(counts))
            {
                secondary[members[i]] = (true, secondary.GetValueOrDefault(members[i]).Item2);
            }
        }
        if (unit is IndicatorUnit.Percent or IndicatorUnit.Days)
        {
            var counts = members.Select((r, i) => Count(cells[i], r.Denominator, shown[i].DenominatorSuppressed)).ToList();
            foreach (int i in DifferencingControl.Secondary(counts))
            {
                secondary[members[i]] = (secondary.GetValueOrDefault(members[i]).Item1, true);
            }
        }
    }

    /// <summary>The months a result covers (year × 12 + month − 1), or (-1, -1) when its period is not whole months.</summary>
    private static (int First, int Last) Months(IndicatorResult result)
    {
        var period = result.Period;
        bool wholeMonths = period.Start.Day == 1 && period.End.PlusDays(1).Day == 1;
        return wholeMonths ? (period.Start.Year * 12 + period.Start.Month - 1, period.End.Year * 12 + period.End.Month - 1) : (-1, -1);
    }

    // What a reader knows of a withheld count is that it is at least 0: every withheld count is given the same reason
    // (Disclosure.Withheld), so a small one is not told from one withheld as well.
    private static DifferencingControl.Count Count((int First, int Last) cell, decimal value, bool withheld) =>
        new(cell.First, cell.Last, value, withheld, 0, decimal.MaxValue);
}
