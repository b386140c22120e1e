namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that an episode's Ofsted unique reference number (URN) is one Ofsted lists and agrees with what the list
/// says of the provider (<see cref="DfeOfstedProviders"/>): 1008 (a URN Ofsted lists), 219 (registered for the
/// placement type), 221 (at the placement postcode), 224 (for the placement provider code), 227 and 228 (registered at
/// the episode's start and end), 229 (own provision, PR1, in the council's own area; another LA's, PR2, not). The lists
/// are not in the return, so every rule here needs them (229 the council's code too) and is reported not run without
/// them. Each flags the episode row.
/// </summary>
/// <remarks>
/// <para>Readings chosen: an episode without a URN, or with the DfE's placeholder <c>XXXXXXX</c> (a provider Ofsted does
/// not register), is not judged by any of them (218 and 222 are the rules on whether a URN is required). A URN the
/// lists do not have is 1008's finding alone; the others judge only URNs the lists have, as nothing is known of the
/// others' providers. URNs are compared as written, case and surrounding spaces ignored.</para>
/// <list type="bullet">
/// <item>219 and 224: a provider registered for no code at all (the list's cell blank) matches none.</item>
/// <item>221: a blank PL_POST is not judged (392b's finding); a provider without a postcode matches none; postcodes are
/// compared with spaces and case ignored.</item>
/// <item>227 and 228: the registration end date is the first day the provider is no longer registered. A placement
/// cannot start on it (227: DECOM on or after it), but may end on it (228: DEC after it); an open episode is judged at
/// the end of the collection year, the day it is still open on (the rule's note: a provider closing during the year
/// gives such a finding). These are the boundaries of the councils' validator's own tests.</item>
/// <item>229: a provider whose local authority the list does not give is not judged, for either code.</item>
/// </list>
/// </remarks>
internal sealed class OfstedProviderCheck : Ssda903Check
{
    private readonly Func<Episode, int, DfeOfstedProviders.Provider, string?> _breaks;
    private readonly bool _unknownUrn;

    private OfstedProviderCheck(string code, Func<Episode, int, DfeOfstedProviders.Provider, string?> breaks, DfeReference needs = DfeReference.None,
        bool unknownUrn = false)
        : base(code, DfeReference.OfstedProviders | needs)
    {
        _breaks = breaks;
        _unknownUrn = unknownUrn;
    }

    /// <summary>Every check of this family. Each predicate, given a URN the lists have, gives the finding's detail when the row breaks the rule, else null.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        new OfstedProviderCheck("1008", (_, _, _) => null, unknownUrn: true),
        new OfstedProviderCheck("219", (e, i, p) => p.PlaceCodes.Contains(e.Place[i] ?? "") ? null
            : $"the provider is registered for {Codes(p.PlaceCodes)}"),
        new OfstedProviderCheck("221", (e, i, p) => e.PlPost[i] is { } post && DfePostcodeLookup.Key(post) != p.Postcode
            ? $"the provider's postcode is {p.Postcode ?? "not given"}" : null),
        new OfstedProviderCheck("224", (e, i, p) => e.Provider[i] is { } provider && !p.ProviderCodes.Contains(provider)
            ? $"the provider is registered for {Codes(p.ProviderCodes)}" : null),
        new OfstedProviderCheck("227", (e, i, p) => p.RegistrationEnd is { } end && Ssda903Dates.IsDate(e.Decom[i]) && e.Decom[i] >= end
            ? $"registration ended {Day(end)}" : null),
        new OfstedProviderCheck("228", (e, i, p) => p.RegistrationEnd is { } end && e.EndOrYearEnd(i) is { } dec && dec > end
            ? $"registration ended {Day(end)}" : null),
        new OfstedProviderCheck("229", (e, i, p) => p.LocalAuthority is not { } la ? null
            : e.Provider[i] == "PR1" && !string.Equals(la, e.Council, StringComparison.OrdinalIgnoreCase) ? $"the provider is in {la}"
            : e.Provider[i] == "PR2" && string.Equals(la, e.Council, StringComparison.OrdinalIgnoreCase) ? $"the provider is in {la}, the council's own area"
            : null, DfeReference.LocalAuthorityCode),
    ];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var episode = new Episode(context);
        var table = context.Current.Episodes;
        var providers = context.OfstedProviders!;
        for (int row = 0; row < table.RowCount; row++)
        {
            if (episode.Urn[row] is not { } urn || urn == "XXXXXXX")
            {
                continue;
            }
            var provider = providers.Find(urn);
            string? detail = provider is null
                ? _unknownUrn ? $"URN {urn} is not in the Ofsted provider lists" : null
                : _breaks(episode, row, provider);
            if (detail is not null)
            {
                Flag(context, table, row, detail: detail);
            }
        }
    }

    private static string Codes(System.Collections.Frozen.FrozenSet<string> codes) =>
        codes.Count == 0 ? "no code" : string.Join(' ', codes.Order(StringComparer.Ordinal));

    private static string Day(int day) => DateOnly.FromDayNumber(day).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The episode columns the rules read, looked up once per run.</summary>
    private sealed class Episode
    {
        private readonly int _yearEnd;

        public Episode(DfeCheckContext<Ssda903ReturnTables> context)
        {
            var e = context.Current.Episodes;
            Urn = e.Column("URN");
            Place = e.Column("PLACE");
            Provider = e.Column("PLACE_PROVIDER");
            PlPost = e.Column("PL_POST");
            Decom = e.Column("DECOM").Days;
            Dec = e.Column("DEC").Days;
            Council = context.LocalAuthorityCode;
            _yearEnd = Ssda903Dates.End(context.Year);
        }

        public Ssda903Column Urn { get; }
        public Ssda903Column Place { get; }
        public Ssda903Column Provider { get; }
        public Ssda903Column PlPost { get; }
        public int[] Decom { get; }
        public int[] Dec { get; }
        public string? Council { get; }

        /// <summary>DEC, or the last day of the collection year for an open episode; null when DEC is written but not a date.</summary>
        public int? EndOrYearEnd(int i) => Dec[i] == Ssda903Column.Blank ? _yearEnd : Ssda903Dates.IsDate(Dec[i]) ? Dec[i] : null;
    }
}
