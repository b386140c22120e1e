using NodaTime;

namespace ChildrensKpi;

/// <summary>A review of a looked-after child's care plan (SSDA903 <c>Reviews</c> table).</summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="Date">The day the review was held (<c>REVIEW</c>).</param>
/// <param name="Participation">How the child took part (<c>REVIEW_CODE</c>); PN1–PN6 count as taking part.</param>
/// <remarks>A review is identified by <see cref="Child"/> and <see cref="Date"/>.</remarks>
public sealed record Review(ChildId Child, LocalDate Date, ReviewParticipation Participation)
{
    /// <summary>Whether the child took part (PN1–PN6); PN0 (under 4) and PN7 are not taking part.</summary>
    public bool ChildParticipated => Participation is >= ReviewParticipation.PN1 and <= ReviewParticipation.PN6;
}
