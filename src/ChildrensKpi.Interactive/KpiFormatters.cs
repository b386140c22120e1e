using Microsoft.DotNet.Interactive.Formatting;

namespace ChildrensKpi.Interactive;

/// <summary>
/// Makes a .NET Interactive notebook display ChildrensKpi's results, series and child lists as tables rather than as
/// object dumps: call <see cref="Register"/> once, after <c>#r "nuget: ChildrensKpi.Interactive"</c>.
/// </summary>
public static class KpiFormatters
{
    /// <summary>
    /// Registers the HTML formatters: a computed or published report, a result or published indicator and sequences of
    /// them, a series (a published one with the report's chart above its table) and a child list. Safe to call again.
    /// </summary>
    public static void Register()
    {
        Html<ComputeReport>(r => KpiTables.Report(r.Publish(PublicationOptions.None)));
        Html<PublishedReport>(KpiTables.Report);
        Html<IndicatorResult>(r => KpiTables.Results([r]));
        Html<IEnumerable<IndicatorResult>>(KpiTables.Results);
        Html<PublishedIndicator>(p => KpiTables.Published([p]));
        Html<IEnumerable<PublishedIndicator>>(KpiTables.Published);
        Html<IndicatorSeries>(KpiTables.Series);
        Html<PublishedSeries>(KpiTables.Series);
        Html<IEnumerable<ChildExplanation>>(KpiTables.Children);
    }

    private static void Html<T>(Func<T, string> html) =>
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
}
