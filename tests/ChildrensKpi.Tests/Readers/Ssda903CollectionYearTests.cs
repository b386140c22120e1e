using ChildrensKpi.Readers;
using NodaTime;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// One hand-made fixture per change between collection years (ssda903-years.json, from the reference diffs): each code is
/// accepted in its years and rejected, naming them, outside them. The year comes from the file name (episodes_2023-24.csv).
/// </summary>
public sealed class Ssda903CollectionYearTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n";

    private static Ssda903ReadResult Read(params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    [Theory]
    // SEX 1/2 up to 2023-24, M/F/U from 2024-25 (2025 label diff).
    [InlineData("header_2023-24.csv", "1", null)]
    [InlineData("header_2023-24.csv", "M", "SEX M is valid in 2024-25 onwards, not in 2023-24")]
    [InlineData("header_2024_25.csv", "M", null)]
    [InlineData("header_2024_25.csv", "U", null)]
    [InlineData("header_2024_25.csv", "2", "SEX 2 is valid in 2006-07 to 2023-24, not in 2024-25")]
    public void Read_HeaderSex_IsCheckedAgainstItsYear(string name, string sex, string? rule)
    {
        var read = Read((name, $"CHILD,SEX,DOB,ETHNIC\nA,{sex},01/01/2010,WBRI\n"));

        Assert.Equal(rule, read.Account.Rejections.SingleOrDefault()?.Rule);
        Assert.Equal(rule is null ? 1 : 0, read.Data.Children.Length);
    }

    [Fact]
    public void Read_HeaderSexU_IsUnknown()
    {
        var read = Read(("header_2024-25.csv", "CHILD,SEX,DOB,ETHNIC\nA,U,01/01/2010,WBRI\n"));

        Assert.Equal(Sex.Unknown, Assert.Single(read.Data.Children).Sex);
    }

    [Theory]
    // Z11–Z14 added in 2025-26 (2026 label diff).
    [InlineData("episodes_2025-26.csv", "Z11", null)]
    [InlineData("episodes_2025-26.csv", "Z14", null)]
    [InlineData("episodes_2023-24.csv", "Z11", "PLACE Z11 is valid in 2025-26 onwards, not in 2023-24")]
    // K3 added, H5 and P2 removed in 2024-25 (2025 label diff); K3 also stands in the pre-2016 list kept from before.
    [InlineData("episodes_2024-25.csv", "K3", null)]
    [InlineData("episodes_2019-20.csv", "K3", "PLACE K3 is valid in 2006-07 to 2015-16 and 2024-25 onwards, not in 2019-20")]
    [InlineData("episodes_2023-24.csv", "H5", null)]
    [InlineData("episodes_2024-25.csv", "H5", "PLACE H5 is valid in 2006-07 to 2023-24, not in 2024-25")]
    [InlineData("episodes_2024-25.csv", "P2", "PLACE P2 is valid in 2006-07 to 2023-24, not in 2024-25")]
    // Legacy F1–F6 foster codes: in the list kept for 2006-07 to 2015-16, not in the 2016-17 base.
    [InlineData("episodes_2010-11.csv", "F4", null)]
    [InlineData("episodes_2016-17.csv", "F4", "PLACE F4 is valid in 2006-07 to 2015-16, not in 2016-17")]
    public void Read_Placement_IsCheckedAgainstItsYear(string name, string place, string? rule)
    {
        var start = ReturnYears.FromName(name)!.Value.Start.PlusDays(10);
        var read = Read((name, EpisodesHeader + $"A,{start:dd/MM/yyyy},S,C2,{place},,\n"));

        Assert.Equal(rule, read.Account.Rejections.SingleOrDefault()?.Rule);
        Assert.Equal(rule is null ? 1 : 0, read.Data.Episodes.Length);
    }

    [Theory]
    // E43/E44 (special guardianship) in the 2016-17 base, replaced by E45–E48 in 2018-19 (2019 label diff).
    [InlineData("episodes_2017-18.csv", "E44", null)]
    [InlineData("episodes_2018-19.csv", "E44", "REC E44 is valid in 2016-17 to 2017-18, not in 2018-19")]
    [InlineData("episodes_2018-19.csv", "E45", null)]
    [InlineData("episodes_2017-18.csv", "E45", "REC E45 is valid in 2006-07 to 2015-16 and 2018-19 onwards, not in 2017-18")]
    public void Read_ReasonCeased_IsCheckedAgainstItsYear(string name, string rec, string? rule)
    {
        var start = ReturnYears.FromName(name)!.Value.Start;
        var read = Read((name, EpisodesHeader + $"A,{start:dd/MM/yyyy},S,C2,U4,{start.PlusDays(30):dd/MM/yyyy},{rec}\n"));

        Assert.Equal(rule, read.Account.Rejections.SingleOrDefault()?.Rule);
    }

    [Theory]
    // OC3 ACTIV: F3/P3 to 2020-21, F5/P5 from 2021-22 (2022 label diff; both kept for 2006-07 to 2015-16).
    [InlineData("oc3_2020-21.csv", "P3", null)]
    [InlineData("oc3_2021-22.csv", "P3", "ACTIV P3 is valid in 2006-07 to 2020-21, not in 2021-22")]
    [InlineData("oc3_2021-22.csv", "F5", null)]
    [InlineData("oc3_2019-20.csv", "F5", "ACTIV F5 is valid in 2006-07 to 2015-16 and 2021-22 onwards, not in 2019-20")]
    public void Read_Oc3Activity_IsCheckedAgainstItsYear(string name, string activity, string? rule)
    {
        var read = Read((name, $"CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/06/2002,YES,{activity},U1\n"));

        Assert.Equal(rule, read.Account.Rejections.SingleOrDefault()?.Rule);
    }

    [Theory]
    // The social worker episodes table from 2023-24 (2024 label diff), DoLo from 2026-27 (ours: data-formats.md).
    [InlineData("sw_2023-24.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nA,01/01/2010,SW1,01/05/2023,,\n", null)]
    [InlineData("sw_2022-23.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nA,01/01/2010,SW1,01/05/2022,,\n",
        "the SWEpisodes table is collected in 2023-24 onwards, not in 2022-23")]
    [InlineData("dolo_2026-27.csv", "CHILD,DOB,DOLO_START,DOLO_END\nA,01/01/2010,01/05/2026,\n", null)]
    [InlineData("dolo_2025-26.csv", "CHILD,DOB,DOLO_START,DOLO_END\nA,01/01/2010,01/05/2025,\n",
        "the DoLo table is collected in 2026-27 onwards, not in 2025-26")]
    public void Read_NewTable_IsCollectedFromItsYear(string name, string text, string? rule)
    {
        var read = Read((name, text));

        Assert.Equal(rule, read.Account.Rejections.SingleOrDefault()?.Rule);
        Assert.True(Assert.Single(read.Account.Files).Rows.IsBalanced);
    }

    [Fact]
    public void Read_SocialWorkerEpisodes_AreInTheModel()
    {
        // The fake file's SW_REASON SWLAZY is in no year's list; LEFTRL (social worker left the role) is in 2023-24's.
        var read = Read(("sw_2023-24.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nA,01/01/2010,SW1,01/05/2023,10/06/2023,leftrl\nA,01/01/2010,SW2,11/06/2023,,SWLAZY\n"));

        Assert.Equal(new SocialWorkerEpisode(new ChildId("A"), "SW1", new LocalDate(2023, 5, 1), new LocalDate(2023, 6, 10), "LEFTRL"),
            Assert.Single(read.Data.SocialWorkerEpisodes));
        Assert.StartsWith("SW_REASON must be one of the 2023-24 SW_REASON codes (ABSENC, CHCHAN,", Assert.Single(read.Account.Rejections).Rule);
        Assert.Equal(new RowCounts(2, 1, 0, 1), Assert.Single(read.Account.Files).Rows);
    }

    [Fact]
    public void Read_DeprivationOfLibertyOrders_AreInTheModel()
    {
        var read = Read(("dolo.csv", "CHILD,DOB,DOLO_START,DOLO_END\nA,01/01/2010,01/05/2026,31/05/2026\n"));

        Assert.Equal(new DeprivationOfLibertyOrder(new ChildId("A"), new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31)),
            Assert.Single(read.Data.DeprivationOfLibertyOrders));
    }

    [Fact]
    public void Read_GivenCollectionYear_OverridesTheFileName()
    {
        var files = new[] { InputFile.FromText("episodes_2023-24.csv", EpisodesHeader + "A,01/05/2025,S,C2,Z12,,\n") };

        Assert.Empty(Ssda903Reader.Read(files, collectionYear: new CollectionYear(2025)).Account.Rejections);
        Assert.Equal("PLACE Z12 is valid in 2025-26 onwards, not in 2023-24", Assert.Single(Ssda903Reader.Read(files).Account.Rejections).Rule);
    }

    [Fact]
    public void Read_NoYearInNameOrOption_TakesTheYearOfTheLatestDecom()
    {
        // Latest DECOM 01/05/2025 is in 2025-26, where Z11 is valid; the Header of the same folder takes that year too.
        var read = Read(("e.csv", EpisodesHeader + "A,01/05/2024,S,C2,U4,01/05/2025,X1\nA,01/05/2025,P,C2,Z11,,\n"), ("h.csv", "CHILD,SEX,DOB,ETHNIC\nA,1,01/01/2010,WBRI\n"));

        Assert.Equal("SEX 1 is valid in 2006-07 to 2023-24, not in 2025-26", Assert.Single(read.Account.Rejections).Rule);
        Assert.Equal(2, read.Data.Episodes.Length);
    }

    [Fact]
    public void Read_YearOutsideTheSchedule_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Ssda903Reader.Read([InputFile.FromText("e.csv", EpisodesHeader)], collectionYear: new CollectionYear(2030)));

        Assert.StartsWith("The SSDA903 collection years known are 2006-07 to 2026-27, not 2030-31.", e.Message);
    }

    [Fact]
    public void Codes_EveryYear_NamesTheMeaningOfEveryCode()
    {
        // Building a year's lists maps each code of ssda903-years.json to its meaning, and throws for a code it cannot name.
        var years = Enumerable.Range(2006, 21).Select(y => Ssda903Codes.For(new CollectionYear(y))).ToList();

        Assert.Equal(21, years.Count);
        Assert.True(years[^1].Placement.TryParse("Z13", out var z13) && z13 == PlacementType.Z13);
    }
}
