namespace ChildrensKpi.Benchmarks.Baselines;

/// <summary>One SSDA903 episode as a typical application holds it: a class with strings and <see cref="DateTime"/>s.</summary>
public sealed class EpisodeRow
{
    public required string Child { get; init; }
    public DateTime Start { get; init; }
    public DateTime? End { get; init; }
    public required string Rne { get; init; }
    public required string Ls { get; init; }
    public required string Place { get; init; }
}

public sealed class ChildRow
{
    public required string Child { get; init; }
    public DateTime DateOfBirth { get; init; }
}

public sealed class CareLeaverRow
{
    public required string Child { get; init; }
    public DateTime DateOfBirth { get; init; }
    public required string InTouch { get; init; }
    public required string Activity { get; init; }
    public string? Accommodation { get; init; }
}

public sealed class AssessmentRow
{
    public required string Child { get; init; }
    public DateTime Referral { get; init; }
    public required string Type { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Authorised { get; init; }
}

/// <summary>
/// The baseline: the headline suite as a developer would typically write it — classes, <see cref="DateTime"/>,
/// <c>GroupBy</c>, lists of periods and placements per child, working days counted day by day — with the same readings
/// as the library (so the figures agree), and none of its engineering.
/// </summary>
public sealed class NaiveLinqSuite(List<EpisodeRow> episodes, List<ChildRow> children, List<CareLeaverRow> careLeavers, List<AssessmentRow> assessments)
{
    private static readonly HashSet<DateTime> BankHolidayDates =
        [.. Enumerable.Range(1990, 51).SelectMany(y => ChildrensKpi.BankHolidays.InYear(y)).Select(d => d.ToDateTimeUnspecified())];

    private sealed class PeriodOfCare
    {
        public List<List<EpisodeRow>> Placements { get; } = [];
        public List<EpisodeRow> Episodes { get; } = [];
        public DateTime Start => Episodes[0].Start;
        public DateTime? End => Episodes[^1].End;
        public bool StartsBeforeData => Episodes[0].Rne != "S";
        public bool IsOpenOn(DateTime d) => Start <= d && (End == null || End > d);
    }

    public Dictionary<string, (int Numerator, int Denominator)> Compute(DateTime start, DateTime end, int initialDays, int coreDays, int singleDays)
    {
        var results = new Dictionary<string, (int, int)>();
        var histories = episodes
            .Where(e => e.Ls != "V3" && e.Ls != "V4")
            .GroupBy(e => e.Child)
            .ToDictionary(g => g.Key, g => BuildPeriods(g.OrderBy(e => e.Start).ToList()));
        var dobs = children.ToDictionary(c => c.Child, c => c.DateOfBirth);
        var leavers = careLeavers.ToDictionary(c => c.Child);

        // NI62
        var lookedAfterAtEnd = histories.Where(h => h.Value.Any(p => p.IsOpenOn(end))).ToList();
        int ni62 = lookedAfterAtEnd.Count(h => h.Value
            .SelectMany(p => p.Placements)
            .Count(pl => !pl[0].Place.StartsWith('T') && pl[0].Start <= end && (pl[^1].End == null || pl[^1].End > start)) >= 3);
        results["NI62"] = (ni62, lookedAfterAtEnd.Count);

        // NI63
        int ni63Numerator = 0, ni63Denominator = 0;
        foreach (var (child, periods) in lookedAfterAtEnd)
        {
            DateTime? dob = dobs.TryGetValue(child, out var d) ? d : leavers.TryGetValue(child, out var l) ? l.DateOfBirth : null;
            if (dob == null || dob > end || dob.Value.AddYears(16) <= end)
            {
                continue;
            }
            var current = periods.First(p => p.IsOpenOn(end));
            if (current.Start > end.AddMonths(-30))
            {
                continue;
            }
            ni63Denominator++;
            int index = current.Placements.FindLastIndex(pl => pl[0].Start <= end && (pl[^1].End == null || pl[^1].End > end));
            index = index < 0 ? 0 : index;
            // In a temporary placement on the day: in the placement before it.
            if (index > 0 && current.Placements[index][0].Place.StartsWith('T'))
            {
                index--;
            }
            var placement = current.Placements[index];
            var typeAtEnd = placement.LastOrDefault(e => e.Start <= end && !e.Place.StartsWith('T'))?.Place ?? placement[0].Place;
            // The placement before skips temporary ones.
            int before = index - 1;
            while (before >= 0 && current.Placements[before][0].Place.StartsWith('T'))
            {
                before--;
            }
            if (placement[0].Start <= end.AddYears(-2)
                || (typeAtEnd.StartsWith('A') && before >= 0 && current.Placements[before][0].Start <= end.AddYears(-2)))
            {
                ni63Numerator++;
            }
        }
        results["NI63"] = (ni63Numerator, ni63Denominator);

        // NI147, NI148
        var everyone = histories.Keys.Union(episodes.Select(e => e.Child)).Union(dobs.Keys).Union(leavers.Keys).Distinct();
        var cohort = everyone
            .Select(c => new { Child = c, Dob = dobs.TryGetValue(c, out var d) ? d : leavers.TryGetValue(c, out var l) ? l.DateOfBirth : (DateTime?)null, Leaver = leavers.GetValueOrDefault(c) })
            .Where(x => x.Dob != null && x.Dob.Value.AddYears(19) >= start && x.Dob.Value.AddYears(19) <= end)
            .Where(x => x.Leaver?.InTouch != "DIED")
            .Where(x => x.Leaver != null || (histories.TryGetValue(x.Child, out var h) && h.Any(p => p.IsOpenOn(AprilAt16(x.Dob!.Value)))))
            .ToList();
        var inTouch = cohort.Where(x => x.Leaver != null && (x.Leaver.InTouch is "YES" or "NREQ" or "RHOM")).ToList();
        results["NI147"] = (inTouch.Count(x => x.Leaver!.Accommodation is { Length: 2 } a && a[1] == '1'), cohort.Count);
        results["NI148"] = (inTouch.Count(x => x.Leaver!.Activity.Length == 2 && x.Leaver.Activity[0] is 'F' or 'P'), cohort.Count);

        // NI59, NI60, CIN45
        foreach (var (id, type, days, fromReferral) in new[] { ("NI59", "Initial", initialDays, true), ("NI60", "Core", coreDays, false), ("CIN45", "Single", singleDays, true) })
        {
            var timed = assessments
                .Where(a => a.Type == type && a.Authorised != null && a.Authorised >= start && a.Authorised <= end && a.Authorised >= a.Referral)
                .Select(a => new { Clock = fromReferral ? a.Referral : a.Start, a.Authorised })
                .Where(a => a.Clock != null && a.Authorised >= a.Clock && a.Clock.Value.Year >= 1990 && a.Authorised!.Value.Year <= 2040)
                .ToList();
            results[id] = (timed.Count(a => WorkingDays(a.Clock!.Value, a.Authorised!.Value) <= days), timed.Count);
        }
        return results;
    }

    private static DateTime AprilAt16(DateTime dob)
    {
        var sixteenth = dob.AddYears(16);
        var april = new DateTime(sixteenth.Year, 4, 1);
        return april >= sixteenth ? april : april.AddYears(1);
    }

    private static int WorkingDays(DateTime from, DateTime to)
    {
        int days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday && !BankHolidayDates.Contains(d))
            {
                days++;
            }
        }
        return days;
    }

    private static List<PeriodOfCare> BuildPeriods(List<EpisodeRow> sorted)
    {
        var periods = new List<PeriodOfCare>();
        PeriodOfCare? current = null;
        for (int i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            if (current == null || e.Rne == "S" || (sorted[i - 1].End != null && sorted[i - 1].End != e.Start))
            {
                current = new PeriodOfCare();
                periods.Add(current);
            }
            bool temporary = e.Place.StartsWith('T');
            var previous = current.Episodes.Count == 0 ? null : current.Episodes[^1];
            bool afterTemporary = previous != null && previous.Place.StartsWith('T');
            if (previous == null || (temporary ? !afterTemporary : afterTemporary || e.Rne is "S" or "P" or "B"))
            {
                current.Placements.Add([]);
            }
            current.Episodes.Add(e);
            current.Placements[^1].Add(e);
        }
        // A temporary placement (T0-T4) between two placements, the second with the PLACE the first ended with, is a break
        // within the first: the child went back. Joined up after the periods are built.
        foreach (var period in periods)
        {
            int i = 1;
            while (i + 1 < period.Placements.Count)
            {
                var (before, temporary, after) = (period.Placements[i - 1], period.Placements[i], period.Placements[i + 1]);
                if (temporary[0].Place.StartsWith('T') && !before[0].Place.StartsWith('T') && after[0].Place == before[^1].Place)
                {
                    before.AddRange(temporary);
                    before.AddRange(after);
                    period.Placements.RemoveRange(i, 2);
                }
                else
                {
                    i++;
                }
            }
        }
        return periods;
    }
}
