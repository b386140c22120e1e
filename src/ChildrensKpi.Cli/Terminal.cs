namespace ChildrensKpi.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, progress and errors to <see cref="Error"/>.</summary>
/// <param name="Output">Standard output (results only, so that redirected output is clean JSON or CSV).</param>
/// <param name="Error">Standard error (progress, warnings, errors).</param>
/// <param name="OutputRedirected">Whether standard output goes to a file or pipe (JSON is then the default format).</param>
/// <param name="ErrorRedirected">Whether standard error goes to a file or pipe (progress is then written line by line).</param>
internal sealed record Terminal(TextWriter Output, TextWriter Error, bool OutputRedirected, bool ErrorRedirected);
