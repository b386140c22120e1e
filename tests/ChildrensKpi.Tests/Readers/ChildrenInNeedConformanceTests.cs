using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// The nine CIN census XML files of the shared conformance suite (the data-to-insight validator's fake data,
/// 2021–2026 censuses), each read on its own as the suite runs them. The expected figures are those of
/// samples/data/tools/count_cin_conformance.py, an independent ElementTree count, as quoted in the README.
/// </summary>
public class ChildrenInNeedConformanceTests
{
    // file, read, used, excluded, rejected, referrals, assessments, S47, plans, referrals in the year, assessments authorised in it.
    public static TheoryData<string, long[], int[]> Files => new()
    {
        // Two ChildProtectionPlans with the same CPPstartDate: copies of one plan, merged (both rows used).
        { "CIN2rows.xml", [9, 8, 1, 0], [1, 1, 1, 1, 0, 0] },
        { "CIN_Census_2021.xml", [7, 6, 1, 0], [1, 1, 1, 1, 0, 0] },
        { "CIN_Census_2021_copy.xml", [7, 6, 1, 0], [1, 1, 1, 1, 0, 0] },
        { "CIN_Census_2021_no_assessment_factors.xml", [7, 6, 1, 0], [1, 1, 1, 1, 0, 0] },
        // Two assessments authorised before their referral (CIN-E002): the assessments alone are rejected.
        { "CIN_Census_2024.xml", [10, 7, 1, 2], [2, 0, 1, 1, 0, 0] },
        { "CIN_Census_2026.xml", [10, 7, 1, 2], [2, 0, 1, 1, 0, 0] },
        { "CIN_header_issues_100.xml", [7, 6, 1, 0], [1, 1, 1, 1, 0, 0] },
        { "CIN_la_issues_2887Q.xml", [7, 6, 1, 0], [1, 1, 1, 1, 0, 0] },
        // 332 children and 402 referrals, no assessment; 39 referrals dated in 2022-23 (ReferenceDate 2022-07-21).
        { "fake_CIN_data.xml", [734, 734, 0, 0], [402, 0, 0, 0, 39, 0] },
    };

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void ReadPath_ConformanceCensus_IsReadWholeWithTheIndependentCountsRowAccountAndFigures(string name, long[] rows, int[] figures)
    {
        string path = SharedData.Path("conformance", "cin", "fake", name);

        var read = ChildrenInNeedReader.ReadPath(path);

        var file = Assert.Single(read.Account.Files);
        Assert.Equal(rows, new[] { file.Rows.Read, file.Rows.Used, file.Rows.Excluded, file.Rows.Rejected });
        Assert.DoesNotContain(read.Account.Rejections, r => r.Column == "(file)");
        var data = read.Data;
        var period = ReportingPeriod.YearEnding(CollectionYearEnd(path));
        var inputs = new IndicatorInputs { ChildrenInNeed = data };
        Assert.Equal(figures, new[]
        {
            data.Referrals.Length, data.Assessments.Length, data.Enquiries.Length, data.Plans.Length,
            (int)ChildrensKpi.Indicators.REREF12.Compute(inputs, period, ComputeOptions.Default).Denominator,
            (int)ChildrensKpi.Indicators.CIN45.Compute(inputs, period, ComputeOptions.Default).Denominator,
        });
    }

    [SharedDataFact]
    public void Read_AllConformanceCensusesTogether_AbortNothingAndAccountForEveryFile()
    {
        var folder = SharedData.Path("conformance", "cin", "fake");

        var read = ChildrenInNeedReader.ReadPath(folder);

        Assert.Equal(9, read.Account.Files.Length);
        Assert.All(read.Account.Files, f => Assert.True(f.Rows.IsBalanced));
        Assert.DoesNotContain(read.Account.Rejections, r => r.Column == "(file)");
    }

    /// <summary>31 March of the collection year holding the census's ReferenceDate, read here with its own XML reader.</summary>
    private static LocalDate CollectionYearEnd(string path)
    {
        var text = System.Xml.Linq.XDocument.Load(path).Descendants("ReferenceDate").Single().Value;
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
        return new LocalDate(date.Month >= 4 ? date.Year + 1 : date.Year, 3, 31);
    }
}
