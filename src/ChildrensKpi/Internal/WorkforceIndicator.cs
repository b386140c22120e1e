using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A workforce indicator: computed from the latest Workforce snapshot (AsAt) within the period, per team and in total.
/// The total's numerator and denominator are the sums of the teams' (never an average of team percentages). Each team is
/// explained as one entry of <see cref="IndicatorResult.Children"/>: <see cref="ChildExplanation.ChildId"/> and
/// <see cref="ChildExplanation.Subject"/> hold the team's name, the reason its own figures.
/// </summary>
internal abstract class WorkforceIndicator : Indicator
{
    public sealed override IndicatorInputKinds Requires => IndicatorInputKinds.Workforce;

    private protected sealed override IndicatorResult ComputeCore(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions options)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        LocalDate? latest = null;
        foreach (var row in inputs.Workforce)
        {
            if (period.Contains(row.AsAt) && (latest is null || row.AsAt > latest))
            {
                latest = row.AsAt;
            }
        }
        if (latest is not { } asAt)
        {
            notes.Add($"No Workforce snapshot (AsAt) lies within {period}, so there is no value.");
            return new IndicatorResult(Definition, period, 0, 0, notes.ToImmutable(), []);
        }
        notes.Add($"Workforce snapshot as at {ReportingPeriod.Iso(asAt)}.");
        var teams = inputs.Workforce.Where(t => t.AsAt == asAt).OrderBy(t => t.Team, StringComparer.Ordinal).ToArray();
        // Every row of each team, by AsAt: the measures over the period (leavers, sickness) sum its rows in the period.
        var byTeam = inputs.Workforce.GroupBy(t => t.Team, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.AsAt).ToImmutableArray(), StringComparer.Ordinal);
        var explanations = options.Explain ? ImmutableArray.CreateBuilder<ChildExplanation>(teams.Length) : null;
        decimal numerator = 0, denominator = 0;
        var skipped = new List<string>();
        foreach (var team in teams)
        {
            if (Measure(team, new TeamRows(byTeam[team.Team], period, options)) is not { } measure)
            {
                skipped.Add(team.Team);
                explanations?.Add(new ChildExplanation(new ChildId(team.Team), false, false, Missing) { Subject = $"team {team.Team}" });
                continue;
            }
            numerator += measure.Numerator;
            denominator += measure.Denominator;
            string value = measure.Denominator == 0 ? "no value" : Format(measure.Numerator, measure.Denominator);
            explanations?.Add(new ChildExplanation(new ChildId(team.Team), measure.Denominator > 0, measure.Numerator > 0, $"{measure.Working}: {value}")
            {
                Subject = $"team {team.Team}",
            });
        }
        if (skipped.Count > 0)
        {
            notes.Add($"Not counted ({Missing}): {string.Join(", ", skipped)}.");
        }
        if (denominator == 0)
        {
            notes.Add($"The total {DenominatorName} is 0, so there is no value.");
        }
        return new IndicatorResult(Definition, period, numerator, denominator, notes.ToImmutable(), explanations?.MoveToImmutable() ?? []);
    }

    /// <summary>
    /// The team's numerator and denominator with the working in words, from its row at the latest snapshot (<paramref name="team"/>)
    /// and, for the measures over the period, all its rows (<paramref name="rows"/>); null when the team lacks a column the
    /// indicator needs.
    /// </summary>
    private protected abstract (decimal Numerator, decimal Denominator, string Working)? Measure(TeamWorkforce team, TeamRows rows);

    /// <summary>Why a team without the optional column is not counted.</summary>
    private protected virtual string Missing => "no data";

    private protected abstract string DenominatorName { get; }

    private string Format(decimal numerator, decimal denominator) => Definition.Unit == IndicatorUnit.Percent
        ? (100m * numerator / denominator).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : (numerator / denominator).ToString("0.0", CultureInfo.InvariantCulture);

    private protected static string Fte(decimal fte) => fte.ToString("0.0##", CultureInfo.InvariantCulture);
}
