using static ChildrensKpi.Tests.Fixtures.Histories;
using static ChildrensKpi.Tests.Indicators.ChildrenInNeed.CinRecords;

namespace ChildrensKpi.Tests.Indicators.ChildrenInNeed;

/// <summary>
/// NI 59, hand-worked. Denominator: initial assessments authorised in the period. Numerator: those authorised within
/// 7 working days of the referral (10 for periods starting on or after 01/04/2010); England and Wales bank holidays;
/// the referral date is day 0 and the count is the working days in (referral, authorised].
/// </summary>
public class Ni59InitialAssessmentTimelinessTests
{
    private static IndicatorResult Ni59(ReportingPeriod period, ComputeOptions? options, params Assessment[] assessments) =>
        Run(ChildrensKpi.Indicators.NI59, Data(assessments: assessments), period, options);

    [Fact]
    public void Compute_WorkedExampleReferral22December2006_5JanuaryWithinAnd8JanuaryLate()
    {
        // Referral Fri 22/12/2006 = day 0. Sat 23, Sun 24 (weekend), Mon 25 (Christmas Day), Tue 26 (Boxing Day) skipped;
        // Wed 27 = 1, Thu 28 = 2, Fri 29 = 3; Sat 30, Sun 31 (weekend), Mon 01/01/2007 (New Year's Day) skipped;
        // Tue 2 = 4, Wed 3 = 5, Thu 4 = 6, Fri 05/01/2007 = 7; Sat 6, Sun 7 (weekend) skipped; Mon 08/01/2007 = 8.
        // A authorised Fri 05/01/2007: 7 <= 7 -> within. B authorised Mon 08/01/2007: 8 > 7 -> late.
        // Numerator 1, denominator 2, value 50%.
        var result = Ni59(Year2007, null,
            Initial("A", "22/12/2006", "05/01/2007"),
            Initial("B", "22/12/2006", "08/01/2007"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(50m, result.Value);
        Assert.Equal(Expected("A", true, true, "authorised 2007-01-05 is 7 working days after referral 2006-12-22 (within 7)",
            "initial assessment of referral 2006-12-22"), Explain(result, "A", "initial assessment of referral 2006-12-22"));
        Assert.Equal(Expected("B", true, false, "authorised 2007-01-08 is 8 working days after referral 2006-12-22 (more than 7)",
            "initial assessment of referral 2006-12-22"), Explain(result, "B", "initial assessment of referral 2006-12-22"));
    }

    [Fact]
    public void Compute_TenDayOption_8JanuaryWithinAnd11JanuaryLate()
    {
        // InitialAssessmentWorkingDays = 10 overrides the statutory 7 for 2006-07. Referral Fri 22/12/2006 = day 0;
        // as in the worked example Fri 05/01/2007 = 7, Sat 6 / Sun 7 skipped, Mon 8 = 8, Tue 9 = 9, Wed 10 = 10, Thu 11 = 11.
        // A authorised Mon 08/01/2007: 8 <= 10 -> within (late under 7).
        // B authorised Wed 10/01/2007: 10 <= 10 -> within (on the limit).
        // C authorised Thu 11/01/2007: 11 > 10 -> late. Numerator 2, denominator 3.
        var result = Ni59(Year2007, ComputeOptions.Default with { InitialAssessmentWorkingDays = 10 },
            Initial("A", "22/12/2006", "08/01/2007"),
            Initial("B", "22/12/2006", "10/01/2007"),
            Initial("C", "22/12/2006", "11/01/2007"));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal("authorised 2007-01-08 is 8 working days after referral 2006-12-22 (within 10)",
            Explain(result, "A", "initial assessment of referral 2006-12-22").Reason);
        Assert.Equal("authorised 2007-01-10 is 10 working days after referral 2006-12-22 (within 10)",
            Explain(result, "B", "initial assessment of referral 2006-12-22").Reason);
        Assert.Equal("authorised 2007-01-11 is 11 working days after referral 2006-12-22 (more than 10)",
            Explain(result, "C", "initial assessment of referral 2006-12-22").Reason);
        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 10 working days.", result.Notes);
    }

    [Fact]
    public void Compute_PeriodStarting1April2010_StatutoryDefaultIsTenWorkingDays()
    {
        // 2010-11 (01/04/2010..31/03/2011) starts on 01/04/2010, so the default timescale is 10.
        // Easter 2010: Sunday 04/04/2010, so Good Friday 02/04/2010 and Easter Monday 05/04/2010.
        // Referral Thu 01/04/2010 = day 0. Fri 2 (Good Friday), Sat 3, Sun 4 (weekend), Mon 5 (Easter Monday) skipped;
        // Tue 6 = 1, Wed 7 = 2, Thu 8 = 3, Fri 9 = 4; Sat 10, Sun 11 skipped; Mon 12 = 5, Tue 13 = 6, Wed 14 = 7,
        // Thu 15 = 8, Fri 16 = 9; Sat 17, Sun 18 skipped; Mon 19 = 10, Tue 20 = 11.
        // A authorised Mon 19/04/2010: 10 <= 10 -> within (would be late under 7). B authorised Tue 20/04/2010: 11 -> late.
        var year2011 = ReportingPeriod.YearEnding(D("31/03/2011"));
        var result = Ni59(year2011, null,
            Initial("A", "01/04/2010", "19/04/2010"),
            Initial("B", "01/04/2010", "20/04/2010"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("authorised 2010-04-19 is 10 working days after referral 2010-04-01 (within 10)",
            Explain(result, "A", "initial assessment of referral 2010-04-01").Reason);
        Assert.Equal("authorised 2010-04-20 is 11 working days after referral 2010-04-01 (more than 10)",
            Explain(result, "B", "initial assessment of referral 2010-04-01").Reason);
        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 10 working days.", result.Notes);
    }

    [Fact]
    public void Compute_PeriodStarting1April2010WithSevenDayOption_OptionOverridesStatutoryTen()
    {
        // Same 2010-11 data with InitialAssessmentWorkingDays = 7: A's 10 working days (worked above) are now late.
        var year2011 = ReportingPeriod.YearEnding(D("31/03/2011"));
        var result = Ni59(year2011, ComputeOptions.Default with { InitialAssessmentWorkingDays = 7 },
            Initial("A", "01/04/2010", "19/04/2010"));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal("authorised 2010-04-19 is 10 working days after referral 2010-04-01 (more than 7)",
            Explain(result, "A", "initial assessment of referral 2010-04-01").Reason);
    }

    [Fact]
    public void Compute_PeriodStarting1April2009_StatutoryDefaultIsStillSeven()
    {
        // 2009-10 starts on 01/04/2009, before 01/04/2010: the default timescale is 7 (no data needed to read the note).
        var year2010 = ReportingPeriod.YearEnding(D("31/03/2010"));
        var result = Ni59(year2010, null);

        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 7 working days.", result.Notes);
        Assert.Null(result.Value);
        Assert.Contains("No initial assessment was authorised in the period, so there is no value.", result.Notes);
    }

    [Fact]
    public void Compute_AuthorisedOutsidePeriod_Excluded()
    {
        // Period 01/04/2006..31/03/2007, both ends inclusive.
        // A: authorised Fri 31/03/2006, the day before the period -> excluded.
        // B: authorised Mon 02/04/2007, after the period -> excluded.
        // C: referral Mon 27/03/2006, authorised Mon 03/04/2006 (in the period, though referred before it):
        //    Tue 28 = 1, Wed 29 = 2, Thu 30 = 3, Fri 31 = 4; Sat 01/04, Sun 02/04 skipped; Mon 03/04 = 5 -> within 7.
        // D: authorised Sat 31/03/2007, the last day: referral Fri 23/03/2007; Mon 26 = 1, Tue 27 = 2, Wed 28 = 3,
        //    Thu 29 = 4, Fri 30 = 5, Sat 31 a weekend adds nothing = 5 -> within 7.
        // Numerator 2, denominator 2.
        var result = Ni59(Year2007, null,
            Initial("A", "24/03/2006", "31/03/2006"),
            Initial("B", "30/03/2007", "02/04/2007"),
            Initial("C", "27/03/2006", "03/04/2006"),
            Initial("D", "23/03/2007", "31/03/2007"));

        Assert.Equal(2m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(Expected("A", false, false, "authorised 2006-03-31, not in the period", "initial assessment of referral 2006-03-24"),
            Explain(result, "A", "initial assessment of referral 2006-03-24"));
        Assert.Equal(Expected("B", false, false, "authorised 2007-04-02, not in the period", "initial assessment of referral 2007-03-30"),
            Explain(result, "B", "initial assessment of referral 2007-03-30"));
        Assert.Equal("authorised 2006-04-03 is 5 working days after referral 2006-03-27 (within 7)",
            Explain(result, "C", "initial assessment of referral 2006-03-27").Reason);
        Assert.Equal("authorised 2007-03-31 is 5 working days after referral 2007-03-23 (within 7)",
            Explain(result, "D", "initial assessment of referral 2007-03-23").Reason);
    }

    [Fact]
    public void Compute_OpenAssessment_ExcludedAsNotAuthorised()
    {
        // A: no authorisation date -> still open, not counted. B: referral Mon 05/02/2007, authorised Mon 12/02/2007:
        // Tue 6 = 1, Wed 7 = 2, Thu 8 = 3, Fri 9 = 4, Sat 10 / Sun 11 skipped, Mon 12 = 5 -> within 7.
        var result = Ni59(Year2007, null,
            Initial("A", "05/02/2007", null),
            Initial("B", "05/02/2007", "12/02/2007"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(Expected("A", false, false, "not authorised: still open, not counted", "initial assessment of referral 2007-02-05"),
            Explain(result, "A", "initial assessment of referral 2007-02-05"));
    }

    [Fact]
    public void Compute_AuthorisedBeforeReferral_ExcludedAsDataError()
    {
        // Referral Wed 10/01/2007, authorised Tue 09/01/2007: a negative interval is a data error, never a count -> excluded.
        var result = Ni59(Year2007, null, Initial("A", "10/01/2007", "09/01/2007"));

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal(Expected("A", false, false, "authorised 2007-01-09, before the referral 2007-01-10 (data error)",
            "initial assessment of referral 2007-01-10"), Explain(result, "A", "initial assessment of referral 2007-01-10"));
    }

    [Fact]
    public void Compute_AnyResult_NotesNameCalendarConventionAndTimescale()
    {
        var result = Ni59(Year2007, null, Initial("A", "22/12/2006", "05/01/2007"));

        Assert.Contains("Working days: England and Wales bank holidays; the start date is day 0; timescale 7 working days.", result.Notes);
    }

    [Fact]
    public void Compute_OtherAssessmentTypes_NotConsidered()
    {
        // Only initial assessments count for NI 59: a core and a single assessment of the same referral are not items.
        var result = Ni59(Year2007, null,
            Initial("A", "22/12/2006", "05/01/2007"),
            Core("A", "22/12/2006", "05/01/2007", "20/01/2007"),
            Single("A", "22/12/2006", "27/12/2006", "05/01/2007"));

        Assert.Single(result.Children);
        Assert.Equal(1m, result.Denominator);
    }

    [Fact]
    public void Compute_ReferralOnABankHoliday_IsStillDayZero()
    {
        // Referral Mon 25/12/2006 (Christmas Day) = day 0, not a working day but still the start.
        // Tue 26 (Boxing Day), Sat 30, Sun 31, Mon 01/01/2007 (New Year's Day) skipped;
        // Wed 27 = 1, Thu 28 = 2, Fri 29 = 3, Tue 2 = 4, Wed 3 = 5, Thu 4 = 6, Fri 05/01/2007 = 7 -> within;
        // Sat 6, Sun 7 skipped; Mon 08/01/2007 = 8 -> late.
        var result = Ni59(Year2007, null,
            Initial("A", "25/12/2006", "05/01/2007"),
            Initial("B", "25/12/2006", "08/01/2007"));

        Assert.Equal("authorised 2007-01-05 is 7 working days after referral 2006-12-25 (within 7)",
            Explain(result, "A", "initial assessment of referral 2006-12-25").Reason);
        Assert.Equal("authorised 2007-01-08 is 8 working days after referral 2006-12-25 (more than 7)",
            Explain(result, "B", "initial assessment of referral 2006-12-25").Reason);
    }

    [Fact]
    public void Compute_ReferralBeforeTheCalendarRange_ExcludedNotGuessed()
    {
        // The calendar covers 1990 to 2040. Referral Fri 29/12/1989 is outside it, so the assessment authorised
        // Tue 02/01/1990 (in the 1989-90 period) cannot be timed -> excluded with the calendar named.
        var year1990 = ReportingPeriod.YearEnding(D("31/03/1990"));
        var result = Ni59(year1990, null, Initial("A", "29/12/1989", "02/01/1990"));

        Assert.Equal(0m, result.Denominator);
        Assert.Equal("referral 1989-12-29 or authorised 1990-01-02 is outside the working-day calendar (England and Wales bank holidays)",
            Explain(result, "A", "initial assessment of referral 1989-12-29").Reason);
    }

    [Fact]
    public void AssessmentFamily_Invariants_NumeratorWithinDenominatorAndSubjectNamesTheAssessment()
    {
        // A mix of the three types: on time, late, open, outside the period, authorised before the referral, no start.
        var assessments = new[]
        {
            Initial("A", "22/12/2006", "05/01/2007"), Initial("B", "22/12/2006", "08/01/2007"), Initial("C", "10/01/2007", "09/01/2007"),
            Initial("D", "24/03/2006", "31/03/2006"), Initial("E", "05/02/2007", null),
            Core("A", "22/12/2006", "27/12/2006", "14/02/2007"), Core("F", "01/03/2006", null, "25/05/2006"), Core("G", "01/03/2006", "03/04/2006", null),
            Single("H", "22/12/2006", "27/12/2006", "28/02/2007"), Single("I", "22/12/2006", "27/12/2006", "01/03/2007"),
            Single("J", "22/12/2006", null, "01/03/2007"), Single("K", "30/03/2007", "30/03/2007", "02/04/2007"),
        };
        var data = Data(referrals: [], assessments: assessments);
        var cases = new (Indicator Indicator, string[] Subjects)[]
        {
            (ChildrensKpi.Indicators.NI59,
            [
                "A initial assessment of referral 2006-12-22", "B initial assessment of referral 2006-12-22",
                "C initial assessment of referral 2007-01-10", "D initial assessment of referral 2006-03-24",
                "E initial assessment of referral 2007-02-05",
            ]),
            (ChildrensKpi.Indicators.NI60,
            [
                "A core assessment of referral 2006-12-22 started 2006-12-27", "F core assessment of referral 2006-03-01",
                "G core assessment of referral 2006-03-01 started 2006-04-03",
            ]),
            (ChildrensKpi.Indicators.CIN45,
            [
                "H single assessment of referral 2006-12-22 started 2006-12-27", "I single assessment of referral 2006-12-22 started 2006-12-27",
                "J single assessment of referral 2006-12-22", "K single assessment of referral 2007-03-30 started 2007-03-30",
            ]),
        };

        foreach (var (indicator, subjects) in cases)
        {
            var result = Run(indicator, data, Year2007);
            AssertCountsAgree(result);
            Assert.Equal(subjects, result.Children.Select(c => $"{c.ChildId} {c.Subject}"));
        }
    }
}
