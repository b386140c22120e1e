namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>One <c>Section47</c> enquiry of a CINdetails block, every item as written.</summary>
internal sealed record CinSection47Row(
    int Child,
    int Details,
    string Path,
    long Line,
    CinDay StartDate,
    CinDay InitialCpcTarget,
    CinDay DateOfInitialCpc,
    string? IcpcNotRequired) : ICinRow
{
    public string Table => "Section47";
}
