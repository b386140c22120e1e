namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that an episode's placement for adoption (PLACE A3-A6) or placement order (LS E1) has the decision that the
/// child should be placed for adoption (a PlacedAdoption row of the child with a DATE_PLACED).
/// </summary>
internal sealed class AdoptionDecisionCheck(string code, Func<string?, string?, bool> applies) : Ssda903Check(code)
{
    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 551: placed for adoption (A3-A6).
        new AdoptionDecisionCheck("551", (place, _) => place is "A3" or "A4" or "A5" or "A6"),
        // 553: a placement order granted (LS E1).
        new AdoptionDecisionCheck("553", (_, ls) => ls == "E1"),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var tables = context.Current;
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var child = tables.PlacedAdoption.Column("CHILD");
        var placed = tables.PlacedAdoption.Column("DATE_PLACED");
        for (int i = 0; i < tables.PlacedAdoption.RowCount; i++)
        {
            if (child[i] is { } id && placed[i] is not null)
            {
                decided.Add(id);
            }
        }
        var episodes = tables.Episodes;
        var episodeChild = episodes.Column("CHILD");
        var place = episodes.Column("PLACE");
        var ls = episodes.Column("LS");
        for (int i = 0; i < episodes.RowCount; i++)
        {
            if (applies(place[i], ls[i]) && !(episodeChild[i] is { } id && decided.Contains(id)))
            {
                Flag(context, episodes, i);
            }
        }
    }
}

/// <summary>
/// 1012: a child with no episode this year (a care leaver, in the Header and OC3 only) has no rows in PlacedAdoption,
/// Missing, Reviews, AD1, PrevPerm or OC2. The DfE's message names the OC3 children; the rule is read as every child
/// with no episode, since a child with neither an episode nor an OC3 row has no business in those tables either (and
/// is what the councils' validator flags).
/// </summary>
internal sealed class NoEpisodeNoOtherData() : Ssda903Check("1012")
{
    private static readonly string[] Tables = ["PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2"];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes.RowsByChild;
        foreach (var name in Tables)
        {
            var table = context.Current.Table(name);
            var child = table.Column("CHILD");
            for (int i = 0; i < table.RowCount; i++)
            {
                if (child[i] is not { } id || !episodes.ContainsKey(id))
                {
                    Flag(context, table, i);
                }
            }
        }
    }
}
