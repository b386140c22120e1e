using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// NI 60, hand-worked for 01/04/2006..31/03/2007. Denominator: core assessments authorised in the period. Numerator:
/// those authorised within 35 working days of the assessment's own start (day 0), England and Wales bank holidays.
/// </summary>
public class Ni60CoreAssessmentTimelinessTests
{
    private static IndicatorResult Ni60(params Assessment[] assessments) =>
        Run(ChildrensKpi.Indicators.NI60, Data(assessments: assessments), Year2007);

    // Start Mon 03/04/2006 = day 0; across Easter 2006 and the early May bank holiday:
    //   Tue 4 = 1, Wed 5 = 2, Thu 6 = 3, Fri 7 = 4; Sat 8, Sun 9 skipped;
    //   Mon 10 = 5, Tue 11 = 6, Wed 12 = 7, Thu 13 = 8; Fri 14/04 (Good Friday), Sat 15, Sun 16, Mon 17/04 (Easter Monday) skipped;
    //   Tue 18 = 9, Wed 19 = 10, Thu 20 = 11, Fri 21 = 12; Sat 22, Sun 23 skipped;
    //   Mon 24 = 13, Tue 25 = 14, Wed 26 = 15, Thu 27 = 16, Fri 28 = 17; Sat 29, Sun 30, Mon 01/05 (early May bank holiday) skipped;
    //   Tue 2 = 18, Wed 3 = 19, Thu 4 = 20, Fri 5 = 21; Sat 6, Sun 7 skipped;
    //   Mon 8 = 22, Tue 9 = 23, Wed 10 = 24, Thu 11 = 25, Fri 12 = 26; Sat 13, Sun 14 skipped;
    //   Mon 15 = 27, Tue 16 = 28, Wed 17 = 29, Thu 18 = 30, Fri 19 = 31; Sat 20, Sun 21 skipped;
    //   Mon 22 = 32, Tue 23 = 33, Wed 24 = 34, Thu 25/05 = 35, Fri 26/05 = 36;
    //   Sat 27, Sun 28, Mon 29/05 (spring bank holiday) add nothing: still 36; Tue 30/05 = 37.
    private const string Start = "03/04/2006";

    [Fact]
    public void Compute_AcrossEaster2006_35WorkingDaysWithinAnd36Late()
    {
        // A authorised Thu 25/05/2006 = 35 <= 35 -> on the limit, within.
        // B authorised Fri 26/05/2006 = 36 > 35 -> late.
        // C authorised Mon 29/05/2006 (spring bank holiday) = still 36 -> late.
        // The referral (01/03/2006) is far earlier: the clock is the assessment's own start, not the referral.
        var result = Ni60(
            Core("A", "01/03/2006", Start, "25/05/2006"),
            Core("B", "01/03/2006", Start, "26/05/2006"),
            Core("C", "01/03/2006", Start, "29/05/2006"));

        const string subject = "core assessment of referral 2006-03-01 started 2006-04-03";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal(Expected("A", true, true, "authorised 2006-05-25 is 35 working days after assessment start 2006-04-03 (within 35)", subject),
            Explain(result, "A", subject));
        Assert.Equal(Expected("B", true, false, "authorised 2006-05-26 is 36 working days after assessment start 2006-04-03 (more than 35)", subject),
            Explain(result, "B", subject));
        Assert.Equal(Expected("C", true, false, "authorised 2006-05-29 is 36 working days after assessment start 2006-04-03 (more than 35)", subject),
            Explain(result, "C", subject));
        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 35 working days.", result.Notes);
    }

    [Fact]
    public void Compute_AcrossChristmas2006_35WorkingDaysWithinAnd36Late()
    {
        // Start Fri 22/12/2006 = day 0 (the worked example's count): Fri 05/01/2007 = 7;
        //   Mon 8 = 8 .. Fri 12 = 12; Mon 15 = 13 .. Fri 19 = 17; Mon 22 = 18 .. Fri 26 = 22;
        //   Mon 29 = 23, Tue 30 = 24, Wed 31 = 25, Thu 01/02 = 26, Fri 02/02 = 27; Mon 5 = 28 .. Fri 9 = 32;
        //   Mon 12/02 = 33, Tue 13/02 = 34, Wed 14/02 = 35, Thu 15/02 = 36.
        // (Skipped: Sat 23, Sun 24, Christmas Mon 25, Boxing Day Tue 26, Sat 30, Sun 31 Dec, New Year Mon 01/01, and every
        // weekend after.) A authorised Wed 14/02/2007 = 35 -> within; B authorised Thu 15/02/2007 = 36 -> late.
        var result = Ni60(
            Core("A", "15/12/2006", "22/12/2006", "14/02/2007"),
            Core("B", "15/12/2006", "22/12/2006", "15/02/2007"));

        const string subject = "core assessment of referral 2006-12-15 started 2006-12-22";
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("authorised 2007-02-14 is 35 working days after assessment start 2006-12-22 (within 35)", Explain(result, "A", subject).Reason);
        Assert.Equal("authorised 2007-02-15 is 36 working days after assessment start 2006-12-22 (more than 35)", Explain(result, "B", subject).Reason);
    }

    [Fact]
    public void Compute_NoStartDate_ExcludedAsUntimeable()
    {
        // A core assessment authorised in the year with no start date cannot be timed -> excluded, with that reason.
        var result = Ni60(Core("A", "01/03/2006", null, "25/05/2006"));

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal(Expected("A", false, false, "no assessment start, so its timeliness cannot be measured", "core assessment of referral 2006-03-01"),
            Explain(result, "A", "core assessment of referral 2006-03-01"));
    }

    [Fact]
    public void Compute_OpenOrAuthorisedOutsidePeriod_Excluded()
    {
        // A open (no authorisation) -> excluded; B authorised Fri 31/03/2006, before the period -> excluded;
        // C authorised Mon 02/04/2007, after it -> excluded. Nothing in the denominator, so no value.
        var result = Ni60(
            Core("A", "01/03/2006", Start, null),
            Core("B", "01/02/2006", "06/02/2006", "31/03/2006"),
            Core("C", "01/03/2007", "05/03/2007", "02/04/2007"));

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal("not authorised: still open, not counted", Explain(result, "A", "core assessment of referral 2006-03-01 started 2006-04-03").Reason);
        Assert.Equal("authorised 2006-03-31, not in the period", Explain(result, "B", "core assessment of referral 2006-02-01 started 2006-02-06").Reason);
        Assert.Equal("authorised 2007-04-02, not in the period", Explain(result, "C", "core assessment of referral 2007-03-01 started 2007-03-05").Reason);
    }
}
