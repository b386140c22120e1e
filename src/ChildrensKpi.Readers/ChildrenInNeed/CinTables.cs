using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// The flat CSV form of the CIN census (data-formats.md), one file per table. In CinChildren only LAchildID and
/// PersonBirthDate are required: UPN and Ethnicity are often withheld, and the sex column is GenderCurrent before
/// 2024–25 and Sex after. Referrals may carry the older censuses' DateOfInitialCPC.
/// </summary>
internal static class CinTables
{
    public static CsvTableSchema Children { get; } = new("CinChildren", ["LACHILDID", "PERSONBIRTHDATE"], ["UPN", "GENDERCURRENT", "SEX", "ETHNICITY"]);

    public static CsvTableSchema Referrals { get; } = new("Referrals",
        ["LACHILDID", "CINREFERRALDATE", "REFERRALSOURCE", "PRIMARYNEEDCODE", "CINCLOSUREDATE", "REASONFORCLOSURE", "REFERRALNFA"],
        ["DATEOFINITIALCPC"]);

    public static CsvTableSchema Assessments { get; } = new("Assessments",
        ["LACHILDID", "CINREFERRALDATE", "ASSESSMENTTYPE", "ASSESSMENTACTUALSTARTDATE", "ASSESSMENTAUTHORISATIONDATE"], []);

    public static CsvTableSchema Section47 { get; } = new("Section47",
        ["LACHILDID", "CINREFERRALDATE", "S47ACTUALSTARTDATE", "DATEOFINITIALCPC", "ICPCNOTREQUIRED"], []);

    public static CsvTableSchema ProtectionPlans { get; } = new("ProtectionPlans",
        ["LACHILDID", "CPPSTARTDATE", "CPPENDDATE", "INITIALCATEGORYOFABUSE", "NUMBEROFPREVIOUSCPP"], []);

    public static CsvTableSchema ProtectionPlanReviews { get; } = new("ProtectionPlanReviews", ["LACHILDID", "CPPSTARTDATE", "CPPREVIEWDATE"], []);

    public static TableRecognizer Recognizer { get; } = new([Children, Referrals, Assessments, Section47, ProtectionPlans, ProtectionPlanReviews]);
}
