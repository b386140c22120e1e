namespace ChildrensKpi.Readers;

/// <summary>What became of one row: used, excluded for a reason, or rejected for a rule.</summary>
internal readonly record struct RowVerdict(RowFate Fate, string? ExclusionReason, Rejection? Rejection)
{
    public static RowVerdict Used { get; } = new(RowFate.Used, null, null);

    public static RowVerdict Excluded(string reason) => new(RowFate.Excluded, reason, null);

    public static RowVerdict Rejected(Rejection rejection) => new(RowFate.Rejected, null, rejection);
}

internal enum RowFate
{
    Used,
    Excluded,
    Rejected,
}
