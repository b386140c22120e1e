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
    /// them, a series (a published one with the report's chart above its table), a child list, an input account (the rows
    /// of each file, the rejections and exclusions), a list of rejections and a breakdown's groups. Safe to call again.
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
        Html<InputAccount>(KpiTables.Account);
        Html<IEnumerable<Rejection>>(KpiTables.Rejections);
        Html<IEnumerable<BreakdownGroup>>(KpiTables.Breakdown);
    }

    private static void Html<T>(Func<T, string> html) =>
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
}
