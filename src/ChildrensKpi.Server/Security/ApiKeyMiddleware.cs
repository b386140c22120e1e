using System.Security.Cryptography;
using System.Text;
using ChildrensKpi.Server.Api;

namespace ChildrensKpi.Server.Security;

/// <summary>
/// When an API key is configured, every <c>/v1</c> request must carry it, as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: Bearer KEY</c>; otherwise 401. <c>/health</c> and the OpenAPI document stay open.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ServerSettings settings)
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _key = settings.ApiKey is null ? null : Encoding.UTF8.GetBytes(settings.ApiKey);

    public async Task InvokeAsync(HttpContext context)
    {
        if (_key is not null && context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase) && !Carries(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Unauthorized().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private bool Carries(HttpRequest request)
    {
        string? offered = request.Headers[Header].FirstOrDefault();
        if (offered is null)
        {
            var authorization = request.Headers.Authorization.FirstOrDefault();
            if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                offered = authorization["Bearer ".Length..].Trim();
            }
        }
        // Constant time, so that response timing does not reveal how much of a guess was right.
        return offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), _key);
    }
}
