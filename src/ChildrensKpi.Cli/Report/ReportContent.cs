namespace ChildrensKpi.Cli.Report;

/// <summary>What the HTML report shows: the judged year and each indicator's monthly series and earlier years, as the library publishes them, and the tables they are judged against.</summary>
/// <param name="Year">The indicators for the year, judged against the tables and the previous year, with their monthly series, published.</param>
/// <param name="Performance">The tables given: the charts draw England and the comparator authorities from them.</param>
/// <param name="Authority">The authority whose rows of pooled files these are (the title names it); null for the whole input.</param>
internal sealed record ReportContent(PublishedReport Year, PerformanceInputs Performance, string? Authority = null)
{
    /// <summary>The largest count withheld (0: none).</summary>
    public int SuppressionThreshold => Year.SuppressionThreshold;

    /// <summary>The published assessment of <paramref name="indicator"/>, or null when not judged.</summary>
    public PerformanceAssessment? AssessmentOf(IndicatorDefinition indicator) =>
        Year.Indicators.FirstOrDefault(i => i.Definition.Id == indicator.Id)?.Assessment;
}
