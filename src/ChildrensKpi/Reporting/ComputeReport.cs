using System.Collections.Immutable;
using System.Text.Json;

namespace ChildrensKpi;

/// <summary>
/// The indicators computed for one period with the account of the inputs they came from: what the
/// <c>compute</c> command prints and other systems read (the JSON contract).
/// </summary>
/// <param name="Period">The period computed.</param>
/// <param name="Results">One result per indicator, in catalogue order.</param>
/// <param name="Inputs">What became of every input row.</param>
public sealed record ComputeReport(ReportingPeriod Period, ImmutableArray<IndicatorResult> Results, InputAccount Inputs)
{
    /// <summary>How each result stands against targets, bands, comparators and the previous period; empty when not judged.</summary>
    public ImmutableArray<PerformanceAssessment> Assessments { get; init; } = [];

    /// <summary>
    /// Writes the report as JSON with the contract's field names (camelCase), UTF-8, indented.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="includeChildren">Whether each indicator lists its children (<c>--detail</c>).</param>
    public void WriteJson(Stream utf8Json, bool includeChildren)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ComputeReportDocument.From(this, includeChildren), ReportJsonContext.Default.ComputeReportDocument);
    }

    /// <summary>
    /// The report as a JSON string prepared for publication: with a suppression threshold, each indicator's withheld
    /// figures are null and a <c>suppressed</c> list gives the reasons; with a child-id map, listed children are renamed.
    /// </summary>
    public string ToJson(bool includeChildren, PublicationOptions publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return JsonSerializer.Serialize(ComputeReportDocument.From(this, includeChildren, publication), ReportJsonContext.Default.ComputeReportDocument);
    }

    /// <summary>The report as a JSON string (see <see cref="WriteJson"/>).</summary>
    public string ToJson(bool includeChildren)
    {
        return JsonSerializer.Serialize(ComputeReportDocument.From(this, includeChildren), ReportJsonContext.Default.ComputeReportDocument);
    }
}
