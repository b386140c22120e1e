using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>
/// The <c>Children (internal use)</c> sheet: every child (or item) behind each indicator's figures, as the report publishes
/// them (ids pseudonymised when asked; none for an indicator with a withheld figure). Marked for internal use.
/// </summary>
internal static class ChildrenSheet
{
    public const string Name = "Children (internal use)";

    private const string Warning = "Internal use only: child-level data. Do not publish it or share it outside those entitled to see it.";

    private static readonly ImmutableArray<WorkbookColumn> Columns =
    [
        new("Indicator", 10), new("Child", 20), new("Item", 20), new("In denominator", 15), new("In numerator", 13), new("Reason", 80),
    ];

    public static WorkbookSheet Of(PublishedReport report) => new(Name, Columns, Rows(report)) { InternalUse = Warning };

    // Lazy: a national return's child list is millions of rows, streamed into the sheet.
    private static IEnumerable<WorkbookCell[]> Rows(PublishedReport report)
    {
        foreach (var shown in report.Indicators)
        {
            foreach (var child in shown.Children)
            {
                yield return
                [
                    WorkbookCell.Text(shown.Definition.Id), WorkbookCell.Text(child.ChildId.Value), WorkbookCell.Text(child.Subject),
                    WorkbookCell.Boolean(child.InDenominator), WorkbookCell.Boolean(child.InNumerator), WorkbookCell.Text(child.Reason),
                ];
            }
        }
    }
}
