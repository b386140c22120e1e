using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>Every CIN census check ChildrensKpi implements, one per DfE code, and the runner over them.</summary>
internal static class CinChecks
{
    /// <summary>The checks, by family.</summary>
    public static ImmutableArray<IDfeCheck<CinReturnTables>> All { get; } =
    [
        new CinReferenceDateRule(),
        .. CinChildRules.All,
        .. CinDisabilityRules.All,
        .. CinDetailsRules.All,
        .. CinAssessmentRules.All,
        .. CinSection47Rules.All,
        .. CinProtectionPlanRules.All,
        .. CinPlanDatesRules.All,
        new CinActivityAfterClosure(),
        new CinReturnLevelRule("2886Q"), new CinReturnLevelRule("2887Q"), new CinReturnLevelRule("2888Q"),
    ];

    /// <summary>The runner of the CIN rule lists over <see cref="All"/>.</summary>
    public static DfeRunner<CinReturnTables> Runner { get; } = new(DfeReturn.ChildrenInNeed, All);
}
