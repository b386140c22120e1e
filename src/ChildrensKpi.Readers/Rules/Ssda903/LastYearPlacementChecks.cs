namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// 503G, 503H and 503J: the episode open at the end of last year's return, carried on as this year's first episode
/// (as 503A-503F read it, <see cref="CarriedOverEpisodeCheck"/>), keeps its placement distance (PL_DISTANCE), its local
/// authority of placement (PL_LA) and its placement location (PL_LOCATION); 452 (PL_LA) and 453 (PL_DISTANCE), the
/// "contradiction" between last year's last episode and this year's first, read the same way for a first episode with
/// the same RNE. The values are not in the return: the DfE derives them from the postcodes
/// (<see cref="PlacementGeography"/>), so the rules need a postcode lookup, and 503J the council's code too; without
/// them they are reported not run. Flags this year's first episode.
/// </summary>
/// <remarks>
/// Readings chosen: 452 and 453 compare only when last year's last episode is still open (a closed one is not carried
/// on, so a new placement this year contradicts nothing) and this year's first episode has its RNE (one with another
/// RNE is recorded as a different start, which is 503A's finding), as the councils' validator reads them; 503G-503J
/// compare every carried-over episode. An episode whose value cannot be derived (a postcode blank or not in the
/// lookup) in either year is not judged, since nothing is known to differ; the unknown postcode is 392b's or 392c's
/// finding. Distances are compared as recorded, to one decimal place of a mile.
/// </remarks>
internal sealed class CarriedOverPlacementCheck : Ssda903Check
{
    private readonly string _field;
    private readonly bool _sameRne;

    private CarriedOverPlacementCheck(string code, string field, DfeReference needs = DfeReference.None, bool sameRne = false)
        : base(code, DfeReference.PreviousReturn | DfeReference.Postcodes | needs)
    {
        _field = field;
        _sameRne = sameRne;
    }

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new CarriedOverPlacementCheck("452", PlacementGeography.La, sameRne: true),
        new CarriedOverPlacementCheck("453", PlacementGeography.Distance, sameRne: true),
        new CarriedOverPlacementCheck("503G", PlacementGeography.Distance),
        new CarriedOverPlacementCheck("503H", PlacementGeography.La),
        new CarriedOverPlacementCheck("503J", PlacementGeography.Location, DfeReference.LocalAuthorityCode),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episodes = context.Current.Episodes;
        var last = context.Previous!.Episodes;
        var postcodes = context.Postcodes!;
        var open = LastYearEpisodes.OpenAtEnd(last);
        var rne = episodes.Column("RNE");
        var lastRne = last.Column("RNE");
        foreach (var (child, first) in LastYearEpisodes.First(episodes))
        {
            if (!open.TryGetValue(child, out int carried) || (_sameRne && !Ssda903Column.Same(rne, first, lastRne, carried)))
            {
                continue;
            }
            var now = PlacementGeography.Of(_field, episodes, first, postcodes, context.LocalAuthorityCode);
            var then = PlacementGeography.Of(_field, last, carried, postcodes, context.LocalAuthorityCode);
            if (now is not null && then is not null && now != then)
            {
                Flag(context, episodes, first, detail: $"{_field}={now}; last year's open episode has {_field}={then}");
            }
        }
    }
}
