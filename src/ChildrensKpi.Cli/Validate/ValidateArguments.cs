using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Validate;

/// <summary>The arguments of <c>validate</c>, as given (validated by <see cref="ValidateRunner"/>).</summary>
internal sealed record ValidateArguments(string? Ssda903, string? Cin, string? YearEnding, OutputFormat? Format, (string? Key, string? Error) PseudonymiseKey, string? CollectionYear = null,
    bool Dfe = false, string? Previous = null, string? LaCode = null, string? Output = null, string? Authority = null,
    string? Postcodes = null);
