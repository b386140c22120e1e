namespace ChildrensKpi.Server.Api;

/// <summary>
/// What the compute endpoint logs about a request that ended early, as one line each: it is the client's doing, not a
/// fault of the server's, so no stack trace.
/// </summary>
internal static partial class ComputeLog
{
    /// <summary>The category: <c>ChildrensKpi.Server.Compute</c>.</summary>
    public const string Category = "ChildrensKpi.Server.Compute";

    /// <summary>
    /// The body ended before its declared length or last chunk, or the connection closed: Kestrel notices one or the
    /// other first, so both are logged alike.
    /// </summary>
    public static void ClientWentAway(ILogger logger, HttpRequest request, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            string path = request.Path.Value ?? "/";
            ClientWentAway(logger, request.Method, path, exception.Message);
        }
    }

    /// <summary>Kestrel refused the body as too large or too slow.</summary>
    public static void BodyRefused(ILogger logger, HttpRequest request, BadHttpRequestException exception)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            string path = request.Path.Value ?? "/";
            BodyRefused(logger, request.Method, path, exception.StatusCode, exception.Message);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "The request body of {Method} {Path} stopped part way ({Reason}): the client went away or sent less than it declared.")]
    private static partial void ClientWentAway(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status}: {Reason}")]
    private static partial void BodyRefused(ILogger logger, string method, string path, int status, string reason);
}
