namespace ChildrensKpi.Readers.Rules;

/// <summary>The statutory return a DfE validation rule belongs to.</summary>
public enum DfeReturn
{
    /// <summary>The SSDA903 return of children looked after; rule codes are written <c>903-408</c>.</summary>
    Ssda903,

    /// <summary>The children in need census; rule codes are written <c>CIN-8608</c> (a query ends in <c>Q</c>, e.g. <c>CIN-2887Q</c>).</summary>
    ChildrenInNeed,
}
