namespace ChildrensKpi;

/// <summary>How a value moved since the previous period, judged by the indicator's polarity.</summary>
public enum DirectionOfTravel
{
    /// <summary>It moved in the good direction by more than the stability tolerance.</summary>
    Improving,

    /// <summary>It moved by no more than the stability tolerance.</summary>
    Stable,

    /// <summary>It moved in the bad direction by more than the stability tolerance.</summary>
    Worsening,
}
