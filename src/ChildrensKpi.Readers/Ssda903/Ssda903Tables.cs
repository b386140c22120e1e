namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 tables and their columns, from <see cref="Ssda903Schedule"/>: a table is recognised by the columns it has
/// in any collection year; the ones a row cannot be read without are required, the rest optional, so that 2006-era files
/// without UPN, CIN or the postcodes are read as they are.
/// </summary>
internal static class Ssda903Tables
{
    public static CsvTableSchema Header { get; } = Table("Header");

    public static CsvTableSchema Episodes { get; } = Table("Episodes");

    public static CsvTableSchema Reviews { get; } = Table("Reviews");

    public static CsvTableSchema Uasc { get; } = Table("UASC");

    public static CsvTableSchema Oc2 { get; } = Table("OC2");

    public static CsvTableSchema Oc3 { get; } = Table("OC3");

    public static CsvTableSchema Ad1 { get; } = Table("AD1");

    public static CsvTableSchema PlacedAdoption { get; } = Table("PlacedAdoption");

    public static CsvTableSchema PrevPerm { get; } = Table("PrevPerm");

    public static CsvTableSchema Missing { get; } = Table("Missing");

    /// <summary>Social worker episodes, collected from 2023-24.</summary>
    public static CsvTableSchema SocialWorkerEpisodes { get; } = Table("SWEpisodes");

    /// <summary>Deprivation of liberty orders, collected from 2026-27.</summary>
    public static CsvTableSchema DeprivationOfLiberty { get; } = Table("DoLo");

    /// <summary>The table name a file no table's header matches is accounted under.</summary>
    public const string Unrecognised = "unrecognised";

    public static TableRecognizer Recognizer { get; } = new(
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedAdoption, PrevPerm, Missing, SocialWorkerEpisodes, DeprivationOfLiberty]);

    private static CsvTableSchema Table(string name)
    {
        var schedule = Ssda903Schedule.Current;
        var required = schedule.Required(name);
        return new(name, required, [.. schedule.Columns(name).Where(c => !required.Contains(c))])
        {
            DateRangeRule = ValidationRules.Ssda903DateOutOfRange,
            DfeValueRules = Rules.DfeValueRules.Ssda903Table(name),
        };
    }
}
