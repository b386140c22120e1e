using System.Collections.Frozen;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The rules of a child's disabilities (the Disabilities table, one row per Disability element).</summary>
internal static class CinDisabilityRules
{
    /// <summary>
    /// The disability codes of the census XSDs (<c>disabilitytype</c>, unchanged in <c>../shared/reference/cin_schema</c>),
    /// from the census item list (<c>cin-census-years.json</c>) that the reader checks them by: one list for both. Read as
    /// written (no label, no change of case), as the DfE's rules read codes.
    /// </summary>
    public static FrozenSet<string> Codes { get; } = CinCensusYears.Item("Disability").AllCodes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>8790: a child with NONE and other codes; the other codes are flagged (NONE is the one that may be right).</summary>
    public static CinCheck Rule8790 { get; } = new CinRowRule<CinDisabilityRow>("8790", t => t.Disabilities, (s, d) =>
        d.Disability is { } code && code != "NONE" && OfChild(s, d.Child).Any(o => o.Disability == "NONE"), d => d.Disability);

    /// <summary>8794: a code written twice or more for one child; every copy is flagged.</summary>
    public static CinCheck Rule8794 { get; } = new CinRowRule<CinDisabilityRow>("8794", t => t.Disabilities, (s, d) =>
        d.Disability is { } code && OfChild(s, d.Child).Count(o => o.Disability == code) > 1, d => d.Disability);

    /// <summary>
    /// 8540: a child's disability missing or invalid. Flagged (on the child's ChildCharacteristics): a Disability that is
    /// not a code; or no Disability at all, unless the child is unborn (no date of birth) or every CINdetails block is
    /// a referral with no further action (the DfE's fields PersonBirthDate and ReferralNFA: those children need not
    /// have one).
    /// </summary>
    public static CinCheck Rule8540 { get; } = new CinCharacteristicsRule("8540", (s, c) =>
    {
        var codes = CinDetailsRules.Rows(s.Tables.Disabilities, c.FirstDisability..(c.FirstDisability + c.DisabilityCount)).Select(d => d.Disability).ToList();
        if (codes.Any(d => d is null || !Codes.Contains(d)))
        {
            return true;
        }
        bool exempt = !c.PersonBirthDate.IsDate
            || (c.DetailsCount > 0 && CinDetailsRules.Rows(s.Tables.Details, c.FirstDetails..(c.FirstDetails + c.DetailsCount)).All(d => d.IsNfa));
        return codes.Count == 0 && !exempt;
    }, c => null);

    private static IEnumerable<CinDisabilityRow> OfChild(CinRuleScope s, int child)
    {
        var c = s.ChildOf(child);
        return CinDetailsRules.Rows(s.Tables.Disabilities, c.FirstDisability..(c.FirstDisability + c.DisabilityCount));
    }

    public static IEnumerable<CinCheck> All => [Rule8790, Rule8794, Rule8540];
}
