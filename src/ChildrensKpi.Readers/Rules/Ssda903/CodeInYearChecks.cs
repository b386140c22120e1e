namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// "A code must be valid in its year": the rules that flag a cell whose code is not in the column's code list of the
/// collection year, the lists read from the per-year schema (<see cref="Ssda903Schedule"/>, one definition of each list).
/// </summary>
/// <remarks>
/// Whether a blank cell breaks the rule is the rule's own: where the DfE's message says "or has not been entered" or
/// "or blank", or the item is one every row must have (sex, ethnicity, and the reason, legal status, need and placement
/// of an episode), a blank is flagged; elsewhere a blank is another rule's business (the "must be coded or left blank"
/// rules) and is not flagged here.
/// </remarks>
internal sealed class CodeInYearCheck : Ssda903Check
{
    private readonly string _table;
    private readonly string _column;
    private readonly bool _blankBreaks;

    public CodeInYearCheck(string code, string table, string column, bool blankBreaks)
        : base(code)
    {
        _table = table;
        _column = column;
        _blankBreaks = blankBreaks;
    }

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new CodeInYearCheck("101", "Header", "SEX", blankBreaks: true),
        new CodeInYearCheck("103", "Header", "ETHNIC", blankBreaks: true),
        new CodeInYearCheck("114", "AD1", "FOSTER_CARE", blankBreaks: false),
        new CodeInYearCheck("120", "PlacedAdoption", "REASON_PLACED_CEASED", blankBreaks: false),
        new CodeInYearCheck("131", "OC3", "IN_TOUCH", blankBreaks: false),
        new CodeInYearCheck("132", "OC3", "ACTIV", blankBreaks: false),
        new CodeInYearCheck("133", "OC3", "ACCOM", blankBreaks: false),
        new CodeInYearCheck("143", "Episodes", "RNE", blankBreaks: true),
        new CodeInYearCheck("144", "Episodes", "LS", blankBreaks: true),
        new CodeInYearCheck("145", "Episodes", "CIN", blankBreaks: true),
        new CodeInYearCheck("146", "Episodes", "PLACE", blankBreaks: true),
        new CodeInYearCheck("149", "Episodes", "REC", blankBreaks: false),
        new CodeInYearCheck("167", "Reviews", "REVIEW_CODE", blankBreaks: true),
        new CodeInYearCheck("176", "AD1", "SEX_ADOPTR", blankBreaks: false),
        new CodeInYearCheck("177", "AD1", "LS_ADOPTR", blankBreaks: false),
        new CodeInYearCheck("196", "OC2", "SDQ_REASON", blankBreaks: false),
        new CodeInYearCheck("631", "PrevPerm", "PREV_PERM", blankBreaks: false),
        new CodeInYearCheck("1006", "Missing", "MISSING", blankBreaks: false),
        new CodeInYearCheck("1009", "Episodes", "REASON_PLACE_CHANGE", blankBreaks: false),
        new CodeInYearCheck("SW13STG1", "SWEpisodes", "SW_REASON", blankBreaks: false),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var table = context.Current.Table(_table);
        var codes = Ssda903Schedule.Current.Knows(context.Year) ? Ssda903Schedule.Current.Codes(_table, _column, context.Year) : null;
        if (codes is not { } list)
        {
            return; // the year's schema has no list for the column: no code can be judged against it
        }
        var valid = list.ToHashSet(StringComparer.Ordinal);
        var cells = table.Column(_column).Cells;
        for (int row = 0; row < cells.Length; row++)
        {
            if (cells[row] is { } code ? !valid.Contains(code) : _blankBreaks)
            {
                Flag(context, table, row);
            }
        }
    }
}
