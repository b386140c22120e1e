namespace ChildrensKpi;

/// <summary>How a report is prepared for publication: disclosure control and pseudonymous child ids (see <see cref="PublishedReport"/>).</summary>
public sealed record PublicationOptions
{
    /// <summary>Nothing withheld, child ids as read: the machine contract's default.</summary>
    public static PublicationOptions None { get; } = new();

    /// <summary>The largest count withheld (see <see cref="Disclosure"/>); 0, the default, withholds nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SuppressionThreshold
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "The suppression threshold cannot be negative; 0 withholds nothing.") : value;
    }

    /// <summary>
    /// The key under which child ids are replaced by HMAC-SHA256(key, id) in hex, the same for the same key month to month,
    /// wherever the report names a child (child lists, rejections, findings); null, the default, leaves ids as read.
    /// </summary>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public string? PseudonymisationKey
    {
        get;
        init => field = value is { Length: 0 } ? throw new ArgumentException("The pseudonymisation key must not be empty.", nameof(value)) : value;
    }

    /// <summary>Replaces each child id (e.g. with another keyed hash); used instead of <see cref="PseudonymisationKey"/> when given. Null leaves ids as read.</summary>
    public Func<string, string>? ChildId { get; init; }

    /// <summary>
    /// <paramref name="account"/> as it may be published: with a key (or <see cref="ChildId"/>), every child id it names
    /// renamed (in rejections and findings: the child id, a CHILD or LAchildID value, and the id in the message).
    /// </summary>
    public InputAccount Publish(InputAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Publisher.Account(account, Renaming());
    }

    /// <summary>
    /// A function giving each child id as these options publish it (under the key, or <see cref="ChildId"/>), or null when
    /// ids are published as read: for outputs built outside the report, such as the DfE rules' findings.
    /// </summary>
    public Func<string, string>? ChildIdRenaming => Renaming();

    /// <summary>The renaming of child ids these options ask for, or null for none.</summary>
    internal Func<string, string>? Renaming() =>
        ChildId ?? (PseudonymisationKey is { } key ? new Pseudonymiser(key).Id : null);
}
