namespace ChildrensKpi;

/// <summary>The plan indicators (NI64, NI65, NI67): one explanation per child protection plan.</summary>
internal abstract class ProtectionPlanIndicator : PerItemIndicator<ProtectionPlan>
{
    private protected override IEnumerable<ProtectionPlan> Items(ChildrenInNeedData data) => data.Plans;

    private protected override ChildId ChildOf(ProtectionPlan item) => item.Child;

    private protected override string? SubjectOf(ProtectionPlan item) => $"plan started {CinRules.Iso(item.Start)}";
}
