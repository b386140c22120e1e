namespace ChildrensKpi.Charts;

/// <summary>What an indicator's series counts, which decides how it is drawn (<see cref="IndicatorChart.MeasureOf"/>).</summary>
public enum SeriesMeasure
{
    /// <summary>
    /// A population at a date (NI62, NI63, PAF B7, NI66: children looked after at the period's end): the month alone and
    /// a growing year to date only shorten the window behind the same children, so the value at each month end over the
    /// rolling 12 months is drawn, and nothing else.
    /// </summary>
    PopulationAtDate,

    /// <summary>
    /// Items in a period (CIN45, REREF12, ICPC15: referrals, conferences in the period): the rolling 12 months is drawn as
    /// the line, and each month's own value as a dot where its counts are large enough to publish.
    /// </summary>
    ItemsInPeriod,
}
