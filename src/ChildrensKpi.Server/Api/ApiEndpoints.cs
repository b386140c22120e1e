using System.Text.Json;
using ChildrensKpi.Server.Requests;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ChildrensKpi.Server.Api;

/// <summary>The routes: <c>GET /health</c>, <c>GET /v1/indicators</c>, <c>POST /v1/compute</c>.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", () => Results.Json(new HealthDocument("ok"), ServerJsonContext.Default.HealthDocument))
            .WithSummary("Whether the server answers (no API key needed).")
            .WithTags("Health");

        var v1 = app.MapGroup("/v1").WithTags("Indicators");
        v1.MapGet("/indicators", () => Results.Json(CatalogueDocument.Of(ChildrensKpi.Indicators.All), ServerJsonContext.Default.CatalogueDocument))
            .WithSummary("Every indicator: its definition and the inputs it needs.")
            .Produces<CatalogueDocument>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        v1.MapPost("/compute", ComputeAsync)
            .WithSummary("Computes indicators for the year ending yearEnding from uploaded return files or from records.")
            .WithDescription(
                "multipart/form-data: SSDA903 CSV files in field ssda903 (several), children in need census files (XML or CSV) in cin, " +
                "one CSV each in population, finance, workforce, targets, bands and comparators (as the command line's options), and the " +
                "fields yearEnding (yyyy-mm-dd, required), indicators (comma list, optional), detail (true/false) and suppressionThreshold. " +
                "application/json: the same choices as properties, with the records themselves (episodes, children, careLeavers, referrals, " +
                "assessments, enquiries, plans, cinChildren, population), read as the rows of the returns' tables by the same readers as files. " +
                "Answers with the command line's JSON contract (docs: cli-contract).")
            .Accepts<ComputeRequest>("application/json", "multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
    }

    private static async Task<IResult> ComputeAsync(HttpContext context, ServerSettings settings)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (request.ContentLength > settings.MaxRequestBodyBytes)
        {
            return Problems.TooLarge(settings.MaxRequestBodyBytes);
        }
        try
        {
            if (IsMultipart(request))
            {
                var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                return UploadRequest.Compute(form, cancellationToken);
            }
            if (request.HasJsonContentType())
            {
                var body = await ReadLimitedAsync(request.Body, settings.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
                return body is null ? Problems.TooLarge(settings.MaxRequestBodyBytes) : RecordRequest.Compute(Parse(body));
            }
            return Problems.UnsupportedMediaType(request.ContentType);
        }
        catch (ApiProblemException e)
        {
            return e.Response;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge(settings.MaxRequestBodyBytes);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The multipart reader reports its length limits as InvalidDataException ("Multipart body length limit ... exceeded").
            return Problems.TooLarge(settings.MaxRequestBodyBytes);
        }
        catch (InvalidDataException e)
        {
            return Problems.BadRequest("body", $"The multipart body cannot be read: {e.Message}");
        }
    }

    private static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="ApiProblemException">The body is not a JSON object of the request's shape; the message names the JSON path where System.Text.Json gives one.</exception>
    private static ComputeRequest Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ServerJsonContext.Default.ComputeRequest)
                ?? throw ApiProblemException.Field("$", "The body must be a JSON object, not null.");
        }
        catch (JsonException e)
        {
            // Paths are named as in validation messages (episodes[0].start), without System.Text.Json's "$." prefix.
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            // LineNumber and BytePositionInLine count from 0 and point at the offending byte, or just past an offending value.
            var where = e.LineNumber is { } line ? $" (line {line + 1}, near byte {e.BytePositionInLine + 1})" : "";
            // A syntax error carries the reader's own JsonException; a value of the wrong type carries an InvalidOperationException.
            var reason = e.InnerException is JsonException syntax ? WithoutPosition(syntax.Message)
                : e.Message.StartsWith("The JSON property", StringComparison.Ordinal) ? $"'{path}' is not a property of this request (names are camelCase)"
                : "the value is not of the expected type (dates and codes are strings, detail is true or false, ages and counts are whole numbers)";
            throw ApiProblemException.Field(path, $"The JSON body cannot be read at {path}{where}: {reason}.");
        }
    }

    /// <summary>The reader's message without its own 0-based " LineNumber: 0 | BytePositionInLine: 39." (the detail gives it counted from 1).</summary>
    private static string WithoutPosition(string message)
    {
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).TrimEnd('.', ' ');
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/> (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
