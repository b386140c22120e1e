using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The SSDA903 records of one council, possibly over several years: children (Header), episodes and care-leaver
/// outcomes (OC3), and, set with initialisers, reviews, OC2 outcomes, AD1 rows, placements for adoption, missing
/// episodes, UASC rows, social worker episodes and deprivation of liberty orders. Build it from files with the readers, or from records another system already holds:
/// <c>new LookedAfterData(episodes, children) { Reviews = reviews }</c>.
/// </summary>
/// <remarks>
/// The per-child care histories (periods of care, placements) are built once, on first use, and shared
/// by every indicator computed from this instance.
/// </remarks>
public sealed class LookedAfterData
{
    private readonly Lazy<CareColumns> _care;
    private readonly Lazy<EpisodeTable> _table;
    private readonly Lazy<ImmutableArray<Episode>> _episodes;

    /// <summary>Creates the data set from records.</summary>
    /// <param name="episodes">Episodes of any number of children, in any order; V3/V4 short breaks may be included (indicators ignore them).</param>
    /// <param name="children">Header rows; at most one per child. A child without one has no known date of birth unless an OC3 row gives it.</param>
    /// <param name="careLeavers">OC3 rows; at most one per young person.</param>
    /// <exception cref="ArgumentException">
    /// Two episodes share a child and start date, or two Header or OC3 rows share a child; or a record breaks a rule the
    /// SSDA903 readers reject a row by, named in the message: a date outside <see cref="SupportedDates"/>
    /// (SSDA903-E008), an episode ending before it began (E001), a child's episodes overlapping in DECOM order (E002), or
    /// an episode beginning before the child's date of birth in <paramref name="children"/> (E003); short breaks (LS
    /// V3/V4) are not compared. Records that the readers would reject row by row are refused here, so that the same
    /// records give the same figures whichever way they come in; to have such records rejected and accounted for
    /// instead, give them to the readers as rows (<c>InputFile.FromRows</c>).
    /// </exception>
    public LookedAfterData(
        IEnumerable<Episode> episodes,
        IEnumerable<Child>? children = null,
        IEnumerable<CareLeaverOutcome>? careLeavers = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        ImmutableArray<Episode> given = [.. episodes];
        Children = children is null ? [] : [.. children];
        CareLeavers = careLeavers is null ? [] : [.. careLeavers];
        Uniqueness.Require(given.Select(e => (e.Child, e.Start)), nameof(episodes), "episode (child and start date)", nameof(LookedAfterData));
        Uniqueness.Require(Children.Select(c => c.Id), nameof(children), "Header row for child", nameof(LookedAfterData));
        Uniqueness.Require(CareLeavers.Select(c => c.Child), nameof(careLeavers), "OC3 row for child", nameof(LookedAfterData));
        var table = EpisodeTable.From(given);
        EpisodeRecordRules.Require(table, Children, CareLeavers);
        _episodes = new Lazy<ImmutableArray<Episode>>(given);
        _table = new Lazy<EpisodeTable>(table);
        _care = new Lazy<CareColumns>(() => CareColumns.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The data set of episodes a reader put straight into columns (one row per episode, copies already merged); the
    /// <see cref="Episode"/> records are only made if <see cref="Episodes"/> is read.
    /// </summary>
    internal LookedAfterData(EpisodeTable episodes, ImmutableArray<Child> children, ImmutableArray<CareLeaverOutcome> careLeavers)
    {
        Children = children;
        CareLeavers = careLeavers;
        Uniqueness.Require(Children.Select(c => c.Id), nameof(children), "Header row for child", nameof(LookedAfterData));
        Uniqueness.Require(CareLeavers.Select(c => c.Child), nameof(careLeavers), "OC3 row for child", nameof(LookedAfterData));
        _table = new Lazy<EpisodeTable>(episodes);
        _episodes = new Lazy<ImmutableArray<Episode>>(
            () => [.. Enumerable.Range(0, episodes.Count).Select(episodes.ToEpisode)], LazyThreadSafetyMode.ExecutionAndPublication);
        _care = new Lazy<CareColumns>(() => CareColumns.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>All episodes, as given (or as read).</summary>
    public ImmutableArray<Episode> Episodes => _episodes.Value;

    /// <summary>All Header rows, as given.</summary>
    public ImmutableArray<Child> Children { get; }

    /// <summary>All OC3 rows, as given.</summary>
    public ImmutableArray<CareLeaverOutcome> CareLeavers { get; }

    /// <summary>Reviews (Reviews table); at most one per child and date. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two reviews share a child and date.</exception>
    public ImmutableArray<Review> Reviews
    {
        get;
        init => field = Unique(value, r => (r.Child, r.Date), "review (child and date)");
    } = [];

    /// <summary>OC2 rows (children looked after for 12 months at 31 March); at most one per child. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two OC2 rows share a child.</exception>
    public ImmutableArray<Oc2Outcome> Oc2Outcomes
    {
        get;
        init => field = Unique(value, o => o.Child, "OC2 row for child");
    } = [];

    /// <summary>AD1 rows (adopted children); at most one per child. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two AD1 rows share a child.</exception>
    public ImmutableArray<AdoptionDecision> AdoptionDecisions
    {
        get;
        init => field = Unique(value, a => a.Child, "AD1 row for child");
    } = [];

    /// <summary>Placements for adoption (PlacedAdoption table); at most one per child and date placed. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two rows share a child and date placed.</exception>
    public ImmutableArray<PlacementForAdoption> PlacementsForAdoption
    {
        get;
        init => field = Unique(value, p => (p.Child, p.Placed), "placement for adoption (child and date placed)");
    } = [];

    /// <summary>Times missing or away from placement (Missing table); at most one per child and start date. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two rows share a child and start date.</exception>
    public ImmutableArray<MissingEpisode> MissingEpisodes
    {
        get;
        init => field = Unique(value, m => (m.Child, m.Start), "missing episode (child and start date)");
    } = [];

    /// <summary>Unaccompanied asylum-seeking children (UASC table); at most one row per child. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two rows share a child.</exception>
    public ImmutableArray<UnaccompaniedAsylumSeeker> UnaccompaniedAsylumSeekers
    {
        get;
        init => field = Unique(value, u => u.Child, "UASC row for child");
    } = [];

    /// <summary>Social worker episodes (collected from 2023-24); at most one per child and start date. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two rows share a child and start date.</exception>
    public ImmutableArray<SocialWorkerEpisode> SocialWorkerEpisodes
    {
        get;
        init => field = Unique(value, s => (s.Child, s.Start), "social worker episode (child and start date)");
    } = [];

    /// <summary>Deprivation of liberty orders (collected from 2026-27); at most one per child and start date. Empty when not given.</summary>
    /// <exception cref="ArgumentException">Two rows share a child and start date.</exception>
    public ImmutableArray<DeprivationOfLibertyOrder> DeprivationOfLibertyOrders
    {
        get;
        init => field = Unique(value, d => (d.Child, d.Start), "deprivation of liberty order (child and start date)");
    } = [];

    /// <summary>The episodes as columns, in the order given.</summary>
    internal EpisodeTable EpisodeTable => _table.Value;

    /// <summary>The records as columns, with every child's periods of care and placements, built on first use.</summary>
    internal CareColumns Care => _care.Value;

    private static ImmutableArray<T> Unique<T, TKey>(ImmutableArray<T> records, Func<T, TKey> key, string what)
    {
        var given = records.IsDefault ? [] : records;
        Uniqueness.Require(given.Select(key), "value", what, nameof(LookedAfterData));
        return given;
    }
}
