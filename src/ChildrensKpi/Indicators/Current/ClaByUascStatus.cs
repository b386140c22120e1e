using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The UASC / non-UASC split of the looked-after counts the DfE publishes split: CLA_AT31_UASC and CLA_AT31_NON_UASC,
/// children looked after at 31 March who are (are not) unaccompanied asylum-seeking children; CLA_STARTS_UASC and
/// CLA_STARTS_NON_UASC, children who started to be looked after in the year who were (were not) UASC when they started.
/// Counts.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA on 31 March by
/// characteristics" and "CLA starting during the year", each by UASC status; indicators-current.md ("UASC": every measure
/// there splits UASC / not UASC). Polarity: contextual.</para>
/// <para>At 31 March: CLA_UASC's one decision (<see cref="ClaUasc.Decide"/>): its numerator is CLA_AT31_UASC, the rest of
/// its denominator CLA_AT31_NON_UASC, so the two add up to the children looked after at the period's end (CLA10K's
/// numerator). Starts: CLA_STARTS' decision (<see cref="ClaStarts"/>, the first start in the year, each child once), and
/// the child is UASC when a UASC row's status holds on the day it started (<see cref="UnaccompaniedAsylumSeeker.HoldsOn"/>);
/// the two add up to CLA_STARTS.</para>
/// <para>Reading ([S1] is silent on the day): a start is UASC by the status on the day the child started, so a child whose
/// <c>DUC</c> is on or before that day started as not UASC. The counts have no denominator (it is 1).</para>
/// </remarks>
internal sealed class ClaByUascStatus : Indicator
{
    private const string Source = "DfE, Children looked after in England including adoptions: CLA on 31 March by characteristics and CLA starting during the year, by UASC status.";

    private readonly bool _starts;
    private readonly bool _uasc;

    private ClaByUascStatus(bool starts, bool uasc)
    {
        _starts = starts;
        _uasc = uasc;
        string status = uasc ? "unaccompanied asylum-seeking children" : "not unaccompanied asylum-seeking children";
        Definition = starts
            ? new(uasc ? "CLA_STARTS_UASC" : "CLA_STARTS_NON_UASC", [], "Children who started to be looked after: " + status, Polarity.Contextual, IndicatorUnit.Count,
                uasc ? "CLA_STARTS' children (each once) with a UASC row whose DUC is empty or after the day they started"
                     : "CLA_STARTS' children (each once) with no UASC row, or whose DUC is on or before the day they started",
                "None (a count)", Source) { Group = IndicatorGroup.Current }
            : new(uasc ? "CLA_AT31_UASC" : "CLA_AT31_NON_UASC", [], "Children looked after at 31 March: " + status, Polarity.Contextual, IndicatorUnit.Count,
                uasc ? "Children looked after at 31 March (V3/V4 ignored) with a UASC row whose DUC is empty or after 31 March"
                     : "Children looked after at 31 March (V3/V4 ignored) with no UASC row, or whose DUC is on or before 31 March",
                "None (a count)", Source) { Group = IndicatorGroup.Current };
    }

    /// <summary>CLA_AT31_UASC.</summary>
    public static ClaByUascStatus LookedAfterUasc { get; } = new(starts: false, uasc: true);

    /// <summary>CLA_AT31_NON_UASC.</summary>
    public static ClaByUascStatus LookedAfterNonUasc { get; } = new(starts: false, uasc: false);

    /// <summary>CLA_STARTS_UASC.</summary>
    public static ClaByUascStatus StartsUasc { get; } = new(starts: true, uasc: true);

    /// <summary>CLA_STARTS_NON_UASC.</summary>
    public static ClaByUascStatus StartsNonUasc { get; } = new(starts: true, uasc: false);

    public override IndicatorDefinition Definition { get; }

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter;

    private protected override ImmutableArray<IndicatorResult> ComputeManyCore(IndicatorInputs inputs, ImmutableArray<ReportingPeriod> periods, ComputeOptions options)
    {
        var data = inputs.LookedAfter!;
        var tallies = UascTallies.Count(data, periods, options, Decide);
        return [.. periods.Select((period, i) =>
        {
            var notes = ImmutableArray.CreateBuilder<string>();
            if (LookedAfterRules.StartsBeforeDataNote(tallies[i].BeginningBeforeData) is { } note)
            {
                notes.Add(note);
            }
            if (data.UnaccompaniedAsylumSeekers.IsEmpty)
            {
                notes.Add(ClaUasc.NoUascRowsNote);
            }
            // A count: the value is the numerator (denominator 1), as CLA_STARTS's.
            return new IndicatorResult(Definition, period, tallies[i].Numerator, 1, notes.ToImmutable(), tallies[i].Explanations());
        })];
    }

    private Decision Decide(ChildHistory child, UnaccompaniedAsylumSeeker? uasc, ReportingPeriod period, Why why)
    {
        if (!_starts)
        {
            // CLA_UASC's decision: numerator = UASC, denominator only = looked after and not UASC, excluded = not looked after.
            var atEnd = ClaUasc.Decide(child, uasc, period, why);
            return atEnd.InDenominator && atEnd.InNumerator == _uasc ? atEnd with { InNumerator = true } : atEnd with { InDenominator = false, InNumerator = false };
        }
        if (CareEvents.FirstStart(child, period, out _) is not { } start)
        {
            // Not a start: CLA_STARTS' own decision and wording (with its history flag).
            return ((ClaStarts)Indicators.CLASTARTS).Decide(child, period, why);
        }
        bool uascThen = uasc is not null && uasc.HoldsOn(start);
        if (uascThen != _uasc)
        {
            return Decision.Excluded(why, $"started to be looked after on {LookedAfterRules.Iso(start)}, {UascAt(uasc, uascThen)}");
        }
        return Decision.Numerator(why, $"started to be looked after on {LookedAfterRules.Iso(start)}, {UascAt(uasc, uascThen)}");
    }

    private static string UascAt(UnaccompaniedAsylumSeeker? uasc, bool uascThen) =>
        uasc is null ? "not UASC (no UASC row)"
        : uascThen ? (uasc.StatusCeased is { } ceased ? $"UASC then (status ceasing {LookedAfterRules.Iso(ceased)})" : "UASC then (DUC empty)")
        : $"not UASC then (UASC status ceased {LookedAfterRules.Iso(uasc.StatusCeased!.Value)})";
}
