namespace ChildrensKpi.Readers;

/// <summary>
/// Passes on the progress of reads that run side by side one report at a time, so that a display written for one read
/// at a time (a line redrawn per report) is never entered by two at once.
/// </summary>
internal sealed class SerialProgress(IProgress<ReadProgress> inner) : IProgress<ReadProgress>
{
    private readonly Lock _gate = new();

    public void Report(ReadProgress value)
    {
        lock (_gate)
        {
            inner.Report(value);
        }
    }
}
