namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// A rule that judges each row of one table on its own (and, at most, on the child's header row): the columns are looked
/// up once, then the predicate runs over the rows.
/// </summary>
internal sealed class RowCheck : Ssda903Check
{
    private readonly string _table;
    private readonly Func<Ssda903ReturnTables, CollectionYear, Func<int, bool>> _breaks;

    /// <param name="code">The DfE code.</param>
    /// <param name="table">The table whose rows are judged.</param>
    /// <param name="breaks">Given the return and the year, whether row <c>i</c> breaks the rule.</param>
    public RowCheck(string code, string table, Func<Ssda903ReturnTables, CollectionYear, Func<int, bool>> breaks)
        : base(code)
    {
        _table = table;
        _breaks = breaks;
    }

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var table = context.Current.Table(_table);
        var breaks = _breaks(context.Current, context.Year);
        for (int row = 0; row < table.RowCount; row++)
        {
            if (breaks(row))
            {
                Flag(context, table, row);
            }
        }
    }
}
