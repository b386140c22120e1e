using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// The flat CSV form of the CIN census (data-formats.md), one file per table. In CinChildren only LAchildID and
/// PersonBirthDate are required: UPN and Ethnicity are often withheld, and the sex column is GenderCurrent before
/// 2024–25 and Sex after. Referrals may carry the older censuses' DateOfInitialCPC.
/// </summary>
/// <remarks>
/// The open-source CIN validator exports the XML as tables keyed by position instead (<c>CINdetailsID</c>, the
/// referral's place in its child; <c>CPPID</c>, the plan's in its referral): ChildIdentifiers (read as CinChildren),
/// ChildCharacteristics, CINdetails, Assessments (a row per assessment factor), Section47, ChildProtectionPlans and
/// Reviews. Those tables are read too, a row finding its referral date or plan start through the ids
/// (<see cref="CinExportKeys"/>), so they are read after the table the ids point into (<see cref="ReadOrder"/>).
/// </remarks>
internal static class CinTables
{
    public static CsvTableSchema Children { get; } = new("CinChildren", ["LACHILDID", "PERSONBIRTHDATE"],
        ["UPN", "GENDERCURRENT", "SEX", "ETHNICITY", "FORMERUPN", "UPNUNKNOWN", "EXPECTEDPERSONBIRTHDATE", "PERSONDEATHDATE"]);

    public static CsvTableSchema Referrals { get; } = new("Referrals",
        ["LACHILDID", "CINREFERRALDATE", "REFERRALSOURCE", "PRIMARYNEEDCODE", "CINCLOSUREDATE", "REASONFORCLOSURE", "REFERRALNFA"],
        ["DATEOFINITIALCPC"]);

    public static CsvTableSchema Assessments { get; } = new("Assessments",
        ["LACHILDID", "CINREFERRALDATE", "ASSESSMENTTYPE", "ASSESSMENTACTUALSTARTDATE", "ASSESSMENTAUTHORISATIONDATE"], []);

    public static CsvTableSchema Section47 { get; } = new("Section47",
        ["LACHILDID", "CINREFERRALDATE", "S47ACTUALSTARTDATE", "DATEOFINITIALCPC", "ICPCNOTREQUIRED"], []);

    public static CsvTableSchema ProtectionPlans { get; } = new("ProtectionPlans",
        ["LACHILDID", "CPPSTARTDATE", "CPPENDDATE", "INITIALCATEGORYOFABUSE", "NUMBEROFPREVIOUSCPP"], []);

    /// <summary>A child's disability codes, one row per code (the census's <c>Disabilities/Disability</c>), as the validator exports them.</summary>
    public static CsvTableSchema Disabilities { get; } = new("Disabilities", ["LACHILDID", "DISABILITY"], []);

    public static CsvTableSchema ProtectionPlanReviews { get; } = new("ProtectionPlanReviews", ["LACHILDID", "CPPSTARTDATE", "CPPREVIEWDATE"], []);

    public static CsvTableSchema ExportCharacteristics { get; } = new("ChildCharacteristics", ["LACHILDID", "ETHNICITY"], []);

    // Referrals' required columns and CINdetailsID: an export's CINdetails table holds all of Referrals' columns, and the
    // recogniser takes the table with the most required columns, so this one, which keeps the id, wins.
    public static CsvTableSchema ExportReferrals { get; } = new("CINdetails",
        ["LACHILDID", "CINDETAILSID", "CINREFERRALDATE", "REFERRALSOURCE", "PRIMARYNEEDCODE", "CINCLOSUREDATE", "REASONFORCLOSURE", "REFERRALNFA"],
        ["DATEOFINITIALCPC"]);

    public static CsvTableSchema ExportAssessments { get; } = new("Assessments (by CINdetailsID)",
        ["LACHILDID", "CINDETAILSID", "ASSESSMENTACTUALSTARTDATE", "ASSESSMENTAUTHORISATIONDATE"], ["ASSESSMENTINTERNALREVIEWDATE", "ASSESSMENTFACTORS"]);

    public static CsvTableSchema ExportSection47 { get; } = new("Section47 (by CINdetailsID)",
        ["LACHILDID", "CINDETAILSID", "S47ACTUALSTARTDATE", "DATEOFINITIALCPC", "ICPCNOTREQUIRED"], ["INITIALCPCTARGET"]);

    public static CsvTableSchema ExportPlans { get; } = new("ChildProtectionPlans",
        ["LACHILDID", "CINDETAILSID", "CPPID", "CPPSTARTDATE", "CPPENDDATE", "INITIALCATEGORYOFABUSE", "NUMBEROFPREVIOUSCPP"], ["LATESTCATEGORYOFABUSE"]);

    public static CsvTableSchema ExportReviews { get; } = new("Reviews", ["LACHILDID", "CINDETAILSID", "CPPID", "CPPREVIEWDATE"], []);

    public static TableRecognizer Recognizer { get; } = new([
        Children, Referrals, Assessments, Section47, ProtectionPlans, ProtectionPlanReviews, Disabilities,
        ExportCharacteristics, ExportReferrals, ExportAssessments, ExportSection47, ExportPlans, ExportReviews]);

    /// <summary>
    /// When a table is read (lower first; XML is 0): reviews after their plans, and an export's tables keyed by
    /// CINdetailsID after its CINdetails, so that every key a row points to is known when it is read.
    /// </summary>
    public static int ReadOrder(CsvTableSchema? table) =>
        table == ProtectionPlanReviews || table == ExportReviews ? 2
        : table == ExportAssessments || table == ExportSection47 || table == ExportPlans ? 1
        : 0;
}
