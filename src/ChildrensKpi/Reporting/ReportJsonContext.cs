using System.Text.Json.Serialization;

namespace ChildrensKpi;

/// <summary>Source-generated serialisation of the JSON contract: no reflection, trimming-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ComputeReportDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
