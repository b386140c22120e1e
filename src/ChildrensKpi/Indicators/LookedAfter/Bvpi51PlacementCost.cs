using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// BVPI 51 (PAF B8): cost of children looked after in foster and residential placements, per child per week.
/// </summary>
/// <remarks>
/// <para>Numerator: gross expenditure on foster and residential placements from the Finance input: the rows whose span
/// (PeriodStart..PeriodEnd) lies within the period, summed.</para>
/// <para>Denominator: child-weeks in those placements during the period: the days of the period on which a child was in
/// an episode (short breaks V3/V4 ignored) with PLACE foster (U1–U6, legacy F1–F6) or residential (K1, K2, R1), divided by 7.
/// A child is in an episode on a day D when DECOM ≤ D &lt; DEC, so the day a child leaves is not counted.</para>
/// <para>Readings: Finance rows overlapping the period without lying within it are not used and a note names them (no
/// pro-rating). When no Finance row lies within the period there is no value (the denominator is reported as 0 and a note
/// gives the child-weeks). Each child is explained with its days; no child is "in the numerator", which is money.
/// Notes give the cost per week of each service separately.</para>
/// </remarks>
internal sealed class Bvpi51PlacementCost : Indicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "BVPI51",
        ["PAF B8"],
        "Cost of children looked after per week",
        Polarity.Contextual,
        IndicatorUnit.Money,
        "Gross expenditure on foster and residential placements in the year (Finance input)",
        "Child-weeks in foster (U1–U6, F1–F6) and residential (K1, K2, R1) placements during the year (days / 7)",
        "Best Value Performance Indicator 51; PAF B8: gross expenditure per child per week.");

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Finance;

    private protected override IndicatorResult ComputeCore(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options)
    {
        var care = inputs.LookedAfter!.Care;
        var explanations = options.Explain ? ImmutableArray.CreateBuilder<ChildExplanation>(care.ChildCount) : null;
        long fosterDays = 0, residentialDays = 0;
        for (int c = 0; c < care.ChildCount; c++)
        {
            var child = care.Child(c);
            long foster = 0, residential = 0;
            foreach (var careperiod in child.Periods)
            {
                foreach (var episode in careperiod.Episodes)
                {
                    switch (episode.Placement.Family())
                    {
                        case PlacementFamily.Foster:
                            foster += DaysIn(episode, period);
                            break;
                        case PlacementFamily.Residential:
                            residential += DaysIn(episode, period);
                            break;
                    }
                }
            }
            fosterDays += foster;
            residentialDays += residential;
            explanations?.Add(foster + residential > 0
                ? new ChildExplanation(child.Id, true, false, $"{foster} days in foster and {residential} days in residential placements in the period")
                : new ChildExplanation(child.Id, false, false, "no day in a foster or residential placement in the period"));
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        decimal fosterSpend = 0, residentialSpend = 0;
        int rows = 0;
        foreach (var row in inputs.Finance)
        {
            if (row.PeriodStart >= period.Start && row.PeriodEnd <= period.End)
            {
                rows++;
                if (row.Service == PlacementService.Foster)
                {
                    fosterSpend += row.GrossExpenditure;
                }
                else
                {
                    residentialSpend += row.GrossExpenditure;
                }
            }
            else if (row.PeriodStart <= period.End && row.PeriodEnd >= period.Start)
            {
                notes.Add($"Finance row {LookedAfterRules.Iso(row.PeriodStart)}..{LookedAfterRules.Iso(row.PeriodEnd)} ({row.Service}) overlaps the period without lying within it: not used.");
            }
        }
        decimal childWeeks = (fosterDays + residentialDays) / 7m;
        if (rows == 0)
        {
            notes.Add($"No Finance row lies within {period}, so the expenditure is unknown and there is no value (child-weeks: {Number(childWeeks)}).");
            return new IndicatorResult(Definition, period, 0, 0, notes.ToImmutable(), explanations?.MoveToImmutable() ?? []);
        }
        notes.Add(ServiceNote("Foster", fosterSpend, fosterDays));
        notes.Add(ServiceNote("Residential", residentialSpend, residentialDays));
        if (childWeeks == 0)
        {
            notes.Add("No child was in a foster or residential placement in the period, so there is no value.");
        }
        return new IndicatorResult(Definition, period, fosterSpend + residentialSpend, childWeeks, notes.ToImmutable(), explanations?.MoveToImmutable() ?? []);
    }

    /// <summary>The days of <paramref name="period"/> on which the child was in <paramref name="episode"/>: DECOM ≤ D &lt; DEC.</summary>
    private static long DaysIn(EpisodeView episode, ReportingPeriod period)
    {
        var first = episode.Start > period.Start ? episode.Start : period.Start;
        var afterLast = episode.End is { } end && end <= period.End ? end : period.End.PlusDays(1);
        return afterLast > first ? Period.Between(first, afterLast, PeriodUnits.Days).Days : 0;
    }

    private static string ServiceNote(string service, decimal spend, long days) => days == 0
        ? $"{service}: £{Number(spend)} over no child-weeks."
        : $"{service}: £{Number(spend)} over {Number(days / 7m)} child-weeks ({days} days), £{(spend * 7m / days).ToString("0.00", CultureInfo.InvariantCulture)} per child per week.";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
