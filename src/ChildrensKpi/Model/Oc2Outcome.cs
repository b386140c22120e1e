using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The outcomes of a child looked after for 12 months at 31 March (SSDA903 <c>OC2</c> table): offending and health.
/// </summary>
/// <param name="Child">The child (<c>CHILD</c>).</param>
/// <param name="DateOfBirth">Date of birth (<c>DOB</c>).</param>
/// <param name="Convicted">Convicted, or given a final warning or reprimand, during the year (<c>CONVICTED</c>); <see langword="null"/> when not recorded.</param>
/// <param name="HealthCheck">Health check up to date (<c>HEALTH_CHECK</c>); <see langword="null"/> when not recorded.</param>
/// <param name="Immunisations">Immunisations up to date (<c>IMMUNISATIONS</c>); <see langword="null"/> when not recorded.</param>
/// <param name="TeethCheck">Teeth checked by a dentist (<c>TEETH_CHECK</c>); <see langword="null"/> when not recorded.</param>
/// <remarks>OC2 rows carry no date: the library takes one OC2 row per child across all files read, so read one year's OC2 file at a time.</remarks>
public sealed record Oc2Outcome(
    ChildId Child,
    LocalDate DateOfBirth,
    bool? Convicted,
    bool? HealthCheck = null,
    bool? Immunisations = null,
    bool? TeethCheck = null);
