namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The internal checks that every table's child is the Header's (INT01-INT09), has the Header's date of birth
/// (INT11-INT18) and sex (INT21), and that a one-row-per-child table has one row per child (INT31-INT36); and EPI, a
/// Header child with no episode who is not a care leaver (OC3).
/// </summary>
internal sealed class HeaderLinkCheck : Ssda903Check
{
    private enum Kind { NotInHeader, DobDiffers, SexDiffers, Duplicate, NoEpisodes }

    private readonly string _table;
    private readonly Kind _kind;

    private HeaderLinkCheck(string code, string table, Kind kind)
        : base(code)
    {
        _table = table;
        _kind = kind;
    }

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new HeaderLinkCheck("INT01", "AD1", Kind.NotInHeader), new HeaderLinkCheck("INT02", "PlacedAdoption", Kind.NotInHeader),
        new HeaderLinkCheck("INT03", "Episodes", Kind.NotInHeader), new HeaderLinkCheck("INT04", "Missing", Kind.NotInHeader),
        new HeaderLinkCheck("INT05", "OC2", Kind.NotInHeader), new HeaderLinkCheck("INT06", "OC3", Kind.NotInHeader),
        new HeaderLinkCheck("INT07", "PrevPerm", Kind.NotInHeader), new HeaderLinkCheck("INT08", "Reviews", Kind.NotInHeader),
        new HeaderLinkCheck("INT09", "UASC", Kind.NotInHeader),
        new HeaderLinkCheck("INT11", "AD1", Kind.DobDiffers), new HeaderLinkCheck("INT12", "PlacedAdoption", Kind.DobDiffers),
        new HeaderLinkCheck("INT13", "Missing", Kind.DobDiffers), new HeaderLinkCheck("INT14", "OC2", Kind.DobDiffers),
        new HeaderLinkCheck("INT15", "OC3", Kind.DobDiffers), new HeaderLinkCheck("INT16", "PrevPerm", Kind.DobDiffers),
        new HeaderLinkCheck("INT17", "Reviews", Kind.DobDiffers), new HeaderLinkCheck("INT18", "UASC", Kind.DobDiffers),
        new HeaderLinkCheck("INT21", "UASC", Kind.SexDiffers),
        new HeaderLinkCheck("INT31", "AD1", Kind.Duplicate), new HeaderLinkCheck("INT32", "Header", Kind.Duplicate),
        new HeaderLinkCheck("INT33", "OC2", Kind.Duplicate), new HeaderLinkCheck("INT34", "OC3", Kind.Duplicate),
        new HeaderLinkCheck("INT35", "PrevPerm", Kind.Duplicate), new HeaderLinkCheck("INT36", "UASC", Kind.Duplicate),
        new HeaderLinkCheck("EPI", "Header", Kind.NoEpisodes),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var tables = context.Current;
        var table = tables.Table(_table);
        var child = table.Column("CHILD");
        var header = tables.Header.RowsByChild;
        var headerSex = tables.Header.Column("SEX");
        var dob = table.Column("DOB");
        var headerDob = tables.Header.Column("DOB");
        var episodes = tables.Episodes.RowsByChild;
        var byChild = table.RowsByChild;
        var careLeavers = tables.Oc3.RowsByChild;
        for (int row = 0; row < table.RowCount; row++)
        {
            var id = child[row];
            bool breaks = _kind switch
            {
                // A row without a CHILD is no Header child either.
                Kind.NotInHeader => id is null || !header.ContainsKey(id),
                // Compared as written (upper-cased): 1/2/2010 and 01/02/2010 are one date, compared as dates when both are.
                Kind.DobDiffers => id is not null && header.TryGetValue(id, out var h) && !Ssda903Column.Same(dob, row, headerDob, h[0]),
                Kind.SexDiffers => id is not null && header.TryGetValue(id, out var hs) && table.Column("SEX")[row] != headerSex[hs[0]],
                Kind.Duplicate => id is not null && byChild[id].Length > 1,
                // A care leaver (in OC3) has no episode this year by design.
                _ => id is not null && !episodes.ContainsKey(id) && !careLeavers.ContainsKey(id),
            };
            if (breaks)
            {
                Flag(context, table, row);
            }
        }
    }
}
