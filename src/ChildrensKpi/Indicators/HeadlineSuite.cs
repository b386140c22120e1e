using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The headline suite — NI62, NI63, NI147, NI148 (SSDA903) and NI59, NI60, CIN45 (children in need) — computed together.
/// Figures only (<see cref="ComputeOptions.Explain"/> false): a columnar engine counts the SSDA903 four in one pass over
/// the children, across all cores for large data; the children in need three are each computed by their one definition
/// over the children in need columns, as <see cref="Indicator.Compute(IndicatorInputs, ReportingPeriod, ComputeOptions?)"/>
/// does. With explanations, each indicator is computed on its own.
/// </summary>
/// <remarks>
/// Both paths give the same results: the same numerators, denominators, values and notes; the engine's results have no
/// <see cref="IndicatorResult.Children"/>. The columns are built once per <see cref="LookedAfterData"/> and
/// <see cref="ChildrenInNeedData"/>, on first use, and shared by later computations.
/// </remarks>
public static class HeadlineSuite
{
    // Below this many rows a second core costs more to start than it saves.
    private const int ParallelFrom = 1 << 16;

    /// <summary>The indicators of the suite, in the order results are returned.</summary>
    public static ImmutableArray<Indicator> Members { get; } =
        [Indicators.NI62, Indicators.NI63, Indicators.NI147, Indicators.NI148, Indicators.NI59, Indicators.NI60, Indicators.CIN45];

    /// <summary>
    /// Computes every member of the suite whose inputs are given: the SSDA903 four when <see cref="IndicatorInputs.LookedAfter"/>
    /// is, the children in need three when <see cref="IndicatorInputs.ChildrenInNeed"/> is; in <see cref="Members"/> order.
    /// </summary>
    /// <param name="inputs">The records.</param>
    /// <param name="period">The period; "at 31 March" in the definitions means its last day.</param>
    /// <param name="options">How to compute; <see cref="ComputeOptions.Default"/> (which explains) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static ImmutableArray<IndicatorResult> Compute(IndicatorInputs inputs, ReportingPeriod period, ComputeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= ComputeOptions.Default;
        if (options.Explain)
        {
            return [.. Members.Where(m => m.MissingInputs(inputs) == IndicatorInputKinds.None).Select(m => m.Compute(inputs, period, options))];
        }
        return Compute(inputs, inputs.LookedAfter?.Columns, inputs.ChildrenInNeed?.Columns, period, options, parallel: null);
    }

    /// <summary>
    /// The engine on columns however they were loaded (from the object model, or straight from files by a reader);
    /// <paramref name="parallel"/> null uses every core when the data is large enough to gain from it.
    /// </summary>
    internal static ImmutableArray<IndicatorResult> Compute(
        IndicatorInputs inputs, LookedAfterColumns? lookedAfter, ChildrenInNeedColumns? childrenInNeed, ReportingPeriod period, ComputeOptions options, bool? parallel)
    {
        var results = ImmutableArray.CreateBuilder<IndicatorResult>(7);
        if (lookedAfter is not null)
        {
            var counts = CountLookedAfter(lookedAfter, period, parallel);
            results.Add(PerChild(Indicators.NI62).FromCounts(inputs, period, counts.Ni62Numerator, counts.Ni62Denominator, counts.Ni62BeforeData, []));
            results.Add(PerChild(Indicators.NI63).FromCounts(inputs, period, counts.Ni63Numerator, counts.Ni63Denominator, counts.Ni63BeforeData, []));
            results.Add(PerChild(Indicators.NI147).FromCounts(inputs, period, counts.Ni147Numerator, counts.CareLeaverDenominator, 0, []));
            results.Add(PerChild(Indicators.NI148).FromCounts(inputs, period, counts.Ni148Numerator, counts.CareLeaverDenominator, 0, []));
        }
        if (childrenInNeed is not null)
        {
            // Each through its one definition, the same that Indicator.Compute runs (figures only here).
            foreach (var indicator in (ReadOnlySpan<Indicator>)[Indicators.NI59, Indicators.NI60, Indicators.CIN45])
            {
                results.Add(((PerItemIndicator)indicator).Compute(inputs, childrenInNeed, [period], options, parallel)[0]);
            }
        }
        return results.ToImmutable();
    }

    private static LookedAfterPass.Counts CountLookedAfter(LookedAfterColumns columns, ReportingPeriod period, bool? parallel)
    {
        var dates = new LookedAfterPass.Dates(period);
        if (!(parallel ?? columns.EpisodeCount >= ParallelFrom))
        {
            return LookedAfterPass.Count(columns, dates, 0, columns.ChildCount);
        }
        var total = default(LookedAfterPass.Counts);
        var gate = new Lock();
        int chunks = Environment.ProcessorCount * 4;
        Parallel.For(0, chunks, () => default(LookedAfterPass.Counts),
            (chunk, _, partial) =>
            {
                var (from, to) = Range(columns.ChildCount, chunks, chunk);
                partial.Add(LookedAfterPass.Count(columns, dates, from, to));
                return partial;
            },
            partial =>
            {
                lock (gate)
                {
                    total.Add(partial);
                }
            });
        return total;
    }

    private static (int From, int To) Range(int count, int chunks, int chunk) =>
        ((int)((long)count * chunk / chunks), (int)((long)count * (chunk + 1) / chunks));

    private static PerChildIndicator PerChild(Indicator indicator) => (PerChildIndicator)indicator;
}
