using System.Text.Json;
using ChildrensKpi.Server.Requests;
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
                "assessments, enquiries, plans, cinChildren (with disabilities), population), read as the rows of the returns' tables by the same readers as files. " +
                "Both take the compute options a3Months, a3Adjusted, turnoverBase (year-end or average), workingDaysPerYear and adoptionThresholds " +
                "(published or none; or the council's own: a file of Year,A1Days,A2Days rows in a form, an array of {year, a1Days, a2Days} in JSON), " +
                "the command line's --a3-months, --a3-unadjusted, --turnover-base, --working-days-per-year and --adoption-thresholds, checked the same way. " +
                "Answers with the command line's JSON contract (docs: cli-contract).")
            .Accepts<ComputeRequest>("application/json", "multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
    }

    private static async Task<IResult> ComputeAsync(HttpContext context, ServerSettings settings, ComputeGate gate, ILoggerFactory loggers)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (request.ContentLength > settings.MaxRequestBodyBytes)
        {
            return Unread(context, Problems.TooLarge(settings.MaxRequestBodyBytes));
        }
        // Taken before the body is read: an upload waiting for its turn would hold its temporary files or its records.
        using var lease = gate.TryEnter(request.ContentLength);
        if (lease is null)
        {
            context.Response.Headers.RetryAfter = ComputeGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Unread(context, Problems.Busy(gate.Capacity));
        }
        try
        {
            if (IsMultipart(request))
            {
                using var form = await UploadForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
                return UploadRequest.Compute(form, settings, cancellationToken);
            }
            if (request.HasJsonContentType())
            {
                return RecordRequest.Compute(await ParseAsync(request.Body, cancellationToken).ConfigureAwait(false), settings);
            }
            return Problems.UnsupportedMediaType(request.ContentType);
        }
        catch (ApiProblemException e)
        {
            return e.Response;
        }
        catch (Exception e) when (IsClientGone(e, cancellationToken))
        {
            // One line, where the exception handler would log a stack trace for each. A 400 is still sent, for a client
            // that only stopped sending; one that went away never reads it.
            ComputeLog.ClientWentAway(loggers.CreateLogger(ComputeLog.Category), request, e);
            return Problems.UnreadableBody(e.Message);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdicts on the body: over MaxRequestBodySize, or slower than MinRequestBodyDataRate.
            ComputeLog.BodyRefused(loggers.CreateLogger(ComputeLog.Category), request, e);
            return e.StatusCode == StatusCodes.Status408RequestTimeout ? Problems.TooSlow() : Problems.TooLarge(settings.MaxRequestBodyBytes);
        }
    }

    /// <summary>
    /// Whether <paramref name="e"/> says the body stopped because the connection closed (the request aborted, or Kestrel's
    /// 400 for a body shorter than declared, whichever it noticed first), rather than that it was too large or too slow.
    /// </summary>
    private static bool IsClientGone(Exception e, CancellationToken cancellationToken) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status400BadRequest,
        IOException or OperationCanceledException => cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// <paramref name="response"/> with <c>Connection: close</c>: the body has not been read and will not be, and closing
    /// spares Kestrel reading (up to the size limit) what a keep-alive connection would otherwise have to drain.
    /// </summary>
    private static IResult Unread(HttpContext context, IResult response)
    {
        context.Response.Headers.Connection = "close";
        return response;
    }

    private static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The request, deserialised as the body arrives (the body itself is never held whole).</summary>
    /// <exception cref="ApiProblemException">The body is not a JSON object of the request's shape; the message names the JSON path where System.Text.Json gives one.</exception>
    private static async Task<ComputeRequest> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(body, ServerJsonContext.Default.ComputeRequest, cancellationToken).ConfigureAwait(false)
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
}
