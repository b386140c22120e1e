using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChildrensKpi.Server.Api;

/// <summary>
/// A <c>multipart/form-data</c> body read part by part as it arrives: text fields kept, each file written to a temporary
/// file (deleted when the form is disposed), so that no upload is ever held in memory whole. The readers get each file
/// as an <see cref="ChildrensKpi.Readers.InputFile"/> that opens the temporary file, because they open a file more than once (to recognise
/// its table, then to read it), which a network stream cannot be.
/// </summary>
internal sealed class UploadForm : IDisposable
{
    /// <summary>More parts than a council's return files and fields could need; beyond it the request is refused (400).</summary>
    public const int MaxParts = 1000;

    /// <summary>RFC 2046 limits a boundary to 70 characters.</summary>
    public const int MaxBoundaryLength = 70;

    /// <summary>The longest text field, in characters: an indicator list is far shorter.</summary>
    public const int MaxTextFieldLength = 64 * 1024;

    private readonly List<FileStream> _spooled = [];

    private UploadForm()
    {
    }

    /// <summary>The text fields, by name, in the order they came.</summary>
    public Dictionary<string, List<string>> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The files: the field each came in, the file name the client gave, and how to open what it sent.</summary>
    public List<(string Field, string FileName, Func<Stream> Open)> Files { get; } = [];

    /// <summary>Reads the body of <paramref name="request"/>, whose content type is <c>multipart/form-data</c>.</summary>
    /// <exception cref="ApiProblemException">The boundary is missing or too long, a part is malformed, there are too many
    /// parts or the body ends before its closing boundary (400).</exception>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            throw ApiProblemException.Field("body", "The multipart/form-data content type has no boundary (e.g. Content-Type: multipart/form-data; boundary=X).");
        }
        if (boundary.Length > MaxBoundaryLength)
        {
            throw ApiProblemException.Field("body", $"The multipart boundary is {boundary.Length} characters long; RFC 2046 allows at most {MaxBoundaryLength}.");
        }
        var form = new UploadForm();
        try
        {
            await form.ReadPartsAsync(new MultipartReader(boundary, request.Body), cancellationToken).ConfigureAwait(false);
            return form;
        }
        catch
        {
            form.Dispose();
            throw;
        }
    }

    private async Task ReadPartsAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        int parts = 0;
        while (await NextAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (++parts > MaxParts)
            {
                throw ApiProblemException.Field("body", $"The multipart body has more than {MaxParts} parts; upload at most {MaxParts} files and fields.");
            }
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                throw ApiProblemException.Field("body", string.Create(CultureInfo.InvariantCulture,
                    $"Part {parts} of the multipart body has no Content-Disposition: form-data; name=\"...\" header."));
            }
            if (disposition.IsFileDisposition())
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
                Files.Add((name, fileName, await SpoolAsync(section.Body, cancellationToken).ConfigureAwait(false)));
            }
            else
            {
                var value = await TextAsync(section.Body, name, cancellationToken).ConfigureAwait(false);
                if (!Fields.TryGetValue(name, out var values))
                {
                    Fields[name] = values = [];
                }
                values.Add(value);
            }
        }
    }

    /// <summary>The next part, or null after the closing boundary.</summary>
    /// <exception cref="ApiProblemException">The body ends first, or a part's headers are malformed.</exception>
    private static async Task<MultipartSection?> NextAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (IsCutShort(e, cancellationToken))
        {
            throw CutShort();
        }
        catch (InvalidDataException e)
        {
            throw ApiProblemException.Field("body", $"The multipart body cannot be read: {e.Message}");
        }
    }

    private async Task<Func<Stream>> SpoolAsync(Stream body, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"childrenskpi-upload-{Guid.NewGuid():N}.tmp");
        // Kept open (and so not deleted) until the form is disposed; the readers open it again as often as they need.
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, 1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        _spooled.Add(spool);
        try
        {
            await body.CopyToAsync(spool, 1 << 16, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (IsCutShort(e, cancellationToken))
        {
            throw CutShort();
        }
        await spool.FlushAsync(cancellationToken).ConfigureAwait(false);
        return () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
    }

    private static async Task<string> TextAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxTextFieldLength + 1];
        int length = 0, read;
        try
        {
            while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }
        catch (IOException e) when (IsCutShort(e, cancellationToken))
        {
            throw CutShort();
        }
        return length > MaxTextFieldLength
            ? throw ApiProblemException.Field(name, string.Create(CultureInfo.InvariantCulture, $"{name} is longer than {MaxTextFieldLength:N0} characters."))
            : new string(buffer, 0, length);
    }

    /// <summary>
    /// Whether <paramref name="e"/> is the multipart reader's "Unexpected end of Stream": the body stopped before the
    /// closing boundary. Its subclasses are not: a connection reset or Kestrel's <see cref="BadHttpRequestException"/>
    /// (too large, too slow, the client went away) are the endpoint's to answer.
    /// </summary>
    private static bool IsCutShort(IOException e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e.GetType() == typeof(IOException);

    private static ApiProblemException CutShort() => ApiProblemException.Field("body",
        "The multipart body ends before its closing boundary: it was cut short, or its boundary is not the one its content type gives.");

    /// <summary>Closes, and so deletes, every temporary file.</summary>
    public void Dispose()
    {
        foreach (var spool in _spooled)
        {
            spool.Dispose();
        }
        _spooled.Clear();
    }
}
