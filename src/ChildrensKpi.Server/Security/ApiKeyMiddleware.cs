using ChildrensKpi.Server.Api;

namespace ChildrensKpi.Server.Security;

/// <summary>
/// When an API key is configured, every <c>/v1</c> request must carry it, as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: Bearer KEY</c>; otherwise 401. <c>/health</c> and the OpenAPI document stay open.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ServerSettings settings)
{
    public const string Header = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (settings.ApiKey is { } key && context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase)
            && !(Offered(context.Request) is { } offered && key.Matches(offered)))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Unauthorized().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private static string? Offered(HttpRequest request)
    {
        if (request.Headers[Header].FirstOrDefault() is { } offered)
        {
            return offered;
        }
        var authorization = request.Headers.Authorization.FirstOrDefault();
        return authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}
