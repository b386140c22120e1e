namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// One child's identifiers and characteristics, every item as written. The row is the <c>ChildIdentifiers</c> element
/// (its path is that element's, as the councils' validator locates the ChildIdentifiers table), or the <c>Child</c>
/// element when it has none. <c>CharacteristicsPath</c> names the first <c>ChildCharacteristics</c> (the rules on that
/// table flag it), <c>.../ChildCharacteristics[1]</c> even when the child has none, so that a missing ethnicity is still
/// located under its child.
/// </summary>
internal sealed record CinChildRow(
    int Child,
    string Path,
    long Line,
    string? LAchildID,
    string? Upn,
    string? FormerUpn,
    string? UpnUnknown,
    CinDay PersonBirthDate,
    CinDay ExpectedPersonBirthDate,
    string? Sex,
    string? GenderCurrent,
    CinDay PersonDeathDate,
    string? Ethnicity,
    string CharacteristicsPath,
    long CharacteristicsLine,
    int FirstDetails,
    int DetailsCount,
    int FirstDisability,
    int DisabilityCount) : ICinRow
{
    public string Table => "ChildIdentifiers";
}
