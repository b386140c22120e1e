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
    string? Output)
{
    /// <summary><c>--suppression-threshold</c>: the largest count withheld in CSV and table output (0 withholds nothing).</summary>
    public int SuppressionThreshold { get; init; } = Disclosure.DefaultThreshold;

    /// <summary><c>--breakdown</c>: what to break each indicator down by, as given (<see cref="BreakdownArgument"/>); null for none.</summary>
    public string? Breakdown { get; init; }

    /// <summary><c>--suppress</c>: withhold in JSON too.</summary>
    public bool Suppress { get; init; }

    /// <summary>
    /// The key from <c>--pseudonymise-key</c>, <c>--pseudonymise-key-file</c> or the environment (<see cref="PseudonymKeyOptions"/>),
    /// under which child ids are replaced with HMAC-SHA256; or the error in giving it.
    /// </summary>
    public (string? Key, string? Error) PseudonymiseKey { get; init; }

    /// <summary>The options of <see cref="ComputeOptionFlags"/> (every default when none is given), or the error in giving them.</summary>
    public (ComputeOptions Options, string? Error) ComputeOptions { get; init; } = (ChildrensKpi.ComputeOptions.Default, null);
}
