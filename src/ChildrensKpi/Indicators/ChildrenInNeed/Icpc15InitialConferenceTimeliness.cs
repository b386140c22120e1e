using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// ICPC15: initial child protection conferences held within 15 working days of the start of the section 47 enquiry.
/// </summary>
/// <remarks>
/// <para>Denominator: section 47 enquiries started in the period that led to an initial conference: a
/// <c>DateOfInitialCPC</c> on the enquiry (or, in older censuses, on its referral) and <c>ICPCnotRequired</c> not set.</para>
/// <para>Numerator: those whose conference was within 15 working days of the enquiry's start
/// (<see cref="ComputeOptions.InitialConferenceWorkingDays"/>; England and Wales bank holidays; the start is day 0).</para>
/// </remarks>
internal sealed class Icpc15InitialConferenceTimeliness : PerItemIndicator
{
    public override IndicatorDefinition Definition { get; } = new(
        "ICPC15",
        [],
        "Initial child protection conferences within 15 working days",
        Polarity.HigherIsBetter,
        IndicatorUnit.Percent,
        "Enquiries whose initial conference was within 15 working days of the section 47 start",
        "Section 47 enquiries started in the year that led to an initial child protection conference",
        "Working Together to Safeguard Children; DfE children in need census.");

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.EnquiriesOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.EnquiryChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"section 47 enquiry started {CinRules.Iso(columns.EnquiryStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int start = columns.EnquiryStart[item];
        if (!period.Contains(start))
        {
            return Decision.Excluded(why, CinRules.NotInPeriod(why, "started", start));
        }
        if (columns.EnquiryConferenceNotRequired[item])
        {
            return Decision.Excluded(why, "initial conference not required (ICPCnotRequired)");
        }
        // Older censuses record the conference on the referral rather than on the enquiry.
        int conference = columns.EnquiryConference[item];
        if (conference == DayNumbers.None && columns.EnquiryReferral[item] is var referral and >= 0)
        {
            conference = columns.ReferralConference[referral];
        }
        return conference == DayNumbers.None
            ? Decision.Excluded(why, "did not lead to an initial conference")
            : CinRules.Timeliness(why, options.WorkingDays, start, "section 47 start", conference, "initial conference", options.InitialConferenceWorkingDays);
    }

    private protected override void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options) =>
        notes.Add(CinRules.CalendarNote(options.WorkingDays, options.InitialConferenceWorkingDays));

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No section 47 enquiry started in the period led to an initial conference, so there is no value.";
}
