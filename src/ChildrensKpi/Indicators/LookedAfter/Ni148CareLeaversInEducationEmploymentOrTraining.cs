namespace ChildrensKpi;

/// <summary>
/// NI 148: care leavers in education, employment or training (PAF A4 in ratio form).
/// </summary>
/// <remarks>
/// <para>Denominator: young people whose 19th birthday falls in the period and who were looked after (not on short
/// breaks V3/V4) on the 1 April when they were 16 — the first 1 April on or after their 16th birthday; those
/// who died (OC3 IN_TOUCH DIED) are excluded.</para>
/// <para>Numerator: those whose OC3 ACTIV is education, employment or training (F1–F5, P1–P5) while in touch
/// (IN_TOUCH YES, NREQ or RHOM). No OC3 row, ACTIV 0, or not in touch (NO, REFU) counts in the denominator only.</para>
/// <para>Readings: an OC3 row for a young person whose 19th birthday is in the period puts them in the cohort even
/// when the episodes read do not reach back to their 16th year (the return asserts the cohort); the explanation
/// says which evidence was used. The date of birth comes from the Header table, else from OC3.</para>
/// </remarks>
internal sealed class Ni148CareLeaversInEducationEmploymentOrTraining : CareLeaverIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI148",
        ["PAF A4"],
        "Care leavers in education, employment or training",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those in education, employment or training around their 19th birthday (OC3 ACTIV F1–F5 or P1–P5)",
        "Young people whose 19th birthday falls in the year and who were looked after on 1 April in their 17th year (aged 16), excluding those who died",
        "National Indicator Set handbook of definitions (2008), NI 148; PAF A4.");

    private protected override Decision DecideOutcome(CareLeaverOutcome outcome, string? evidence, Why why)
    {
        if (outcome.Activity.IsEducationEmploymentOrTraining())
        {
            return Decision.Numerator(why, $"{evidence}; OC3 ACTIV {outcome.Activity} (education, employment or training)");
        }
        string activity = outcome.Activity == CareLeaverActivity.NoInformation ? "0 (no information)" : $"{outcome.Activity} (not in education, employment or training)";
        return Decision.DenominatorOnly(why, $"{evidence}; OC3 ACTIV {activity}");
    }
}
