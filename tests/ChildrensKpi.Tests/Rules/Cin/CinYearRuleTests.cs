using ChildrensKpi.Readers;
using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// The rules whose wording changes with the year's list: 4180, 8750 and 2886Q read GenderCurrent until 2023-24 and Sex
/// from 2024-25; 8770Q asks for a UPN of a child "more than 5 years old" until 2023-24 and "of school age" from 2024-25.
/// </summary>
public class CinYearRuleTests
{
    private static readonly CollectionYear Y2023 = new(2023);

    [Theory]
    [InlineData("4180", Id + EndId, Id1, "gender missing")]
    [InlineData("4180", Id + "<GenderCurrent>1</GenderCurrent>" + EndId, "", "gender 1")]
    [InlineData("8750", Id + "<ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate><GenderCurrent>1</GenderCurrent>" + EndId, Id1, "unborn, gender 1")]
    [InlineData("8750", Id + "<ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate><GenderCurrent>0</GenderCurrent>" + EndId, "", "unborn, gender 0")]
    [InlineData("2886Q", Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><GenderCurrent>9</GenderCurrent>" + EndId, "RETURN", "1 of 1 not specified")]
    [InlineData("2886Q", Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><GenderCurrent>1</GenderCurrent>" + EndId, "", "recorded")]
    // Reference date 2024-03-31: a child born 2019-03-30 turned 5 the day before; one born 2019-03-31 turns 5 that day.
    [InlineData("8770Q", Id + "<PersonBirthDate>2019-03-30</PersonBirthDate>" + EndId, Id1, "more than 5, no UPN or reason")]
    [InlineData("8770Q", Id + "<PersonBirthDate>2019-03-31</PersonBirthDate>" + EndId, "", "exactly 5")]
    [InlineData("8770Q", Id + "<PersonBirthDate>2019-03-30</PersonBirthDate><UPNunknown>UN2</UPNunknown>" + EndId, "", "a reason")]
    public void Rule_Until2023to24_ReadsGenderAndMoreThanFive(string code, string child, string flagged, string working) =>
        Assert.True(Expected(flagged).SequenceEqual(FlaggedIn(Y2023, code, "2024-03-31", child)), $"{code}: {working}");

    [Theory]
    // Reference date 2026-03-31, a prescribed day: a child whose fifth birthday is that day is of school age from it.
    [InlineData(Id + "<PersonBirthDate>2021-03-31</PersonBirthDate>" + EndId, Id1, "5 on the prescribed day 2026-03-31")]
    // Fifth birthday 2026-04-01: school age from the next prescribed day, 2026-08-31.
    [InlineData(Id + "<PersonBirthDate>2021-04-01</PersonBirthDate>" + EndId, "", "not yet of school age")]
    // 16 on 2025-09-01, in school year 2025-26: leaves on its last Friday of June, 2026-06-26, after the reference date.
    [InlineData(Id + "<PersonBirthDate>2009-09-01</PersonBirthDate><UPNunknown>UN1</UPNunknown>" + EndId, Id1, "16 this school year, UN1")]
    // 16 on 2025-08-31, in school year 2024-25: left on 2025-06-27.
    [InlineData(Id + "<PersonBirthDate>2009-08-31</PersonBirthDate>" + EndId, "", "past school leaving date")]
    [InlineData(Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><UPNunknown>UN2</UPNunknown>" + EndId, "", "a reason other than UN1")]
    [InlineData(Id + "<UPN>L201234567890</UPN><PersonBirthDate>2015-01-01</PersonBirthDate>" + EndId, "", "has a UPN")]
    public void Rule8770Q_From2024to25_AsksForAUpnOfAChildOfCompulsorySchoolAge(string child, string flagged, string working) =>
        Assert.True(Expected(flagged).SequenceEqual(Flagged("8770Q", child)), $"8770Q: {working}");
}
