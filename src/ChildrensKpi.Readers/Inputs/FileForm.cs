namespace ChildrensKpi.Readers;

/// <summary>How a file holds its tables: CSV text, an XML document, or an Excel workbook.</summary>
internal enum FileForm
{
    Csv,
    Xml,
    Workbook,
}

/// <summary>Tells a file's form from its first bytes, whatever its name: a workbook is a zip (<c>PK</c>), XML starts with <c>&lt;</c>.</summary>
internal static class FileForms
{
    // Bounded, so that endless white space (a device, a runaway file) falls through to the CSV reader, which refuses it by its row limit.
    private const int SniffBytes = 4096;

    /// <exception cref="InputFileException">The file cannot be opened.</exception>
    public static FileForm Of(InputFile file)
    {
        Span<byte> start = stackalloc byte[SniffBytes];
        int read;
        try
        {
            using var stream = file.Open();
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file.Name, $"Cannot read '{file.Name}': {e.Message}", e);
        }
        var bytes = start[..read];
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return FileForm.Workbook;
        }
        // A byte order mark, then white space, then '<': UTF-8 or UTF-16 either way round.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bytes = bytes[2..];
        }
        foreach (byte b in bytes)
        {
            if (b is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }
            return b == (byte)'<' ? FileForm.Xml : FileForm.Csv;
        }
        return FileForm.Csv;
    }
}
