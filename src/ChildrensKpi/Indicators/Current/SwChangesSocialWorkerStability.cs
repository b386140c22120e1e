using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// SWCHANGES: children looked after at 31 March who had 3 or more social workers in the year (social worker episodes
/// table, 2023-24 return on).
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Stability measures for children looked after in England</i> (2024, 2025) [S3], social worker
/// stability: "social workers are only counted once for each child during the year". Polarity: lower is better.</para>
/// <para>Denominator: children looked after at the period's end (V3/V4 ignored) with a social worker episode in the
/// year: <c>SW_DECOM</c> on or before the period's end and <c>SW_DEC</c> empty or after its start (a hand-over on 1
/// April does not count the old worker; from rules SW09 and SW10, <c>SW_DEC</c> is the hand-over day). Numerator: those
/// with 3 or more distinct <c>SW_ID</c> among those episodes; a return to an earlier worker is not another social
/// worker.</para>
/// <para>Readings: episodes while the child was not looked after count (the return covers the whole year, rule SW12);
/// IDs beginning XX count like any other. A child with no episode in the year is excluded, with the reason, as [S3]
/// does. The table is collected from 2023-24: a period starting before 1 April 2023 has no value.</para>
/// </remarks>
internal sealed class SwChangesSocialWorkerStability : Indicator
{
    private static readonly LocalDate CollectedFrom = new(2023, 4, 1);

    public override IndicatorDefinition Definition { get; } = new(
        "SWCHANGES",
        ["DfE social worker stability"],
        "Children looked after at 31 March who had 3 or more social workers in the year",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Those with 3 or more distinct SW_ID among their social worker episodes in the year",
        "Children looked after at 31 March with a social worker episode in the year (SW_DECOM <= 31 March, SW_DEC empty or after 1 April)",
        "DfE, Stability measures for children looked after in England (2024, 2025), social worker stability: each social worker counted once per child.")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter;

    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options)
    {
        var data = inputs.LookedAfter!;
        var byChild = data.SocialWorkerEpisodes.GroupBy(e => e.Child).ToDictionary(g => g.Key, g => g.ToArray());
        var tallies = Tally.For(periods.Length, options.Explain);
        var why = new Why(options.Explain);
        var care = data.Care;
        for (int c = 0; c < care.ChildCount; c++)
        {
            var child = care.Child(c);
            var episodes = byChild.GetValueOrDefault(child.Id, []);
            for (int i = 0; i < periods.Length; i++)
            {
                tallies[i].Add(child.Id, Decide(child, episodes, periods[i], why));
            }
        }
        return [.. periods.Select((period, i) =>
        {
            var notes = ImmutableArray.CreateBuilder<string>();
            if (tallies[i].Denominator == 0)
            {
                notes.Add(period.Start < CollectedFrom
                    ? "The social worker episodes table is collected from the 2023-24 return; the period starts before 1 April 2023, so there is no value."
                    : $"No child looked after on {LookedAfterRules.Iso(period.End)} had a social worker episode in the period, so there is no value.");
            }
            return new IndicatorResult(Definition, period, tallies[i].Numerator, tallies[i].Denominator, notes.ToImmutable(), tallies[i].Explanations());
        })];
    }

    private static Decision Decide(ChildHistory child, SocialWorkerEpisode[] episodes, ReportingPeriod period, Why why)
    {
        if (period.Start < CollectedFrom)
        {
            return Decision.Excluded(why, "the period starts before 1 April 2023; social worker episodes are collected from 2023-24");
        }
        if (child.PeriodOpenOn(period.End) is null)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, period.End, why));
        }
        var workers = episodes.Where(e => e.Start <= period.End && (e.End is not { } end || end > period.Start))
            .Select(e => e.SocialWorker).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (workers.Length == 0)
        {
            return Decision.Excluded(why, "looked after at the period's end, but no social worker episode in the period");
        }
        string? reason = why.Explain ? $"{workers.Length} social worker{(workers.Length == 1 ? "" : "s")} in the period ({string.Join(", ", workers)})" : null;
        return workers.Length >= 3 ? Decision.Numerator(why, reason) : Decision.DenominatorOnly(why, reason);
    }
}
