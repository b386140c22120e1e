using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>Progress of a read on standard error: a line per file, and a running row count on a terminal.</summary>
internal sealed class ProgressPrinter(Terminal terminal) : IProgress<ReadProgress>
{
    private string? _file;

    public void Report(ReadProgress value)
    {
        if (value.File != _file)
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
        else if (!terminal.ErrorRedirected)
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
