using ChildrensKpi.Readers;

namespace ChildrensKpi.Fuzz;

/// <summary>
/// Runs fuzz cases and checks the readers' promise on each: no exception but <see cref="InputFileException"/> (counted
/// as refused); every file's rows balance (read = used + excluded + rejected); every rejection and warning names one of
/// the files, a line of at least 1, a column or element and a rule, with a value that is missing (null) or not empty.
/// </summary>
public sealed class FuzzRun
{
    private readonly List<string> _failures = [];

    public int Cases { get; private set; }

    public int Refused { get; private set; }

    public int UnhandledExceptions { get; private set; }

    public int AccountingMismatches { get; private set; }

    public int RejectionsWithoutLocation { get; private set; }

    public long Rejections { get; private set; }

    /// <summary>The first failures, each with the case that shows it (seed and number rebuild it).</summary>
    public IReadOnlyList<string> Failures => _failures;

    public bool Passed => UnhandledExceptions == 0 && AccountingMismatches == 0 && RejectionsWithoutLocation == 0;

    public static FuzzRun Run(int seed, int cases, int firstCase = 0)
    {
        var run = new FuzzRun();
        for (int i = firstCase; i < firstCase + cases; i++)
        {
            run.Check(seed, FuzzCase.Create(seed, i));
        }
        return run;
    }

    public void Check(int seed, FuzzCase fuzzCase)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        Cases++;
        InputAccount account;
        try
        {
            account = fuzzCase.Read();
        }
        catch (InputFileException)
        {
            Refused++;
            return;
        }
        catch (Exception e)
        {
            UnhandledExceptions++;
            Fail(seed, fuzzCase, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return;
        }
        var names = fuzzCase.Files.Select(f => f.Name).ToHashSet();
        foreach (var file in account.Files.Where(f => !f.Rows.IsBalanced))
        {
            AccountingMismatches++;
            Fail(seed, fuzzCase, $"{file.Path}: {file.Rows}");
        }
        if (!names.SetEquals(account.Files.Select(f => f.Path)))
        {
            AccountingMismatches++;
            Fail(seed, fuzzCase, $"files accounted for: {string.Join(", ", account.Files.Select(f => f.Path))}");
        }
        Rejections += account.Rejections.Length;
        foreach (var finding in account.AllFindings())
        {
            if (!names.Contains(finding.Path) || finding.Line < 1 || string.IsNullOrWhiteSpace(finding.Column)
                || string.IsNullOrWhiteSpace(finding.Message) || finding.Value is { Length: 0 })
            {
                RejectionsWithoutLocation++;
                Fail(seed, fuzzCase, $"finding without location: {finding}");
            }
        }
    }

    public string Summary() =>
        $"cases: {Cases}, refused: {Refused}, unhandled exceptions: {UnhandledExceptions}, accounting mismatches: {AccountingMismatches}, " +
        $"rejections without location: {RejectionsWithoutLocation} (rejections checked: {Rejections})";

    private void Fail(int seed, FuzzCase fuzzCase, string what)
    {
        if (_failures.Count < 20)
        {
            _failures.Add($"seed {seed} {fuzzCase}: {what}");
        }
    }
}
