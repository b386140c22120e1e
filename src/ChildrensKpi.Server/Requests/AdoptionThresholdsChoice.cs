using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// The JSON request's <c>adoptionThresholds</c>: a name, <c>"published"</c> or <c>"none"</c>, or the council's own
/// thresholds as an array of <c>{"year": 2016, "a1Days": 426, "a2Days": 121}</c> records (<see cref="AdoptionThresholdRecord"/>,
/// the rows of the command line's thresholds file, read by its reader: a bad record is named by its line there, the
/// first being line 2).
/// </summary>
[JsonConverter(typeof(AdoptionThresholdsChoiceConverter))]
internal sealed record AdoptionThresholdsChoice(string? Name, ImmutableArray<AdoptionThresholdRecord>? Rows);

/// <summary>Reads <see cref="AdoptionThresholdsChoice"/> from a string or an array, and writes it back the same way.</summary>
internal sealed class AdoptionThresholdsChoiceConverter : JsonConverter<AdoptionThresholdsChoice>
{
    public override AdoptionThresholdsChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new AdoptionThresholdsChoice(reader.GetString(), null),
        JsonTokenType.StartArray => new AdoptionThresholdsChoice(null,
            JsonSerializer.Deserialize(ref reader, ServerJsonContext.Default.ImmutableArrayAdoptionThresholdRecord)),
        _ => throw new JsonException("adoptionThresholds must be \"published\", \"none\" or an array of {year, a1Days, a2Days}."),
    };

    public override void Write(Utf8JsonWriter writer, AdoptionThresholdsChoice value, JsonSerializerOptions options)
    {
        if (value.Rows is { } rows)
        {
            JsonSerializer.Serialize(writer, rows, ServerJsonContext.Default.ImmutableArrayAdoptionThresholdRecord);
        }
        else
        {
            writer.WriteStringValue(value.Name);
        }
    }
}
