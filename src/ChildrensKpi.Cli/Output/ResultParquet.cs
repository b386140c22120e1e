using System.Globalization;
using Parquet.Serialization;

namespace ChildrensKpi.Cli.Output;

/// <summary>
/// Writes results as Apache Parquet for DuckDB, Spark or Power BI: one row per indicator, and with <c>--detail</c> one row
/// per indicator and child in a second file beside it (<c>name.children.parquet</c>). Numbers are doubles, as analysis
/// tools expect; the JSON keeps them exact. Withheld figures are null and <c>Suppressed</c> says why; the children of an
/// indicator with a withheld figure are not written (<see cref="PublishedIndicator.Children"/>).
/// </summary>
internal static class ResultParquet
{
    public static async Task WriteAsync(PublishedReport report, string path, bool detail, CancellationToken cancellationToken)
    {
        var indicators = report.Indicators.Select(r => new IndicatorRow
        {
            PeriodStart = Iso(r.Period.Start),
            PeriodEnd = Iso(r.Period.End),
            Id = r.Definition.Id,
            Name = r.Definition.Name,
            Polarity = r.Definition.Polarity.ToString(),
            Unit = r.Definition.Unit.ToString(),
            Numerator = r.Numerator is { } n ? (double)n : null,
            Denominator = r.Denominator is { } d ? (double)d : null,
            Value = r.Value is { } v ? (double)v : null,
            Notes = string.Join(" ", r.Notes),
            Suppressed = string.Join("; ", r.Withheld),
        }).ToList();
        await using (var stream = File.Create(path))
        {
            await ParquetSerializer.SerializeAsync(indicators, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        if (detail)
        {
            var children = report.Indicators.SelectMany(r => r.Children.Select(c => new ChildRow
            {
                Id = r.Definition.Id,
                ChildId = c.ChildId.Value,
                Subject = c.Subject,
                InDenominator = c.InDenominator,
                InNumerator = c.InNumerator,
                Reason = c.Reason,
            })).ToList();
            await using var stream = File.Create(ChildrenPath(path));
            await ParquetSerializer.SerializeAsync(children, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Where the child-level rows of <paramref name="path"/> go: <c>result.parquet</c> → <c>result.children.parquet</c>.</summary>
    public static string ChildrenPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + ".children.parquet");

    private static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class IndicatorRow
    {
        public string PeriodStart { get; set; } = "";

        public string PeriodEnd { get; set; } = "";

        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Polarity { get; set; } = "";

        public string Unit { get; set; } = "";

        public double? Numerator { get; set; }

        public double? Denominator { get; set; }

        public double? Value { get; set; }

        public string Notes { get; set; } = "";

        public string Suppressed { get; set; } = "";
    }

    internal sealed class ChildRow
    {
        public string Id { get; set; } = "";

        public string ChildId { get; set; } = "";

        public string? Subject { get; set; }

        public bool InDenominator { get; set; }

        public bool InNumerator { get; set; }

        public string Reason { get; set; } = "";
    }
}
