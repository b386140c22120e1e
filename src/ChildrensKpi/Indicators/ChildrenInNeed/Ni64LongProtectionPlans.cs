namespace ChildrensKpi;

/// <summary>
/// NI 64: child protection plans lasting two years or more.
/// </summary>
/// <remarks>
/// <para>Denominator: plans that ceased during the period (<c>CPPendDate</c> in it).</para>
/// <para>Numerator: those that ended on or after their start plus two years: exactly two years counts; a plan started
/// on 29 February reaches two years on 28 February.</para>
/// </remarks>
internal sealed class Ni64LongProtectionPlans : ProtectionPlanIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI64",
        [],
        "Child protection plans lasting two years or more",
        Polarity.LowerIsBetter,
        IndicatorUnit.Percent,
        "Plans that had lasted two years or more when they ceased",
        "Plans that ceased during the year",
        "National Indicator Set handbook of definitions (2008), NI 64.");

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int end = columns.PlanEnd[item];
        if (end == DayNumbers.Open)
        {
            return Decision.Excluded(why, "still open: not ceased");
        }
        if (!period.Contains(end))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "ceased", end));
        }
        int twoYears = DayNumbers.PlusYears(columns.PlanStart[item], 2);
        return end >= twoYears
            ? Decision.Numerator(why, $"ceased {CinRules.Iso(end)}, on or after {CinRules.Iso(twoYears)} (two years or more)")
            : Decision.DenominatorOnly(why, $"ceased {CinRules.Iso(end)}, before {CinRules.Iso(twoYears)} (less than two years)");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => "No plan ceased in the period, so there is no value.";
}
