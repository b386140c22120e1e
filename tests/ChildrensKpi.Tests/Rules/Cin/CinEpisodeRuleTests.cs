using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The CINdetails and Assessments rules, each with a child that breaks it and the boundary that does not, worked by
/// hand in the last column. Census 2025-26: period 2025-04-01 (a Tuesday) to 2026-03-31 (a Tuesday).
/// </summary>
public class CinEpisodeRuleTests
{
    private const string D = Born + "<CINdetails>";
    private const string E = "</CINdetails>";
    private const string Ref = "<CINreferralDate>2025-05-02</CINreferralDate>";

    [Theory]
    [InlineData("8600", D + "<CINreferralDate>2026-04-01</CINreferralDate>" + E, D1, "the day after the reference date")]
    [InlineData("8600", D + E, D1, "missing")]
    [InlineData("8600", D + "<CINreferralDate>2026-03-31</CINreferralDate>" + E, "", "the reference date")]
    [InlineData("8620", D + "<CINclosureDate>2025-03-31</CINclosureDate>" + E, D1, "before the period")]
    [InlineData("8620", D + "<CINclosureDate>2025-04-01</CINclosureDate>" + E, "", "the first day")]
    [InlineData("8568", D + "<ReferralNFA>yes</ReferralNFA>" + E, D1, "not a boolean")]
    [InlineData("8568", D + "<ReferralNFA>0</ReferralNFA>" + E, "", "0")]
    [InlineData("8610", D + "<ReferralNFA>false</ReferralNFA>" + E, D1, "further action, no need code")]
    [InlineData("8610", D + "<ReferralNFA>false</ReferralNFA><PrimaryNeedCode>N1</PrimaryNeedCode>" + E, "", "N1")]
    [InlineData("8640", D + "<ReasonForClosure>RC10</ReasonForClosure>" + E, D1, "RC10 is no code")]
    [InlineData("8640", D + "<ReasonForClosure>RC9</ReasonForClosure>" + E, "", "RC9")]
    [InlineData("8650", D + "<PrimaryNeedCode>N10</PrimaryNeedCode>" + E, D1, "N10 is no code")]
    [InlineData("8650", D + "<PrimaryNeedCode>N0</PrimaryNeedCode>" + E, "", "N0")]
    [InlineData("8866", D + "<ReferralSource>11</ReferralSource>" + E, D1, "11 is no code")]
    [InlineData("8866", D + "<ReferralSource>10</ReferralSource>" + E, "", "10")]
    [InlineData("8805", D + "<CINclosureDate>2025-06-01</CINclosureDate>" + E, D1, "closed, no reason")]
    [InlineData("8805", D + "<CINclosureDate>2025-06-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>" + E, "", "with reason")]
    [InlineData("8810", D + "<ReasonForClosure>RC1</ReasonForClosure>" + E, D1, "reason, no closure")]
    [InlineData("8810", D + "<CINclosureDate>2025-06-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>" + E, "", "both")]
    [InlineData("8630", D + Ref + "<CINclosureDate>2025-05-01</CINclosureDate>" + E, D1, "closed the day before the referral")]
    [InlineData("8630", D + Ref + "<CINclosureDate>2025-05-02</CINclosureDate>" + E, "", "same day")]
    [InlineData("8825Q", D + "<ReasonForClosure>RC8</ReasonForClosure>" + E, D1, "RC8, no assessment")]
    [InlineData("8825Q", D + "<ReasonForClosure>RC8</ReasonForClosure><Assessments/>" + E, "", "RC8 with one")]
    [InlineData("2990", D + "<ReasonForClosure>RC9</ReasonForClosure><Section47/>" + E, D1, "RC9 with a Section 47")]
    [InlineData("2990", D + "<ReasonForClosure>RC8</ReasonForClosure><DateOfInitialCPC>2025-05-20</DateOfInitialCPC>" + E, D1, "RC8 with a conference")]
    [InlineData("2990", D + "<ReasonForClosure>RC8</ReasonForClosure><Assessments/>" + E, "", "RC8 with only the assessment")]
    [InlineData("2991Q", D + "<Section47/>" + E, D1, "Section 47, no assessment")]
    [InlineData("2991Q", D + "<Section47/><Assessments/>" + E, "", "both")]
    [InlineData("8831", D + "<ReferralNFA>true</ReferralNFA><Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate></Assessments>" + E, D1, "NFA with an assessment")]
    [InlineData("8831", D + "<ReferralNFA>true</ReferralNFA>" + E, "", "NFA, nothing")]
    // 280 days before 2025-12-31 (day 365) is day 85, 2025-03-26.
    [InlineData("8606", Id + "<PersonBirthDate>2025-12-31</PersonBirthDate>" + EndId + "<CINdetails><CINreferralDate>2025-03-25</CINreferralDate></CINdetails>", D1, "281 days before birth")]
    [InlineData("8606", Id + "<PersonBirthDate>2025-12-31</PersonBirthDate>" + EndId + "<CINdetails><CINreferralDate>2025-03-26</CINreferralDate></CINdetails>", "", "280 days")]
    [InlineData("8606", Id + "<ExpectedPersonBirthDate>2025-12-31</ExpectedPersonBirthDate>" + EndId + "<CINdetails><CINreferralDate>2025-03-25</CINreferralDate></CINdetails>", D1, "expected birth")]
    // The period starts Tuesday 2025-04-01; one working day before is Monday 2025-03-31.
    [InlineData("8569Q", D + "<CINreferralDate>2025-03-28</CINreferralDate><ReferralNFA>true</ReferralNFA>" + E, D1, "Friday before")]
    [InlineData("8569Q", D + "<CINreferralDate>2025-03-31</CINreferralDate><ReferralNFA>true</ReferralNFA>" + E, "", "the working day before")]
    [InlineData("8569Q", D + "<CINreferralDate>2025-03-28</CINreferralDate><ReferralNFA>false</ReferralNFA>" + E, "", "not NFA")]
    [InlineData("8867", D + "<CINclosureDate>2025-06-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate></Assessments>" + E, A1 + " " + D1, "closed, assessment open")]
    [InlineData("8867", D + "<CINclosureDate>2025-06-01</CINclosureDate><Assessments><AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate></Assessments>" + E, "", "assessment completed")]
    [InlineData("8868", D + "<CINclosureDate>2025-06-01</CINclosureDate><Section47><ICPCnotRequired>false</ICPCnotRequired></Section47>" + E, D1 + " " + S1, "closed, enquiry open")]
    [InlineData("8868", D + "<CINclosureDate>2025-06-01</CINclosureDate><Section47><ICPCnotRequired>true</ICPCnotRequired></Section47>" + E, "", "not required")]
    [InlineData("8555Q", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINreferralDate>2025-06-02</CINreferralDate></CINdetails>", D1 + " " + Id1, "referred after death")]
    [InlineData("8555Q", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate></CINdetails>", "", "same day")]
    [InlineData("8585Q", D + "<ReasonForClosure>RC2</ReasonForClosure>" + E, D1 + " " + Id1, "died, no date of death")]
    [InlineData("8585Q", Id + "<PersonDeathDate>2025-06-01</PersonDeathDate>" + EndId + "<CINdetails><ReasonForClosure>RC2</ReasonForClosure></CINdetails>", "", "with one")]
    [InlineData("8815", D + Ref + E + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate></CINdetails>", D1 + " " + D2, "two open")]
    [InlineData("8815", D + Ref + E + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails>", "", "the second is NFA")]
    [InlineData("8816", D + Ref + E + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate><CINclosureDate>2025-07-01</CINclosureDate></CINdetails>", D1, "open but not latest")]
    [InlineData("8816", D + Ref + "<CINclosureDate>2025-05-20</CINclosureDate>" + E + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate></CINdetails>", "", "the open one is latest")]
    [InlineData("8820", D + Ref + "<CINclosureDate>2025-06-10</CINclosureDate>" + E + "<CINdetails><CINreferralDate>2025-06-01</CINreferralDate></CINdetails>", D1 + " " + D2, "second starts before the first closes")]
    [InlineData("8820", D + Ref + "<CINclosureDate>2025-06-10</CINclosureDate>" + E + "<CINdetails><CINreferralDate>2025-06-10</CINreferralDate></CINdetails>", "", "starts on the closure day")]
    [InlineData("8565", D + "<CINclosureDate>2025-06-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate></Assessments>" + E, A1 + " " + D1, "assessment after closure")]
    [InlineData("8565", D + "<CINclosureDate>2025-06-01</CINclosureDate><ChildProtectionPlans><CPPendDate>2025-06-02</CPPendDate></ChildProtectionPlans>" + E, D1 + " " + P1, "plan ends after closure")]
    [InlineData("8565", D + "<CINclosureDate>2025-06-01</CINclosureDate><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments>" + E, "", "on the closure day")]
    // Assessments.
    [InlineData("1103", D + Ref + "<Assessments><AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate></Assessments>" + E, A1 + " " + D1, "a day before the referral")]
    [InlineData("1103", D + Ref + "<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate></Assessments>" + E, "", "the referral day")]
    [InlineData("8608", D + "<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate></Assessments>" + E, A1, "start after end")]
    [InlineData("8608", D + "<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate></Assessments>" + E, "", "same day")]
    [InlineData("8614", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "factors, not completed")]
    [InlineData("8614", D + "<Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "completed")]
    [InlineData("8696", D + "<Assessments><AssessmentAuthorisationDate>2026-04-01</AssessmentAuthorisationDate></Assessments>" + E, A1, "after the period")]
    [InlineData("8696", D + "<Assessments><AssessmentAuthorisationDate>2026-03-31</AssessmentAuthorisationDate></Assessments>" + E, "", "last day")]
    [InlineData("8736", D + "<Assessments><AssessmentActualStartDate>2025-03-31</AssessmentActualStartDate></Assessments>" + E, A1, "open, started before the year")]
    [InlineData("8736", D + "<Assessments><AssessmentActualStartDate>2025-04-01</AssessmentActualStartDate></Assessments>" + E, "", "first day")]
    // Working days after Tue 2026-01-27 to Tue 2026-03-31: Jan 28-30 (3) + Feb 2-27 (20) + Mar 2-31 (22) = 45, not more.
    [InlineData("8670Q", D + "<Assessments><AssessmentActualStartDate>2026-01-27</AssessmentActualStartDate></Assessments>" + E, "", "45 working days")]
    [InlineData("8670Q", D + "<Assessments><AssessmentActualStartDate>2026-01-26</AssessmentActualStartDate></Assessments>" + E, A1, "46 working days")]
    [InlineData("8869", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "21 with 1A")]
    [InlineData("8869", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "21 alone")]
    [InlineData("8897Q", D + "<Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment/></Assessments>" + E, A1, "completed, no factors")]
    [InlineData("8897Q", D + "<Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "with one")]
    [InlineData("8898", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "1A twice")]
    [InlineData("8898", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>1B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "1A, 1B")]
    [InlineData("8945Q", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>18A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "18A")]
    [InlineData("8945Q", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>18B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "18B")]
    [InlineData("8950Q", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>19A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "19A")]
    [InlineData("8950Q", D + "<Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>19C</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "19C")]
    [InlineData("8873Q", D + "<ReasonForClosure>RC1</ReasonForClosure><Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, A1, "only assessment, 21, closed RC1")]
    [InlineData("8873Q", D + "<ReasonForClosure>RC8</ReasonForClosure><Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>" + E, "", "closed RC8")]
    [InlineData("8896", D + "<Assessments/><Assessments/>" + E, A1 + " " + A2, "two open")]
    [InlineData("8896", D + "<Assessments/><Assessments><AssessmentAuthorisationDate>2025-05-02</AssessmentAuthorisationDate></Assessments>" + E, "", "one open")]
    [InlineData("8863Q", D + "<Assessments><AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate></Assessments><Assessments><AssessmentActualStartDate>2025-05-15</AssessmentActualStartDate></Assessments>" + E, A2, "starts during the first")]
    [InlineData("8863Q", D + "<Assessments><AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate></Assessments><Assessments><AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate></Assessments>" + E, "", "starts the day the first ends")]
    public void Rule_EpisodeFixture_FlagsExactlyTheRowsWorkedByHand(string code, string child, string flagged, string working)
    {
        Assert.True(Expected(flagged).SequenceEqual(Flagged(code, child)), $"{code}: {working}; flagged {string.Join(" ", Flagged(code, child))}");
    }
}
