using System.Globalization;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The values the DfE derives from an episode's postcodes, each defined once for every rule that reads them: PL_LA, the
/// local authority of the placement postcode; PL_LOCATION, <c>IN</c> when that is the council's own authority and
/// <c>OUT</c> otherwise; PL_DISTANCE, the miles from the home postcode to the placement postcode, to one decimal place.
/// Each is null when a postcode it needs is blank or not in the lookup (392b and 392c are the rules for those).
/// </summary>
internal static class PlacementGeography
{
    /// <summary>The derived fields, by the DfE's names.</summary>
    public const string La = "PL_LA", Location = "PL_LOCATION", Distance = "PL_DISTANCE";

    /// <summary>The value of <paramref name="field"/> (<see cref="La"/>, <see cref="Location"/> or <see cref="Distance"/>) for episode <paramref name="row"/>.</summary>
    public static string? Of(string field, Ssda903RuleTable episodes, int row, DfePostcodeLookup postcodes, string? council)
    {
        var placement = episodes.Column("PL_POST")[row];
        return field switch
        {
            La => postcodes.Find(placement)?.LocalAuthority,
            Location => postcodes.Find(placement) is { } place && council is not null
                ? string.Equals(place.LocalAuthority, council, StringComparison.OrdinalIgnoreCase) ? "IN" : "OUT"
                : null,
            Distance => postcodes.Miles(episodes.Column("HOME_POST")[row], placement)?.ToString("0.0", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a value derived from postcodes"),
        };
    }
}
