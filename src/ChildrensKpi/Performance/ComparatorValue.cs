namespace ChildrensKpi;

/// <summary>Another authority's value of an indicator in a reporting year (Comparators input); <c>England</c> is the national figure.</summary>
/// <param name="Indicator">The indicator id or alias.</param>
/// <param name="Year">The reporting year, written <c>2006-07</c>.</param>
/// <param name="Authority">The authority's name, or <c>England</c> for the national figure.</param>
/// <param name="Value">Its value, in the indicator's unit.</param>
public sealed record ComparatorValue(string Indicator, string Year, string Authority, decimal Value)
{
    /// <summary>Whether this row is the national figure (<c>England</c>), reported beside a value and never ranked.</summary>
    public bool IsNational => string.Equals(Authority.Trim(), "England", StringComparison.OrdinalIgnoreCase);
}
