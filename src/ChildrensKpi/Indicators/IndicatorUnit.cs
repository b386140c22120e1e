namespace ChildrensKpi;

/// <summary>What an indicator's value measures, and so how it is computed from numerator and denominator.</summary>
public enum IndicatorUnit
{
    /// <summary>A percentage: 100 × numerator / denominator.</summary>
    Percent,

    /// <summary>A rate per 10,000 children: numerator / denominator, where the denominator is the population / 10,000.</summary>
    Per10000,

    /// <summary>A mean in days: numerator is the sum of days, denominator the count.</summary>
    Days,

    /// <summary>Money: numerator is the sum, denominator the count of units (e.g. child-weeks).</summary>
    Money,

    /// <summary>A plain ratio: numerator / denominator (e.g. open cases per social worker in post).</summary>
    Ratio,

    /// <summary>A count of children or events with no denominator: the denominator is 1, so the value is the numerator.</summary>
    Count,
}
