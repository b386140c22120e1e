using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// A command run as a child process, as a user runs it, with its wall time, CPU time and peak resident set size: what
/// the machine needs, native memory (DuckDB's) and the runtime's own included, which no in-process counter sees.
/// </summary>
/// <remarks>
/// The CPU time and peak come from <c>getrusage(RUSAGE_CHILDREN)</c> once the child has been waited for. They cover every
/// child this process has waited for, so <see cref="Measure"/> must be the only child process started (the modes start
/// one per process).
/// </remarks>
internal sealed record ChildProcessUsage(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, int ExitCode, string Error)
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="args"/> to completion; its standard output is copied to ours,
    /// its standard error kept in <see cref="Error"/>.
    /// </summary>
    public static ChildProcessUsage Measure(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var error = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        using (var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start."))
        {
            // Both streams are drained as they come, so that a child writing much to either never blocks on a full pipe.
            process.ErrorDataReceived += (_, e) => error.AppendLine(e.Data);
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.WriteLine(e.Data); } };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            process.WaitForExit();
            clock.Stop();
            var usage = Children();
            return new ChildProcessUsage(clock.Elapsed,
                TimeSpan.FromTicks((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond + (usage.UserMicroseconds + usage.SystemMicroseconds) * 10),
                OperatingSystem.IsMacOS() ? usage.MaxResidentSet : usage.MaxResidentSet * 1024, process.ExitCode, error.ToString());
        }
    }

    private static RUsage Children()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            throw new PlatformNotSupportedException("The peak resident set size is read with getrusage, on Linux and macOS only.");
        }
        return GetRUsage(RUsageChildren, out var usage) == 0
            ? usage
            : throw new InvalidOperationException($"getrusage failed (errno {Marshal.GetLastPInvokeError()}).");
    }

    private const int RUsageChildren = -1;

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRUsage(int who, out RUsage usage);

    // struct rusage on 64-bit Linux and macOS: two timevals (seconds, microseconds), then fourteen longs, the first ru_maxrss
    // (KiB on Linux, bytes on macOS).
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds, MaxResidentSet;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }
}
