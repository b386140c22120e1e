namespace ChildrensKpi.Readers;

/// <summary>Takes the rows of one table, file after file, and decides each row's fate.</summary>
internal interface ITableSink
{
    /// <summary>Called before the rows of each file, with the index of each column (by upper-case name).</summary>
    void BeginFile(IReadOnlyDictionary<string, int> columns);

    RowVerdict Accept(in CsvRow row);
}
