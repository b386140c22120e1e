namespace ChildrensKpi.Readers;

/// <summary>
/// The rows of a table that the file's collection year does not have (e.g. social worker episodes in a 2019-20 return):
/// each is rejected, naming the years that collect the table.
/// </summary>
internal sealed class TableNotCollectedSink(string table, CollectionYear year) : ITableSink
{
    private readonly string _rule = $"the {table} table is collected in {Ssda903Schedule.Current.YearsCollecting(table)}, not in {year}";
    private int _child;

    public void BeginFile(IReadOnlyDictionary<string, int> columns) => _child = columns.GetValueOrDefault("CHILD", -1);

    public RowVerdict Accept(in CsvRow row) => RowVerdict.Rejected(row.Reject(_child, _rule));
}
