namespace ChildrensKpi;

/// <summary>
/// NI 147: care leavers in suitable accommodation.
/// </summary>
/// <remarks>
/// <para>Denominator: as NI 148 — young people whose 19th birthday falls in the period and who were looked after
/// (not on short breaks) on the 1 April when they were 16, excluding those who died.</para>
/// <para>Numerator: those whose OC3 ACCOM code ends in 1 (suitable) while in touch (IN_TOUCH YES, NREQ or RHOM).
/// No OC3 row, ACCOM 0, or not in touch counts in the denominator only.</para>
/// </remarks>
internal sealed class Ni147CareLeaversInSuitableAccommodation : CareLeaverIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI147",
        [],
        "Care leavers in suitable accommodation",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those in suitable accommodation around their 19th birthday (OC3 ACCOM ending in 1)",
        "Young people whose 19th birthday falls in the year and who were looked after on 1 April in their 17th year (aged 16), excluding those who died",
        "National Indicator Set handbook of definitions (2008), NI 147.");

    private protected override Decision DecideOutcome(CareLeaverOutcome outcome, string? evidence, Why why)
    {
        string accommodation = outcome.Accommodation ?? "0";
        return outcome.IsSuitablyAccommodated
            ? Decision.Numerator(why, $"{evidence}; OC3 ACCOM {accommodation} (suitable)")
            : Decision.DenominatorOnly(why, $"{evidence}; OC3 ACCOM {accommodation} ({(accommodation == "0" ? "no information" : "not suitable")})");
    }
}
