namespace ChildrensKpi;

/// <summary>How an indicator is computed. Change the defaults with <c>with</c>: <c>ComputeOptions.Default with { Explain = false }</c>.</summary>
public sealed record ComputeOptions
{
    /// <summary>The defaults: explain every child.</summary>
    public static ComputeOptions Default { get; } = new();

    /// <summary>
    /// Whether to list every child with the rule that decided (<see cref="IndicatorResult.Children"/>).
    /// Default <see langword="true"/>; turn it off for speed when only the figures are wanted.
    /// </summary>
    public bool Explain { get; init; } = true;
}
