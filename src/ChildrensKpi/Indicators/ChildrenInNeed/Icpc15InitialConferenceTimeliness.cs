using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// ICPC15: initial child protection conferences held within 15 working days of the start of the section 47 enquiry.
/// </summary>
/// <remarks>
/// <para>Denominator: initial child protection conferences held in the period that followed a section 47 enquiry, one per
/// enquiry: a <c>DateOfInitialCPC</c> in the period on the enquiry (or, in older censuses, on its referral) and
/// <c>ICPCnotRequired</c> not set, whenever the enquiry started (indicators.md, ICPC15: the DfE counts conferences held in the
/// year, so a conference held after the year of its enquiry counts in the year it was held).</para>
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
        "Initial conferences held within 15 working days of the section 47 start",
        "Initial child protection conferences held in the year that followed a section 47 enquiry (one per enquiry)",
        "Working Together to Safeguard Children; DfE children in need census.");

    private protected override (int From, int To) ItemsOf(ChildrenInNeedColumns columns, int fromChild, int toChild) => columns.EnquiriesOf(fromChild, toChild);

    private protected override int[] ChildOfItem(ChildrenInNeedColumns columns) => columns.EnquiryChild;

    private protected override string? SubjectOf(ChildrenInNeedColumns columns, int item) => $"section 47 enquiry started {CinRules.Iso(columns.EnquiryStart[item])}";

    private protected override Decision Decide(ChildrenInNeedColumns columns, int child, int item, in PeriodDays period, ComputeOptions options, Why why)
    {
        int start = columns.EnquiryStart[item];
        if (columns.EnquiryConferenceNotRequired[item])
        {
            return Decision.Excluded(why, "initial conference not required (ICPCnotRequired)");
        }
        // Older censuses record the conference on the referral rather than on the enquiry.
        int conference = EnquiryConference.Of(columns, item);
        if (conference == DayNumbers.None)
        {
            return Decision.Excluded(why, "did not lead to an initial conference");
        }
        // The conferences held in the period are counted, whenever their enquiry started.
        return period.Contains(conference)
            ? CinRules.Timeliness(why, options.WorkingDays, start, "section 47 start", conference, "initial conference", options.InitialConferenceWorkingDays)
            : Decision.Excluded(why, CinRules.NotInPeriod(why, "initial conference held", conference));
    }

    private protected override void AddNotes(ImmutableArray<string>.Builder notes, ReportingPeriod period, ComputeOptions options) =>
        notes.Add(CinRules.CalendarNote(options.WorkingDays, options.InitialConferenceWorkingDays));

    private protected override string EmptyDenominatorNote(ReportingPeriod period) =>
        "No initial conference following a section 47 enquiry was held in the period, so there is no value.";
}
