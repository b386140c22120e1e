using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>
/// Where one kind of input comes from: a path on disk (a folder, or a file, read as the readers' <c>ReadFolder</c>,
/// <c>ReadPath</c> and <c>ReadFile</c> read them) or files already open (uploads, rows built in memory).
/// </summary>
public sealed record InputSource
{
    private InputSource(string? path, ImmutableArray<InputFile> files)
    {
        Path = path;
        Files = files;
    }

    /// <summary>The path on disk, or null when the source is <see cref="Files"/>.</summary>
    public string? Path { get; }

    /// <summary>The files, when the source is not a path; empty otherwise.</summary>
    public ImmutableArray<InputFile> Files { get; }

    /// <summary>A folder or a file on disk, checked when read.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static InputSource FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new InputSource(path, []);
    }

    /// <summary>Files already at hand (e.g. HTTP uploads), read in ordinal order of their names.</summary>
    /// <exception cref="ArgumentException">There is no file.</exception>
    public static InputSource FromFiles(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        ImmutableArray<InputFile> given = [.. files];
        return given.IsEmpty ? throw new ArgumentException("Give at least one file.", nameof(files)) : new InputSource(null, given);
    }
}
