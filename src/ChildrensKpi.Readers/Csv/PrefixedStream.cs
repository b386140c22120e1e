namespace ChildrensKpi.Readers;

/// <summary>
/// A read-only stream of bytes already read from a stream followed by the rest of it, so that a file's start can be
/// looked at (its encoding, its form) without the stream having to seek back. Owns the inner stream, and the prefix,
/// a buffer rented from the shared pool, which it returns when disposed.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private int _at;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_at < prefixLength)
        {
            int n = Math.Min(buffer.Length, prefixLength - _at);
            prefix.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
            if (prefixLength >= 0)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(prefix);
                prefixLength = -1;
            }
        }
        base.Dispose(disposing);
    }
}
