namespace ChildrensKpi;

/// <summary>
/// Disclosure control for published figures: small counts of children, and any figure from which one could be worked
/// out, are withheld.
/// </summary>
/// <remarks>
/// <para>Which figures are counts: for a percentage, the numerator and the denominator (children or items); for a rate
/// per 10,000 and a count, the numerator only (the denominator is a published population); for a mean in days, the denominator
/// (the children averaged), the numerator being a sum of days; money is not a count.</para>
/// <para>The rule, with threshold t (a count c is small when 1 &lt;= c &lt;= t; 0 is never small):</para>
/// <list type="number">
/// <item>Primary: a small count is withheld.</item>
/// <item>Complement (percentages): when the denominator is published, the numerator and the denominator together give
/// denominator − numerator; if that is small, the numerator is withheld too. The denominator of a withheld numerator is
/// published when it is not itself small, whatever the numerator: a reader then knows only that the numerator is 1 to t
/// or denominator − t to denominator − 1, at least t values. (Withholding it when denominator − numerator is at most t,
/// as before, let the published denominator tell which: "[c] of 7" with t = 5 could only be 1.)</item>
/// <item>Differencing (secondary): a count that the other counts published with it would give back — a month from the
/// year to date, the year from its months — is protected by withholding another count of the same sums (see
/// <c>docs/disclosure.md</c>); the figures so withheld say so.</item>
/// <item>Derived: a value is withheld when its numerator or denominator is (value × denominator gives back the numerator,
/// and a withheld denominator means few children); a mean's sum of days is withheld with its count.</item>
/// </list>
/// </remarks>
public static class Disclosure
{
    /// <summary>The usual threshold: counts from 1 to 5 are withheld.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>The publishable view of <paramref name="result"/>; the result itself is not changed.</summary>
    /// <param name="result">The result as computed.</param>
    /// <param name="threshold">The largest count withheld; 0 withholds nothing.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public static SuppressedResult Apply(IndicatorResult result, int threshold) => Apply(result, threshold, false, false);

    /// <summary>As <see cref="Apply(IndicatorResult, int)"/>, with the numerator or the denominator withheld as well to stop differencing.</summary>
    internal static SuppressedResult Apply(IndicatorResult result, int threshold, bool secondaryNumerator, bool secondaryDenominator)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        var unit = result.Definition.Unit;
        bool numeratorIsCount = unit is IndicatorUnit.Percent or IndicatorUnit.Per10000 or IndicatorUnit.Count;
        bool denominatorIsCount = unit is IndicatorUnit.Percent or IndicatorUnit.Days;
        bool Small(decimal count) => count >= 1 && count <= threshold;

        var reasons = new List<string>();
        bool numerator = numeratorIsCount && Small(result.Numerator);
        bool denominator = denominatorIsCount && Small(result.Denominator);
        if (numerator)
        {
            reasons.Add(Withheld("numerator", threshold));
        }
        if (denominator)
        {
            reasons.Add(Withheld("denominator", threshold));
        }
        if (unit == IndicatorUnit.Percent && threshold > 0)
        {
            decimal complement = result.Denominator - result.Numerator;
            if (!numerator && !denominator && Small(complement))
            {
                numerator = true;
                reasons.Add(Withheld("numerator", threshold));
            }
        }
        if (secondaryNumerator && !numerator)
        {
            numerator = true;
            reasons.Add(Withheld("numerator", threshold));
        }
        if (secondaryDenominator && !denominator)
        {
            denominator = true;
            reasons.Add(Withheld("denominator", threshold));
        }
        if (unit == IndicatorUnit.Days && denominator && !numerator)
        {
            numerator = true;
            reasons.Add("numerator: the sum of days of a withheld count of children");
        }
        bool value = (numerator || denominator) && result.Value is not null;
        if (value)
        {
            reasons.Add("value: derived from a withheld figure");
        }
        return new SuppressedResult(result, threshold, numerator, denominator, value, [.. reasons]);
    }

    /// <summary>
    /// The one reason given for a withheld count, whichever rule withheld it: a reader who could tell a small count from
    /// its complement or from one withheld as well would know more of it (that it is 1 to t), and with the sums of a
    /// series could then pin it (two months of 1 whose year to date is 2), as the DfE's own tables show every withheld
    /// figure as "c".
    /// </summary>
    internal static string Withheld(string figure, int threshold) =>
        $"{figure}: withheld (a count from 1 to {threshold} or a figure that would give one back)";
}
