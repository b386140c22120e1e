using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi;

/// <summary>The CSV of a published report (<see cref="PublishedReport.WriteCsv"/>), for the command line's <c>compute --format csv</c> and the web page's download.</summary>
internal static class ReportCsv
{
    /// <summary>One row per indicator, and with breakdowns one per group after it.</summary>
    public static void WriteIndicators(PublishedReport report, TextWriter writer)
    {
        // "suppressed" is the last column so that readers of the earlier columns by position are not disturbed; with
        // --breakdown, "breakdown" and "group" follow it, and each indicator's row is followed by one row per group.
        bool breakdowns = report.Indicators.Any(i => !i.Breakdowns.IsEmpty);
        string[] header = ["periodStart", "periodEnd", "id", "aliases", "name", "polarity", "unit", "numerator", "denominator", "value", "notes", "suppressed"];
        CsvText.WriteRow(writer, breakdowns ? [.. header, "breakdown", "group"] : header);
        foreach (var shown in report.Indicators)
        {
            Row(shown, shown.Notes, null, null);
            foreach (var breakdown in shown.Breakdowns)
            {
                foreach (var group in breakdown.Groups)
                {
                    Row(group.Figures, [], breakdown.Dimension.ToString(), group.Group);
                }
            }
        }

        void Row(PublishedIndicator figures, IEnumerable<string> notes, string? dimension, string? group)
        {
            var d = figures.Definition;
            string?[] cells =
            [
                Iso(report.Period.Start), Iso(report.Period.End), d.Id, string.Join("; ", d.Aliases), d.Name,
                d.Polarity.ToString(), d.Unit.ToString(),
                Figure(figures.Numerator, figures.NumeratorWithheld),
                Figure(figures.Denominator, figures.DenominatorWithheld),
                figures.ValueWithheld ? PublishedReport.Withheld : figures.Value?.ToString(CultureInfo.InvariantCulture),
                string.Join(" ", notes), string.Join("; ", figures.Withheld),
            ];
            CsvText.WriteRow(writer, breakdowns ? [.. cells, dimension, group] : cells);
        }
    }

    /// <summary>One row per child of each indicator: whether in its denominator and numerator, and why.</summary>
    public static void WriteChildren(PublishedReport report, TextWriter writer)
    {
        CsvText.WriteRow(writer, "id", "childId", "subject", "inDenominator", "inNumerator", "reason");
        foreach (var shown in report.Indicators)
        {
            foreach (var child in shown.Children)
            {
                CsvText.WriteRow(writer, shown.Definition.Id, child.ChildId.Value, child.Subject, Bool(child.InDenominator), Bool(child.InNumerator), child.Reason);
            }
        }
    }

    /// <summary>A count or sum as compute's CSV and table write it: <see cref="PublishedReport.Withheld"/> when withheld or none, else unrounded.</summary>
    internal static string Figure(decimal? figure, bool withheld) =>
        withheld || figure is not { } f ? PublishedReport.Withheld : f.ToString("0.############", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
