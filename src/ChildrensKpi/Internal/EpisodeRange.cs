using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// Consecutive episodes of one child in <see cref="CareColumns"/> (a period of care, or a placement), and the one reading
/// of "open": a child is in it on day D when its first episode began on or before D and its last did not end on or before D.
/// </summary>
internal readonly struct EpisodeRange(CareColumns columns, int first, int afterLast)
{
    public int First => first;

    public int Last => afterLast - 1;

    /// <summary>The day the range began: the start of its first episode.</summary>
    public LocalDate Start => DayNumbers.ToDate(StartDay);

    public int StartDay => columns.Start[first];

    /// <summary>The day the range ended: the DEC of its last episode; null while open.</summary>
    public LocalDate? End => EndDay == DayNumbers.Open ? null : DayNumbers.ToDate(EndDay);

    /// <summary>DEC of the last episode as a day number; <see cref="DayNumbers.Open"/> while open.</summary>
    public int EndDay => columns.End[afterLast - 1];

    /// <summary>The episodes, in date order.</summary>
    public Episodes Episodes => new(columns, first, afterLast);

    public bool IsOpenOn(LocalDate date) => IsOpenOn(DayNumbers.Of(date));

    public bool IsOpenOn(int day) => OpenSpan.IsOpenOn(StartDay, EndDay, day);

    /// <summary>Whether the range was open at any time in <paramref name="period"/>: began on or before its end and did not end on or before its start.</summary>
    public bool IsOpenDuring(ReportingPeriod period) => OpenSpan.IsOpenDuring(StartDay, EndDay, DayNumbers.Of(period.Start), DayNumbers.Of(period.End));
}
