using ChildrensKpi.Readers;

namespace ChildrensKpi.Web.Run;

/// <summary>
/// A file the analyst gave the page, held in the browser's memory (the readers read synchronously, and a browser file
/// can only be read asynchronously, so it is read once when dropped). Nothing leaves the page.
/// </summary>
/// <param name="Path">The name, or the path relative to the dropped or chosen folder.</param>
/// <param name="Bytes">The file's contents.</param>
/// <param name="Kind">What it is given to the library as.</param>
internal sealed record DroppedFile(string Path, byte[] Bytes, InputKind Kind)
{
    /// <summary>The file as the readers take it, named by its path in every finding.</summary>
    public InputFile ToInputFile()
    {
        var bytes = Bytes;
        return new InputFile(Path, () => new MemoryStream(bytes, writable: false));
    }
}
