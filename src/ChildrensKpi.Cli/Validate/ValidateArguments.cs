using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Validate;

/// <summary>The arguments of <c>validate</c>, as given (validated by <see cref="ValidateRunner"/>).</summary>
internal sealed record ValidateArguments(string? Ssda903, string? Cin, string? YearEnding, OutputFormat? Format, (string? Key, string? Error) PseudonymiseKey, string? CollectionYear = null,
    bool Dfe = false, string? Previous = null, string? LaCode = null, string? Output = null, string? Authority = null,
    string? Postcodes = null, string? OfstedProviders = null, string? LaNumbers = null)
{
    /// <summary>The reference files given for the DfE's SSDA903 rules, each with its option's name (none when not given).</summary>
    public IEnumerable<(string Option, string Path)> ReferenceFiles =>
        new[] { ("--postcodes", Postcodes), ("--ofsted-providers", OfstedProviders), ("--la-numbers", LaNumbers) }
            .Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!));
}
