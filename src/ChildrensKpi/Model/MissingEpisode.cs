using NodaTime;

namespace ChildrensKpi;

/// <summary>A time a looked-after child was missing or away from placement (SSDA903 <c>Missing</c> table).</summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="Kind">Missing, or away without authorisation (<c>MISSING</c>).</param>
/// <param name="Start">The day it began (<c>MIS_START</c>).</param>
/// <param name="End">The day it ended (<c>MIS_END</c>); <see langword="null"/> while open.</param>
/// <remarks>Identified by <see cref="Child"/> and <see cref="Start"/>.</remarks>
public sealed record MissingEpisode(ChildId Child, MissingKind Kind, LocalDate Start, LocalDate? End = null);
