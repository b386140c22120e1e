using System.Collections.Immutable;

namespace ChildrensKpi.Synthetic;

/// <summary>Generated records, as the readers would return them from the files <see cref="SyntheticData.Write"/> writes.</summary>
/// <param name="LookedAfter">SSDA903 records over all years, copies of an episode across year ends merged.</param>
/// <param name="ChildrenInNeed">Children in need census records over all years, with initial and core assessments before April 2013 and single ones from then.</param>
/// <param name="Years">The reporting years covered, oldest first.</param>
public sealed record SyntheticDataSet(LookedAfterData LookedAfter, ChildrenInNeedData ChildrenInNeed, ImmutableArray<ReportingPeriod> Years);
