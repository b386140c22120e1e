using System.Globalization;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules on where an episode's placement is: its postcodes as recorded (392b, 392c, 392d) and the values the DfE
/// derives from them (<see cref="PlacementGeography"/>: PL_LA, PL_LOCATION, PL_DISTANCE), which are not in the return,
/// so that every rule reading them needs a postcode lookup (and PL_LOCATION the council's code) and is reported not run
/// without it. Each flags the episode row.
/// </summary>
/// <remarks>
/// <para>Readings chosen, where the DfE's messages leave one open:</para>
/// <list type="bullet">
/// <item>"Looked after" in 164, 169, 179, 392a and 392b is every legal status but the short breaks V3 and V4 (under
/// which no placement details are recorded: 214, 398, 420).</item>
/// <item>"UASC or formerly UASC" (164, 392a, 392b, 406, 454) is a child with a UASC row in this year's return or, when
/// given, last year's (<see cref="Ssda903ReturnTables.IsUasc"/>); the DfE records no postcodes for them, so the rules
/// expecting a distance pass them over and 406 expects none. Without last year's return a child UASC only last year
/// is not known to be formerly UASC, as the rules' notes warn.</item>
/// <item>A postcode is "invalid" (392c) when it is given and not in the lookup (spaces and case ignored); the lookup
/// given is the list of valid postcodes. A derived value of an episode whose postcode is blank or not in the lookup is
/// missing: 169 and 179 flag that for PL_LA and PL_LOCATION, 392a for PL_DISTANCE.</item>
/// <item>164 flags a derived distance outside 0.0–999.9 miles (what the field can hold); 454 (from 2025-26) one over
/// 350.0 miles. The councils' validator also passes a recorded 999.9 in 454, the placeholder of an unknown distance;
/// a derived distance is never a placeholder, so it is judged as it is.</item>
/// <item>392d compares the two postcodes with spaces and case ignored; "the same" unless placed with parents (P1).</item>
/// <item>1015 ("own provision but not placed in own LA"): PLACE_PROVIDER PR1 with a PL_LA that is not the council's,
/// except in foster and adoption placements (U1–U6, A3–A6), whose carers the council approves wherever they live, and
/// except under V3/V4; an episode without PLACE or LS is not judged (their rules report it), nor one whose PL_LA is
/// not known (169's). The exceptions are the councils' validator's (its flags on the public fake data).</item>
/// </list>
/// <para>411 (PL_LOCATION disagrees with PL_LA) is not implemented: both are derived here from the one lookup, PL_LOCATION
/// from PL_LA, so they cannot disagree; the rule is for a return whose derived values were recorded apart.</para>
/// </remarks>
internal sealed class PlacementLocationCheck : Ssda903Check
{
    private readonly Func<Episode, int, string?> _breaks;

    private PlacementLocationCheck(string code, DfeReference needs, Func<Episode, int, string?> breaks)
        : base(code, needs) => _breaks = breaks;

    private const DfeReference Lookup = DfeReference.Postcodes;
    private const DfeReference LookupAndCouncil = DfeReference.Postcodes | DfeReference.LocalAuthorityCode;

    /// <summary>Every check of this family. Each predicate gives the finding's detail when the row breaks the rule, else null.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 164: a derived distance is within what PL_DISTANCE holds, 0.0-999.9 miles.
        new PlacementLocationCheck("164", Lookup, (e, i) => e.LookedAfter(i) && !e.Uasc(i) && e.Miles(i) is { } m && m is < 0 or > 999.9
            ? $"{PlacementGeography.Distance}={Format(m)}" : null),
        // 169: a child looked after has a PL_LA, which needs a placement postcode the lookup knows.
        new PlacementLocationCheck("169", Lookup, (e, i) => e.LookedAfter(i) && e.La(i) is null ? e.Missing("PL_POST", e.PlPost[i]) : null),
        // 179: likewise PL_LOCATION (IN or OUT), which needs PL_LA and the council's code.
        new PlacementLocationCheck("179", LookupAndCouncil, (e, i) => e.LookedAfter(i) && e.Location(i) is null ? e.Missing("PL_POST", e.PlPost[i]) : null),
        // 392a: a child looked after, not UASC, has a distance: both postcodes known.
        new PlacementLocationCheck("392a", Lookup, (e, i) => e.LookedAfter(i) && !e.Uasc(i) && e.Miles(i) is null
            ? e.Missing("HOME_POST", e.HomePost[i]) ?? e.Missing("PL_POST", e.PlPost[i]) : null),
        // 392b: a child looked after, not UASC, has both postcodes recorded. Reads the return alone.
        new PlacementLocationCheck("392b", DfeReference.None, (e, i) => e.LookedAfter(i) && !e.Uasc(i) && (e.HomePost[i] is null || e.PlPost[i] is null)
            ? (e.HomePost[i] is null ? "HOME_POST" : "PL_POST") + " blank" : null),
        // 392c: every postcode given is one the lookup knows.
        new PlacementLocationCheck("392c", Lookup, (e, i) =>
            (e.HomePost[i] is null ? null : e.Missing("HOME_POST", e.HomePost[i])) ?? (e.PlPost[i] is null ? null : e.Missing("PL_POST", e.PlPost[i]))),
        // 392d: home and placement postcodes differ unless placed with parents (P1). Reads the return alone.
        new PlacementLocationCheck("392d", DfeReference.None, (e, i) => e.HomePost[i] is { } home && e.PlPost[i] is { } placement
            && DfePostcodeLookup.Key(home) == DfePostcodeLookup.Key(placement) && e.Place[i] != "P1" ? "HOME_POST and PL_POST are the same" : null),
        // 406: a UASC or formerly UASC child has no distance: a derived distance means both postcodes were recorded.
        new PlacementLocationCheck("406", Lookup, (e, i) => e.Uasc(i) && e.Miles(i) is { } m ? $"{PlacementGeography.Distance}={Format(m)}" : null),
        // 420: no PL_LA under a short break (V3, V4): a placement postcode the lookup knows gives one.
        new PlacementLocationCheck("420", Lookup, (e, i) => e.Ls[i] is "V3" or "V4" && e.La(i) is { } la ? $"{PlacementGeography.La}={la}" : null),
        // 454 (from 2025-26): the placement is at most 350 miles from home.
        new PlacementLocationCheck("454", Lookup, (e, i) => !e.Uasc(i) && e.Miles(i) is > 350.0 and var m ? $"{PlacementGeography.Distance}={Format(m)}" : null),
        // 1015: own provision (PR1) is in the council's own area, but for foster and adoption placements.
        new PlacementLocationCheck("1015", LookupAndCouncil, (e, i) => e.Provider[i] == "PR1" && e.Place[i] is { } place
            && place is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6" or "A3" or "A4" or "A5" or "A6")
            && e.Ls[i] is { } ls && ls is not ("V3" or "V4")
            && e.La(i) is { } la && !string.Equals(la, e.Council, StringComparison.OrdinalIgnoreCase)
            ? $"{PlacementGeography.La}={la}" : null),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episode = new Episode(context);
        var table = context.Current.Episodes;
        for (int row = 0; row < table.RowCount; row++)
        {
            if (_breaks(episode, row) is { } detail)
            {
                Flag(context, table, row, detail: detail);
            }
        }
    }

    private static string Format(double miles) => miles.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The episode columns and reference data the rules read, looked up once per run.</summary>
    private sealed class Episode
    {
        private readonly Ssda903ReturnTables _current;
        private readonly Ssda903ReturnTables? _previous;
        private readonly Ssda903RuleTable _episodes;

        public Episode(DfeCheckContext<Ssda903ReturnTables> context)
        {
            _current = context.Current;
            _previous = context.Previous;
            _episodes = context.Current.Episodes;
            Postcodes = context.Postcodes;
            Council = context.LocalAuthorityCode;
            Child = _episodes.Column("CHILD");
            Ls = _episodes.Column("LS");
            Place = _episodes.Column("PLACE");
            Provider = _episodes.Column("PLACE_PROVIDER");
            HomePost = _episodes.Column("HOME_POST");
            PlPost = _episodes.Column("PL_POST");
        }

        public DfePostcodeLookup? Postcodes { get; }
        public string? Council { get; }
        public Ssda903Column Child { get; }
        public Ssda903Column Ls { get; }
        public Ssda903Column Place { get; }
        public Ssda903Column Provider { get; }
        public Ssda903Column HomePost { get; }
        public Ssda903Column PlPost { get; }

        /// <summary>Looked after in the rules' sense: any legal status but the short breaks V3 and V4.</summary>
        public bool LookedAfter(int i) => Ls[i] is not ("V3" or "V4");

        /// <summary>UASC in this year's return or, when given, last year's.</summary>
        public bool Uasc(int i) => _current.IsUasc(Child[i]) || _previous?.IsUasc(Child[i]) == true;

        public string? La(int i) => PlacementGeography.Of(PlacementGeography.La, _episodes, i, Postcodes!, Council);

        public string? Location(int i) => PlacementGeography.Of(PlacementGeography.Location, _episodes, i, Postcodes!, Council);

        public double? Miles(int i) => Postcodes!.Miles(HomePost[i], PlPost[i]);

        /// <summary>Why a value derived from the postcode <paramref name="field"/> would be missing (blank, or not in the lookup); null when the lookup knows it.</summary>
        public string? Missing(string field, string? postcode) =>
            postcode is null ? $"{field} blank" : Postcodes!.Find(postcode) is null ? $"{field} {postcode} is not in the postcode lookup" : null;
    }
}
