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
            ["population"] = File("Population CSV (Year, AgeFrom, AgeTo, Population) for rates per 10,000."),
            ["finance"] = File("Finance CSV (PeriodStart, PeriodEnd, Service, GrossExpenditure) for BVPI51."),
            ["workforce"] = File("Workforce CSV (AsAt, Team, PermanentFte, AgencyFte, VacantFte, ...) for the social work staffing indicators."),
            ["targets"] = File("Targets CSV (Indicator, Year, Target) for RAG ratings."),
            ["bands"] = File("Bands CSV (Indicator, Year, Band, Lower, Upper) for PAF-style bands."),
            ["comparators"] = File("Comparators CSV (Indicator, Year, Authority, Value) for rank, quartile and the national figure."),
            [ComputeJob.YearEndingField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Description = "The last day of the period (the 12 months ending then), yyyy-mm-dd." },
            [ComputeJob.IndicatorsField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Comma list of indicator ids or aliases; without it, every indicator whose inputs were given." },
            [ComputeJob.DetailField] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether each indicator lists its children." },
            [ComputeJob.SuppressionThresholdField] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "Withhold counts from 1 to this, and everything that would reveal them; without it nothing is withheld." },
            [UploadRequest.CollectionYearField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Collection year (yyyy-yy, e.g. 2024-25) of every SSDA903 file and of the CIN files that name none; without it, each file's own." },
            [UploadRequest.AuthorityField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The authority (its code in the LA column of pooled SSDA903 files) whose rows alone are read, CHILD ids as written; without it, every authority's, ids scoped as LA:CHILD." },
            [ComputeJob.A3MonthsField] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Description = "ADOPT_A3 counts a child who moved in with the adoptive family before entering care + this many months (default 14; --a3-months)." },
            [ComputeJob.A3AdjustedField] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether ADOPT_A3 counts a foster carer adoption from the day the child went to live with the carers (default true); false counts from the placement for adoption (--a3-unadjusted)." },
            [ComputeJob.AdoptionThresholdsField] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The adoption scorecard's thresholds, the targets of ADOPT_A1, ADOPT_A10 and ADOPT_A2: published (default) or none as text, or the council's own as a file upload of Year,A1Days,A2Days rows (--adoption-thresholds)." },
            [ComputeJob.TurnoverBaseField] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["year-end", "average"], Description = "What SW_TURNOVER divides the leavers by: the permanent FTE at the period's end (year-end, the default) or the mean of the FTE at its start and end (average) (--turnover-base)." },
            [ComputeJob.WorkingDaysPerYearField] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Description = "SW_SICKNESS's working days per FTE in a twelve-month period (default 253; --working-days-per-year)." },
        },
    };

    private static OpenApiSchema File(string description) => new() { Type = JsonSchemaType.String, Format = "binary", Description = description };

    private static OpenApiSchema Files(string description) => new()
    {
        Type = JsonSchemaType.Array,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        Description = description,
    };
}
