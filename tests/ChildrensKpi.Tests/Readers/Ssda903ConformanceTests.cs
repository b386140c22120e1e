using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// The public fake SSDA903 return of the conformance suite (../shared/conformance/ssda903/fake, the 12 CSVs its README
/// lists): read without abort, every row accounted for. Expected counts are from samples/data/tools/count_ssda903_rows.sh
/// (awk, independent of the reader): data rows per file, and 216 PLACE H5 + 195 PLACE P2 episodes whose earlier columns are valid.
/// </summary>
public sealed class Ssda903ConformanceTests
{
    private static readonly (string File, long Rows)[] Files =
    [
        ("header.csv", 2675), ("episodes.csv", 5050), ("reviews.csv", 12582), ("uasc.csv", 132), ("oc2.csv", 2675), ("oc3.csv", 53),
        ("ad1.csv", 29), ("placed_for_adoption.csv", 29), ("previous_permanence.csv", 2675), ("missing.csv", 43),
        ("sw_episodes.csv", 1), ("DoLo.csv", 1),
    ];

    private static Ssda903ReadResult ReadFake(CollectionYear? year) => Ssda903Reader.Read(
        Files.Select(f => InputFile.FromPath(SharedData.Path("conformance", "ssda903", "fake", f.File), f.File)), collectionYear: year);

    [SharedDataFact]
    public void Read_FakeReturnAs2024To25_AccountsEveryRowOfEveryFile()
    {
        var read = ReadFake(new CollectionYear(2024));

        Assert.Equal(Files.Order(), read.Account.Files.Select(f => (f.Path, f.Rows.Read)).Order());
        Assert.All(read.Account.Files, f => Assert.True(f.Rows.IsBalanced, $"{f.Path}: {f.Rows}"));
        Assert.Equal(["AD1", "DoLo", "Episodes", "Header", "Missing", "OC2", "OC3", "PlacedAdoption", "PrevPerm", "Reviews", "SWEpisodes", "UASC"],
            read.Account.Files.Select(f => f.Table).Order(StringComparer.Ordinal));
        // H5 and P2 left the PLACE list in 2024-25: each such episode is rejected naming the years the code is valid in.
        Assert.Equal(216, read.Account.Rejections.Count(r => r.Rule == "PLACE H5 is valid in 2006-07 to 2023-24, not in 2024-25"));
        Assert.Equal(195, read.Account.Rejections.Count(r => r.Rule == "PLACE P2 is valid in 2006-07 to 2023-24, not in 2024-25"));
        // The fake Header's SEX is 1/2 throughout: every row is another year's code in 2024-25.
        Assert.Equal(2675, read.Account.Rejections.Count(r => r.Path == "header.csv" && r.Rule.StartsWith("SEX ", StringComparison.Ordinal)));
        // DoLo is collected from 2026-27 only.
        var dolo = Assert.Single(read.Account.Rejections, r => r.Path == "DoLo.csv");
        Assert.Equal("the DoLo table is collected in 2026-27 onwards, not in 2024-25", dolo.Rule);
    }

    [SharedDataFact]
    public void Read_FakeReturnYearsFromTheirDates_ReadsTheHeaderAsItsEpisodesYear()
    {
        // No year given or in the names: Episodes' latest DECOM is in 2018 (awk: 656 DECOMs in 2018, none later), so the
        // Header takes that year, when SEX 1/2 was current, and no Header row is rejected for its SEX.
        var read = ReadFake(null);

        Assert.All(read.Account.Files, f => Assert.True(f.Rows.IsBalanced, $"{f.Path}: {f.Rows}"));
        Assert.DoesNotContain(read.Account.Rejections, r => r.Path == "header.csv" && r.Column == "SEX");
        Assert.Equal(5050, read.Account.Files.Single(f => f.Path == "episodes.csv").Rows.Read);
        // The single social worker episode starts 01/01/2020 (2019-20), before the table was collected (2023-24).
        Assert.Equal("the SWEpisodes table is collected in 2023-24 onwards, not in 2019-20",
            Assert.Single(read.Account.Rejections, r => r.Path == "sw_episodes.csv").Rule);
    }
}
