using System.Diagnostics;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// <c>phases &lt;children&gt;</c>: where an end-to-end run's time goes, phase by phase on one thread of control: the
/// SSDA903 read, the CIN read, then every indicator of the catalogue one at a time, without explanations as `compute` runs them (the first of each return also builds
/// its columns, so it is named), each with the memory allocated. A diagnosis, not a benchmark: the command runs the
/// indicators side by side, so its total is less than the sum here.
/// </summary>
internal static class PhaseTimes
{
    /// <param name="children">The size of the generated data.</param>
    /// <param name="only">"cin" to time the CIN read alone (the quick loop while working on its reader), else null.</param>
    public static int Run(int children, string? only = null)
    {
        var data = GeneratedFolder.Ensure(children);
        var period = BenchmarkData.Period;
        Console.WriteLine($"data {data.Describe()}; year ending {period.End}");
        if (only == "cin")
        {
            Timed("read CIN (flat)", () => ChildrenInNeedReader.ReadPath(Path.Combine(data.Root, "cin", "flat")).Data.Columns);
            return 0;
        }
        var ssda903 = Timed("read SSDA903", () => Ssda903Reader.ReadFolder(data.Ssda903));
        var cin = Timed("read CIN (flat)", () => ChildrenInNeedReader.ReadPath(Path.Combine(data.Root, "cin", "flat")));
        var inputs = new IndicatorInputs { LookedAfter = ssda903.Data, ChildrenInNeed = cin.Data };
        var total = TimeSpan.Zero;
        foreach (var indicator in Indicators.All.Where(i => i.MissingInputs(inputs) == IndicatorInputKinds.None))
        {
            var clock = Stopwatch.StartNew();
            long before = GC.GetTotalAllocatedBytes(precise: false);
            var result = indicator.Compute(inputs, period, ComputeOptions.Default with { Explain = false });
            clock.Stop();
            total += clock.Elapsed;
            Console.WriteLine($"  {indicator.Definition.Id,-22} {clock.Elapsed.TotalMilliseconds,9:N0} ms  {(GC.GetTotalAllocatedBytes(false) - before) / 1048576.0,8:N0} MiB  {result.Numerator}/{result.Denominator}");
        }
        Console.WriteLine($"indicators, one at a time {total.TotalMilliseconds,9:N0} ms");
        return 0;
    }

    private static T Timed<T>(string what, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var result = work();
        paused = GC.GetTotalPauseDuration() - paused;
        // CPU time beside the wall clock: on a shared machine it moves less with the other work running.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what,-24} {clock.Elapsed.TotalMilliseconds,9:N0} ms  {cpu.TotalMilliseconds,9:N0} ms CPU  {paused.TotalMilliseconds,7:N0} ms GC pauses  {(GC.GetTotalAllocatedBytes(false) - before) / 1048576.0,8:N0} MiB allocated");
        return result;
    }
}
