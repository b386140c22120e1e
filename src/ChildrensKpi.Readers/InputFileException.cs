namespace ChildrensKpi.Readers;

/// <summary>
/// An input that cannot be read at all: a missing file or folder, a file whose header matches no known table,
/// or a set of files without a table the computation needs. Bad rows never raise this: they are rejected and counted.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public InputFileException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InputFileException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InputFileException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public InputFileException()
        : this(string.Empty, "An input could not be read.")
    {
    }

    /// <summary>The file or folder that could not be read.</summary>
    public string Path { get; }
}
