namespace ChildrensKpi;

/// <summary>
/// A council's identifier for a child (SSDA903 <c>CHILD</c>, CIN <c>LAchildID</c>), compared ordinally.
/// </summary>
public readonly record struct ChildId : IComparable<ChildId>
{
    /// <summary>Wraps a non-empty identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public ChildId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The identifier as the council wrote it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(ChildId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Ordinal less-than.</summary>
    public static bool operator <(ChildId left, ChildId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal greater-than.</summary>
    public static bool operator >(ChildId left, ChildId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    public static bool operator <=(ChildId left, ChildId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    public static bool operator >=(ChildId left, ChildId right) => left.CompareTo(right) >= 0;
}
