using ChildrensKpi.Server;
using ChildrensKpi.Server.Api;
using ChildrensKpi.Server.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateBuilder(args);

// Settings are read when first needed, not here, so that a host built by tests (or another process) sees its own configuration.
builder.Services.AddSingleton(services => ServerSettings.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddOptions<KestrelServerOptions>().Configure<ServerSettings>((kestrel, settings) => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
builder.Services.AddOptions<FormOptions>().Configure<ServerSettings>((form, settings) =>
{
    form.MultipartBodyLengthLimit = settings.MaxRequestBodyBytes;
    form.BufferBodyLengthLimit = settings.MaxRequestBodyBytes;
});
builder.Services.AddHostedService<ListenAddressGuard>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer(UploadSchema.Describe));
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<ApiKeyMiddleware>();
app.MapOpenApi();
ApiEndpoints.Map(app);
await app.RunAsync().ConfigureAwait(false);

/// <summary>
/// The HTTP API's entry point: <c>GET /v1/indicators</c>, <c>POST /v1/compute</c>, <c>GET /health</c> and the OpenAPI document
/// at <c>/openapi/v1.json</c>. Public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.
/// </summary>
public partial class Program;
