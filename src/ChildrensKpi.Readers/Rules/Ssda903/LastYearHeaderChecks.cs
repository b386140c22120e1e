namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that a child's Header agrees with last year's (202 SEX, 203 DOB, 204 ETHNIC, 208 UPN, 624 MC_DOB), and
/// 207, that a child recorded as a mother last year (MOTHER 1) still is. The child's Header row is flagged when a row
/// of last year's Header for the child disagrees. A "contradiction" is read as two recorded values that differ: a value
/// missing in either year is no contradiction of the other (and a blank this year is the year's own completeness rule's
/// business); dates are compared as dates.
/// </summary>
internal sealed class LastYearHeaderCheck : Ssda903Check
{
    private readonly string _field;

    private LastYearHeaderCheck(string code, string field)
        : base(code, DfeReference.PreviousReturn) => _field = field;

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new LastYearHeaderCheck("202", "SEX"), new LastYearHeaderCheck("203", "DOB"), new LastYearHeaderCheck("204", "ETHNIC"),
        new LastYearHeaderCheck("207", "MOTHER"), new LastYearHeaderCheck("208", "UPN"), new LastYearHeaderCheck("624", "MC_DOB"),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var header = context.Current.Header;
        var lastHeader = context.Previous!.Header;
        var child = header.Column("CHILD");
        var now = header.Column(_field);
        var then = lastHeader.Column(_field);
        var last = lastHeader.RowsByChild;
        var episodes = context.Current.Episodes.RowsByChild;
        for (int i = 0; i < header.RowCount; i++)
        {
            if (child[i] is not { } id || !last.TryGetValue(id, out var rows))
            {
                continue;
            }
            bool breaks = false;
            foreach (int j in rows)
            {
                breaks |= _field == "MOTHER"
                    // 207: motherhood does not end; a child looked after this year (with an episode) who was a mother
                    // last year is one this year. A care leaver's Header (no episode) records no mother status.
                    ? then[j] == "1" && now[i] != "1" && episodes.ContainsKey(id)
                    : now[i] is not null && then[j] is not null && !Ssda903Column.Same(now, i, then, j);
            }
            if (breaks)
            {
                Flag(context, header, i);
            }
        }
    }
}

/// <summary>
/// 626: a child recorded as a mother this year (MOTHER 1) whose first child was born before this collection year
/// (MC_DOB before 1 April) was a mother last year too, so last year's MOTHER 0 contradicts it. Flags this year's
/// Header row. A blank MOTHER last year is not read as 0 (no status was recorded to contradict).
/// </summary>
internal sealed class MotherBeforeTheYearCheck() : Ssda903Check("626", DfeReference.PreviousReturn)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var header = context.Current.Header;
        var child = header.Column("CHILD");
        var mother = header.Column("MOTHER");
        var born = header.Column("MC_DOB");
        var lastMother = context.Previous!.Header.Column("MOTHER");
        var last = context.Previous.Header.RowsByChild;
        int start = Ssda903Dates.Start(context.Year);
        for (int i = 0; i < header.RowCount; i++)
        {
            if (mother[i] == "1" && born.IsDate(i) && born.Days[i] < start
                && child[i] is { } id && last.TryGetValue(id, out var rows) && rows.Any(j => lastMother[j] == "0"))
            {
                Flag(context, header, i);
            }
        }
    }
}
