namespace ChildrensKpi;

/// <summary>A red, amber or green rating of a value against its target.</summary>
public enum Rag
{
    /// <summary>The target is not met and the value is outside the amber tolerance.</summary>
    Red,

    /// <summary>The target is not met, but the value is within the amber tolerance of it.</summary>
    Amber,

    /// <summary>The target is met.</summary>
    Green,
}
