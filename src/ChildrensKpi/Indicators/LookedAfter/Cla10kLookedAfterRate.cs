using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CLA10K: children looked after per 10,000 children aged under 18.
/// </summary>
/// <remarks>
/// <para>Numerator: children looked after at the end of the period (short breaks V3/V4 ignored).</para>
/// <para>Denominator: the population aged 0–17 from the Population input, divided by 10,000.</para>
/// <para>Readings: the estimate used is the one whose <c>Year</c> is the reporting year containing the end of the
/// period (<see cref="ReportingPeriod.ReportingYear"/>, e.g. <c>2006-07</c>). Rows within ages 0–17 are summed; they must
/// cover each age exactly once, otherwise there is no value and a note says which ages are missing or repeated.
/// Each child's explanation marks the looked-after children as in both counts: the denominator is a population, not these children.</para>
/// </remarks>
internal sealed class Cla10kLookedAfterRate : PerChildIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "CLA10K",
        [],
        "Children looked after per 10,000 children aged under 18",
        Polarity.Contextual,
        IndicatorUnit.Per10000,
        "Children looked after at 31 March (short breaks V3/V4 ignored)",
        "Population aged 0–17 (ONS mid-year estimate) / 10,000",
        "DfE children looked after statistics (rate per 10,000 children aged under 18).");

    public override IndicatorInputKinds Requires => IndicatorInputKinds.LookedAfter | IndicatorInputKinds.Population;

    internal override Decision Decide(ChildHistory child, ReportingPeriod period) =>
        child.PeriodOpenOn(period.End) is null
            ? Decision.Excluded(LookedAfterRules.NotLookedAfter(child, period.End))
            : Decision.Numerator($"looked after on {LookedAfterRules.Iso(period.End)}");

    private protected override decimal Denominator(IndicatorInputs inputs, ReportingPeriod period, int childCount, ImmutableArray<string>.Builder notes)
    {
        string year = period.ReportingYear;
        var covered = new int[18];
        long population = 0;
        foreach (var row in inputs.Population)
        {
            if (row.Year != year || row.AgeFrom < 0 || row.AgeTo > 17 || row.AgeFrom > row.AgeTo)
            {
                continue;
            }
            population += row.Population;
            for (int age = row.AgeFrom; age <= row.AgeTo; age++)
            {
                covered[age]++;
            }
        }
        var missing = Enumerable.Range(0, 18).Where(a => covered[a] == 0).ToArray();
        var repeated = Enumerable.Range(0, 18).Where(a => covered[a] > 1).ToArray();
        if (missing.Length == 18)
        {
            notes.Add($"The Population input has no estimate for {year} within ages 0–17.");
            return 0;
        }
        if (missing.Length > 0 || repeated.Length > 0)
        {
            notes.Add($"The Population input for {year} does not cover ages 0–17 exactly once" +
                (missing.Length > 0 ? $"; missing ages: {string.Join(", ", missing)}" : "") +
                (repeated.Length > 0 ? $"; ages given more than once: {string.Join(", ", repeated)}" : "") + ".");
            return 0;
        }
        return population / 10_000m;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        $"There is no usable population aged 0–17 for {period.ReportingYear}, so there is no rate.";
}
