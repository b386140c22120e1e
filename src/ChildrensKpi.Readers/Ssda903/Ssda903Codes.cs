namespace ChildrensKpi.Readers;

/// <summary>The SSDA903 code lists the reader checks, each with the wording of its rule.</summary>
internal static class Ssda903Codes
{
    public static CodeList<ReasonForNewEpisode> ReasonForNewEpisode { get; } =
        CodeList<ReasonForNewEpisode>.FromEnumNames("one of S, L, P, B, T, U");

    public static CodeList<LegalStatus> LegalStatus { get; } =
        CodeList<LegalStatus>.FromEnumNames("a legal status code (C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4)");

    public static CodeList<PlacementType> Placement { get; } =
        CodeList<PlacementType>.FromEnumNames("a placement code (A3–A6, H5, K1–K3, P1–P3, R1–R3, R5, S1, T0–T4, U1–U6, Z1; legacy A1–A2, F1–F6)");

    public static CodeList<ReasonEpisodeCeased> ReasonCeased { get; } =
        CodeList<ReasonEpisodeCeased>.FromEnumNames("a reason-ceased code (E11–E17, E2, E3, E4A, E4B, E41, E45–E48, E5–E9, X1)");

    public static CodeList<Sex> Sex { get; } = new(
        [KeyValuePair.Create("1", ChildrensKpi.Sex.Male), KeyValuePair.Create("2", ChildrensKpi.Sex.Female)],
        "1 (male) or 2 (female)");

    public static CodeList<InTouch> InTouch { get; } = new(
        [
            KeyValuePair.Create("YES", ChildrensKpi.InTouch.Yes),
            KeyValuePair.Create("NO", ChildrensKpi.InTouch.No),
            KeyValuePair.Create("DIED", ChildrensKpi.InTouch.Died),
            KeyValuePair.Create("REFU", ChildrensKpi.InTouch.RefusesContact),
            KeyValuePair.Create("NREQ", ChildrensKpi.InTouch.NoLongerRequiresServices),
            KeyValuePair.Create("RHOM", ChildrensKpi.InTouch.ReturnedHome),
        ],
        "one of YES, NO, DIED, REFU, NREQ, RHOM");

    public static CodeList<CareLeaverActivity> Activity { get; } = new(
        Enum.GetValues<CareLeaverActivity>().Select(a => KeyValuePair.Create(a == CareLeaverActivity.NoInformation ? "0" : a.ToString(), a)),
        "an activity code (F1–F5, P1–P5, G4–G6) or 0");

    public static CodeList<ReviewParticipation> ReviewParticipation { get; } =
        CodeList<ReviewParticipation>.FromEnumNames("one of PN0–PN7");

    public static CodeList<MissingKind> MissingKind { get; } = new(
        [KeyValuePair.Create("M", ChildrensKpi.MissingKind.Missing), KeyValuePair.Create("A", ChildrensKpi.MissingKind.AwayWithoutAuthorisation)],
        "M (missing) or A (away without authorisation)");

    public static CodeList<bool> Flag { get; } = new(
        [
            KeyValuePair.Create("true", true), KeyValuePair.Create("false", false),
            KeyValuePair.Create("1", true), KeyValuePair.Create("0", false),
            KeyValuePair.Create("Y", true), KeyValuePair.Create("N", false),
        ],
        "true/false, 1/0 or Y/N");
}
