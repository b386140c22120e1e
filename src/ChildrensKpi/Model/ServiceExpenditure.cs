using NodaTime;

namespace ChildrensKpi;

/// <summary>One row of the Finance input: gross expenditure on a placement service over a span of time.</summary>
/// <param name="PeriodStart">The first day the expenditure covers (inclusive).</param>
/// <param name="PeriodEnd">The last day it covers (inclusive).</param>
/// <param name="Service">Foster or residential placements.</param>
/// <param name="GrossExpenditure">Gross expenditure in pounds, before income.</param>
public sealed record ServiceExpenditure(LocalDate PeriodStart, LocalDate PeriodEnd, PlacementService Service, decimal GrossExpenditure);
