using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>The account of every input row as sheets (<see cref="KpiWorkbook.DataQuality"/>).</summary>
internal static class DataQualitySheets
{
    private static readonly ImmutableArray<WorkbookColumn> FileColumns =
        [new("File", 50), new("Table", 16), new("Read", 11), new("Used", 11), new("Excluded", 11), new("Rejected", 11)];

    private static readonly ImmutableArray<WorkbookColumn> RejectionColumns =
        [new("File", 40), new("Line", 9), new("Column", 16), new("Value", 20), new("Rule id", 13), new("DfE rule", 11), new("Rule", 70), new("Child", 20)];

    private static readonly ImmutableArray<WorkbookColumn> ExclusionColumns =
        [new("File", 40), new("Reason", 70), new("Rows", 10), new("First line", 11)];

    public static ImmutableArray<WorkbookSheet> Of(InputAccount account)
    {
        var sheets = ImmutableArray.CreateBuilder<WorkbookSheet>();
        var total = account.Rows;
        sheets.Add(new WorkbookSheet("Data quality", FileColumns,
        [
            .. account.Files.Select(f => Counts(WorkbookCell.Text(f.Path), WorkbookCell.Text(f.Table), f.Rows)),
            Counts(WorkbookCell.Text("All files"), WorkbookCell.Empty, total),
        ]));
        sheets.Add(new WorkbookSheet("Rejections", RejectionColumns, account.Rejections.Select(r => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Text(r.Path), WorkbookCell.Number(r.Line, NumberFormat.Whole), WorkbookCell.Text(r.Column), WorkbookCell.Text(r.Value),
            WorkbookCell.Text(r.RuleId), WorkbookCell.Text(r.DfeRuleId), WorkbookCell.Text(r.Rule), WorkbookCell.Text(r.ChildId),
        ]))
        {
            InternalUse = "Internal use only: rejected rows name children and hold their values.",
        });
        sheets.Add(new WorkbookSheet("Exclusions", ExclusionColumns, account.Exclusions.Select(e => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Text(e.Path), WorkbookCell.Text(e.Reason), WorkbookCell.Number(e.Rows, NumberFormat.Whole), WorkbookCell.Number(e.FirstLine, NumberFormat.Whole),
        ])));
        if (!account.Warnings.IsEmpty)
        {
            sheets.Add(new WorkbookSheet("Warnings", [new("Warning", 120)], account.Warnings.Select(w => (IReadOnlyList<WorkbookCell>)[WorkbookCell.Text(w)])));
        }
        return sheets.ToImmutable();
    }

    private static WorkbookCell[] Counts(WorkbookCell file, WorkbookCell table, RowCounts rows) =>
    [
        file, table, WorkbookCell.Number(rows.Read, NumberFormat.Whole), WorkbookCell.Number(rows.Used, NumberFormat.Whole),
        WorkbookCell.Number(rows.Excluded, NumberFormat.Whole), WorkbookCell.Number(rows.Rejected, NumberFormat.Whole),
    ];
}
