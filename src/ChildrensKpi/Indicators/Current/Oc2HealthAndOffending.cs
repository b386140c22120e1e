namespace ChildrensKpi;

/// <summary>
/// OC2_DENTAL, OC2_IMMUNISATIONS, OC2_DEVELOPMENT, OC2_CONVICTED: the health and offending of children looked after for
/// 12 months at 31 March, from the OC2 row, for the items the OC2 table of this version carries.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA on 31 March for 12 months
/// – conviction and health outcomes" (I1–I5b); the cohort is the validator's "continuously looked after" test (rules
/// 190, 191) [S7]. Polarity: higher is better for the health items, lower for convictions.</para>
/// <para>Denominator (the OC2 cohort, restricted by age at 31 March where the item says so): children looked after at
/// the period's end whose period of care began on or before the period's start. Numerator: those whose OC2 item is 1.
/// A cohort child with no OC2 row, or the item blank, is in the denominator only; an OC2 row of a child outside the
/// cohort is not counted (rule 190), with the reason.</para>
/// <para>Readings: periods of care are built from non-V3/V4 episodes, and a short break within the year breaks the
/// period (the care after it begins a new one, in the year), so the cohort's "no V3/V4 episode in the year" holds of
/// every child the period test admits. OC2 rows carry no date and belong to their return's collection year, so the
/// period must be one collection year (1 April to 31 March), else no value. Ages are at 31 March.</para>
/// </remarks>
internal sealed class Oc2HealthAndOffending : PerChildIndicator
{
    private readonly Func<Oc2Outcome, bool?> _item;
    private readonly string _column;
    private readonly int _minimumAge;
    private readonly int _maximumAge;

    private Oc2HealthAndOffending(string id, string name, string column, Func<Oc2Outcome, bool?> item, int minimumAge, int maximumAge,
        Polarity polarity, string cohort, string[] aliases)
    {
        _item = item;
        _column = column;
        _minimumAge = minimumAge;
        _maximumAge = maximumAge;
        Definition = new(id, [.. aliases], name, polarity, IndicatorUnit.Percent,
            $"Those whose OC2 {column} is 1",
            cohort,
            "DfE, Children looked after in England including adoptions, CLA on 31 March for 12 months – conviction and health outcomes (I1–I5b); cohort as the validator's rules 190, 191.")
        { Group = IndicatorGroup.Current };
    }

    private const string Cohort = "Children looked after at 31 March whose period of care began on or before 1 April (the OC2 cohort)";

    public static Oc2HealthAndOffending Dental { get; } = new("OC2_DENTAL", "Teeth checked by a dentist", "TEETH_CHECK", o => o.TeethCheck,
        0, int.MaxValue, Polarity.HigherIsBetter, Cohort, []);

    public static Oc2HealthAndOffending Immunisations { get; } = new("OC2_IMMUNISATIONS", "Immunisations up to date", "IMMUNISATIONS", o => o.Immunisations,
        0, int.MaxValue, Polarity.HigherIsBetter, Cohort, []);

    public static Oc2HealthAndOffending Development { get; } = new("OC2_DEVELOPMENT", "Development assessments up to date", "HEALTH_CHECK", o => o.HealthCheck,
        0, 4, Polarity.HigherIsBetter, Cohort + ", aged 0–4 at 31 March", []);

    public static Oc2HealthAndOffending Convicted { get; } = new("OC2_CONVICTED",
        "Convicted, or given a youth caution or youth conditional caution, during the year", "CONVICTED", o => o.Convicted,
        10, int.MaxValue, Polarity.LowerIsBetter, Cohort + ", aged 10 or over at 31 March", ["PAFC18 (numerator)"]);

    public override IndicatorDefinition Definition { get; }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        string row = child.Oc2 is null ? "" : "; its OC2 row is not counted (rule 190)";
        if (!CareEvents.IsCollectionYear(period))
        {
            return Decision.Excluded(why, "the period is not one collection year (1 April to 31 March), which OC2 rows belong to");
        }
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why) + row);
        }
        if (current.Start > period.Start)
        {
            return Decision.Excluded(why, $"looked after since {LookedAfterRules.Iso(current.Start)}, after {LookedAfterRules.Iso(period.Start)}: not in the OC2 cohort{row}");
        }
        if (LookedAfterRules.AgeOn(child, end, out int age) is { } noAge)
        {
            return Decision.Excluded(why, noAge);
        }
        if (age < _minimumAge || age > _maximumAge)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(end)}, outside the item's ages");
        }
        string? cohort = why.Say($"in the OC2 cohort (looked after since {LookedAfterRules.Iso(current.Start)}), aged {age}");
        var decision = child.Oc2 is not { } oc2 ? Decision.DenominatorOnly(why, $"{cohort}; no OC2 row")
            : _item(oc2) switch
            {
                true => Decision.Numerator(why, $"{cohort}; OC2 {_column} 1"),
                false => Decision.DenominatorOnly(why, $"{cohort}; OC2 {_column} 0"),
                null => Decision.DenominatorOnly(why, $"{cohort}; OC2 {_column} blank"),
            };
        return current.StartsBeforeData ? decision.BeginningBeforeData() : decision;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => CareEvents.IsCollectionYear(period)
        ? $"No child of the ages was looked after on {LookedAfterRules.Iso(period.End)} since {LookedAfterRules.Iso(period.Start)}, so there is no value."
        : "OC2 rows belong to a collection year (1 April to 31 March) and the period is not one, so there is no value.";
}
