namespace ChildrensKpi;

/// <summary>What SW_TURNOVER divides the period's leavers by.</summary>
public enum TurnoverBase
{
    /// <summary>PermanentFte at the period's end (the latest AsAt in it), as the DfE's turnover rate uses the year end [S6]. The default.</summary>
    YearEnd,

    /// <summary>
    /// The average FTE in post: (PermanentFte at the start + at the end) / 2, the start being each team's latest row before the
    /// period starts, else its first in the period.
    /// </summary>
    Average,
}
