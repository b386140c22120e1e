namespace ChildrensKpi;

/// <summary>
/// The counts of a report withheld as well so that none withheld can be worked out from the others published with it:
/// each indicator's numerators, and its denominators, over the year and its series (<see cref="DifferencingControl"/>).
/// </summary>
internal static class ReportDifferencing
{
    /// <summary>For each result (by reference) that needs it, whether its numerator and its denominator are withheld as well.</summary>
    public static Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> Secondary(IEnumerable<IndicatorResult> results, int threshold)
    {
        var secondary = new Dictionary<IndicatorResult, (bool, bool)>(ReferenceEqualityComparer.Instance);
        if (threshold <= 0)
        {
            return secondary;
        }
        foreach (var group in results.GroupBy(r => r.Definition.Id, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var unit = members[0].Definition.Unit;
            var shown = members.Select(r => Disclosure.Apply(r, threshold)).ToList();
            if (unit is IndicatorUnit.Percent or IndicatorUnit.Per10000)
            {
                var counts = members.Select((r, i) => Count(r, r.Numerator, shown[i].NumeratorSuppressed)).ToList();
                foreach (int i in DifferencingControl.Secondary(counts))
                {
                    secondary[members[i]] = (true, secondary.GetValueOrDefault(members[i]).Item2);
                }
            }
            if (unit is IndicatorUnit.Percent or IndicatorUnit.Days)
            {
                var counts = members.Select((r, i) => Count(r, r.Denominator, shown[i].DenominatorSuppressed)).ToList();
                foreach (int i in DifferencingControl.Secondary(counts))
                {
                    secondary[members[i]] = (secondary.GetValueOrDefault(members[i]).Item1, true);
                }
            }
        }
        return secondary;
    }

    // What a reader knows of a withheld count is that it is at least 0: every withheld count is given the same reason
    // (Disclosure.Withheld), so a small one is not told from one withheld as well.
    private static DifferencingControl.Count Count(IndicatorResult result, decimal value, bool withheld)
    {
        var period = result.Period;
        bool wholeMonths = period.Start.Day == 1 && period.End.PlusDays(1).Day == 1;
        int first = wholeMonths ? period.Start.Year * 12 + period.Start.Month - 1 : -1;
        int last = wholeMonths ? period.End.Year * 12 + period.End.Month - 1 : -1;
        return new DifferencingControl.Count(first, last, value, withheld, 0, decimal.MaxValue);
    }
}
