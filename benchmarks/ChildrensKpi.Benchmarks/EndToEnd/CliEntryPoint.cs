using System.Reflection;
using System.Runtime.ExceptionServices;

namespace ChildrensKpi.Benchmarks.EndToEnd;

/// <summary>
/// The <c>childrens-kpi</c> command line run in this process through its entry point, the same <c>Main</c> a shell
/// starts, so that a benchmark measures whatever the command does however the library behind it changes (the
/// command's classes are internal, and a benchmark that called them would measure a door no user uses).
/// </summary>
internal static class CliEntryPoint
{
    private static readonly MethodInfo Main = Assembly.Load("childrens-kpi").EntryPoint
        ?? throw new InvalidOperationException("The childrens-kpi assembly has no entry point.");

    /// <summary>
    /// Runs the command with <paramref name="args"/>; standard output is discarded (give <c>--output</c> for the results)
    /// and standard error kept only to explain a failure.
    /// </summary>
    /// <exception cref="InvalidOperationException">The command exits with a code other than 0.</exception>
    public static void Run(params string[] args)
    {
        var output = Console.Out;
        var error = Console.Error;
        var captured = new StringWriter();
        int exitCode;
        Console.SetOut(TextWriter.Null);
        Console.SetError(captured);
        try
        {
            object? result = Main.Invoke(null, Main.GetParameters().Length == 0 ? [] : [args]);
            exitCode = result switch
            {
                int code => code,
                Task<int> task => task.GetAwaiter().GetResult(),
                Task task => Completed(task),
                _ => 0,
            };
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"childrens-kpi {string.Join(' ', args)} exited with {exitCode}:{Environment.NewLine}{captured}");
        }
    }

    private static int Completed(Task task)
    {
        task.GetAwaiter().GetResult();
        return 0;
    }
}
