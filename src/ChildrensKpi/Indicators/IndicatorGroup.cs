namespace ChildrensKpi;

/// <summary>Which family of measures an indicator belongs to, as the catalogue groups them.</summary>
public enum IndicatorGroup
{
    /// <summary>The 2008 National Indicator Set, the Performance Assessment Framework and the measures of those years.</summary>
    NationalIndicatorSetAndPaf,

    /// <summary>
    /// The measures councils are judged on today: the DfE's statistics on children looked after and on children in need,
    /// as defined in <c>indicators-current.md</c>.
    /// </summary>
    Current,
}
