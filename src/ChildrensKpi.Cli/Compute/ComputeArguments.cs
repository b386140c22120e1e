using ChildrensKpi.Cli.Inputs;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Compute;

/// <summary>The arguments of <c>compute</c>, as given (validated by <see cref="ComputeRunner"/>).</summary>
internal sealed record ComputeArguments(
    InputArguments Inputs,
    string? YearEnding,
    string? Indicators,
    bool Detail,
    OutputFormat? Format,
    string? Output);
