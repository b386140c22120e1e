using Microsoft.Data.Analysis;
using NodaTime;

namespace ChildrensKpi.Interactive;

/// <summary>
/// Results, series and child lists as <see cref="DataFrame"/>s (Microsoft.Data.Analysis), one row per indicator, year or
/// month, or child: values unrounded, dates as dates, a withheld figure as a missing value with the reason beside it.
/// </summary>
public static class KpiDataFrame
{
    /// <summary>Published indicators: Id, Name, PeriodStart, PeriodEnd, Value, Numerator, Denominator, Withheld (the reasons, empty when none).</summary>
    public static DataFrame Of(IEnumerable<PublishedIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToList();
        return new DataFrame(
            new StringDataFrameColumn("Id", list.Select(p => p.Definition.Id)),
            new StringDataFrameColumn("Name", list.Select(p => p.Definition.Name)),
            Dates("PeriodStart", list.Select(p => p.Period.Start)),
            Dates("PeriodEnd", list.Select(p => p.Period.End)),
            new DecimalDataFrameColumn("Value", list.Select(p => p.Value)),
            new DecimalDataFrameColumn("Numerator", list.Select(p => p.Numerator)),
            new DecimalDataFrameColumn("Denominator", list.Select(p => p.Denominator)),
            new StringDataFrameColumn("Withheld", list.Select(p => string.Join("; ", p.Withheld))));
    }

    /// <summary>Computed results, nothing withheld: Id, Name, PeriodStart, PeriodEnd, Value, Numerator, Denominator.</summary>
    public static DataFrame Of(IEnumerable<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return new DataFrame(
            new StringDataFrameColumn("Id", list.Select(r => r.Definition.Id)),
            new StringDataFrameColumn("Name", list.Select(r => r.Definition.Name)),
            Dates("PeriodStart", list.Select(r => r.Period.Start)),
            Dates("PeriodEnd", list.Select(r => r.Period.End)),
            new DecimalDataFrameColumn("Value", list.Select(r => r.Value)),
            new DecimalDataFrameColumn("Numerator", list.Select(r => (decimal?)r.Numerator)),
            new DecimalDataFrameColumn("Denominator", list.Select(r => (decimal?)r.Denominator)));
    }

    /// <summary>
    /// A published series: a row per earlier year (Kind <c>year</c>, its 31 March, its figure as Rolling12Months) then per
    /// month (Kind <c>month</c>): Kind, PeriodEnd, Month, YearToDate, Rolling12Months, so that Rolling12Months against
    /// PeriodEnd is the chart's line.
    /// </summary>
    public static DataFrame Of(PublishedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var years = series.EarlierYears.Select(y => (Kind: "year", End: y.Period.End, Month: (decimal?)null, YearToDate: (decimal?)null, Rolling: y.Value));
        var months = series.Points.Select(p => (Kind: "month", End: p.MonthEnd, Month: p.Month.Value, YearToDate: p.YearToDate.Value, Rolling: p.Rolling12Months.Value));
        var rows = years.Concat(months).ToList();
        return new DataFrame(
            new StringDataFrameColumn("Kind", rows.Select(r => r.Kind)),
            Dates("PeriodEnd", rows.Select(r => r.End)),
            new DecimalDataFrameColumn("Month", rows.Select(r => r.Month)),
            new DecimalDataFrameColumn("YearToDate", rows.Select(r => r.YearToDate)),
            new DecimalDataFrameColumn("Rolling12Months", rows.Select(r => r.Rolling)));
    }

    /// <summary>The children behind a result: Child, Subject, InDenominator, InNumerator, Reason.</summary>
    public static DataFrame Of(IEnumerable<ChildExplanation> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var list = children.ToList();
        return new DataFrame(
            new StringDataFrameColumn("Child", list.Select(c => c.ChildId.Value)),
            new StringDataFrameColumn("Subject", list.Select(c => c.Subject)),
            new BooleanDataFrameColumn("InDenominator", list.Select(c => c.InDenominator)),
            new BooleanDataFrameColumn("InNumerator", list.Select(c => c.InNumerator)),
            new StringDataFrameColumn("Reason", list.Select(c => c.Reason)));
    }

    // A date as a DateTime at midnight: the DataFrame has no date-only column.
    private static PrimitiveDataFrameColumn<DateTime> Dates(string name, IEnumerable<LocalDate> dates) =>
        new(name, dates.Select(d => d.ToDateTimeUnspecified()));
}
