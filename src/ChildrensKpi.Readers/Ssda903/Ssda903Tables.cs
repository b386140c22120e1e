using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 tables and their columns (data-formats.md). Columns that older returns lacked (UPN, MOTHER, the
/// postcodes, REASON_PLACE_CHANGE...) are optional, so 2006-era files are read as they are.
/// </summary>
internal static class Ssda903Tables
{
    public static CsvTableSchema Header { get; } = Table("Header", ["CHILD", "SEX", "DOB", "ETHNIC"], ["UPN", "MOTHER", "MC_DOB"]);

    public static CsvTableSchema Episodes { get; } = Table("Episodes",
        ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"],
        ["CIN", "PLACE_PROVIDER", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]);

    public static CsvTableSchema Reviews { get; } = Table("Reviews", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], []);

    public static CsvTableSchema Uasc { get; } = Table("UASC", ["CHILD", "SEX", "DOB", "DUC"], []);

    public static CsvTableSchema Oc2 { get; } = Table("OC2",
        ["CHILD", "DOB", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"],
        ["SDQ_SCORE", "SDQ_REASON", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]);

    public static CsvTableSchema Oc3 { get; } = Table("OC3", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"], []);

    public static CsvTableSchema Ad1 { get; } = Table("AD1",
        ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"], []);

    public static CsvTableSchema PlacedAdoption { get; } = Table("PlacedAdoption",
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"], []);

    public static CsvTableSchema PrevPerm { get; } = Table("PrevPerm", ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"], []);

    public static CsvTableSchema Missing { get; } = Table("Missing", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"], []);

    private static CsvTableSchema Table(string name, ImmutableArray<string> required, ImmutableArray<string> optional) =>
        new(name, required, optional) { DateRangeRule = ValidationRules.Ssda903DateOutOfRange };

    public static TableRecognizer Recognizer { get; } = new(
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedAdoption, PrevPerm, Missing]);
}
