using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The validation rules with stable ids: the DfE checks that change indicator results, applied by the readers after
/// the format of each value has been checked. An id is never reused for another rule.
/// </summary>
public static class ValidationRules
{
    /// <summary>SSDA903-E001 (reject): an episode cannot end before it started; the DfE's 903-356.</summary>
    public static ValidationRule EpisodeEndsBeforeStart { get; } = new("SSDA903-E001", ValidationSeverity.Reject, "DEC must not be before DECOM") { DfeRuleId = "903-356" };

    /// <summary>
    /// SSDA903-E002 (reject): a child's episodes, in DECOM order, must not overlap: an episode may start on the day the
    /// previous one ended, not before, and not while the previous one is still open. The later episode (by DECOM) is
    /// rejected, and the next one compared with the last episode kept. Short breaks (LS V3/V4) are not compared. The
    /// DfE's 903-501 ("a new episode has started before the end date of the previous episode") where that rule flags the
    /// same row: not when the episode before it is open (the DfE flags the open one, 903-142) nor when only an earlier
    /// episode overlaps, so those rejections name no DfE rule.
    /// </summary>
    public static ValidationRule EpisodesOverlap { get; } = new("SSDA903-E002", ValidationSeverity.Reject,
        "DECOM must not be before the DEC of the child's previous episode (overlapping or out-of-order episodes); the later episode is rejected") { DfeRuleId = "903-501" };

    /// <summary>
    /// SSDA903-E003 (reject): an episode cannot start before the child's date of birth (from the Header table); short
    /// breaks, excluded anyway, are not checked. Named as the DfE's 903-302 ("first episode starts before child was
    /// born"): every episode before the birth is rejected, the first of which is the row 302 flags.
    /// </summary>
    public static ValidationRule EpisodeBeforeBirth { get; } = new("SSDA903-E003", ValidationSeverity.Reject, "DECOM must not be before the child's date of birth") { DfeRuleId = "903-302" };

    /// <summary>SSDA903-E004 (warn): a child cannot start being looked after on or after their 18th birthday.</summary>
    public static ValidationRule EpisodeAfterEighteenthBirthday { get; } = new("SSDA903-E004", ValidationSeverity.Warn,
        "DECOM must be before the child's 18th birthday");

    /// <summary>
    /// SSDA903-E005 (warn): RNE L (a change of legal status only) keeps the placement, so its PLACE must be that of the
    /// episode that ended on its DECOM. Only checkable when that previous episode is in the files.
    /// </summary>
    public static ValidationRule LegalStatusChangeMovesPlacement { get; } = new("SSDA903-E005", ValidationSeverity.Warn,
        "RNE L (change of legal status only) must keep the PLACE of the previous episode");

    /// <summary>
    /// SSDA903-E006 (warn), the DfE's rule 903-408: a placement for adoption with a placement order (PLACE A5, A6) needs
    /// the placement order, LS E1. A3 and A4 are placements for adoption with parental consent and need none (DfE
    /// SSDA903 guide: A3/A4 "with consent", A5/A6 "with placement order"). The id is kept so that existing reports
    /// still match; the DfE rules run by <c>validate</c> report the same rows as <c>903-408</c>.
    /// </summary>
    public static ValidationRule AdoptionPlacementWithoutOrder { get; } = new("SSDA903-E006", ValidationSeverity.Warn,
        "PLACE A5 or A6 (placed for adoption with a placement order) needs LS E1 (DfE rule 903-408)") { DfeRuleId = "903-408" };

    /// <summary>
    /// SSDA903-E007 (warn): OC3 has no year, so the checkable reading of "in the care-leaver cohort" is that the young
    /// person was looked after (an episode, not a short break) on some day between their 16th and 17th birthdays; a
    /// young person with no such episode in the files can be in no year's cohort.
    /// </summary>
    public static ValidationRule CareLeaverOutsideCohort { get; } = new("SSDA903-E007", ValidationSeverity.Warn,
        "an OC3 row must be for a young person looked after at some time while aged 16");

    /// <summary>
    /// SSDA903-E008 (reject): a date (DOB, DECOM, DEC, REVIEW...) must fall in <see cref="SupportedDates"/>, the years 1800
    /// to 2999; a later or earlier one is a mistyped year, and one near 9999 would leave the child's birthdays beyond the calendar.
    /// </summary>
    public static ValidationRule Ssda903DateOutOfRange { get; } = new("SSDA903-E008", ValidationSeverity.Reject,
        $"a date must be in {SupportedDates.Description}");

    /// <summary>
    /// SSDA903-E009 (warn): copies of one record (an episode by CHILD and DECOM, a Header row by CHILD, an OC3 row by
    /// CHILD, a review by CHILD and REVIEW, and so for every table merged across files) in returns of
    /// different collection years disagree on a field filled in both: the later return's value is used, since a later
    /// return corrects an earlier one, and the value it replaces is reported where it was read. File names never decide.
    /// </summary>
    public static ValidationRule SupersededByLaterReturn { get; } = new("SSDA903-E009", ValidationSeverity.Warn,
        "copies of a record in returns of different collection years disagree; the later return's value is used");

    /// <summary>CIN-E001 (reject): an assessment cannot be authorised before it started; the DfE's CIN-8608.</summary>
    public static ValidationRule AssessmentAuthorisedBeforeStart { get; } = new("CIN-E001", ValidationSeverity.Reject,
        "AssessmentAuthorisationDate must not be before AssessmentActualStartDate") { DfeRuleId = "CIN-8608" };

    /// <summary>
    /// CIN-E002 (reject): an assessment cannot be authorised before the referral it belongs to. The DfE has no rule of its
    /// own for it (1103 compares the assessment's start with the referral), so it names none.
    /// </summary>
    public static ValidationRule AssessmentAuthorisedBeforeReferral { get; } = new("CIN-E002", ValidationSeverity.Reject,
        "AssessmentAuthorisationDate must not be before CINreferralDate");

    /// <summary>CIN-E003 (reject): a protection plan cannot end before it started; the DfE's CIN-8925.</summary>
    public static ValidationRule PlanEndsBeforeStart { get; } = new("CIN-E003", ValidationSeverity.Reject, "CPPendDate must not be before CPPstartDate") { DfeRuleId = "CIN-8925" };

    /// <summary>CIN-E004 (reject): a case cannot close before its referral; the DfE's CIN-8630.</summary>
    public static ValidationRule ClosureBeforeReferral { get; } = new("CIN-E004", ValidationSeverity.Reject, "CINclosureDate must not be before CINreferralDate") { DfeRuleId = "CIN-8630" };

    /// <summary>CIN-E005 (reject): a date must fall in <see cref="SupportedDates"/>, the years 1800 to 2999, as SSDA903-E008.</summary>
    public static ValidationRule CinDateOutOfRange { get; } = new("CIN-E005", ValidationSeverity.Reject,
        $"a date must be in {SupportedDates.Description}");

    /// <summary>
    /// CIN-E006 (warn): copies of one record (a child, a referral, an assessment, a section 47 enquiry, a protection plan)
    /// in censuses of different collection years disagree on an item filled in both: the later census's item is used, as
    /// SSDA903-E009 uses the later return's, and the item it replaces is reported where it was read. File names never decide.
    /// </summary>
    public static ValidationRule CinSupersededByLaterCensus { get; } = new("CIN-E006", ValidationSeverity.Warn,
        "copies of a record in censuses of different collection years disagree; the later census's item is used");

    /// <summary>Every rule, in id order.</summary>
    public static ImmutableArray<ValidationRule> All { get; } =
    [
        EpisodeEndsBeforeStart, EpisodesOverlap, EpisodeBeforeBirth, EpisodeAfterEighteenthBirthday, LegalStatusChangeMovesPlacement,
        AdoptionPlacementWithoutOrder, CareLeaverOutsideCohort, Ssda903DateOutOfRange, SupersededByLaterReturn,
        AssessmentAuthorisedBeforeStart, AssessmentAuthorisedBeforeReferral, PlanEndsBeforeStart, ClosureBeforeReferral, CinDateOutOfRange, CinSupersededByLaterCensus,
    ];
}
