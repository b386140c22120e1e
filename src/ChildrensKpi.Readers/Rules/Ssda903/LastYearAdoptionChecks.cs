namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that a decision that the child should be placed for adoption (PlacedAdoption) agrees with last year's
/// record of it. Each PlacedAdoption row this year is set beside every row of the child's last year; the row is flagged
/// when one pair breaks the rule. Last year's decision "changed" (the child should no longer be placed) when it has a
/// DATE_PLACED_CEASED or a REASON_PLACED_CEASED.
/// <list type="bullet">
/// <item>559: a decision dated before this collection year was recorded last year (a last-year row with a DATE_PLACED).</item>
/// <item>560: last year's decision stands (a DATE_PLACED, no DATE_PLACED_CEASED), so this year's DATE_PLACED is the same.</item>
/// <item>561: last year's decision changed, so this year's DATE_PLACED is not the same date (it is a new decision).</item>
/// <item>584: last year's decision changed, so this year's DATE_PLACED is a later decision: blank or not after last year's breaks it.</item>
/// </list>
/// </summary>
internal sealed class LastYearAdoptionCheck : Ssda903Check
{
    private enum Kind { RecordedLastYear, Unchanged, SameAfterChange, LaterAfterChange }

    private readonly Kind _kind;

    private LastYearAdoptionCheck(string code, Kind kind)
        : base(code, DfeReference.PreviousReturn) => _kind = kind;

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new LastYearAdoptionCheck("559", Kind.RecordedLastYear), new LastYearAdoptionCheck("560", Kind.Unchanged),
        new LastYearAdoptionCheck("561", Kind.SameAfterChange), new LastYearAdoptionCheck("584", Kind.LaterAfterChange),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var table = context.Current.PlacedAdoption;
        var lastTable = context.Previous!.PlacedAdoption;
        var child = table.Column("CHILD");
        var placed = table.Column("DATE_PLACED");
        var lastPlaced = lastTable.Column("DATE_PLACED");
        var lastCeased = lastTable.Column("DATE_PLACED_CEASED");
        var lastReason = lastTable.Column("REASON_PLACED_CEASED");
        var last = lastTable.RowsByChild;
        int start = Ssda903Dates.Start(context.Year);
        for (int i = 0; i < table.RowCount; i++)
        {
            int[] rows = child[i] is { } id && last.TryGetValue(id, out var r) ? r : [];
            bool breaks = false;
            if (_kind == Kind.RecordedLastYear)
            {
                breaks = placed.IsDate(i) && placed.Days[i] < start && !rows.Any(j => lastPlaced[j] is not null);
            }
            foreach (int j in rows)
            {
                bool changed = lastCeased[j] is not null || lastReason[j] is not null;
                breaks |= _kind switch
                {
                    Kind.Unchanged => lastPlaced[j] is not null && lastCeased[j] is null && !Ssda903Column.Same(placed, i, lastPlaced, j),
                    Kind.SameAfterChange => changed && placed[i] is not null && Ssda903Column.Same(placed, i, lastPlaced, j),
                    Kind.LaterAfterChange => changed && (placed[i] is null
                        || (placed.IsDate(i) && lastPlaced.IsDate(j) && placed.Days[i] <= lastPlaced.Days[j])),
                    _ => false,
                };
            }
            if (breaks)
            {
                Flag(context, table, i);
            }
        }
    }
}
