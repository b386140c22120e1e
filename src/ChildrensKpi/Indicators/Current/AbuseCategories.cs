using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The initial categories of abuse of a child protection plan (<c>InitialCategoryOfAbuse</c>: NEG, PHY, SAB, EMO, MUL, the
/// census's code list, data-formats.md) and "not stated", the groups the DfE's children in need statistics publish plans by.
/// </summary>
internal static class AbuseCategories
{
    /// <summary>The groups in the order of the code list, then "not stated" (code null).</summary>
    public static ImmutableArray<(string? Code, string Name)> All { get; } =
    [
        ("NEG", "neglect"), ("PHY", "physical abuse"), ("SAB", "sexual abuse"), ("EMO", "emotional abuse"), ("MUL", "multiple categories"),
        (null, "initial category not stated"),
    ];

    /// <summary>
    /// The group of a plan's recorded category: the code (in the list's spelling, whatever its case) when it is one of the
    /// five, else null ("not stated": none given, or a code the reader already warned of and a caller's record may carry).
    /// The groups therefore partition the plans.
    /// </summary>
    public static string? GroupOf(string? recorded)
    {
        if (recorded is null)
        {
            return null;
        }
        foreach (var (code, _) in All)
        {
            if (code is not null && string.Equals(code, recorded, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }
        return null;
    }
}
