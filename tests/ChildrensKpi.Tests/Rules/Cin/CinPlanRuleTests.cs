using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The Section47, ChildProtectionPlans, Reviews and CINplanDates rules, each with a child that breaks it and the
/// boundary that does not, worked by hand in the last column. Census 2025-26: period 2025-04-01 to 2026-03-31.
/// </summary>
public class CinPlanRuleTests
{
    private const string D = Born + "<CINdetails>";
    private const string E = "</CINdetails>";
    private const string Ref = "<CINreferralDate>2025-05-02</CINreferralDate>";
    private const string Review1 = P1 + "/Reviews[1]/CPPreviewDate[1]";

    [Theory]
    [InlineData("8615", D + "<Section47/>" + E, S1, "no start date")]
    [InlineData("8615", D + "<Section47><S47ActualStartDate>2025-05-02</S47ActualStartDate><DateOfInitialCPC>2025-05-01</DateOfInitialCPC></Section47>" + E, S1, "starts after its conference")]
    [InlineData("8615", D + "<Section47><S47ActualStartDate>2025-05-01</S47ActualStartDate><DateOfInitialCPC>2025-05-01</DateOfInitialCPC></Section47>" + E, "", "same day")]
    [InlineData("8715", D + "<Section47><DateOfInitialCPC>2025-03-31</DateOfInitialCPC></Section47>" + E, S1, "before the period")]
    [InlineData("8715", D + "<Section47><DateOfInitialCPC>2025-04-01</DateOfInitialCPC></Section47>" + E, "", "first day")]
    // Working days after Tue 2026-03-10 to Tue 2026-03-31: Mar 11-13 (3), 16-20 (5), 23-27 (5), 30-31 (2) = 15, not more.
    [InlineData("8675Q", D + "<Section47><S47ActualStartDate>2026-03-10</S47ActualStartDate></Section47>" + E, "", "15 working days")]
    [InlineData("8675Q", D + "<Section47><S47ActualStartDate>2026-03-09</S47ActualStartDate></Section47>" + E, S1, "16 working days")]
    [InlineData("8675Q", D + "<Section47><S47ActualStartDate>2026-03-09</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>" + E, "", "no conference required")]
    [InlineData("8839", D + "<Section47/><Section47/>" + E, S1 + " " + S2, "two open")]
    [InlineData("8839", D + "<Section47/><Section47><ICPCnotRequired>true</ICPCnotRequired></Section47>" + E, "", "one open")]
    [InlineData("8870Q", D + "<Section47><InitialCPCtarget>2025-05-03</InitialCPCtarget></Section47>" + E, S1, "Saturday")]
    [InlineData("8870Q", D + "<Section47><InitialCPCtarget>2025-05-02</InitialCPCtarget></Section47>" + E, "", "Friday")]
    [InlineData("8875", D + "<Section47><DateOfInitialCPC>2025-05-04</DateOfInitialCPC></Section47>" + E, S1, "Sunday")]
    [InlineData("8875", D + "<Section47><DateOfInitialCPC>2025-05-05</DateOfInitialCPC></Section47>" + E, "", "a bank holiday Monday is no weekend")]
    [InlineData("8890", D + "<Section47><S47ActualStartDate>2025-05-01</S47ActualStartDate><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><Section47><S47ActualStartDate>2025-05-10</S47ActualStartDate><DateOfInitialCPC>2025-05-30</DateOfInitialCPC></Section47>" + E, S2, "starts during the first")]
    [InlineData("8890", D + "<Section47><S47ActualStartDate>2025-05-01</S47ActualStartDate><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><Section47><S47ActualStartDate>2025-05-20</S47ActualStartDate><DateOfInitialCPC>2025-05-30</DateOfInitialCPC></Section47>" + E, "", "starts on the first's conference")]
    [InlineData("2884", D + "<DateOfInitialCPC>2025-05-20</DateOfInitialCPC><Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47>" + E, D1 + " " + S1, "one conference at both levels")]
    [InlineData("2884", D + "<DateOfInitialCPC>2025-05-21</DateOfInitialCPC><Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47>" + E, "", "two conferences")]
    [InlineData("8740", D + "<Section47><S47ActualStartDate>2025-03-31</S47ActualStartDate></Section47>" + E, S1, "open, started before the year")]
    [InlineData("8740", D + "<Section47><S47ActualStartDate>2025-03-31</S47ActualStartDate><DateOfInitialCPC>2026-04-01</DateOfInitialCPC></Section47>" + E, S1, "conference after the year")]
    [InlineData("8740", D + "<Section47><S47ActualStartDate>2025-03-31</S47ActualStartDate><DateOfInitialCPC>2025-04-10</DateOfInitialCPC></Section47>" + E, "", "conference held in the year")]
    [InlineData("8740", D + "<Section47><S47ActualStartDate>2025-04-01</S47ActualStartDate></Section47>" + E, "", "started on the first day")]
    [InlineData("1104", D + Ref + "<Section47><DateOfInitialCPC>2025-05-01</DateOfInitialCPC></Section47>" + E, D1 + " " + S1, "conference before the referral")]
    [InlineData("1104", D + Ref + "<Section47><DateOfInitialCPC>2025-05-02</DateOfInitialCPC></Section47>" + E, "", "same day")]
    [InlineData("2889", D + Ref + "<Section47><S47ActualStartDate>2025-05-01</S47ActualStartDate></Section47>" + E, D1 + " " + S1, "enquiry before the referral")]
    [InlineData("2889", D + Ref + "<Section47><S47ActualStartDate>2025-05-02</S47ActualStartDate></Section47>" + E, "", "same day")]
    // Child protection plans.
    [InlineData("8720", D + "<ChildProtectionPlans><CPPstartDate>2026-04-01</CPPstartDate></ChildProtectionPlans>" + E, P1, "after the period")]
    [InlineData("8720", D + "<ChildProtectionPlans/>" + E, P1, "missing")]
    [InlineData("8720", D + "<ChildProtectionPlans><CPPstartDate>2024-01-01</CPPstartDate></ChildProtectionPlans>" + E, "", "before the year, still open: allowed")]
    [InlineData("8930", D + "<ChildProtectionPlans><CPPendDate>2026-04-01</CPPendDate></ChildProtectionPlans>" + E, P1, "after the period")]
    [InlineData("8930", D + "<ChildProtectionPlans><CPPendDate>2026-03-31</CPPendDate></ChildProtectionPlans>" + E, "", "last day")]
    [InlineData("8730", D + "<ChildProtectionPlans/>" + E, P1, "no count")]
    [InlineData("8730", D + "<ChildProtectionPlans><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>" + E, "", "0")]
    [InlineData("8840", D + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-05-01</CPPendDate></ChildProtectionPlans>" + E, P1, "same day")]
    [InlineData("8840", D + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-05-02</CPPendDate></ChildProtectionPlans>" + E, "", "next day")]
    [InlineData("8925", D + "<ChildProtectionPlans><CPPstartDate>2025-05-02</CPPstartDate><CPPendDate>2025-05-01</CPPendDate></ChildProtectionPlans>" + E, P1, "ends before it starts")]
    [InlineData("8925", D + "<ChildProtectionPlans><CPPstartDate>2025-05-02</CPPstartDate><CPPendDate>2025-05-02</CPPendDate></ChildProtectionPlans>" + E, "", "same day (8840's)")]
    [InlineData("8841", D + "<ChildProtectionPlans><CPPstartDate>2025-05-02</CPPstartDate><Reviews><CPPreviewDate>2025-05-02</CPPreviewDate></Reviews></ChildProtectionPlans>" + E, P1, "review on the start day")]
    [InlineData("8841", D + "<ChildProtectionPlans><CPPstartDate>2025-05-02</CPPstartDate><Reviews><CPPreviewDate>2025-05-03</CPPreviewDate></Reviews></ChildProtectionPlans>" + E, "", "next day")]
    [InlineData("8905", D + "<ChildProtectionPlans><InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse></ChildProtectionPlans>" + E, P1, "not a code")]
    [InlineData("8905", D + "<ChildProtectionPlans><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse></ChildProtectionPlans>" + E, "", "NEG")]
    [InlineData("8910", D + "<ChildProtectionPlans/>" + E, P1, "missing")]
    [InlineData("8910", D + "<ChildProtectionPlans><LatestCategoryOfAbuse>MUL</LatestCategoryOfAbuse></ChildProtectionPlans>" + E, "", "MUL")]
    [InlineData("8915", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><ChildProtectionPlans><CPPstartDate>2025-06-02</CPPstartDate></ChildProtectionPlans></CINdetails>", P1, "starts after death")]
    [InlineData("8915", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate></ChildProtectionPlans></CINdetails>", "", "same day")]
    [InlineData("8920", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><ChildProtectionPlans><CPPendDate>2025-06-02</CPPendDate></ChildProtectionPlans></CINdetails>", P1, "ends after death")]
    [InlineData("8920", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><ChildProtectionPlans><CPPendDate>2025-06-01</CPPendDate></ChildProtectionPlans></CINdetails>", "", "same day")]
    [InlineData("8832", D + "<ReferralNFA>true</ReferralNFA><ChildProtectionPlans/>" + E, P1, "NFA with a plan")]
    [InlineData("8832", D + "<ReferralNFA>false</ReferralNFA><ChildProtectionPlans/>" + E, "", "further action")]
    [InlineData("8935", D + "<ChildProtectionPlans/><ChildProtectionPlans/>" + E, P1 + " " + P2, "two open")]
    [InlineData("8935", D + "<ChildProtectionPlans/><ChildProtectionPlans><CPPendDate>2025-06-01</CPPendDate></ChildProtectionPlans>" + E, "", "one open")]
    [InlineData("2885", D + "<Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2025-05-21</CPPstartDate></ChildProtectionPlans>" + E, P1, "a day after the conference")]
    [InlineData("2885", D + "<Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2025-05-20</CPPstartDate></ChildProtectionPlans>" + E, "", "the conference day")]
    [InlineData("2883", D + "<Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2025-05-20</CPPstartDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2025-08-20</CPPstartDate></ChildProtectionPlans>" + E, P1 + " " + P2, "two plans, one conference")]
    [InlineData("2883", D + "<DateOfInitialCPC>2025-08-20</DateOfInitialCPC><Section47><DateOfInitialCPC>2025-05-20</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2025-05-20</CPPstartDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2025-08-20</CPPstartDate></ChildProtectionPlans>" + E, "", "two plans, two conferences")]
    [InlineData("8842Q", D + "<ChildProtectionPlans><Reviews/></ChildProtectionPlans>" + E, P1 + "/Reviews[1]", "a review with no date")]
    [InlineData("8842Q", D + "<ChildProtectionPlans><Reviews><CPPreviewDate>2025-06-01</CPPreviewDate></Reviews></ChildProtectionPlans>" + E, "", "dated")]
    [InlineData("8940", D + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-06-10</CPPendDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate></ChildProtectionPlans>" + E, P1 + " " + P2, "overlap")]
    [InlineData("8940", D + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-06-10</CPPendDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2025-06-10</CPPstartDate></ChildProtectionPlans>" + E, "", "starts the day the first ends")]
    [InlineData("1105", D + Ref + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate></ChildProtectionPlans>" + E, D1 + " " + P1, "plan before the referral")]
    [InlineData("1105", D + Ref + "<ChildProtectionPlans><CPPstartDate>2025-05-02</CPPstartDate></ChildProtectionPlans>" + E, "", "same day")]
    // CIN plans.
    [InlineData("4000", D + "<ReferralNFA>true</ReferralNFA><CINPlanDates/>" + E, Pl1, "NFA with a CIN plan")]
    [InlineData("4000", D + "<ReferralNFA>false</ReferralNFA><CINPlanDates/>" + E, "", "further action")]
    [InlineData("4010", D + "<CINPlanDates/>" + E, Pl1, "no start date")]
    [InlineData("4010", D + "<CINPlanDates><CINPlanStartDate>2026-04-01</CINPlanStartDate></CINPlanDates>" + E, Pl1, "after the period")]
    [InlineData("4010", D + "<CINPlanDates><CINPlanStartDate>2026-03-31</CINPlanStartDate></CINPlanDates>" + E, "", "last day")]
    [InlineData("4013", D + "<CINPlanDates><CINPlanEndDate>2025-03-31</CINPlanEndDate></CINPlanDates>" + E, Pl1, "before the period")]
    [InlineData("4013", D + "<CINPlanDates><CINPlanEndDate>2025-04-01</CINPlanEndDate></CINPlanDates>" + E, "", "first day")]
    [InlineData("4011", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate><CINPlanEndDate>2025-05-01</CINPlanEndDate></CINPlanDates>" + E, Pl1, "ends before it starts")]
    [InlineData("4011", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate><CINPlanEndDate>2025-05-02</CINPlanEndDate></CINPlanDates>" + E, "", "same day")]
    [InlineData("4012Q", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate><CINPlanEndDate>2025-05-02</CINPlanEndDate></CINPlanDates>" + E, Pl1, "same day")]
    [InlineData("4012Q", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate><CINPlanEndDate>2025-05-03</CINPlanEndDate></CINPlanDates>" + E, "", "next day")]
    [InlineData("4008", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINPlanDates><CINPlanStartDate>2025-06-02</CINPlanStartDate></CINPlanDates></CINdetails>", Pl1, "starts after death")]
    [InlineData("4008", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates></CINdetails>", "", "same day")]
    [InlineData("4009Q", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINPlanDates><CINPlanEndDate>2025-06-02</CINPlanEndDate></CINPlanDates></CINdetails>", Pl1, "ends after death")]
    [InlineData("4009Q", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINPlanDates><CINPlanEndDate>2025-06-01</CINPlanEndDate></CINPlanDates></CINdetails>", "", "same day")]
    [InlineData("4004", D + "<CINPlanDates/><CINPlanDates/>" + E, Pl1 + " " + Pl2, "two open")]
    [InlineData("4004", D + "<CINPlanDates/><CINPlanDates><CINPlanEndDate>2025-06-01</CINPlanEndDate></CINPlanDates>" + E, "", "one open")]
    [InlineData("4001", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-02</CPPstartDate></ChildProtectionPlans>" + E, Pl1, "both open")]
    [InlineData("4001", D + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPendDate>2025-06-02</CPPendDate></ChildProtectionPlans>" + E, "", "plan ended")]
    [InlineData("4003", D + "<CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><Reviews><CPPreviewDate>2025-06-15</CPPreviewDate></Reviews></ChildProtectionPlans>" + E, Review1, "review while the CIN plan is open")]
    [InlineData("4003", D + "<CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate><CINPlanEndDate>2025-06-15</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><Reviews><CPPreviewDate>2025-06-15</CPPreviewDate></Reviews></ChildProtectionPlans>" + E, "", "on the CIN plan's end day")]
    [InlineData("4014", D + "<CINPlanDates><CINPlanStartDate>2025-05-01</CINPlanStartDate><CINPlanEndDate>2025-06-10</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates>" + E, Pl1 + " " + Pl2, "overlap")]
    [InlineData("4014", D + "<CINPlanDates><CINPlanStartDate>2025-05-01</CINPlanStartDate><CINPlanEndDate>2025-06-10</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2025-06-10</CINPlanStartDate></CINPlanDates>" + E, "", "adjacent")]
    [InlineData("4015", D + Ref + "<CINPlanDates><CINPlanStartDate>2025-05-01</CINPlanStartDate></CINPlanDates>" + E, D1 + " " + Pl1, "before the referral")]
    [InlineData("4015", D + Ref + "<CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate></CINPlanDates>" + E, "", "same day")]
    [InlineData("4016", D + "<CINPlanDates><CINPlanStartDate>2025-06-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-07-01</CPPendDate></ChildProtectionPlans>" + E, Pl1 + " " + P1, "CIN plan starts in the protection plan")]
    [InlineData("4016", D + "<CINPlanDates><CINPlanStartDate>2025-07-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate><CPPendDate>2025-07-01</CPPendDate></ChildProtectionPlans>" + E, "", "on its end day")]
    [InlineData("4017", D + "<CINPlanDates><CINPlanStartDate>2025-05-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate></ChildProtectionPlans>" + E, Pl1 + " " + P1, "protection plan starts in the CIN plan")]
    [InlineData("4017", D + "<CINPlanDates><CINPlanStartDate>2025-05-01</CINPlanStartDate><CINPlanEndDate>2025-07-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate></ChildProtectionPlans>" + E, "", "on its end day")]
    public void Rule_PlanFixture_FlagsExactlyTheRowsWorkedByHand(string code, string child, string flagged, string working)
    {
        Assert.True(Expected(flagged).SequenceEqual(Flagged(code, child)), $"{code}: {working}; flagged {string.Join(" ", Flagged(code, child))}");
    }
}
