using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>Progress of a read on standard error: a line per file, and a running row count on a terminal.</summary>
/// <remarks>Tables are read side by side, so reports of two files interleave: each file is announced once, when first met.</remarks>
internal sealed class ProgressPrinter(Terminal terminal) : IProgress<ReadProgress>
{
    private readonly HashSet<string> _announced = new(StringComparer.Ordinal);
    private string? _file;

    public void Report(ReadProgress value)
    {
        if (value.File != _file && _announced.Add(value.File))
        {
            if (_file is not null && !terminal.ErrorRedirected)
            {
                terminal.Error.WriteLine();
            }
            _file = value.File;
            terminal.Error.Write($"Reading {value.File} ({value.FileNumber}/{value.FileCount})");
            if (terminal.ErrorRedirected)
            {
                terminal.Error.WriteLine();
            }
        }
        else if (value.File == _file && !terminal.ErrorRedirected)
        {
            terminal.Error.Write($"\rReading {value.File} ({value.FileNumber}/{value.FileCount}): {value.RowsRead:N0} rows");
        }
    }

    public void Finish()
    {
        if (_file is not null && !terminal.ErrorRedirected)
        {
            terminal.Error.WriteLine();
        }
    }
}
