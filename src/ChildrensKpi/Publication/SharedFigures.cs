namespace ChildrensKpi;

/// <summary>
/// Secondary suppression across indicators of the same period: a count one indicator withholds may be another's
/// published figure (the social workers in post are SWTARGET's numerator, SWAGENCY's denominator, CASELOAD's
/// denominator and SWVACANCY's denominator less its numerator), or the whole less the others of a set of indicators
/// that divide it (the children ceasing care by reason add up to CLA_CEASED). A reader who knows these relations could
/// work the withheld count out; this withholds one more figure of the relation, the smallest that frees it
/// (<see cref="DifferencingControl"/>), until none is determined.
/// </summary>
/// <remarks>
/// A relation is assumed known to a reader only where it holds on the figures computed (SWTARGET's denominator is
/// SWVACANCY's only when no team gives an Establishment), so a relation that does not hold costs nothing. Within a
/// percentage, denominator − numerator (those not meeting the measure) is a count too: it is a hidden figure of each
/// indicator in a relation, never published, protected when small, and it tells the control what a reader knows, that
/// the numerator is at most the denominator.
/// </remarks>
internal static class SharedFigures
{
    private enum Part
    {
        Numerator,
        Denominator,
    }

    private readonly record struct Figure(string Indicator, Part Part);

    private static Figure N(string indicator) => new(indicator, Part.Numerator);

    private static Figure D(string indicator) => new(indicator, Part.Denominator);

    private static readonly string[] CeasedReasons = ["CLA_CEASED_ADOPTED", "CLA_CEASED_SGO", "CLA_CEASED_HOME", "CLA_CEASED_CAO", "CLA_CEASED_INDEP", "CLA_CEASED_OTHER"];

    private static readonly string[] PlacementsAt31March = ["CLA_FOSTER", "CLA_PLACED_ADOPT", "CLA_WITH_PARENTS", "CLA_INDEP", "CLA_RESIDENTIAL", "CLA_PLACE_OTHER"];

    private static readonly string[] PrimaryNeeds =
        [.. Enumerable.Range(1, 9).Select(n => $"CIN_BY_NEED_N{n}"), "CIN_BY_NEED_NOT_STATED"];

    /// <summary>Figures that are one count, each list's first being the one the others equal (each definition says what it counts).</summary>
    private static readonly Figure[][] SameCount =
    [
        // Social workers in post, permanent + agency: SwEstablishmentFilled, SwAgencyShare, SwCaseload (all teams with caseloads).
        [N("SWTARGET"), D("SWAGENCY"), D("CASELOAD")],
        // Permanent + agency + vacant: SwVacancyRate's denominator, SWTARGET's establishment when no team gives one.
        [D("SWVACANCY"), D("SWTARGET")],
        // Permanent FTE at the period end (SW_TURNOVER with TurnoverBase YearEnd, SW_SICKDAYS) and the days lost to sickness,
        // where the same teams give the columns.
        [D("SW_TURNOVER"), D("SW_SICKDAYS")],
        [N("SW_SICKNESS"), N("SW_SICKDAYS")],
        // Looked after at 31 March.
        [N("CLA10K"), D("NI62"), D("CLA_UASC"), .. PlacementsAt31March.Select(D)],
        // Started and ceased to be looked after in the year, as counts and as rates.
        [N("CLA_STARTS"), N("CLA_STARTS10K")],
        [N("CLA_CEASED"), N("CLA_CEASED10K"), .. CeasedReasons.Select(D)],
        // Went missing; looked after in the year (MISSING and CLA_MISSING are one measure, CLA_AWAY shares its population).
        [N("MISSING"), N("CLA_MISSING"), D("CLA_MISSING_INCIDENTS")],
        [D("MISSING"), D("CLA_MISSING"), D("CLA_AWAY")],
        // Care leavers of each cohort; the OC2 cohort; the PAF C18 cohort's convictions.
        [D("NI147"), D("NI148")],
        [D("CL1718_INTOUCH"), D("CL1718_EET"), D("CL1718_ACCOM")],
        [D("CL1921_INTOUCH"), D("CL1921_EET"), D("CL1921_ACCOM")],
        [D("OC2_DENTAL"), D("OC2_IMMUNISATIONS")],
        [N("PAFC18"), N("OC2_CONVICTED")],
        [D("PAFC18"), D("OC2_CONVICTED")],
        // Children in need at 31 March; referrals in the year; initial conferences held in the year.
        [N("CIN10K"), .. PrimaryNeeds.Select(D)],
        [N("REF10K"), D("REREF12"), D("NI68"), D("REF_NFA")],
        [N("ICPC10K"), D("ICPC15")],
    ];

    /// <summary>
    /// A figure that is another times a whole number a reader knows from the definitions: SW_SICKNESS's denominator is
    /// SW_SICKDAYS's permanent FTE times the period's working days (253 for twelve months), so publishing it publishes the
    /// FTE. Known only where the ratio is a whole number on the figures computed.
    /// </summary>
    private static readonly (Figure Scaled, Figure Unit)[] Multiples =
    [
        (D("SW_SICKNESS"), D("SW_SICKDAYS")),
    ];

    /// <summary>Counts that are the sum of others: the whole first, then the parts (the reasons, placements and needs divide their whole).</summary>
    private static readonly Figure[][] Sums =
    [
        // Permanent + agency + vacant = vacant + in post.
        [D("SWVACANCY"), N("SWVACANCY"), N("SWTARGET")],
        // In post = agency + permanent (SW_TURNOVER's year-end denominator, when every team gives LeaversFte).
        [D("SWAGENCY"), N("SWAGENCY"), D("SW_TURNOVER")],
        [N("CLA_CEASED"), .. CeasedReasons.Select(N)],
        [N("CLA10K"), .. PlacementsAt31March.Select(N)],
        [N("CIN10K"), .. PrimaryNeeds.Select(N)],
    ];

    /// <summary>
    /// For each of <paramref name="results"/> (by reference) whose figures must be withheld as well, which: over the
    /// results of each period, the relations above, given what is withheld already (<paramref name="already"/>, beyond
    /// each result's own small counts).
    /// </summary>
    public static Dictionary<IndicatorResult, (bool Numerator, bool Denominator)> Secondary(IEnumerable<IndicatorResult> results, int threshold,
        Func<IndicatorResult, (bool Numerator, bool Denominator)> already)
    {
        var secondary = new Dictionary<IndicatorResult, (bool, bool)>(ReferenceEqualityComparer.Instance);
        if (threshold <= 0)
        {
            return secondary;
        }
        foreach (var period in results.GroupBy(r => (r.Period.Start, r.Period.End)))
        {
            Add(secondary, period.GroupBy(r => r.Definition.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), threshold, already);
        }
        return secondary;
    }

    private static void Add(Dictionary<IndicatorResult, (bool, bool)> secondary, Dictionary<string, IndicatorResult> byId, int threshold,
        Func<IndicatorResult, (bool Numerator, bool Denominator)> already)
    {
        var figures = new List<(decimal Value, bool Withheld)>();
        var owners = new List<(IndicatorResult? Result, Part Part)>();
        var protect = new List<bool>();
        var index = new Dictionary<Figure, int>();
        var relations = new List<int[]>();
        bool Small(decimal count) => count >= 1 && count <= threshold;

        int? Of(Figure figure)
        {
            if (index.TryGetValue(figure, out int known))
            {
                return known;
            }
            if (!byId.TryGetValue(figure.Indicator, out var result))
            {
                return null;
            }
            var (n, d) = already(result);
            var shown = Disclosure.Apply(result, threshold, n, d);
            foreach (var part in new[] { Part.Numerator, Part.Denominator })
            {
                index[figure with { Part = part }] = figures.Count;
                figures.Add(part == Part.Numerator ? (result.Numerator, shown.NumeratorSuppressed) : (result.Denominator, shown.DenominatorSuppressed));
                owners.Add((result, part));
                protect.Add(true);
            }
            // Those not meeting a percentage's measure: hidden, protected when small (the complement rule across indicators).
            if (result.Definition.Unit == IndicatorUnit.Percent && result.Numerator <= result.Denominator)
            {
                decimal complement = result.Denominator - result.Numerator;
                relations.Add([index[figure with { Part = Part.Denominator }], index[figure with { Part = Part.Numerator }], figures.Count]);
                figures.Add((complement, true));
                owners.Add((null, Part.Numerator));
                protect.Add(Small(complement));
            }
            return index[figure];
        }

        foreach (var same in SameCount)
        {
            var present = same.Select(Of).OfType<int>().ToList();
            foreach (int other in present.Skip(1).Where(o => figures[o].Value == figures[present[0]].Value))
            {
                relations.Add([present[0], other]);
            }
        }
        foreach (var (scaled, unit) in Multiples)
        {
            if (Of(scaled) is not int big || Of(unit) is not int small || figures[small].Value <= 0)
            {
                continue;
            }
            decimal factor = figures[big].Value / figures[small].Value;
            if (factor <= 0 || factor != decimal.Truncate(factor))
            {
                continue;
            }
            // The scaled figure divided by the known factor: a hidden figure published, withheld and protected with it, that
            // equals the unit figure (the control's relations are sums and equalities, so the factor is taken out here).
            int divided = figures.Count;
            figures.Add((figures[big].Value / factor, figures[big].Withheld));
            owners.Add(owners[big]);
            protect.Add(protect[big]);
            relations.Add([small, divided]);
        }
        foreach (var sum in Sums)
        {
            var members = sum.Select(Of).ToList();
            // A sum is known only when the whole and every part are published figures of this report and add up.
            if (members.All(m => m is not null) && figures[members[0]!.Value].Value == members.Skip(1).Sum(m => figures[m!.Value].Value))
            {
                relations.Add([.. members.Select(m => m!.Value)]);
            }
        }
        if (relations.Count == 0)
        {
            return;
        }
        foreach (int i in DifferencingControl.Secondary(figures, relations, i => protect[i]))
        {
            var (result, part) = owners[i];
            if (result is null)
            {
                continue;
            }
            var (numerator, denominator) = secondary.GetValueOrDefault(result);
            secondary[result] = (numerator || part == Part.Numerator, denominator || part == Part.Denominator);
        }
    }
}
