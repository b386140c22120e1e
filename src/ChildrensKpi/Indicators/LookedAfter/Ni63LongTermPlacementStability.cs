namespace ChildrensKpi;

/// <summary>
/// NI 63 (PAF D35): stability of placements of looked-after children, length of placement.
/// </summary>
/// <remarks>
/// <para>Denominator: children looked after at the end of the period, aged under 16 then, who had been looked
/// after continuously for at least two and a half years: their current period of care began on or before
/// the end of the period minus 30 months (31 March 2007 → 30 September 2004; NodaTime month arithmetic, so
/// 31 August minus 30 months is 28 or 29 February).</para>
/// <para>Numerator: those whose current placement began on or before the end minus two years, or who are
/// placed for adoption (A3–A6, legacy A1–A2) and whose placement immediately before the adoptive one, in the
/// same period of care, began on or before the end minus two years.</para>
/// <para>Readings: age is in completed years from the date of birth (Header, else OC3) (a 29 February birthday falls on
/// 1 March in other years); a child without one is excluded. A foster carer becoming the adopter (RNE T
/// or U) continues the placement, so its start is the foster start. A temporary placement (T0–T4) is not a placement: a
/// break the child returns from to the same PLACE continues the placement, and a child in a temporary placement on 31 March
/// is in the placement before it (with none before it in the period, in one that began when the temporary one did); the
/// placement before the adoptive one skips temporary ones. A child whose history begins part way
/// through a period of care is flagged: the period (and possibly the placement) began earlier than the data shows.</para>
/// </remarks>
internal sealed class Ni63LongTermPlacementStability : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "NI63",
        ["PAF D35"],
        "Stability of placements: length of placement",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Those in the same placement for at least 2 years at 31 March, or placed for adoption with the adoptive placement and the placement before it together lasting at least 2 years",
        "Children looked after at 31 March, aged under 16, looked after continuously for at least 2½ years",
        "National Indicator Set handbook of definitions (2008), NI 63; PAF D35.");

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        var end = period.End;
        if (child.PeriodOpenOn(end) is not { } current)
        {
            return Decision.Excluded(why, LookedAfterRules.NotLookedAfter(child, end, why));
        }
        if (child.DateOfBirth is not { } dateOfBirth)
        {
            return Decision.Excluded(why, "no date of birth (no Header or OC3 row), so age at the end of the period is unknown");
        }
        if (dateOfBirth > end)
        {
            return Decision.Excluded(why, $"date of birth {LookedAfterRules.Iso(dateOfBirth)} is after the end of the period");
        }
        int age = Age.InYears(dateOfBirth, end);
        if (age >= 16)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(end)} (16 or over)");
        }
        var continuousSince = end.PlusMonths(-30);
        if (current.Start > continuousSince)
        {
            var shortPeriod = Decision.Excluded(why, 
                $"looked after continuously since {LookedAfterRules.Iso(current.Start)}, after {LookedAfterRules.Iso(continuousSince)} (less than 2½ years)");
            return current.StartsBeforeData ? shortPeriod.BeginningBeforeData() : shortPeriod;
        }

        var twoYearsBefore = end.PlusYears(-2);
        int index = current.CurrentPlacementOn(end);
        var placement = current.Placements[index];
        string? since = why.Say($"current placement began {LookedAfterRules.Iso(placement.Start)}");
        if (placement.Start <= twoYearsBefore)
        {
            return Decision.Numerator(why, $"{since}, on or before {LookedAfterRules.Iso(twoYearsBefore)}");
        }
        int before = current.PlacementBefore(index);
        if (placement.TypeOn(end).IsPlacedForAdoption() && before >= 0 && current.Placements[before].Start <= twoYearsBefore)
        {
            return Decision.Numerator(why, 
                $"placed for adoption ({placement.TypeOn(end)}); the placement before it began {LookedAfterRules.Iso(current.Placements[before].Start)}, on or before {LookedAfterRules.Iso(twoYearsBefore)}");
        }
        var tooRecent = Decision.DenominatorOnly(why, $"{since}, after {LookedAfterRules.Iso(twoYearsBefore)}");
        return index == 0 && current.StartsBeforeData ? tooRecent.BeginningBeforeData() : tooRecent;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"No child under 16 had been looked after continuously for 2½ years on {LookedAfterRules.Iso(period.End)}, so there is no value.";
}
