using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>One <c>Assessments</c> element of a CINdetails block, with its factors as written.</summary>
/// <remarks>Factors: every <c>AssessmentFactors</c> under its <c>FactorsIdentifiedAtAssessment</c>, as written (empty ones left out).</remarks>
internal sealed record CinAssessmentRow(
    int Child,
    int Details,
    string Path,
    long Line,
    CinDay StartDate,
    CinDay AuthorisationDate,
    ImmutableArray<string> Factors) : ICinRow
{
    public string Table => "Assessments";
}
