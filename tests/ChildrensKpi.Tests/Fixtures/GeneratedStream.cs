namespace ChildrensKpi.Tests.Fixtures;

/// <summary>
/// A read-only stream of <paramref name="prefix"/>, then <paramref name="filler"/> repeated (for <paramref name="length"/>
/// bytes in all, or for ever when null): a huge or endless input that costs no memory to hold.
/// </summary>
internal sealed class GeneratedStream(byte[] prefix, byte filler, long? length = null) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <summary>Bytes handed out so far: a test can check the reader stopped near its limit.</summary>
    public long BytesRead => _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long left = length is { } total ? total - _position : long.MaxValue;
        int n = (int)Math.Min(buffer.Length, left);
        int fromPrefix = (int)Math.Clamp(prefix.Length - _position, 0, n);
        prefix.AsSpan((int)Math.Min(_position, prefix.Length), fromPrefix).CopyTo(buffer);
        buffer[fromPrefix..n].Fill(filler);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>A file of <paramref name="text"/> and then <paramref name="filler"/> for ever.</summary>
    public static ChildrensKpi.Readers.InputFile Endless(string name, string text, char filler) =>
        new(name, () => new GeneratedStream(System.Text.Encoding.UTF8.GetBytes(text), (byte)filler));
}
