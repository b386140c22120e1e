using System.Collections.Immutable;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Web.Run;

/// <summary>What one run of the page gives: the published report and every finding, or why there is none.</summary>
/// <param name="Report">The report as published under the page's threshold; null when the inputs could not be read.</param>
/// <param name="Findings">The readers' findings, then the DfE rules' findings.</param>
/// <param name="Notes">One line per check run (rows read, rules run), and why a check did not run.</param>
/// <param name="Error">Why nothing was computed (an unreadable file, no records); null when <see cref="Report"/> is given.</param>
internal sealed record PageResult(PublishedReport? Report, ImmutableArray<FindingRow> Findings, ImmutableArray<string> Notes, string? Error)
{
    /// <summary>Each return the DfE's rules ran over, as published (the downloads write them as <c>validate --dfe</c> does); empty until they have run.</summary>
    public ImmutableArray<DfeValidation> DfeValidations { get; init; } = [];

    /// <summary>A run that stopped before computing, for <paramref name="error"/>.</summary>
    public static PageResult Failed(string error) => new(null, [], [], error);
}
