namespace ChildrensKpi;

/// <summary>How a report is prepared for publication: disclosure control and pseudonymous child ids.</summary>
public sealed record PublicationOptions
{
    /// <summary>Nothing withheld, child ids as read: the machine contract's default.</summary>
    public static PublicationOptions None { get; } = new();

    /// <summary>The largest count withheld (see <see cref="Disclosure"/>); 0, the default, withholds nothing.</summary>
    public int SuppressionThreshold { get; init; }

    /// <summary>Replaces each child id in child-level output (e.g. with a keyed hash); null leaves ids as read.</summary>
    public Func<string, string>? ChildId { get; init; }
}
