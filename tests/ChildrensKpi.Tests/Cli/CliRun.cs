using System.CommandLine;
using ChildrensKpi.Cli;

namespace ChildrensKpi.Tests.Cli;

/// <summary>Runs the command line in-process, as a redirected shell would (standard output not a terminal).</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApp.Create(output, error, outputRedirected: true, errorRedirected: true).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
