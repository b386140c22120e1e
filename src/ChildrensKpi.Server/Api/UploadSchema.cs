using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChildrensKpi.Server.Api;

/// <summary>
/// Describes the multipart form of <c>POST /v1/compute</c> in the OpenAPI document: the endpoint reads the form itself
/// (it takes JSON too), so nothing in its signature tells the generator about the fields.
/// </summary>
internal static class UploadSchema
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath == "v1/compute"
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("multipart/form-data", out var form))
        {
            form.Schema = Form();
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Form() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string>(StringComparer.Ordinal) { ComputeJob.YearEndingField },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["ssda903"] = Files("SSDA903 CSV files (Header, Episodes, OC3, ...), any years; tables recognised by their header row."),
            ["cin"] = Files("Children in need census files: the XML return or the flat CSV tables."),
            ["population"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "Population CSV (Year, AgeFrom, AgeTo, Population) for rates per 10,000." },
            [ComputeJob.YearEndingField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Description = "The last day of the period (the 12 months ending then), yyyy-mm-dd." },
            [ComputeJob.IndicatorsField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Comma list of indicator ids or aliases; without it, every indicator whose inputs were given." },
            [ComputeJob.DetailField] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether each indicator lists its children." },
        },
    };

    private static OpenApiSchema Files(string description) => new()
    {
        Type = JsonSchemaType.Array,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        Description = description,
    };
}
