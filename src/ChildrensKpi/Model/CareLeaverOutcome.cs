using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// A care leaver's outcome from the SSDA903 <c>OC3</c> table.
/// </summary>
/// <param name="Child">The young person (<c>CHILD</c>).</param>
/// <param name="DateOfBirth">Date of birth (<c>DOB</c>).</param>
/// <param name="InTouch">Whether the council is in touch (<c>IN_TOUCH</c>).</param>
/// <param name="Activity">Main activity (<c>ACTIV</c>).</param>
/// <param name="Accommodation">Accommodation code (<c>ACCOM</c>): a letter for the type and a digit,
/// 1 suitable or 2 unsuitable (e.g. <c>U1</c>); <c>0</c> or <see langword="null"/> for no information.</param>
/// <remarks>OC3 rows carry no date: the library takes one OC3 row per young person across all files read.</remarks>
public sealed record CareLeaverOutcome(
    ChildId Child,
    LocalDate DateOfBirth,
    InTouch InTouch,
    CareLeaverActivity Activity,
    string? Accommodation)
{
    /// <summary>Whether <see cref="Accommodation"/> is a code ending in 1 (suitable).</summary>
    public bool IsSuitablyAccommodated => Accommodation is { Length: 2 } code && code[1] == '1';
}
