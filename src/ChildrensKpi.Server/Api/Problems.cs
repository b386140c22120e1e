namespace ChildrensKpi.Server.Api;

/// <summary>The API's error responses: RFC 7807 problem details whose <c>field</c> (and <c>file</c>) name what to fix.</summary>
internal static class Problems
{
    public static IResult BadRequest(string field, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["field"] = field };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }
        return Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid", extensions: extensions);
    }

    public static IResult UnreadableFile(string field, string file, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "An input file could not be read",
            extensions: new Dictionary<string, object?> { ["field"] = field, ["file"] = file });

    public static IResult TooLarge(long limit) =>
        Results.Problem(
            $"The request body is larger than this server accepts ({limit} bytes; setting {ServerSettings.Section}:MaxRequestBodyBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large");

    public static IResult Busy(int capacity) =>
        Results.Problem(
            $"The server is computing as many requests as it runs at once ({capacity}; setting {ServerSettings.Section}:MaxConcurrentComputations); " +
            "try again after the Retry-After seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The server is busy");

    public static IResult TooSlow() =>
        Results.Problem(
            "The request body arrived more slowly than this server accepts (Kestrel Limits.MinRequestBodyDataRate); send it again.",
            statusCode: StatusCodes.Status408RequestTimeout, title: "The request body arrived too slowly");

    public static IResult UnreadableBody(string reason) =>
        BadRequest("body", $"The request body cannot be read: {reason}");

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(
            $"POST /v1/compute takes multipart/form-data (files) or application/json (records), not '{contentType ?? "no content type"}'.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");

    public static IResult Unauthorized() =>
        Results.Problem(
            $"This server requires its API key: send it as the {Security.ApiKeyMiddleware.Header} header or as Authorization: Bearer <key>.",
            statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required");
}
