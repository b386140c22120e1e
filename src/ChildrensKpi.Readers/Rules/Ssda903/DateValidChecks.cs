namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// "A date must be a date": the rules that flag a cell that is not a date written <c>dd/mm/yyyy</c> (a day the calendar
/// lacks, another format, text). A blank cell breaks only the rules whose message or item requires a date ("is invalid
/// or blank"; the date of birth and the start of an episode, which every row has); elsewhere a blank is another rule's.
/// </summary>
internal sealed class DateValidCheck : Ssda903Check
{
    private readonly string _table;
    private readonly string _column;
    private readonly bool _blankBreaks;

    public DateValidCheck(string code, string table, string column, bool blankBreaks)
        : base(code)
    {
        _table = table;
        _column = column;
        _blankBreaks = blankBreaks;
    }

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new DateValidCheck("102", "Header", "DOB", blankBreaks: true),
        new DateValidCheck("112", "AD1", "DATE_INT", blankBreaks: false),
        new DateValidCheck("113", "AD1", "DATE_MATCH", blankBreaks: false),
        new DateValidCheck("115", "PlacedAdoption", "DATE_PLACED", blankBreaks: false),
        new DateValidCheck("116", "PlacedAdoption", "DATE_PLACED_CEASED", blankBreaks: false),
        new DateValidCheck("141", "Episodes", "DECOM", blankBreaks: true),
        new DateValidCheck("147", "Episodes", "DEC", blankBreaks: false),
        new DateValidCheck("166", "Reviews", "REVIEW", blankBreaks: true),
        new DateValidCheck("171", "Header", "MC_DOB", blankBreaks: false),
        new DateValidCheck("1004", "Missing", "MIS_START", blankBreaks: false),
        new DateValidCheck("1005", "Missing", "MIS_END", blankBreaks: false),
        new DateValidCheck("SW04STG1", "SWEpisodes", "SW_DECOM", blankBreaks: false),
        new DateValidCheck("SW05STG1", "SWEpisodes", "SW_DEC", blankBreaks: false),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var table = context.Current.Table(_table);
        var days = table.Column(_column).Days;
        for (int row = 0; row < days.Length; row++)
        {
            if (days[row] == Ssda903Column.NotADate || (_blankBreaks && days[row] == Ssda903Column.Blank))
            {
                Flag(context, table, row);
            }
        }
    }
}
