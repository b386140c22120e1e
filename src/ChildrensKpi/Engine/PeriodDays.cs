namespace ChildrensKpi;

/// <summary>A <see cref="ReportingPeriod"/> with its bounds as day numbers, for deciding items held as columns.</summary>
internal readonly struct PeriodDays(ReportingPeriod period)
{
    /// <summary>The period itself: for rules that depend on when it starts (NI 59's timescale) and for wording.</summary>
    public ReportingPeriod Period { get; } = period;

    /// <summary>The first day, inclusive.</summary>
    public int First { get; } = DayNumbers.Of(period.Start);

    /// <summary>The last day, inclusive ("at 31 March").</summary>
    public int Last { get; } = DayNumbers.Of(period.End);

    /// <summary>Whether the day is in the period, bounds included, as <see cref="ReportingPeriod.Contains"/>.</summary>
    public bool Contains(int dayNumber) => dayNumber >= First && dayNumber <= Last;
}
