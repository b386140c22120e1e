namespace ChildrensKpi.Excel;

/// <summary>A column of a <see cref="WorkbookSheet"/>: its header and its width.</summary>
public sealed record WorkbookColumn
{
    /// <summary>A column headed <paramref name="header"/>, <paramref name="width"/> characters wide.</summary>
    /// <exception cref="ArgumentException">The header is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The width is not from 1 to 255 characters (Excel's limits).</exception>
    public WorkbookColumn(string header, double width)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        // Widths are given, not measured: a streamed sheet's rows are not known when its columns are written.
        if (width is < 1 or > 255 || double.IsNaN(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A column is from 1 to 255 characters wide.");
        }
        Header = header;
        Width = width;
    }

    /// <summary>The header, in the sheet's first row.</summary>
    public string Header { get; }

    /// <summary>The width in characters of the default font.</summary>
    public double Width { get; }
}
