using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// CIN45, hand-worked for 01/04/2006..31/03/2007. Denominator: single assessments authorised in the period (open ones
/// are not counted). Numerator: those authorised within 45 working days of the referral (day 0), or of the
/// assessment's own start with <see cref="AssessmentClockStart.AssessmentStart"/>.
/// </summary>
public class Cin45SingleAssessmentTimelinessTests
{
    private static IndicatorResult Cin45(ComputeOptions? options, params Assessment[] assessments) =>
        Run(ChildrensKpi.Indicators.CIN45, Data(assessments: assessments), Year2007, options);

    // Referral Fri 22/12/2006 = day 0. Skipped: Sat 23, Sun 24, Mon 25 (Christmas Day), Tue 26 (Boxing Day),
    // Sat 30, Sun 31, Mon 01/01/2007 (New Year's Day), and every weekend after.
    //   Wed 27 = 1, Thu 28 = 2, Fri 29 = 3; Tue 02/01 = 4, Wed 3 = 5, Thu 4 = 6, Fri 5 = 7;
    //   Mon 8 = 8 .. Fri 12 = 12; Mon 15 = 13 .. Fri 19 = 17; Mon 22 = 18 .. Fri 26 = 22;
    //   Mon 29 = 23, Tue 30 = 24, Wed 31 = 25, Thu 01/02 = 26, Fri 02/02 = 27;
    //   Mon 5 = 28 .. Fri 9 = 32; Mon 12 = 33 .. Fri 16 = 37; Mon 19 = 38 .. Fri 23 = 42;
    //   Mon 26/02 = 43, Tue 27/02 = 44, Wed 28/02 = 45, Thu 01/03/2007 = 46.
    private const string Referral = "22/12/2006";

    [Fact]
    public void Compute_AcrossChristmas_45WorkingDaysWithinAnd46Late()
    {
        // A authorised Wed 28/02/2007 = 45 <= 45 -> within (on the limit). B authorised Thu 01/03/2007 = 46 -> a day late.
        var result = Cin45(null,
            Single("A", Referral, "27/12/2006", "28/02/2007"),
            Single("B", Referral, "27/12/2006", "01/03/2007"));

        const string subject = "single assessment of referral 2006-12-22 started 2006-12-27";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", true, true, "authorised 2007-02-28 is 45 working days after referral 2006-12-22 (within 45)", subject),
            Explain(result, "A", subject));
        Assert.Equal(Expected("B", true, false, "authorised 2007-03-01 is 46 working days after referral 2006-12-22 (more than 45)", subject),
            Explain(result, "B", subject));
        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 45 working days.", result.Notes);
    }

    [Fact]
    public void Compute_OpenSingleAssessment_NotCounted()
    {
        // A has no authorisation date: still open -> excluded. Only B (45, within) is counted.
        var result = Cin45(null,
            Single("A", Referral, "27/12/2006", null),
            Single("B", Referral, "27/12/2006", "28/02/2007"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal("not authorised: still open, not counted", Explain(result, "A", "single assessment of referral 2006-12-22 started 2006-12-27").Reason);
    }

    [Fact]
    public void Compute_AssessmentStartClock_CountsFromTheAssessmentStart()
    {
        // Referral Fri 22/12/2006, assessment started Wed 03/01/2007, authorised Thu 01/03/2007.
        // From the referral (default): 46 (worked above) -> late.
        // From the start, Wed 03/01/2007 = day 0: Thu 4 = 1, Fri 5 = 2; Sat 6, Sun 7 skipped; Mon 8 = 3 .. Fri 12 = 7;
        //   Mon 15 = 8 .. Fri 19 = 12; Mon 22 = 13 .. Fri 26 = 17; Mon 29 = 18 .. Fri 02/02 = 22; Mon 5 = 23 .. Fri 9 = 27;
        //   Mon 12 = 28 .. Fri 16 = 32; Mon 19 = 33 .. Fri 23 = 37; Mon 26 = 38, Tue 27 = 39, Wed 28 = 40, Thu 01/03 = 41
        //   (check: referral to start is 5 working days, 46 - 5 = 41) -> within 45.
        // C has no start date: with the start clock it cannot be timed -> excluded.
        var assessments = new[]
        {
            Single("A", Referral, "03/01/2007", "01/03/2007"),
            Single("C", Referral, null, "01/03/2007"),
        };
        var byReferral = Cin45(null, assessments);
        var byStart = Cin45(ComputeOptions.Default with { SingleAssessmentClockStart = AssessmentClockStart.AssessmentStart }, assessments);

        const string subjectA = "single assessment of referral 2006-12-22 started 2007-01-03";
        Assert.Equal("authorised 2007-03-01 is 46 working days after referral 2006-12-22 (more than 45)", Explain(byReferral, "A", subjectA).Reason);
        Assert.Equal(0m, byReferral.Numerator);
        Assert.Equal(2m, byReferral.Denominator);

        Assert.Equal(Expected("A", true, true, "authorised 2007-03-01 is 41 working days after assessment start 2007-01-03 (within 45)", subjectA),
            Explain(byStart, "A", subjectA));
        Assert.Equal(Expected("C", false, false, "no assessment start, so its timeliness cannot be measured", "single assessment of referral 2006-12-22"),
            Explain(byStart, "C", "single assessment of referral 2006-12-22"));
        Assert.Equal(1m, byStart.Numerator);
        Assert.Equal(1m, byStart.Denominator);
    }

    [Fact]
    public void Compute_ClosureDaysCalendar_ChangesTheAnswerAndIsNamed()
    {
        // The council closes Wed 27, Thu 28 and Fri 29/12/2006 (and lists Tue 26/12, already Boxing Day: changes nothing).
        // Referral Fri 22/12/2006 -> authorised Thu 01/03/2007 is 46 under the bank-holiday calendar (late);
        // removing the three closure days, which were working days 1, 2 and 3, gives 46 - 3 = 43 -> within 45.
        // Directly: Tue 02/01 = 1, Wed 3 = 2, Thu 4 = 3, Fri 5 = 4; 5 weeks of 5 to Fri 09/02 = 29;
        //   Mon 12 = 30 .. Fri 16 = 34; Mon 19 = 35 .. Fri 23 = 39; Mon 26 = 40, Tue 27 = 41, Wed 28 = 42, Thu 01/03 = 43.
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosureDays(
            [D("26/12/2006"), D("27/12/2006"), D("28/12/2006"), D("29/12/2006")], "Anytown Christmas closure");
        var assessment = Single("A", Referral, "27/12/2006", "01/03/2007");

        var plain = Cin45(null, assessment);
        var closed = Cin45(ComputeOptions.Default with { WorkingDays = calendar }, assessment);

        const string subject = "single assessment of referral 2006-12-22 started 2006-12-27";
        Assert.Equal(0m, plain.Numerator);
        Assert.Equal(1m, closed.Numerator);
        Assert.Equal(1m, closed.Denominator);
        Assert.Equal("authorised 2007-03-01 is 43 working days after referral 2006-12-22 (within 45)", Explain(closed, "A", subject).Reason);
        Assert.Contains(
            "Working days: England and Wales bank holidays + Anytown Christmas closure; the start date is day 0; timescale 45 working days.",
            closed.Notes);
    }
}
