namespace ChildrensKpi;

/// <summary>Which direction of an indicator is good.</summary>
public enum Polarity
{
    /// <summary>A higher value is better.</summary>
    HigherIsBetter,

    /// <summary>A lower value is better.</summary>
    LowerIsBetter,

    /// <summary>Neither extreme is good: the value is context for a judgement, not a score.</summary>
    Contextual,
}
