namespace ChildrensKpi.Readers;

/// <summary>
/// A file to read: a name for messages and a way to open it. Use <see cref="FromPath"/> for files on disk;
/// an HTTP upload or an in-memory test supplies its own <see cref="Open"/>.
/// </summary>
/// <param name="Name">The name used in the account and in every rejection (e.g. <c>episodes_2006-07.csv</c>).</param>
/// <param name="Open">Opens a fresh readable stream of the file's bytes; the reader disposes it.</param>
public sealed record InputFile(string Name, Func<Stream> Open)
{
    /// <summary>A file on disk, named <paramref name="name"/> in messages (its path when null).</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static InputFile FromPath(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new InputFile(name ?? path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    /// <summary>In-memory text, encoded as UTF-8 (for tests and for records built by another system).</summary>
    public static InputFile FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new InputFile(name, () => new MemoryStream(bytes, writable: false));
    }
}
