namespace ChildrensKpi.Readers;

/// <summary>Rows of a recognised table that no indicator of this version uses: counted, and excluded with that reason.</summary>
internal sealed class UnusedTableSink(string table) : ITableSink
{
    private readonly string _reason = $"the {table} table is not used by any indicator in this version";

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
    }

    public RowVerdict Accept(in CsvRow row) => RowVerdict.Excluded(_reason);
}
