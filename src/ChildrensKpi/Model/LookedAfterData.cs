using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The SSDA903 records of one council, possibly over several years: children (Header), episodes and care-leaver
/// outcomes (OC3). Build it from files with the readers, or from records another system already holds.
/// </summary>
/// <remarks>
/// The per-child care histories (periods of care, placements) are built once, on first use, and shared
/// by every indicator computed from this instance.
/// </remarks>
public sealed class LookedAfterData
{
    private readonly Lazy<LookedAfterIndex> _index;
    private readonly Lazy<LookedAfterColumns> _columns;

    /// <summary>Creates the data set from records.</summary>
    /// <param name="episodes">Episodes of any number of children, in any order; V3/V4 short breaks may be included (indicators ignore them).</param>
    /// <param name="children">Header rows; at most one per child. A child without one has no known date of birth unless an OC3 row gives it.</param>
    /// <param name="careLeavers">OC3 rows; at most one per young person.</param>
    /// <exception cref="ArgumentException">Two episodes share a child and start date, or two Header or OC3 rows share a child.</exception>
    public LookedAfterData(
        IEnumerable<Episode> episodes,
        IEnumerable<Child>? children = null,
        IEnumerable<CareLeaverOutcome>? careLeavers = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        Episodes = [.. episodes];
        Children = children is null ? [] : [.. children];
        CareLeavers = careLeavers is null ? [] : [.. careLeavers];
        Uniqueness.Require(Episodes.Select(e => (e.Child, e.Start)), nameof(episodes), "episode (child and start date)", nameof(LookedAfterData));
        Uniqueness.Require(Children.Select(c => c.Id), nameof(children), "Header row for child", nameof(LookedAfterData));
        Uniqueness.Require(CareLeavers.Select(c => c.Child), nameof(careLeavers), "OC3 row for child", nameof(LookedAfterData));
        _index = new Lazy<LookedAfterIndex>(() => new LookedAfterIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _columns = new Lazy<LookedAfterColumns>(() => LookedAfterColumns.From(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>All episodes, as given.</summary>
    public ImmutableArray<Episode> Episodes { get; }

    /// <summary>All Header rows, as given.</summary>
    public ImmutableArray<Child> Children { get; }

    /// <summary>All OC3 rows, as given.</summary>
    public ImmutableArray<CareLeaverOutcome> CareLeavers { get; }

    internal LookedAfterIndex Index => _index.Value;

    /// <summary>The records as columns for <see cref="HeadlineSuite"/>, built on first use.</summary>
    internal LookedAfterColumns Columns => _columns.Value;
}
