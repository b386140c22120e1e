using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>The <c>Summary</c> sheet: one row per indicator for the period, with its judgements when the report is judged.</summary>
internal static class SummarySheet
{
    private static readonly ImmutableArray<WorkbookColumn> Figures =
    [
        new("Id", 10), new("Aliases", 14), new("Indicator", 48), new("Value", 11), new("Numerator", 12), new("Denominator", 13),
        new("Unit", 10), new("Polarity", 16), new("Period start", 13), new("Period end", 13),
    ];

    private static readonly ImmutableArray<WorkbookColumn> Judgements =
    [
        new("Target", 10), new("RAG", 9), new("Band", 7), new("Rank", 7), new("Rank of", 8), new("Quartile", 9), new("England", 10),
        new("Previous value", 15), new("Direction of travel", 19),
    ];

    private static readonly ImmutableArray<WorkbookColumn> Remarks = [new("Notes", 60), new("Withheld", 60)];

    public static WorkbookSheet Of(PublishedReport report) => new(
        "Summary",
        report.Judged ? [.. Figures, .. Judgements, .. Remarks] : [.. Figures, .. Remarks],
        report.Indicators.Select(i => Row(i, report.Judged)));

    private static WorkbookCell[] Row(PublishedIndicator shown, bool judged)
    {
        var d = shown.Definition;
        var cells = new List<WorkbookCell>
        {
            WorkbookCell.Text(d.Id), WorkbookCell.Text(string.Join(", ", d.Aliases)), WorkbookCell.Text(d.Name),
            KpiWorkbook.Figure(shown.Value, shown.ValueWithheld, v => WorkbookCell.Value(d.Unit, v)),
            KpiWorkbook.Figure(shown.Numerator, shown.NumeratorWithheld, WorkbookCell.Count),
            KpiWorkbook.Figure(shown.Denominator, shown.DenominatorWithheld, WorkbookCell.Count),
            WorkbookCell.Text(d.Unit.ToString()), WorkbookCell.Text(d.Polarity.ToString()),
            WorkbookCell.Date(shown.Period.Start), WorkbookCell.Date(shown.Period.End),
        };
        if (judged)
        {
            var a = shown.Assessment;
            // The library withheld the judgements of a withheld value: marked as withheld, not left blank.
            bool hidden = shown.ValueWithheld;
            WorkbookCell Judgement(WorkbookCell cell) => hidden ? WorkbookCell.Text(KpiWorkbook.Withheld) : cell;
            cells.AddRange(
            [
                a?.Target is { } t ? WorkbookCell.Value(d.Unit, t) : WorkbookCell.Empty,
                Judgement(a?.Rag is { } rag ? WorkbookCell.Rag(rag) : WorkbookCell.Empty),
                Judgement(a?.Band is { } band ? WorkbookCell.Number(band, NumberFormat.Whole) : WorkbookCell.Empty),
                Judgement(a?.Rank is { } rank ? WorkbookCell.Number(rank, NumberFormat.Whole) : WorkbookCell.Empty),
                Judgement(a?.RankOf is { } of ? WorkbookCell.Number(of, NumberFormat.Whole) : WorkbookCell.Empty),
                Judgement(a?.Quartile is { } quartile ? WorkbookCell.Number(quartile, NumberFormat.Whole) : WorkbookCell.Empty),
                a?.National is { } england ? WorkbookCell.Value(d.Unit, england) : WorkbookCell.Empty,
                Judgement(a?.PreviousValue is { } previous ? WorkbookCell.Value(d.Unit, previous) : WorkbookCell.Empty),
                Judgement(a?.DirectionOfTravel is { } travel ? WorkbookCell.Text(travel.ToString()) : WorkbookCell.Empty),
            ]);
        }
        cells.Add(WorkbookCell.Text(string.Join(" ", shown.Notes.Concat(shown.Assessment?.Notes ?? []))));
        cells.Add(WorkbookCell.Text(string.Join("; ", shown.Withheld)));
        return [.. cells];
    }
}
