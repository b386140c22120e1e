using System.Security.Cryptography;
using ChildrensKpi.Readers;
using ChildrensKpi.Synthetic;

namespace ChildrensKpi.Tests.Synthetic;

public sealed class SyntheticDataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ckpi-synthetic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Write_SameOptions_IdenticalBytes()
    {
        var options = new SyntheticOptions { Children = 300, Years = 4, Seed = 17 };
        var first = Hashes(options, Path.Combine(_folder, "a"));
        var second = Hashes(options, Path.Combine(_folder, "b"));
        Assert.Equal(first, second);
        Assert.NotEqual(first, Hashes(options with { Seed = 18 }, Path.Combine(_folder, "c")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Write_ReadBack_NoRejectionsAndTheGeneratedRecords(int seed)
    {
        // Ten years ending 2016 span both assessment eras: initial and core before April 2013, single from then.
        var options = new SyntheticOptions { Children = 400, Years = 10, Seed = seed };
        SyntheticData.Write(options, _folder);
        var generated = SyntheticData.Generate(options);

        var ssda903 = Ssda903Reader.ReadFolder(Path.Combine(_folder, "ssda903"));
        var flat = ChildrenInNeedReader.ReadPath(Path.Combine(_folder, "cin", "flat"));
        var xml = ChildrenInNeedReader.ReadPath(Path.Combine(_folder, "cin", "xml"));

        Assert.Empty(ssda903.Account.Rejections);
        Assert.Empty(flat.Account.Rejections);
        Assert.Empty(xml.Account.Rejections);
        Assert.Equal(generated.LookedAfter.Episodes.ToHashSet(), ssda903.Data.Episodes.ToHashSet());
        Assert.Equal(generated.LookedAfter.Children.ToHashSet(), ssda903.Data.Children.ToHashSet());
        Assert.Equal(generated.LookedAfter.CareLeavers.ToHashSet(), ssda903.Data.CareLeavers.ToHashSet());
        Assert.Equal(generated.ChildrenInNeed.Assessments.ToHashSet(), flat.Data.Assessments.ToHashSet());
        Assert.Equal(generated.ChildrenInNeed.Referrals.ToHashSet(), flat.Data.Referrals.ToHashSet());
        Assert.Equal(generated.ChildrenInNeed.Assessments.Where(a => a.Type == AssessmentType.Single).ToHashSet(), xml.Data.Assessments.ToHashSet());
    }

    [Fact]
    public void Generate_Shapes_AsDescribed()
    {
        var data = SyntheticData.Generate(new SyntheticOptions { Children = 3_000, Years = 10, Seed = 3 });
        var episodes = data.LookedAfter.Episodes;
        // Stated properties of the shapes the generator promises, not figures pasted from a run.
        Assert.Contains(episodes, e => e.IsShortBreak);
        Assert.Contains(episodes, e => e.ReasonForNewEpisode == ReasonForNewEpisode.U);
        Assert.Contains(episodes, e => e.ReasonForNewEpisode == ReasonForNewEpisode.T);
        Assert.Contains(episodes, e => e.Placement.IsPlacedForAdoption());
        Assert.Contains(episodes, e => e.End is null);
        Assert.NotEmpty(data.LookedAfter.CareLeavers);
        var placementsPerChild = data.LookedAfter.Episodes.Where(e => !e.IsShortBreak)
            .GroupBy(e => e.Child).Select(g => CareHistory.Build(g).Sum(p => p.Placements.Length)).ToList();
        Assert.True(placementsPerChild.Count(n => n <= 2) > placementsPerChild.Count / 2, "most children have one or two placements");
        Assert.Contains(placementsPerChild, n => n >= 10);
        var referrals = data.ChildrenInNeed.Referrals.GroupBy(r => r.Child).ToList();
        Assert.Contains(referrals, g => g.Count() >= 2);
        Assert.Contains(data.ChildrenInNeed.Plans, p => p.NumberOfPreviousPlans > 0);
        Assert.Contains(data.ChildrenInNeed.Assessments, a => a.AuthorisationDate is { } d && BankHolidays.IsBankHoliday(d.PlusDays(-1)));
        Assert.Equal([AssessmentType.Initial, AssessmentType.Core, AssessmentType.Single], data.ChildrenInNeed.Assessments.Select(a => a.Type).Distinct().Order());
    }

    [Fact]
    public void Options_BadValues_ThrowWithReasons()
    {
        Assert.Equal("At least one child must be generated. (Parameter 'value')\nActual value was 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticOptions { Children = 0 }).Message.ReplaceLineEndings("\n"));
        Assert.StartsWith("Years must be between 1 and 30.", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticOptions { Years = 31 }).Message);
        Assert.StartsWith("The last year must end on a 31 March from 2000 to 2040.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticOptions { LastYearEnding = new LocalDate(2016, 3, 30) }).Message);
    }

    private static Dictionary<string, string> Hashes(SyntheticOptions options, string folder) =>
        SyntheticData.Write(options, folder).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))));
}
