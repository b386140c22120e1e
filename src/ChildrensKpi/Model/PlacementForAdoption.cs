using NodaTime;

namespace ChildrensKpi;

/// <summary>A placement for adoption (SSDA903 <c>PlacedAdoption</c> table).</summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="Placed">The day the child was placed for adoption (<c>DATE_PLACED</c>).</param>
/// <param name="Ceased">The day the placement for adoption ceased, when it did (<c>DATE_PLACED_CEASED</c>).</param>
/// <param name="ReasonCeased">Why it ceased (<c>REASON_PLACED_CEASED</c>), as written; <see langword="null"/> when empty.</param>
/// <remarks>Identified by <see cref="Child"/> and <see cref="Placed"/>.</remarks>
public sealed record PlacementForAdoption(ChildId Child, LocalDate Placed, LocalDate? Ceased = null, string? ReasonCeased = null);
