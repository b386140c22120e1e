using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The ChildIdentifiers, ChildCharacteristics and Disabilities rules, each with a child that breaks it and the
/// boundary that does not, worked by hand in the last column. Census 2025-26: period 2025-04-01 to 2026-03-31.
/// </summary>
public class CinChildRuleTests
{
    [Theory]
    // UPN L201234567890: characters 2-13 weighted 2..13 = 4+0+4+10+18+28+40+54+70+88+108+0 = 424; 424 mod 23 = 10 -> L.
    [InlineData("1510", Id + "<UPN>A201234567890</UPN>" + EndId, Id1, "check letter of 201234567890 is L, not A")]
    [InlineData("1510", Id + "<UPN>L201234567890</UPN>" + EndId, "", "check letter L is right")]
    [InlineData("1540", Id + "<UPN>L2012345A7890</UPN>" + EndId, Id1, "character 9 is A")]
    [InlineData("1540", Id + "<UPN>L201234567890</UPN>" + EndId, "", "characters 5-12 are 23456789")]
    [InlineData("1550", Id + "<UPN>L20123456789I</UPN>" + EndId, Id1, "I is not a UPN letter")]
    [InlineData("1550", Id + "<UPN>L20123456789A</UPN>" + EndId, "", "a temporary UPN ends in a UPN letter")]
    [InlineData("1560Q", Id + "<FormerUPN>L2012345678</FormerUPN>" + EndId, Id1, "11 characters")]
    [InlineData("1560Q", Id + "<FormerUPN>L20123456789A</FormerUPN>" + EndId, "", "13 characters, letter, 11 digits, letter")]
    [InlineData("1570", "<ChildIdentifiers><LAchildID>ABCDEFGHIJKLMNOPQRSTU</LAchildID></ChildIdentifiers>", Id1, "21 characters")]
    [InlineData("1570", "<ChildIdentifiers><LAchildID>ABCDEFGHIJKLMNOPQRST</LAchildID></ChildIdentifiers>", "", "20 characters")]
    [InlineData("1580", "<ChildIdentifiers><LAchildID>C_1</LAchildID></ChildIdentifiers>", Id1, "underscore")]
    [InlineData("1580", "<ChildIdentifiers><LAchildID>c1Z9</LAchildID></ChildIdentifiers>", "", "letters and digits")]
    [InlineData("8500", "<ChildIdentifiers><UPN>L201234567890</UPN></ChildIdentifiers>", Id1, "no LAchildID")]
    [InlineData("8500", Id + EndId, "", "LAchildID C1")]
    [InlineData("4180", Id + "<Sex>1</Sex>" + EndId, Id1, "1 is a GenderCurrent code, not a Sex code")]
    [InlineData("4180", Id + EndId, Id1, "Sex missing")]
    [InlineData("4180", Id + "<Sex>U</Sex>" + EndId, "", "U is a code")]
    [InlineData("8750", Id + "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>F</Sex>" + EndId, Id1, "unborn and F")]
    [InlineData("8750", Id + "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>U</Sex>" + EndId, "", "unborn and U")]
    [InlineData("8525Q", Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><ExpectedPersonBirthDate>2015-01-02</ExpectedPersonBirthDate>" + EndId, Id1, "both")]
    [InlineData("8525Q", Id + EndId, Id1, "neither")]
    [InlineData("8525Q", Id + "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>" + EndId, "", "one")]
    [InlineData("8535Q", Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><PersonDeathDate>2014-12-31</PersonDeathDate>" + EndId, Id1, "death a day before birth")]
    [InlineData("8535Q", Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><PersonDeathDate>2015-01-01</PersonDeathDate>" + EndId, "", "same day")]
    [InlineData("8590", Born, Id1, "no CINdetails")]
    [InlineData("8590", Born + "<CINdetails/>", "", "one CINdetails")]
    [InlineData("8545Q", Id + "<PersonDeathDate>2025-03-31</PersonDeathDate>" + EndId, Id1, "the day before the period")]
    [InlineData("8545Q", Id + "<PersonDeathDate>2025-04-01</PersonDeathDate>" + EndId, "", "the period's first day")]
    [InlineData("8520", Id + "<PersonBirthDate>2026-04-01</PersonBirthDate>" + EndId, Id1, "the day after the reference date")]
    [InlineData("8520", Id + "<PersonBirthDate>2026-03-31</PersonBirthDate>" + EndId, "", "the reference date")]
    [InlineData("8530Q", Id + "<ExpectedPersonBirthDate>2026-02-28</ExpectedPersonBirthDate>" + EndId, Id1, "before March 2026")]
    [InlineData("8530Q", Id + "<ExpectedPersonBirthDate>2027-01-01</ExpectedPersonBirthDate>" + EndId, Id1, "after December 2026")]
    [InlineData("8530Q", Id + "<ExpectedPersonBirthDate>2026-03-01</ExpectedPersonBirthDate>" + EndId, "", "1 March 2026")]
    [InlineData("4220", Born + "<ChildCharacteristics><Ethnicity>WBRX</Ethnicity></ChildCharacteristics>", Ch1, "not a code")]
    [InlineData("4220", Born + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>", "", "a code")]
    [InlineData("8772", Id + "<UPNunknown>UN7</UPNunknown>" + EndId + "<CINdetails><ReferralNFA>false</ReferralNFA></CINdetails>", Id1, "UN7 but further action")]
    [InlineData("8772", Id + "<UPNunknown>UN7</UPNunknown>" + EndId + "<CINdetails><ReferralNFA>true</ReferralNFA></CINdetails>", "", "UN7 and NFA")]
    // 25th birthday 2025-03-30 is before the reference date 2026-03-31 (the episode is open): over 25.
    [InlineData("8775Q", Id + "<PersonBirthDate>2000-03-30</PersonBirthDate>" + EndId + "<CINdetails/>", D1 + " " + Id1, "25 on 2025-03-30")]
    // 25th birthday 2026-03-31 is the reference date itself: 25, not over.
    [InlineData("8775Q", Id + "<PersonBirthDate>2001-03-31</PersonBirthDate>" + EndId + "<CINdetails/>", "", "25 on the reference date")]
    // Closed on 2020-01-01, when a child born 2000-03-30 was 19.
    [InlineData("8775Q", Id + "<PersonBirthDate>2000-03-30</PersonBirthDate>" + EndId + "<CINdetails><CINclosureDate>2020-01-01</CINclosureDate></CINdetails>", "", "19 at closure")]
    [InlineData("1520", Id + "<UPN>L201234567890</UPN>" + EndId + "</Child><Child>" + "<ChildIdentifiers><LAchildID>C2</LAchildID><UPN>L201234567890</UPN></ChildIdentifiers>", Id1 + " " + Id2, "same UPN")]
    [InlineData("1520", Id + "<UPN>L201234567890</UPN>" + EndId + "</Child><Child>" + "<ChildIdentifiers><LAchildID>C2</LAchildID><UPN>A201234567890</UPN></ChildIdentifiers>", "", "different UPNs")]
    [InlineData("8510", Id + EndId + "</Child><Child>" + Id + EndId, Id1 + " " + Id2, "two C1")]
    [InlineData("8510", Id + EndId + "</Child><Child><ChildIdentifiers><LAchildID>C2</LAchildID></ChildIdentifiers>", "", "C1 and C2")]
    // Disabilities.
    [InlineData("8790", Born + "<ChildCharacteristics><Disabilities><Disability>NONE</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>", Dis + "[2]", "NONE and HAND: HAND flagged")]
    [InlineData("8790", Born + "<ChildCharacteristics><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>", "", "NONE alone")]
    [InlineData("8794", Born + "<ChildCharacteristics><Disabilities><Disability>HAND</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>", Dis + "[1] " + Dis + "[2]", "HAND twice")]
    [InlineData("8794", Born + "<ChildCharacteristics><Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities></ChildCharacteristics>", "", "two codes")]
    [InlineData("8540", Born + "<ChildCharacteristics><Disabilities><Disability>HANDX</Disability></Disabilities></ChildCharacteristics><CINdetails/>", Ch1, "not a code")]
    [InlineData("8540", Born + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics><CINdetails><ReferralNFA>false</ReferralNFA></CINdetails>", Ch1, "born, further action, no disability")]
    [InlineData("8540", Born + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics><CINdetails><ReferralNFA>true</ReferralNFA></CINdetails>", "", "NFA: none needed")]
    [InlineData("8540", Born + "<ChildCharacteristics><Disabilities><Disability>HAND</Disability></Disabilities></ChildCharacteristics><CINdetails/>", "", "a code")]
    public void Rule_ChildFixture_FlagsExactlyTheRowsWorkedByHand(string code, string child, string flagged, string working)
    {
        Assert.True(Expected(flagged).SequenceEqual(Flagged(code, child)), $"{code}: {working}; flagged {string.Join(" ", Flagged(code, child))}");
    }
}
