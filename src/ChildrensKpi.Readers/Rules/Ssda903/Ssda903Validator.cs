using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The DfE's SSDA903 validation rules implemented by ChildrensKpi, run as a year's list over a return
/// (<see cref="DfeRunner{TReturn}"/>): every rule of the list ran, not run (a need not met) or not implemented.
/// </summary>
internal static class Ssda903Validator
{
    /// <summary>Every implemented check, at most one per code.</summary>
    public static ImmutableArray<Ssda903Check> Checks { get; } =
    [
        .. CodeInYearCheck.All,
        .. DateValidCheck.All,
        .. EpisodeChecks.All,
        .. EpisodeSequenceCheck.All,
        .. MissingChecks.All,
        .. EndBeforeStartRule.All.Select(r => r.Check),
        .. AdopterChecks.All,
        .. HeaderLinkCheck.All,
        .. Oc2Checks.All,
        .. ReviewChecks.All,
        .. AdoptionDecisionCheck.All,
        new NoEpisodeNoOtherData(),
        .. CarriedOverEpisodeCheck.All,
        new ContinuingEpisodeCheck(),
        new NoEpisodesLastYearCheck(),
        .. CareLeaverEpisodesCheck.All,
        .. LastYearHeaderCheck.All,
        new MotherBeforeTheYearCheck(),
        new DiedLastYearCheck(),
        .. LastYearAdoptionCheck.All,
        new OpenMissingPeriodCheck(),
        .. LastYearUascCheck.All,
        new RelevantChildCheck(),
        .. CarriedOverPlacementCheck.All,
        .. PlacementLocationCheck.All,
        .. OfstedProviderCheck.All,
        new PermanenceAuthorityCheck(),
    ];

    private static readonly DfeRunner<Ssda903ReturnTables> Runner = new(DfeReturn.Ssda903, Checks);

    /// <summary>Runs the rules of <paramref name="year"/>'s list.</summary>
    /// <param name="year">The collection year whose list is run (and whose 1 April to 31 March the rules read).</param>
    /// <param name="current">This year's return.</param>
    /// <param name="previous">Last year's return, for the rules that compare with it.</param>
    /// <param name="given">Reference data given besides the previous return and the council's code.</param>
    /// <param name="localAuthorityCode">The council's code (e.g. <c>E09000027</c>).</param>
    /// <param name="postcodes">The postcode lookup, for the rules reading PL_LA, PL_LOCATION or PL_DISTANCE.</param>
    /// <param name="reference">The other reference data (Ofsted lists, local authority numbers; its postcodes when <paramref name="postcodes"/> is null).</param>
    /// <param name="cancellationToken">Checked between rules.</param>
    public static DfeValidation Run(CollectionYear year, Ssda903ReturnTables current, Ssda903ReturnTables? previous = null,
        DfeReference given = DfeReference.None, string? localAuthorityCode = null, DfePostcodeLookup? postcodes = null,
        DfeReferenceData? reference = null, CancellationToken cancellationToken = default) =>
        Runner.Run(year, current, previous, given, localAuthorityCode,
            postcodes is null ? reference : new DfeReferenceData
            {
                Postcodes = postcodes,
                OfstedProviders = reference?.OfstedProviders,
                LocalAuthorityNumbers = reference?.LocalAuthorityNumbers,
            },
            cancellationToken);
}
