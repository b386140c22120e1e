using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A deprivation of liberty order (DoLO) for a looked-after child (SSDA903 DoLo table, collected from 2026-27).
/// </summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="Start">The day the order started (<c>DOLO_START</c>).</param>
/// <param name="End">The day it ended (<c>DOLO_END</c>, inclusive); null while it is in force.</param>
/// <remarks>An order is identified by <see cref="Child"/> and <see cref="Start"/>.</remarks>
public sealed record DeprivationOfLibertyOrder(ChildId Child, LocalDate Start, LocalDate? End);
