using System.Collections.Immutable;
using ChildrensKpi.Readers;
using ChildrensKpi.Server.Security;
using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Server.Api;

/// <summary>What a compute request asks for, checked the way the command line checks <c>compute</c>, and the computation itself.</summary>
internal static class ComputeJob
{
    public const string YearEndingField = "yearEnding";
    public const string IndicatorsField = "indicators";
    public const string DetailField = "detail";
    public const string SuppressionThresholdField = "suppressionThreshold";
    public const string A3MonthsField = "a3Months";
    public const string A3AdjustedField = "a3Adjusted";
    public const string AdoptionThresholdsField = "adoptionThresholds";
    public const string TurnoverBaseField = "turnoverBase";
    public const string WorkingDaysPerYearField = "workingDaysPerYear";

    /// <summary>
    /// The value of an option as <see cref="ComputeOptionText"/> parsed and checked it (the command line's flags are
    /// checked there too), or the 400 naming <paramref name="field"/> with its reason.
    /// </summary>
    /// <exception cref="ApiProblemException">The option's value is refused.</exception>
    public static T Checked<T>(string field, (T Value, string? Error) parsed) =>
        parsed.Error is null ? parsed.Value : throw ApiProblemException.Field(field, $"{field}: {parsed.Error}");

    /// <summary>
    /// The adoption scorecard's thresholds from <paramref name="file"/> (an upload, or the JSON request's rows written as the
    /// file), read as the command line reads <c>--adoption-thresholds</c>'s file.
    /// </summary>
    /// <exception cref="ApiProblemException">The file is not a thresholds file, or a row of it is invalid.</exception>
    public static AdoptionThresholds AdoptionThresholds(InputFile file)
    {
        try
        {
            return AdoptionThresholdsReader.Read(file);
        }
        catch (InputFileException e)
        {
            throw new ApiProblemException(Problems.UnreadableFile(AdoptionThresholdsField, file.Name, $"{AdoptionThresholdsField}: {e.Message}"), e.Message);
        }
    }

    /// <summary>The disclosure-control threshold asked for: none (the machine contract, unsuppressed) when not given.</summary>
    /// <exception cref="ApiProblemException">The value is not a whole number of 0 or more.</exception>
    public static int? SuppressionThreshold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int threshold)
            ? threshold
            : throw ApiProblemException.Field(SuppressionThresholdField, $"suppressionThreshold: '{text}' is not a whole number of 0 or more.");
    }

    /// <exception cref="ApiProblemException">The date is missing, not written yyyy-mm-dd, or outside <see cref="SupportedDates"/>.</exception>
    public static LocalDate YearEnding(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ApiProblemException.Field(YearEndingField, "yearEnding is required: the last day of the period, written yyyy-mm-dd (e.g. 2007-03-31).");
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        return !parsed.Success ? throw ApiProblemException.Field(YearEndingField, $"yearEnding: '{text}' is not a date written yyyy-mm-dd.")
            : !SupportedDates.Contains(parsed.Value) ? throw ApiProblemException.Field(YearEndingField, $"yearEnding: '{text}' is outside {SupportedDates.Description}, the dates ChildrensKpi computes for.")
            : parsed.Value;
    }

    /// <summary>The indicators named (by id or alias, repeats ignored); empty when none is named.</summary>
    /// <exception cref="ApiProblemException">A name is not an indicator.</exception>
    public static ImmutableArray<Indicator> Named(IEnumerable<string> names)
    {
        var named = ImmutableArray.CreateBuilder<Indicator>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var indicator = ChildrensKpi.Indicators.Find(name)
                ?? throw ApiProblemException.Field(IndicatorsField,
                    $"indicators: '{name}' is not an indicator. Known: {string.Join(", ", ChildrensKpi.Indicators.All.Select(i => i.Definition.Id))}.");
            if (!named.Contains(indicator))
            {
                named.Add(indicator);
            }
        }
        return named.ToImmutable();
    }

    /// <summary>
    /// Runs the library's request for <paramref name="loaded"/>: the indicators named, or without names every indicator
    /// whose inputs were given; judged against the tables and the year before when a table was given; computed with
    /// <paramref name="options"/> (the request's, <see cref="ComputeOptions.Explain"/> apart); published under <paramref name="suppressionThreshold"/>. Answers with the contract's JSON.
    /// </summary>
    /// <remarks>
    /// With <paramref name="suppressionThreshold"/> the answer is prepared for publication: counts from 1 to the threshold,
    /// and everything that would reveal them, are null or left out, and each indicator's <c>suppressed</c> says why. With
    /// <paramref name="pseudonymKey"/> (the server's setting) every child the answer names is named by pseudonym.
    /// </remarks>
    /// <exception cref="ApiProblemException">A named indicator needs an input the request lacks (the message names the field that supplies it).</exception>
    public static IResult Run(KpiInputs loaded, LocalDate yearEnding, ImmutableArray<Indicator> named, bool detail,
        int? suppressionThreshold, ComputeOptions options, InputNames names, PseudonymKey? pseudonymKey)
    {
        var request = loaded.Request(ReportingPeriod.YearEnding(yearEnding)) with { Indicators = named };
        if (request.FirstUnmet(out var lacking) is { } unmet)
        {
            var missing = InputNames.Kinds(lacking);
            throw ApiProblemException.Field(names.For(missing[0]),
                $"{unmet.Definition.Id} needs {string.Join(" and ", missing.Select(names.For))}, which the request lacks.");
        }
        request = request with
        {
            Options = options with { Explain = detail },
            Publication = pseudonymKey?.Publication(suppressionThreshold ?? 0) ?? new PublicationOptions { SuppressionThreshold = suppressionThreshold ?? 0 },
        };
        using var json = new MemoryStream();
        ComputeReport.Compute(request).Publish(request.Publication).WriteJson(json, detail);
        return Results.Bytes(json.ToArray(), "application/json");
    }
}
