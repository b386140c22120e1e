using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The rows where ChildrensKpi and the councils' validator disagree on the conformance data
/// (docs/conformance-cin.md), each as a hand-worked fixture of the case, showing the reading ChildrensKpi takes.
/// </summary>
public class CinDisagreementTests
{
    [Fact]
    public void Rule100_ReferenceDateOfAnotherYear_IsIncorrectForThe2025to26List()
    {
        // CIN_Census_2021.xml: ReferenceDate 2023-03-31 under the 2025-26 list, whose census date is 2026-03-31.
        Assert.Equal(["/Message/Header[1]"], FlaggedOn("100", "2023-03-31", Born));
    }

    [Fact]
    public void Rule1560Q_FormerUpnEndingInALetter_IsWellFormed()
    {
        // X98765432123B: X a UPN letter, 98765432123 eleven digits, B a UPN letter in position 13 (a temporary UPN).
        Assert.Empty(Flagged("1560Q", Id + "<FormerUPN>X98765432123B</FormerUPN>" + EndId));
    }

    [Fact]
    public void Rule2887Q_ThirteenDisabilityCodes_AreNotFewerThanEight()
    {
        // fake_CIN_data.xml uses 13 codes: AUT BEH COMM CON DDA HAND HEAR INC LD MOB NONE PC VIS.
        var children = "AUT BEH COMM CON DDA HAND HEAR INC LD MOB NONE PC VIS".Split(' ').Select((c, i) =>
            $"<ChildIdentifiers><LAchildID>C{i}</LAchildID></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>{c}</Disability></Disabilities></ChildCharacteristics>").ToArray();
        Assert.Empty(Flagged("2887Q", children));
    }

    [Fact]
    public void Rule8525Q_ExpectedBirthDateBefore1677_IsStillADateSoTheChildHasBoth()
    {
        // CIN_Census_2021.xml: PersonBirthDate 1965-03-27 and ExpectedPersonBirthDate 1066-04-13 ("but not both").
        Assert.Equal([Id1], Flagged("8525Q", Id + "<PersonBirthDate>1965-03-27</PersonBirthDate><ExpectedPersonBirthDate>1066-04-13</ExpectedPersonBirthDate>" + EndId));
    }

    [Fact]
    public void Rule8565_PlanEndingAfterClosure_IsActivityAfterClosure()
    {
        // CIN_Census_2026.xml child 1: closed 2023-02-27, its child protection plan ends 2023-03-14 (here moved into 2025-26).
        Assert.Equal([D1, P1], Flagged("8565", Born + "<CINdetails><CINclosureDate>2025-06-27</CINclosureDate><ChildProtectionPlans><CPPstartDate>2025-04-17</CPPstartDate><CPPendDate>2025-07-14</CPPendDate></ChildProtectionPlans></CINdetails>"));
    }

    [Theory]
    // fake_CIN_data.xml: ReferenceDate 2022-07-21, so the period starts Thursday 2021-07-22; one working day before is
    // Wednesday 2021-07-21. Child 238's NFA referral is dated 2021-07-21: not before it. 2021-07-20 is.
    [InlineData("2021-07-21", "")]
    [InlineData("2021-07-20", D1)]
    public void Rule8569Q_ReferralOnTheWorkingDayBeforeThePeriod_MayBeNoFurtherAction(string referral, string flagged) =>
        Assert.Equal(Expected(flagged), FlaggedOn("8569Q", "2022-07-21",
            Born + $"<CINdetails><CINreferralDate>{referral}</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails>"));
}
