namespace ChildrensKpi.Readers;

/// <summary>
/// A CIN XML file that cannot be read on from <see cref="Line"/> (malformed XML, a DOCTYPE, an over-long text): thrown
/// inside <see cref="CinXmlReader"/> only, and turned there into one rejection of the file, so that the children read
/// before the break are kept and the other files read.
/// </summary>
internal sealed class CinFileBreak(long line, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The line the file breaks at (1 when the parser does not say).</summary>
    public long Line { get; } = Math.Max(1, line);
}
