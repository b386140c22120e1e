namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that an episode open at the end of last year's return carries on as the first episode of this year's
/// (502: the same DECOM; 503A-503F: the same RNE, LS, CIN, PLACE, PLACE_PROVIDER and URN). "Last year's record ended
/// with an open episode" is read as the child's last episode of last year (latest DECOM) having no DEC; an earlier
/// episode left open is rule 142's business, not a second end of the record. Each flags this year's first episode.
/// </summary>
internal sealed class CarriedOverEpisodeCheck : Ssda903Check
{
    private readonly string? _field;

    private CarriedOverEpisodeCheck(string code, string? field)
        : base(code, DfeReference.PreviousReturn) => _field = field;

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new CarriedOverEpisodeCheck("502", null),
        new CarriedOverEpisodeCheck("503A", "RNE"), new CarriedOverEpisodeCheck("503B", "LS"), new CarriedOverEpisodeCheck("503C", "CIN"),
        new CarriedOverEpisodeCheck("503D", "PLACE"), new CarriedOverEpisodeCheck("503E", "PLACE_PROVIDER"),
        new CarriedOverEpisodeCheck("503F", "URN"),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes;
        var last = context.Previous!.Episodes;
        var open = LastYearEpisodes.OpenAtEnd(last);
        var now = episodes.Column(_field ?? "DECOM");
        var then = last.Column(_field ?? "DECOM");
        var place = episodes.Column("PLACE");
        var lastPlace = last.Column("PLACE");
        foreach (var (child, first) in LastYearEpisodes.First(episodes))
        {
            if (!open.TryGetValue(child, out int carried) || Ssda903Column.Same(now, first, then, carried))
            {
                continue;
            }
            // 503D in 2024-25: H5 (semi-independent living) is no longer a code, and an H5 placement open at the end of
            // 2023-24 goes on as K3 (supported accommodation) — the DfE's exception "for 2025 only" (the year ending
            // March 2025). Read as the 2024-25 collection, the first without H5 (see 146 and 371).
            if (_field == "PLACE" && context.Year.StartYear == 2024 && lastPlace[carried] == "H5" && place[first] == "K3")
            {
                continue;
            }
            Flag(context, episodes, first, detail: $"last year's open episode has {_field ?? "DECOM"}={then[carried]}");
        }
    }
}

/// <summary>
/// 562: a child's first episode this year began before the collection year, so it carries on an episode of last year,
/// which must then be last year's last episode (the latest DECOM, with the same DECOM). Flags this year's first episode.
/// </summary>
internal sealed class ContinuingEpisodeCheck() : Ssda903Check("562", DfeReference.PreviousReturn)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes;
        var last = context.Previous!.Episodes;
        var lastEpisode = LastYearEpisodes.Last(last);
        var decom = episodes.Column("DECOM");
        var lastDecom = last.Column("DECOM");
        int start = Ssda903Dates.Start(context.Year);
        foreach (var (child, first) in FirstBefore(episodes, start))
        {
            if (!lastEpisode.TryGetValue(child, out int carried) || lastDecom.Days[carried] != decom.Days[first])
            {
                Flag(context, episodes, first);
            }
        }
    }

    /// <summary>Each child's first episode when it began before <paramref name="start"/>.</summary>
    internal static IEnumerable<KeyValuePair<string, int>> FirstBefore(Ssda903RuleTable episodes, int start)
    {
        var days = episodes.Column("DECOM").Days;
        return LastYearEpisodes.First(episodes).Where(f => days[f.Value] < start);
    }
}

/// <summary>
/// NoE: a child whose first episode this year began before the collection year has episodes in last year's return.
/// Flags this year's first episode.
/// </summary>
internal sealed class NoEpisodesLastYearCheck() : Ssda903Check("NoE", DfeReference.PreviousReturn)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes;
        var last = context.Previous!.Episodes.RowsByChild;
        foreach (var (child, first) in ContinuingEpisodeCheck.FirstBefore(episodes, Ssda903Dates.Start(context.Year)))
        {
            if (!last.ContainsKey(child))
            {
                Flag(context, episodes, first);
            }
        }
    }
}

/// <summary>
/// The care leaver rules that need last year's episodes: 1002, a care leaver (OC3) with no episode in either year;
/// 1010, a care leaver with no episode this year whose last episode of last year was still open (the care it left is
/// not in this year's return). Each flags the OC3 row.
/// </summary>
internal sealed class CareLeaverEpisodesCheck : Ssda903Check
{
    private readonly bool _openLastYear;

    private CareLeaverEpisodesCheck(string code, bool openLastYear)
        : base(code, DfeReference.PreviousReturn) => _openLastYear = openLastYear;

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } = [new CareLeaverEpisodesCheck("1002", false), new CareLeaverEpisodesCheck("1010", true)];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var oc3 = context.Current.Oc3;
        var child = oc3.Column("CHILD");
        var now = context.Current.Episodes.RowsByChild;
        var last = context.Previous!.Episodes.RowsByChild;
        var open = _openLastYear ? LastYearEpisodes.OpenAtEnd(context.Previous.Episodes) : null;
        for (int i = 0; i < oc3.RowCount; i++)
        {
            if (child[i] is not { } id || now.ContainsKey(id))
            {
                continue;
            }
            if (open is null ? !last.ContainsKey(id) : open.ContainsKey(id))
            {
                Flag(context, oc3, i);
            }
        }
    }
}
