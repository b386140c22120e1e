namespace ChildrensKpi;

/// <summary>The adoption scorecard's thresholds for the three-year periods ending in <see cref="Year"/>.</summary>
/// <param name="Year">The year the period ends in (the period's last year: 2016 for 1 April 2013 to 31 March 2016).</param>
/// <param name="A1Days">The A1 threshold in days (e.g. 426, 14 months); ADOPT_A10, the adjusted A1, is held to it too.</param>
/// <param name="A2Days">The A2 threshold in days (e.g. 121, 4 months).</param>
public sealed record AdoptionThreshold(int Year, int A1Days, int A2Days);
