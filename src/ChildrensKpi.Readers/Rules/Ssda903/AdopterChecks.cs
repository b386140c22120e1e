namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that the adopters' number, sexes and legal status (AD1) agree. The legal statuses: L0 single, L11 married
/// couple of different sexes, L12 married couple of the same sex, L2 civil partners, L3 unmarried couple of different
/// sexes, L4 unmarried couple of the same sex; the sexes M1/F1 a single adopter, MM/FF/MF a couple.
/// </summary>
internal static class AdopterChecks
{
    private static RowCheck Adopters(string code, Func<string?, string?, string?, bool> breaks) =>
        new(code, "AD1", (tables, _) =>
        {
            var number = tables.Ad1.Column("NB_ADOPTR");
            var sex = tables.Ad1.Column("SEX_ADOPTR");
            var status = tables.Ad1.Column("LS_ADOPTR");
            return i => breaks(number[i], sex[i], status[i]);
        });

    private static bool Couple(string? sex) => sex is "MM" or "FF" or "MF";

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 175: the number of adopters is 1 or 2 (the per-year schema gives NB_ADOPTR no code list, so the DfE's two codes
        // are written here); a blank is 151's business.
        Adopters("175", (number, _, _) => number is not null && number is not ("1" or "2")),
        // 511: two adopters are a couple (MM, FF or MF).
        Adopters("511", (number, sex, _) => number == "2" && sex is not null && !Couple(sex)),
        // 514: a single adopter (L0) is not recorded with a couple's sexes.
        Adopters("514", (_, sex, status) => status == "L0" && Couple(sex)),
        // 517: an unmarried couple of different sexes (L3) is MF.
        Adopters("517", (_, sex, status) => status == "L3" && sex is not null && sex != "MF"),
        // 518: an unmarried couple of the same sex (L4) is MM or FF.
        Adopters("518", (_, sex, status) => status == "L4" && sex is not null && sex is not ("MM" or "FF")),
        // 519: civil partners (L2) are a couple.
        Adopters("519", (_, sex, status) => status == "L2" && sex is not null && !Couple(sex)),
        // 520: a married couple of different sexes (L11) is MF (neither a same-sex couple nor a single adopter).
        Adopters("520", (_, sex, status) => status == "L11" && sex is not null && sex != "MF"),
        // 524: a married couple of the same sex (L12) is MM or FF.
        Adopters("524", (_, sex, status) => status == "L12" && sex is not null && sex is not ("MM" or "FF")),
    ];
}
