using System.Globalization;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Server.Api;

/// <summary>
/// A multipart compute request: SSDA903 files in <c>ssda903</c>, CIN census files in <c>cin</c>, an optional Population
/// file in <c>population</c>, and the fields <c>yearEnding</c>, <c>indicators</c> (comma list) and <c>detail</c>.
/// </summary>
internal static class UploadRequest
{
    private static readonly string[] FileFields = ["ssda903", "cin", "population"];
    private static readonly string[] TextFields = [ComputeJob.YearEndingField, ComputeJob.IndicatorsField, ComputeJob.DetailField, ComputeJob.SuppressionThresholdField];

    /// <exception cref="ApiProblemException">A field is unknown, repeated, of the wrong kind or invalid, or a file cannot be read.</exception>
    public static IResult Compute(IFormCollection form, CancellationToken cancellationToken)
    {
        foreach (var key in form.Keys)
        {
            if (FileFields.Contains(key, StringComparer.Ordinal))
            {
                throw ApiProblemException.Field(key, $"{key} must be a file upload (e.g. curl -F {key}=@file.csv), not a text field.");
            }
            if (!TextFields.Contains(key, StringComparer.Ordinal))
            {
                throw ApiProblemException.Field(key, $"'{key}' is not a field of this request. Fields: {string.Join(", ", [.. FileFields, .. TextFields])}.");
            }
        }
        foreach (var file in form.Files)
        {
            if (!FileFields.Contains(file.Name, StringComparer.Ordinal))
            {
                throw ApiProblemException.Field(file.Name,
                    $"'{file.Name}' is not a file field of this request: upload SSDA903 files as ssda903, CIN census files as cin and the Population file as population.");
            }
        }

        var yearEnding = ComputeJob.YearEnding(Single(form, ComputeJob.YearEndingField));
        var named = ComputeJob.Named((Single(form, ComputeJob.IndicatorsField) ?? string.Empty).Split(','));
        var detail = Detail(Single(form, ComputeJob.DetailField));
        var suppressionThreshold = ComputeJob.SuppressionThreshold(Single(form, ComputeJob.SuppressionThresholdField));

        var ssda903 = Files(form, "ssda903");
        var cin = Files(form, "cin");
        var population = Files(form, "population");
        if (ssda903.Count == 0 && cin.Count == 0)
        {
            throw ApiProblemException.Field("ssda903", "Upload SSDA903 files as ssda903, children in need census files as cin, or both.");
        }
        if (population.Count > 1)
        {
            throw ApiProblemException.Field("population", $"Upload one Population file, not {population.Count}.");
        }

        var records = new IndicatorInputs();
        var account = InputAccount.Empty;
        try
        {
            if (ssda903.Count > 0)
            {
                var read = Read("ssda903", () => Ssda903Reader.Read(ssda903, null, cancellationToken));
                records = records with { LookedAfter = read.Data };
                account = account.Combine(read.Account);
            }
            if (cin.Count > 0)
            {
                var read = Read("cin", () => ChildrenInNeedReader.Read(cin, null, cancellationToken));
                records = records with { ChildrenInNeed = read.Data };
                account = account.Combine(read.Account);
            }
            if (population.Count > 0)
            {
                var read = Read("population", () => PopulationReader.Read(population[0], cancellationToken));
                records = records with { Population = read.Estimates };
                account = account.Combine(read.Account);
            }
        }
        catch (ArgumentException e)
        {
            // The readers merge copies, so a duplicate reaching the model is a reader fault; still the client's file caused it.
            throw ApiProblemException.Field(e.ParamName ?? "ssda903", e.Message);
        }
        return ComputeJob.Run(records, account, yearEnding, named, detail, suppressionThreshold, InputNames.Upload);
    }

    private static T Read<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InputFileException e)
        {
            throw new ApiProblemException(Problems.UnreadableFile(field, e.Path, e.Message), e.Message);
        }
    }

    private static string? Single(IFormCollection form, string field)
    {
        var values = form[field];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw ApiProblemException.Field(field, $"{field} is given {values.Count} times; give it once."),
        };
    }

    private static bool Detail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        return bool.TryParse(text, out bool detail)
            ? detail
            : throw ApiProblemException.Field(ComputeJob.DetailField, $"detail: '{text}' is not true or false.");
    }

    /// <summary>The uploads of one field, named by their file names (without any folder a client sent).</summary>
    private static List<InputFile> Files(IFormCollection form, string field)
    {
        var files = new List<InputFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var upload in form.Files.GetFiles(field))
        {
            var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
            if (string.IsNullOrWhiteSpace(name))
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{field}-{files.Count + 1}");
            }
            if (!names.Add(name))
            {
                // Rejections name the file, so two files of one name would make them ambiguous.
                throw ApiProblemException.Field(field, $"Two {field} files are named '{name}'; give each file its own name.");
            }
            files.Add(new InputFile(name, upload.OpenReadStream));
        }
        return files;
    }
}
