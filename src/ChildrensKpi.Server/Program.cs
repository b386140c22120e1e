using ChildrensKpi.Server;
using ChildrensKpi.Server.Api;
using ChildrensKpi.Server.Security;
using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateBuilder(args);

// Settings are read when first needed, not here, so that a host built by tests (or another process) sees its own configuration.
builder.Services.AddSingleton(services => ServerSettings.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<ComputeGate>();
builder.Services.AddOptions<KestrelServerOptions>().Configure<ServerSettings>((kestrel, settings) => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
builder.Services.AddHostedService<ListenAddressGuard>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer(UploadSchema.Describe));
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));

try
{
    // Building resolves the settings (Kestrel's limits come from them), and the addresses are checked before the host
    // starts, so that a refusal is one message and an exit code (cli-contract: 1 a setting or address is wrong, 2 the
    // key file cannot be read), not a host start-up failure with its stack trace.
    var app = builder.Build();
    ListenAddressGuard.CheckConfigured(app.Services.GetRequiredService<ServerSettings>(), app.Configuration);
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseMiddleware<ApiKeyMiddleware>();
    app.MapOpenApi();
    ApiEndpoints.Map(app);
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (ServerRefusedException e)
{
    await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
    return e.ExitCode;
}

/// <summary>
/// The HTTP API's entry point: <c>GET /v1/indicators</c>, <c>POST /v1/compute</c>, <c>GET /health</c> and the OpenAPI document
/// at <c>/openapi/v1.json</c>. Public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.
/// Exits 0 when stopped, 1 when refusing to start because of a setting or an address, 2 when the key file cannot be read.
/// </summary>
public partial class Program;
