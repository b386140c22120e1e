namespace ChildrensKpi;

/// <summary>The plan indicators (NI64, NI65, NI67): one explanation per child protection plan.</summary>
internal abstract class ProtectionPlanIndicator : PerItemIndicator
{
    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.PlansOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.PlanChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"plan started {CinRules.Iso(columns.PlanStart[item])}";
}
