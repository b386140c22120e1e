using NodaTime;

namespace ChildrensKpi;

/// <summary>The adoption milestones of an adopted child (SSDA903 <c>AD1</c> table).</summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="DecisionDate">The decision that the child should be placed for adoption (<c>DATE_INT</c>); <see langword="null"/> when not recorded.</param>
/// <param name="MatchDate">The child was matched with the adopters (<c>DATE_MATCH</c>); <see langword="null"/> when not recorded.</param>
/// <remarks>At most one AD1 row per child across all files read.</remarks>
public sealed record AdoptionDecision(ChildId Child, LocalDate? DecisionDate, LocalDate? MatchDate)
{
    /// <summary>
    /// Whether the child was adopted by its foster carers (<c>FOSTER_CARE</c>: 1 yes, 0 no); <see langword="null"/> when not
    /// recorded. The adoption scorecard's A10 then counts from the day the child went to live with them.
    /// </summary>
    public bool? ByFosterCarers { get; init; }
}
