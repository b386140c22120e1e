namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// 576: a missing or away-from-placement period still open (no MIS_END) in last year's return goes on at the start of
/// this year's: the child's first period this year (earliest MIS_START; a period with no readable start is taken only
/// when the child has no other) starts on the open period's MIS_START. The first period this year is flagged when it
/// does not; when the child has no period this year at all, nothing this year can be flagged and last year's open
/// period is (a previous-year finding).
/// </summary>
internal sealed class OpenMissingPeriodCheck() : Ssda903Check("576", DfeReference.PreviousReturn)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var missing = context.Current.Missing;
        var last = context.Previous!.Missing;
        var lastChild = last.Column("CHILD");
        var lastStart = last.Column("MIS_START");
        var lastEnd = last.Column("MIS_END");
        var start = missing.Column("MIS_START");
        var order = missing.OrderBy("MIS_START");
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var child = missing.Column("CHILD");
        for (int c = 0; c < order.Children; c++)
        {
            int row = order.Of(c)[0];
            first[child[row]!] = row;
        }
        var flagged = new HashSet<int>();
        for (int j = 0; j < last.RowCount; j++)
        {
            if (lastEnd[j] is not null || lastChild[j] is not { } id)
            {
                continue;
            }
            if (!first.TryGetValue(id, out int row))
            {
                Flag(context, last, j, previousYear: true);
            }
            else if (!Ssda903Column.Same(start, row, lastStart, j) && flagged.Add(row))
            {
                Flag(context, missing, row, detail: $"last year's open period started {lastStart[j]}");
            }
        }
    }
}
