using System.Text.Json.Serialization;

namespace ChildrensKpi;

/// <summary>The JSON contract of cli-contract.md, kept apart from the domain types so that neither constrains the other.</summary>
internal sealed record ComputeReportDocument(
    string PeriodStart,
    string PeriodEnd,
    IReadOnlyList<IndicatorDocument> Indicators,
    RowsDocument Rows,
    IReadOnlyList<FileDocument> Files,
    IReadOnlyList<RejectionDocument> Rejections,
    IReadOnlyList<ExclusionDocument> Exclusions,
    IReadOnlyList<string> Warnings)
{
    public static ComputeReportDocument From(PublishedReport report, bool includeChildren) => new(
        ReportingPeriod.Iso(report.Period.Start),
        ReportingPeriod.Iso(report.Period.End),
        [.. report.Indicators.Select(i => IndicatorDocument.From(i, includeChildren))],
        RowsDocument.From(report.Inputs.Rows),
        [.. report.Inputs.Files.Select(f => new FileDocument(f.Path, f.Table, f.Rows.Read, f.Rows.Used, f.Rows.Excluded, f.Rows.Rejected, f.CollectionYear))],
        [.. report.Inputs.Rejections.Select(r => new RejectionDocument(r.Path, r.Line, r.Column, r.Value, r.Rule, r.RuleId, r.DfeRuleId))],
        [.. report.Inputs.Exclusions.Select(e => new ExclusionDocument(e.Path, e.Reason, e.Rows, e.FirstLine))],
        report.Inputs.Warnings);
}

internal sealed record IndicatorDocument(
    string Id,
    IReadOnlyList<string> Aliases,
    string Name,
    Polarity Polarity,
    IndicatorUnit Unit,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Value,
    IReadOnlyList<string> Notes,
    DefinitionDocument Definition,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChildDocument>? Children,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Band,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Target,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Rag? Rag,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Rank,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RankOf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Quartile,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? National,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? PreviousValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DirectionOfTravel? DirectionOfTravel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? PerformanceNotes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Suppressed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BreakdownDocument>? Breakdowns)
{
    // Numerator and denominator are null only when withheld under disclosure control, which the caller must ask for.
    public static IndicatorDocument From(PublishedIndicator published, bool includeChildren)
    {
        var d = published.Definition;
        var assessment = published.Assessment;
        return new(
            d.Id,
            d.Aliases,
            d.Name,
            d.Polarity,
            d.Unit,
            published.Numerator,
            published.Denominator,
            published.Value,
            published.Notes,
            new DefinitionDocument(d.Numerator, d.Denominator, d.Source),
            includeChildren ? [.. published.Children.Select(c => new ChildDocument(c.ChildId.Value, c.Subject, c.InDenominator, c.InNumerator, c.Reason))] : null,
            assessment?.Band,
            assessment?.Target,
            assessment?.Rag,
            assessment?.Rank,
            assessment?.RankOf,
            assessment?.Quartile,
            assessment?.National,
            assessment?.PreviousValue,
            assessment?.DirectionOfTravel,
            assessment is null || assessment.Notes.IsEmpty ? null : assessment.Notes,
            published.IsSuppressed ? published.Withheld : null,
            published.Breakdowns.IsEmpty ? null : [.. published.Breakdowns.Select(BreakdownDocument.From)]);
    }
}

// breakdowns is left out unless asked for (--breakdown), so the contract's documents are otherwise unchanged.
internal sealed record BreakdownDocument(BreakdownDimension Dimension, IReadOnlyList<BreakdownGroupDocument> Groups)
{
    public static BreakdownDocument From(PublishedBreakdown breakdown) => new(breakdown.Dimension,
        [.. breakdown.Groups.Select(g => new BreakdownGroupDocument(g.Group, g.Figures.Numerator, g.Figures.Denominator, g.Figures.Value,
            g.Figures.IsSuppressed ? g.Figures.Withheld : null))]);
}

internal sealed record BreakdownGroupDocument(
    string Group,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Suppressed);

internal sealed record DefinitionDocument(string Numerator, string Denominator, string Source);

internal sealed record ChildDocument(
    string ChildId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject,
    bool InDenominator,
    bool InNumerator,
    string Reason);

internal sealed record RowsDocument(long Read, long Used, long Excluded, long Rejected)
{
    public static RowsDocument From(RowCounts rows) => new(rows.Read, rows.Used, rows.Excluded, rows.Rejected);
}

// collectionYear is left out when the file has none (population, finance, ...), so those files' entries are unchanged.
internal sealed record FileDocument(string Path, string Table, long Read, long Used, long Excluded, long Rejected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CollectionYear);

// ruleId and dfeRuleId are left out when there is none (an unreadable value; no DfE rule), so rejections read before
// they existed are unchanged.
internal sealed record RejectionDocument(
    string Path,
    long Line,
    string Column,
    string? Value,
    string Rule,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RuleId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DfeRuleId);

internal sealed record ExclusionDocument(string Path, string Reason, long Rows, long FirstLine);
