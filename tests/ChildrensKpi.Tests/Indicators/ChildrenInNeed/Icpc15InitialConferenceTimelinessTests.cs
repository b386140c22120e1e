using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// ICPC15, hand-worked for 01/04/2006..31/03/2007. Denominator: initial conferences held in the period that followed a
/// section 47 enquiry, one per enquiry (a conference date in the period on the enquiry or, in older censuses, on its
/// referral; ICPCnotRequired not set), whenever the enquiry started. Numerator: conference within 15 working days of the enquiry's start (day 0), England and Wales bank holidays.
/// </summary>
public class Icpc15InitialConferenceTimelinessTests
{
    // Enquiry start Mon 18/12/2006 = day 0:
    //   Tue 19 = 1, Wed 20 = 2, Thu 21 = 3, Fri 22 = 4; Sat 23, Sun 24, Mon 25 (Christmas Day), Tue 26 (Boxing Day) skipped;
    //   Wed 27 = 5, Thu 28 = 6, Fri 29 = 7; Sat 30, Sun 31, Mon 01/01/2007 (New Year's Day) skipped;
    //   Tue 2 = 8, Wed 3 = 9, Thu 4 = 10, Fri 5 = 11; Sat 6, Sun 7 skipped;
    //   Mon 8 = 12, Tue 9 = 13, Wed 10 = 14, Thu 11/01/2007 = 15, Fri 12/01/2007 = 16.
    private const string Start = "18/12/2006";

    private static IndicatorResult Icpc15(IEnumerable<Referral> referrals, params Section47Enquiry[] enquiries) =>
        Run(ChildrensKpi.Indicators.ICPC15, Data(referrals: referrals, enquiries: enquiries), Year2007);

    [Fact]
    public void Compute_ConferenceOn15thWorkingDayIn_16thOut()
    {
        // A conference Thu 11/01/2007 = 15 <= 15 -> within. B conference Fri 12/01/2007 = 16 -> late.
        var result = Icpc15([], S47("A", "15/12/2006", Start, "11/01/2007"), S47("B", "15/12/2006", Start, "12/01/2007"));

        const string subject = "section 47 enquiry started 2006-12-18";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", true, true, "initial conference 2007-01-11 is 15 working days after section 47 start 2006-12-18 (within 15)", subject),
            Explain(result, "A", subject));
        Assert.Equal(Expected("B", true, false, "initial conference 2007-01-12 is 16 working days after section 47 start 2006-12-18 (more than 15)", subject),
            Explain(result, "B", subject));
        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 15 working days.", result.Notes);
    }

    [Fact]
    public void Compute_ConferenceNotRequiredOrNoConference_Excluded()
    {
        // C: ICPCnotRequired set -> excluded, even though a conference date was recorded (11/01/2007, 15 days: would count).
        // D: no conference on the enquiry nor on its referral -> did not lead to a conference -> excluded.
        var result = Icpc15([Ref("D", "15/12/2006")],
            S47("C", "15/12/2006", Start, "11/01/2007", notRequired: true),
            S47("D", "15/12/2006", Start, null));

        const string subject = "section 47 enquiry started 2006-12-18";
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal(Expected("C", false, false, "initial conference not required (ICPCnotRequired)", subject), Explain(result, "C", subject));
        Assert.Equal(Expected("D", false, false, "did not lead to an initial conference", subject), Explain(result, "D", subject));
        Assert.Contains("No initial conference following a section 47 enquiry was held in the period, so there is no value.", result.Notes);
    }

    [Fact]
    public void Compute_ConferenceDateOnlyOnTheReferral_OlderCensus_IsUsed()
    {
        // E: the enquiry has no conference date; its referral (E, 15/12/2006) carries DateOfInitialCPC 11/01/2007 -> used:
        //    15 working days (worked above) -> within.
        // F: the conference is on a different referral of the same child (F, 01/11/2006), not the enquiry's (F, 15/12/2006,
        //    which has none) -> did not lead to a conference.
        var result = Icpc15(
            [Ref("E", "15/12/2006", conference: "11/01/2007"), Ref("F", "01/11/2006", conference: "11/01/2007"), Ref("F", "15/12/2006")],
            S47("E", "15/12/2006", Start, null),
            S47("F", "15/12/2006", Start, null));

        const string subject = "section 47 enquiry started 2006-12-18";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(Expected("E", true, true, "initial conference 2007-01-11 is 15 working days after section 47 start 2006-12-18 (within 15)", subject),
            Explain(result, "E", subject));
        Assert.Equal("did not lead to an initial conference", Explain(result, "F", subject).Reason);
    }

    [Fact]
    public void Compute_ConferenceHeldInThePeriod_CountsWhateverTheYearOfItsEnquiry()
    {
        // G: enquiry started Thu 30/03/2006, the day before the period; conference Mon 10/04/2006, held in the period ->
        //    counted in 2006-07, the year it was held: Fri 31/03 = 1, Mon 03/04 = 2, Tue 4 = 3, Wed 5 = 4, Thu 6 = 5,
        //    Fri 7 = 6, Sat 8, Sun 9 skipped, Mon 10 = 7 (Easter 2006 is 14–17 April) -> within 15: numerator.
        // H: started Fri 30/03/2007 in the period, conference Tue 17/04/2007 after it -> excluded: it counts in 2007-08
        //    (grouping by the enquiry's start counted it here).
        // I: started Sun 01/04/2007, conference 10/04/2007, both after the period -> excluded.
        var result = Icpc15([],
            S47("G", "29/03/2006", "30/03/2006", "10/04/2006"),
            S47("H", "29/03/2007", "30/03/2007", "17/04/2007"),
            S47("I", "30/03/2007", "01/04/2007", "10/04/2007"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(Expected("G", true, true, "initial conference 2006-04-10 is 7 working days after section 47 start 2006-03-30 (within 15)", "section 47 enquiry started 2006-03-30"),
            Explain(result, "G", "section 47 enquiry started 2006-03-30"));
        Assert.Equal("initial conference held 2007-04-17, not in the period", Explain(result, "H", "section 47 enquiry started 2007-03-30").Reason);
        Assert.Equal("initial conference held 2007-04-10, not in the period", Explain(result, "I", "section 47 enquiry started 2007-04-01").Reason);
    }

    [Fact]
    public void Compute_ConferenceHeldAfterTheYearOfItsEnquiry_CountsInTheYearItWasHeld()
    {
        // H: enquiry started Fri 30/03/2007, conference Tue 17/04/2007: 10 working days (Good Friday 06/04 and Easter
        //    Monday 09/04/2007 skipped: Mon 2 = 1, Tue 3 = 2, Wed 4 = 3, Thu 5 = 4, Tue 10 = 5, Wed 11 = 6, Thu 12 = 7,
        //    Fri 13 = 8, Mon 16 = 9, Tue 17 = 10) -> in 2007-08's denominator and numerator, in none of 2006-07's.
        var data = Data(enquiries: [S47("H", "29/03/2007", "30/03/2007", "17/04/2007")]);

        var year2007 = Run(ChildrensKpi.Indicators.ICPC15, data, Year2007);
        var year2008 = Run(ChildrensKpi.Indicators.ICPC15, data, ReportingPeriod.YearEnding(new NodaTime.LocalDate(2008, 3, 31)));

        Assert.Equal(0m, year2007.Denominator);
        Assert.Equal(1m, year2008.Numerator);
        Assert.Equal(1m, year2008.Denominator);
        Assert.Equal("initial conference 2007-04-17 is 10 working days after section 47 start 2007-03-30 (within 15)",
            Explain(year2008, "H", "section 47 enquiry started 2007-03-30").Reason);
    }

    [Fact]
    public void Compute_Invariants_NumeratorWithinDenominatorAndSubjectNamesTheEnquiry()
    {
        var result = Icpc15([Ref("E", "15/12/2006", conference: "11/01/2007")],
            S47("A", "15/12/2006", Start, "11/01/2007"),
            S47("B", "15/12/2006", Start, "12/01/2007"),
            S47("C", "15/12/2006", Start, null, notRequired: true),
            S47("E", "15/12/2006", Start, null),
            S47("G", "29/03/2006", "30/03/2006", "10/04/2006"),
            S47("G", "01/06/2006", "02/06/2006", "15/06/2006"));

        AssertCountsAgree(result);
        Assert.Equal(
            [
                "A section 47 enquiry started 2006-12-18", "B section 47 enquiry started 2006-12-18", "C section 47 enquiry started 2006-12-18",
                "E section 47 enquiry started 2006-12-18", "G section 47 enquiry started 2006-03-30", "G section 47 enquiry started 2006-06-02",
            ],
            result.Children.Select(c => $"{c.ChildId} {c.Subject}"));
    }

    [Fact]
    public void Compute_ConferenceBeforeEnquiryStart_ExcludedAsDataError()
    {
        // Conference Sun 17/12/2006, the day before the enquiry started (Mon 18/12/2006): a data error, never a negative count.
        var result = Icpc15([], S47("A", "15/12/2006", Start, "17/12/2006"));

        Assert.Equal(0m, result.Denominator);
        Assert.Equal("initial conference 2006-12-17 is before section 47 start 2006-12-18 (data error)",
            Explain(result, "A", "section 47 enquiry started 2006-12-18").Reason);
    }
}
