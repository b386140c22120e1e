using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A period during which one social worker held a looked-after child's case (SSDA903 social worker episodes table,
/// collected from 2023-24).
/// </summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="SocialWorker">The social worker's id (<c>SW_ID</c>), as written.</param>
/// <param name="Start">The first day the social worker held the case (<c>SW_DECOM</c>).</param>
/// <param name="End">The day the episode ended (<c>SW_DEC</c>, inclusive); null while it is open.</param>
/// <param name="ReasonForChange">Why the social worker changed (<c>SW_REASON</c>, e.g. <c>LEFTRL</c>), upper case; null when empty.</param>
/// <remarks>An episode is identified by <see cref="Child"/> and <see cref="Start"/>.</remarks>
public sealed record SocialWorkerEpisode(ChildId Child, string SocialWorker, LocalDate Start, LocalDate? End, string? ReasonForChange);
