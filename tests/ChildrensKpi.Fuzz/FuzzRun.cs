using ChildrensKpi.Readers;

namespace ChildrensKpi.Fuzz;

/// <summary>
/// Runs fuzz cases and checks the readers' promise on each: no exception but <see cref="InputFileException"/> (counted
/// as refused); every file's rows balance (read = used + excluded + rejected); every rejection and warning names one of
/// the files, a line of at least 1, a column or element and a rule, with a value that is missing (null) or not empty.
/// Then the indicators' promise on what was read: for the case's year ending, <see cref="ReportingPeriod.YearEnding"/>
/// either refuses it with <see cref="ArgumentOutOfRangeException"/> (counted as a refused period; never for a year
/// ending in <see cref="SupportedDates"/>) or every indicator whose inputs were read computes without an exception.
/// </summary>
public sealed class FuzzRun
{
    private readonly List<string> _failures = [];

    public int Cases { get; private set; }

    public int Refused { get; private set; }

    public int RefusedPeriods { get; private set; }

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
        IndicatorInputs records;
        InputAccount account;
        try
        {
            (records, account) = fuzzCase.Read();
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
        Compute(seed, fuzzCase, records);
    }

    private void Compute(int seed, FuzzCase fuzzCase, IndicatorInputs records)
    {
        ReportingPeriod period;
        try
        {
            period = ReportingPeriod.YearEnding(fuzzCase.YearEnding);
        }
        catch (ArgumentOutOfRangeException) when (!SupportedDates.Contains(fuzzCase.YearEnding))
        {
            RefusedPeriods++;
            return;
        }
        catch (Exception e)
        {
            UnhandledExceptions++;
            Fail(seed, fuzzCase, $"ReportingPeriod.YearEnding: {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var indicator in Indicators.All.Where(i => i.MissingInputs(records) == IndicatorInputKinds.None))
        {
            try
            {
                indicator.Compute(records, period, ComputeOptions.Default);
            }
            catch (Exception e)
            {
                UnhandledExceptions++;
                Fail(seed, fuzzCase, $"{indicator.Definition.Id} for {period}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }

    public string Summary() =>
        $"cases: {Cases}, refused: {Refused}, refused periods: {RefusedPeriods}, unhandled exceptions: {UnhandledExceptions}, accounting mismatches: {AccountingMismatches}, " +
        $"rejections without location: {RejectionsWithoutLocation} (rejections checked: {Rejections})";

    private void Fail(int seed, FuzzCase fuzzCase, string what)
    {
        if (_failures.Count < 20)
        {
            _failures.Add($"seed {seed} {fuzzCase}: {what}");
        }
    }
}
