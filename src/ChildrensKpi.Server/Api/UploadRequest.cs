using System.Globalization;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Server.Api;

/// <summary>
/// A multipart compute request: every input the command line takes, as file fields named like its options (SSDA903
/// files in <c>ssda903</c>, CIN census files in <c>cin</c>, and one file each in <c>population</c>, <c>finance</c>,
/// <c>workforce</c>, <c>targets</c>, <c>bands</c> and <c>comparators</c>), and the fields <c>yearEnding</c>,
/// <c>indicators</c> (comma list), <c>detail</c>, <c>suppressionThreshold</c>, <c>collectionYear</c> and
/// <c>authority</c> (the command line's <c>--collection-year</c> and <c>--authority</c>), and the options
/// <c>a3Months</c>, <c>a3Adjusted</c> (true or false), <c>turnoverBase</c>, <c>workingDaysPerYear</c> and
/// <c>adoptionThresholds</c> (the command line's <c>--a3-months</c>, <c>--a3-unadjusted</c>, <c>--turnover-base</c>,
/// <c>--working-days-per-year</c> and <c>--adoption-thresholds</c>; the last a text field, published or none, or a file
/// of <c>Year, A1Days, A2Days</c> rows). The files are read by the library's loader, as the command line reads them.
/// </summary>
internal static class UploadRequest
{
    private static readonly string[] FileFields = ["ssda903", "cin", "population", "finance", "workforce", "targets", "bands", "comparators"];
    private static readonly string[] SingleFileFields = ["population", "finance", "workforce", "targets", "bands", "comparators"];
    /// <summary>The collection year of the SSDA903 files and of the CIN files that name none, <c>yyyy-yy</c>.</summary>
    public const string CollectionYearField = "collectionYear";

    /// <summary>The authority whose rows of pooled SSDA903 files (an <c>LA</c> column) are read alone.</summary>
    public const string AuthorityField = "authority";

    private static readonly string[] TextFields = [ComputeJob.YearEndingField, ComputeJob.IndicatorsField, ComputeJob.DetailField, ComputeJob.SuppressionThresholdField,
        CollectionYearField, AuthorityField, ComputeJob.A3MonthsField, ComputeJob.A3AdjustedField, ComputeJob.TurnoverBaseField, ComputeJob.WorkingDaysPerYearField,
        ComputeJob.AdoptionThresholdsField];

    /// <exception cref="ApiProblemException">A field is unknown, repeated, of the wrong kind or invalid, or a file cannot be read.</exception>
    public static IResult Compute(UploadForm form, ServerSettings settings, CancellationToken cancellationToken)
    {
        foreach (var key in form.Fields.Keys)
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
        foreach (var (field, _, _) in form.Files)
        {
            if (!FileFields.Contains(field, StringComparer.Ordinal) && field != ComputeJob.AdoptionThresholdsField)
            {
                throw ApiProblemException.Field(field,
                    $"'{field}' is not a file field of this request: upload SSDA903 files as ssda903, CIN census files as cin, and one file each as {string.Join(", ", SingleFileFields)}.");
            }
        }

        var yearEnding = ComputeJob.YearEnding(Single(form, ComputeJob.YearEndingField));
        var named = ComputeJob.Named((Single(form, ComputeJob.IndicatorsField) ?? string.Empty).Split(','));
        var detail = Flag(form, ComputeJob.DetailField) ?? false;
        var options = Options(form);
        var suppressionThreshold = ComputeJob.SuppressionThreshold(Single(form, ComputeJob.SuppressionThresholdField));
        var collectionYear = CollectionYearOf(Single(form, CollectionYearField));
        string? authority = Single(form, AuthorityField) is { } code ? code.Trim() : null;

        var uploads = FileFields.ToDictionary(f => f, f => Files(form, f), StringComparer.Ordinal);
        if (uploads["ssda903"].Count == 0 && uploads["cin"].Count == 0 && uploads["workforce"].Count == 0)
        {
            throw ApiProblemException.Field("ssda903", "Upload SSDA903 files as ssda903, children in need census files as cin, the Workforce file as workforce, or more than one.");
        }
        foreach (var field in SingleFileFields.Where(f => uploads[f].Count > 1))
        {
            throw ApiProblemException.Field(field, $"Upload one {field} file, not {uploads[field].Count}.");
        }
        InputSource? Source(string field) => uploads[field].Count == 0 ? null : InputSource.FromFiles(uploads[field]);
        var files = new KpiInputFiles
        {
            Ssda903 = Source("ssda903"),
            Ssda903CollectionYear = collectionYear,
            Ssda903Authority = authority,
            ChildrenInNeed = Source("cin"),
            ChildrenInNeedCollectionYear = collectionYear,
            Population = Source("population"),
            Finance = Source("finance"),
            Workforce = Source("workforce"),
            Targets = Source("targets"),
            Bands = Source("bands"),
            Comparators = Source("comparators"),
        };
        if (authority is not null && files.Ssda903 is null)
        {
            throw ApiProblemException.Field(AuthorityField, "authority picks one authority's rows of pooled SSDA903 files: upload them as ssda903.");
        }
        KpiInputs loaded;
        try
        {
            if (KpiInputs.AuthorityNotNamed(files) is { } notNamed)
            {
                throw ApiProblemException.Field(AuthorityField, $"authority {authority}: {notNamed}.");
            }
            loaded = KpiInputs.Read(files, null, cancellationToken);
        }
        catch (InputFileException e)
        {
            // The message names the file (or, for a missing Episodes table, every SSDA903 file); the field is the one it was uploaded in.
            string first = e.Path.Split(", ")[0];
            string field = FileFields.FirstOrDefault(f => uploads[f].Any(u => u.Name == first)) ?? "ssda903";
            throw new ApiProblemException(Problems.UnreadableFile(field, e.Path, e.Message), e.Message);
        }
        catch (ArgumentException e)
        {
            // A collection year the readers do not know (ParamName collectionYear, the field's name). Otherwise: the readers
            // merge copies, so a duplicate reaching the model is a reader fault; still the client's file caused it.
            throw ApiProblemException.Field(e.ParamName ?? "ssda903", e.Message);
        }
        return ComputeJob.Run(loaded, yearEnding, named, detail, suppressionThreshold, options, InputNames.Upload, settings.PseudonymisationKey);
    }

    /// <summary>The options the form gives, each checked by <see cref="ComputeOptionText"/> as the command line's flags are.</summary>
    private static ComputeOptions Options(UploadForm form)
    {
        var options = ComputeOptions.Default;
        if (Text(form, ComputeJob.A3MonthsField) is { } months)
        {
            options = options with { A3Months = ComputeJob.Checked(ComputeJob.A3MonthsField, ComputeOptionText.A3Months(months)) };
        }
        if (Flag(form, ComputeJob.A3AdjustedField) is { } adjusted)
        {
            options = options with { A3Adjusted = adjusted };
        }
        if (Text(form, ComputeJob.TurnoverBaseField) is { } turnoverBase)
        {
            options = options with { TurnoverBase = ComputeJob.Checked(ComputeJob.TurnoverBaseField, ComputeOptionText.TurnoverBase(turnoverBase)) };
        }
        if (Text(form, ComputeJob.WorkingDaysPerYearField) is { } days)
        {
            options = options with { WorkingDaysPerYear = ComputeJob.Checked(ComputeJob.WorkingDaysPerYearField, ComputeOptionText.WorkingDaysPerYear(days)) };
        }
        // A name in a text field, or the council's own thresholds as a file: one of the two.
        var thresholdsFiles = Files(form, ComputeJob.AdoptionThresholdsField);
        var thresholdsName = Text(form, ComputeJob.AdoptionThresholdsField);
        if (thresholdsFiles.Count + (thresholdsName is null ? 0 : 1) > 1)
        {
            throw ApiProblemException.Field(ComputeJob.AdoptionThresholdsField,
                $"{ComputeJob.AdoptionThresholdsField} is given more than once: give {ComputeOptionText.AdoptionThresholdNames} as a text field, or upload one file of Year,A1Days,A2Days rows.");
        }
        if (thresholdsName is not null)
        {
            options = options with { AdoptionThresholds = ComputeJob.Checked(ComputeJob.AdoptionThresholdsField, ComputeOptionText.AdoptionThresholds(thresholdsName))! };
        }
        else if (thresholdsFiles.Count == 1)
        {
            options = options with { AdoptionThresholds = ComputeJob.AdoptionThresholds(thresholdsFiles[0]) };
        }
        return options;
    }

    /// <summary>A text field given once, null when absent or blank.</summary>
    private static string? Text(UploadForm form, string field) => Single(form, field) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static string? Single(UploadForm form, string field)
    {
        if (!form.Fields.TryGetValue(field, out var values))
        {
            return null;
        }
        return values.Count switch
        {
            1 => values[0],
            _ => throw ApiProblemException.Field(field, $"{field} is given {values.Count} times; give it once."),
        };
    }

    private static CollectionYear? CollectionYearOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : CollectionYear.TryParse(text.Trim(), out var year) ? year
        : throw ApiProblemException.Field(CollectionYearField, $"collectionYear: '{text}' is not a collection year: write it as 2024-25.");

    /// <summary>A true or false field; null when absent or blank.</summary>
    private static bool? Flag(UploadForm form, string field)
    {
        if (Text(form, field) is not { } text)
        {
            return null;
        }
        return bool.TryParse(text, out bool value)
            ? value
            : throw ApiProblemException.Field(field, $"{field}: '{text}' is not true or false.");
    }

    /// <summary>The uploads of one field, named by their file names (without any folder a client sent).</summary>
    private static List<InputFile> Files(UploadForm form, string field)
    {
        var files = new List<InputFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var upload in form.Files.Where(f => f.Field == field))
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
            files.Add(new InputFile(name, upload.Open));
        }
        return files;
    }
}
