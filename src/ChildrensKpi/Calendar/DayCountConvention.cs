namespace ChildrensKpi;

/// <summary>How working days between a start date and an end date are counted.</summary>
public enum DayCountConvention
{
    /// <summary>
    /// The start date is day 0 (the default, and the reading of the statutory guidance): the count is the number of
    /// working days in the half-open interval (start, end]. A start on a weekend or holiday is still day 0;
    /// the next working day is day 1.
    /// </summary>
    StartIsDayZero = 0,

    /// <summary>
    /// The start date is day 1 when it is itself a working day: the count is the number of working days in the
    /// closed interval [start, end]. A start on a weekend or holiday does not count, so the next working day is day 1,
    /// exactly as under <see cref="StartIsDayZero"/>.
    /// </summary>
    StartIsDayOne = 1,
}
