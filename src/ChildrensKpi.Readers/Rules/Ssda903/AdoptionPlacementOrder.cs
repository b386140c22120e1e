namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The DfE's rule 903-408, once: a child placed for adoption with a placement order (PLACE A5, A6) needs the placement
/// order (LS E1); A3 and A4 are placements with consent and need none. The DfE rules check it over the cells as written,
/// the indicator reader's warning SSDA903-E006 over the codes it read.
/// </summary>
internal static class AdoptionPlacementOrder
{
    /// <summary>Whether an episode with <paramref name="place"/> and <paramref name="legalStatus"/> (as the return writes them; null when blank) breaks the rule.</summary>
    public static bool IsMissing(string? place, string? legalStatus) => place is "A5" or "A6" && legalStatus != "E1";
}
