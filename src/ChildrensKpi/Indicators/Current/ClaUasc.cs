using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>CLA_UASC: children looked after at 31 March who are unaccompanied asylum-seeking children.</summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA on 31 March by
/// characteristics" (unaccompanied asylum-seeking children); indicators-current.md, CLA_UASC. Polarity: contextual.</para>
/// <para>Denominator: children looked after at the period's end (V3/V4 ignored). Numerator: those with a UASC row whose
/// <c>DUC</c> (the date the status ceased) is empty or after the period's end (<see cref="UnaccompaniedAsylumSeeker.HoldsOn"/>).
/// A child is UASC in a return whose UASC table has a row for them, as the validators derive the Header's UASC flag from
/// it. UASC rows of children not looked after then are not counted, with the reason.</para>
/// <para>A council with no UASC child gives no UASC rows, which cannot be told from a UASC table not given: the value is
/// computed (every child read as not UASC) and a note says so.</para>
/// </remarks>
internal sealed class ClaUasc : Indicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CLA_UASC",
        [],
        "Unaccompanied asylum-seeking children at 31 March",
        Polarity.Contextual,
        IndicatorUnit.Percent,
        "Those with a UASC row whose DUC (date UASC status ceased) is empty or after 31 March",
        "Children looked after at 31 March (short breaks V3/V4 ignored)",
        "DfE, Children looked after in England including adoptions, CLA on 31 March by characteristics (unaccompanied asylum-seeking children).")
    { Group = IndicatorGroup.Current };

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter;

    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options)
    {
        var data = inputs.LookedAfter!;
        var tallies = UascTallies.Count(data, periods, options, Decide);
        return [.. periods.Select((period, i) =>
        {
            var notes = ImmutableArray.CreateBuilder<string>();
            if (tallies[i].Denominator == 0)
            {
                notes.Add($"No child was looked after on {LookedAfterRules.Iso(period.End)}, so there is no value.");
            }
            else if (data.UnaccompaniedAsylumSeekers.IsEmpty)
            {
                notes.Add(NoUascRowsNote);
            }
            return new IndicatorResult(Definition, period, tallies[i].Numerator, tallies[i].Denominator, notes.ToImmutable(), tallies[i].Explanations());
        })];
    }

    /// <summary>The note of every UASC measure when no UASC row was given (an empty table cannot be told from none given).</summary>
    internal const string NoUascRowsNote = "No UASC rows were given, so every child reads as not UASC; if the return's UASC table was not given, give it.";

    /// <summary>
    /// Where <paramref name="child"/> stands at the period's end: not looked after (excluded), looked after and UASC
    /// (numerator), or looked after and not UASC (denominator only). The one decision of CLA_UASC, which the UASC split of
    /// children looked after at 31 March (CLA_AT31_UASC, CLA_AT31_NON_UASC) shares.
    /// </summary>
    internal static Decision Decide(ChildHistory child, UnaccompaniedAsylumSeeker? uasc, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is null)
        {
            var reason = LookedAfterRules.NotLookedAfter(child, end, why);
            return Decision.Excluded(why, uasc is null || reason is null ? reason : $"{reason}; its UASC row is not counted");
        }
        if (uasc is null)
        {
            return Decision.DenominatorOnly(why, "looked after at the period's end; no UASC row");
        }
        if (uasc.HoldsOn(end))
        {
            return Decision.Numerator(why, uasc.StatusCeased is { } ceased
                ? $"UASC row, status ceasing {LookedAfterRules.Iso(ceased)}, after the period's end"
                : "UASC row, status not ceased (DUC empty)");
        }
        return Decision.DenominatorOnly(why, $"UASC status ceased {LookedAfterRules.Iso(uasc.StatusCeased!.Value)}, on or before the period's end");
    }
}
