using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>The indicators the library computes, by id, and the catalogue of all of them.</summary>
public static class Indicators
{
    /// <summary>NI 62 (PAF A1): children looked after at 31 March with three or more placements in the year.</summary>
    public static Indicator NI62 { get; } = new Ni62PlacementStability();

    /// <summary>NI 63 (PAF D35): children under 16 looked after for 2½ years or more, in the same placement for 2 years.</summary>
    public static Indicator NI63 { get; } = new Ni63LongTermPlacementStability();

    /// <summary>NI 147: care leavers in suitable accommodation around their 19th birthday.</summary>
    public static Indicator NI147 { get; } = new Ni147CareLeaversInSuitableAccommodation();

    /// <summary>NI 148 (PAF A4): care leavers in education, employment or training around their 19th birthday.</summary>
    public static Indicator NI148 { get; } = new Ni148CareLeaversInEducationEmploymentOrTraining();

    /// <summary>CLA10K: children looked after at 31 March per 10,000 children aged under 18.</summary>
    public static Indicator CLA10K { get; } = new Cla10kLookedAfterRate();

    /// <summary>Every indicator, in the order results are reported.</summary>
    public static ImmutableArray<Indicator> All { get; } = [NI62, NI63, NI147, NI148, CLA10K];

    /// <summary>Finds an indicator by id or alias (<c>NI62</c>, <c>ni 62</c>, <c>PAF A1</c>).</summary>
    /// <returns>The indicator, or <see langword="null"/> when none has that name.</returns>
    public static Indicator? Find(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        return All.FirstOrDefault(i => i.Definition.IsNamed(idOrAlias));
    }
}
