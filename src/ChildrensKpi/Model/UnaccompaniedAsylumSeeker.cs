using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A looked-after child recorded as an unaccompanied asylum-seeking child (SSDA903 <c>UASC</c> table): a return's UASC
/// table has a row for each such child, as the validators derive the Header's UASC flag from it.
/// </summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="StatusCeased">The day the UASC status ceased (<c>DUC</c>, rule 304: usually the 18th birthday);
/// <see langword="null"/> while it holds.</param>
/// <remarks>Identified by <see cref="Child"/>; copies in several years' returns merge, a filled <c>DUC</c> replacing an empty one.</remarks>
public sealed record UnaccompaniedAsylumSeeker(ChildId Child, LocalDate? StatusCeased = null)
{
    /// <summary>
    /// Whether the status holds on <paramref name="date"/>: <see cref="StatusCeased"/> empty or after it
    /// (indicators-current.md, CLA_UASC: "whose <c>DUC</c> is empty or after <c>periodEnd</c>"), so on the day it ceased
    /// the child is no longer UASC.
    /// </summary>
    public bool HoldsOn(LocalDate date) => StatusCeased is not { } ceased || ceased > date;
}
