using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers.Inputs;

/// <summary>
/// <see cref="KpiInputs.Read"/> reads the SSDA903 and the CIN census side by side; what it gives must be what reading
/// them one after the other gives: the same account in the same order, the same records, the SSDA903's error first.
/// </summary>
public class KpiInputsSideBySideTests
{
    private static readonly string Ssda903 = Repository.Path("samples", "data", "ssda903");
    private static readonly string Cin = Repository.Path("samples", "data", "cin");

    [Fact]
    public void Read_BothReturns_AccountIsTheSsda903sThenTheCensus()
    {
        var both = KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(Ssda903), ChildrenInNeed = InputSource.FromPath(Cin) });
        var ssda903 = KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(Ssda903) });
        var cin = KpiInputs.Read(new KpiInputFiles { ChildrenInNeed = InputSource.FromPath(Cin) });

        // Compared as text: an immutable array, and a record holding one, compares by reference.
        Assert.Equal(Lines([.. ssda903.Account.Files, .. cin.Account.Files]), Lines(both.Account.Files));
        Assert.Equal(Lines([.. ssda903.Account.Rejections, .. cin.Account.Rejections]), Lines(both.Account.Rejections));
        Assert.Equal(Lines([.. ssda903.Account.Exclusions, .. cin.Account.Exclusions]), Lines(both.Account.Exclusions));
        Assert.Equal(Lines([.. ssda903.Account.Warnings, .. cin.Account.Warnings]), Lines(both.Account.Warnings));
        Assert.Equal(Lines([.. ssda903.Account.Findings, .. cin.Account.Findings]), Lines(both.Account.Findings));
        Assert.Equal(Lines(ssda903.Records.LookedAfter!.Episodes), Lines(both.Records.LookedAfter!.Episodes));
        Assert.Equal(Lines(cin.Records.ChildrenInNeed!.Referrals), Lines(both.Records.ChildrenInNeed!.Referrals));
        Assert.Equal(Lines(cin.Records.ChildrenInNeed!.Assessments), Lines(both.Records.ChildrenInNeed!.Assessments));
    }

    [Fact]
    public void Read_BothReturnsUnreadable_ReportsTheSsda903Error()
    {
        using var empty = new TempFolder();
        string missing903 = Path.Combine(empty.Path, "no-ssda903"), missingCin = Path.Combine(empty.Path, "no-cin");

        var e = Assert.Throws<InputFileException>(() =>
            KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(missing903), ChildrenInNeed = InputSource.FromPath(missingCin) }));

        Assert.Contains("no-ssda903", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CensusUnreadable_ReportsTheCensusError()
    {
        using var empty = new TempFolder();
        string missingCin = Path.Combine(empty.Path, "no-cin");

        var e = Assert.Throws<InputFileException>(() =>
            KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(Ssda903), ChildrenInNeed = InputSource.FromPath(missingCin) }));

        Assert.Contains("no-cin", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Progress_IsNeverReportedByTwoReadsAtOnce()
    {
        var progress = new OneAtATime();

        KpiInputs.Read(new KpiInputFiles { Ssda903 = InputSource.FromPath(Ssda903), ChildrenInNeed = InputSource.FromPath(Cin) }, progress);

        Assert.False(progress.Overlapped);
        Assert.Contains(progress.Files, f => f.Contains("episodes", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(progress.Files, f => f.Contains("referral", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
    }

    private static string Lines<T>(IEnumerable<T> items) => string.Join("\n", items);

    private sealed class OneAtATime : IProgress<ReadProgress>
    {
        private int _inside;

        public bool Overlapped { get; private set; }

        public HashSet<string> Files { get; } = [];

        public void Report(ReadProgress value)
        {
            if (Interlocked.Increment(ref _inside) > 1)
            {
                Overlapped = true;
            }
            Files.Add(value.File);
            Thread.SpinWait(1000);
            Interlocked.Decrement(ref _inside);
        }
    }
}
