using System.Text.Json.Serialization;
using ChildrensKpi.Server.Api;
using ChildrensKpi.Server.Requests;

namespace ChildrensKpi.Server;

/// <summary>
/// Source-generated JSON for the server's own documents (requests, catalogue, health). The compute response is the
/// library's contract JSON (<see cref="ComputeReport.WriteJson"/>), not serialised here.
/// </summary>
/// <remarks>Unknown request properties are refused, so that a misspelt property is named in a 400 rather than silently ignored.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ComputeRequest))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<AdoptionThresholdRecord>))]
[JsonSerializable(typeof(CatalogueDocument))]
[JsonSerializable(typeof(HealthDocument))]
internal sealed partial class ServerJsonContext : JsonSerializerContext
{
}
