using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// CLA_CEASED_ADOPTED, _SGO, _HOME, _CAO, _INDEP, _OTHER: children who ceased to be looked after in the year, by the
/// reason of their last cease, as percentages of all who ceased.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], "CLA ceasing during the year"
/// (D1–D3): shares by reason use the <c>REC</c> of the last cease. Polarity: contextual.</para>
/// <para>Denominator: CLA_CEASED's children (<see cref="CareEvents.LastCease"/>). Numerator: those whose last cease's
/// <c>REC</c> is one of the group's codes. The six groups partition the reasons other than X1.</para>
/// </remarks>
internal sealed class ClaCeasedByReason : PerChildIndicator
{
    private readonly ImmutableHashSet<ReasonEpisodeCeased> _codes;

    private ClaCeasedByReason(string id, string name, string codesText, params ReasonEpisodeCeased[] codes)
    {
        _codes = [.. codes];
        Definition = new(id, [], "Ceased to be looked after: " + name, Polarity.Contextual, IndicatorUnit.Percent,
            $"Those whose last cease in the year has REC {codesText}",
            "Children who ceased to be looked after in the year (CLA_CEASED)",
            "DfE, Children looked after in England including adoptions, CLA ceasing during the year (D1–D3), by the reason of the last cease.")
        { Group = IndicatorGroup.Current };
    }

    public static ClaCeasedByReason Adopted { get; } = new("CLA_CEASED_ADOPTED", "adopted", "E11, E12", ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12);

    public static ClaCeasedByReason SpecialGuardianship { get; } = new("CLA_CEASED_SGO", "special guardianship order",
        "E45, E46, E47, E48 (2019 schema on); E43, E44 (earlier schemas)",
        ReasonEpisodeCeased.E45, ReasonEpisodeCeased.E46, ReasonEpisodeCeased.E47, ReasonEpisodeCeased.E48, ReasonEpisodeCeased.E43, ReasonEpisodeCeased.E44);

    public static ClaCeasedByReason ReturnedHome { get; } = new("CLA_CEASED_HOME", "returned home to parents or others with parental responsibility",
        "E4A, E4B", ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E4B);

    public static ClaCeasedByReason ChildArrangements { get; } = new("CLA_CEASED_CAO", "residence or child arrangements order", "E41", ReasonEpisodeCeased.E41);

    public static ClaCeasedByReason IndependentLiving { get; } = new("CLA_CEASED_INDEP", "moved into independent living", "E5, E6",
        ReasonEpisodeCeased.E5, ReasonEpisodeCeased.E6);

    public static ClaCeasedByReason Other { get; } = new("CLA_CEASED_OTHER", "any other reason", "E13–E17, E2, E3, E7, E8, E9",
        ReasonEpisodeCeased.E13, ReasonEpisodeCeased.E14, ReasonEpisodeCeased.E15, ReasonEpisodeCeased.E16, ReasonEpisodeCeased.E17,
        ReasonEpisodeCeased.E2, ReasonEpisodeCeased.E3, ReasonEpisodeCeased.E7, ReasonEpisodeCeased.E8, ReasonEpisodeCeased.E9);

    /// <summary>The groups, which between them hold every reason but X1.</summary>
    public static ImmutableArray<ClaCeasedByReason> All { get; } = [Adopted, SpecialGuardianship, ReturnedHome, ChildArrangements, IndependentLiving, Other];

    public override IndicatorDefinition Definition { get; }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (CareEvents.LastCease(child, period) is not { } cease)
        {
            return Decision.Excluded(why, why.Explain ? CareEvents.NoCease(child) : null);
        }
        var rec = cease.ReasonCeased!.Value;
        return _codes.Contains(rec)
            ? Decision.Numerator(why, $"last ceased on {LookedAfterRules.Iso(cease.End!.Value)} with REC {rec}")
            : Decision.DenominatorOnly(why, $"last ceased on {LookedAfterRules.Iso(cease.End!.Value)} with REC {rec}, another reason");
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No child ceased to be looked after in the period, so there is no value.";
}
