using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>The arguments of <c>compute</c>, as given (validated by <see cref="ComputeRunner"/>).</summary>
internal sealed record ComputeArguments(
    string? Ssda903,
    string? Cin,
    string? Population,
    string? Finance,
    string? Workforce,
    string? YearEnding,
    string? Indicators,
    bool Detail,
    OutputFormat? Format,
    string? Output);
