using ChildrensKpi.Fuzz;

namespace ChildrensKpi.Tests.Fuzz;

/// <summary>
/// The CI share of the fuzzer (tests/ChildrensKpi.Fuzz runs 100,000 cases from the command line): seeded, so a failure
/// names a case that can be rebuilt with <c>--seed</c> and <c>--first</c>.
/// </summary>
public class ReaderFuzzTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(20261125, 1000)]
    public void Read_SeededMutatedInputs_NeverThrowBalanceEveryFileAndLocateEveryFinding(int seed, int firstCase)
    {
        // Property: only InputFileException escapes (counted as refused); read = used + excluded + rejected for every
        // file; every rejection and warning names a file read, a line >= 1, a column or element and a rule.
        var run = FuzzRun.Run(seed, cases: 1500, firstCase);

        Assert.True(run.Passed, run.Summary() + "\n" + string.Join("\n", run.Failures));
        Assert.Equal(1500, run.Cases);
        Assert.InRange(run.Refused, 1, run.Cases - 1);
    }

    [Fact]
    public void Create_SameSeedAndNumber_GivesTheSameBytes()
    {
        var first = FuzzCase.Create(7, 42);
        var second = FuzzCase.Create(7, 42);

        Assert.Equal(first.Mutations, second.Mutations);
        Assert.Equal(first.Files.Select(f => f.Bytes), second.Files.Select(f => f.Bytes));
    }
}
