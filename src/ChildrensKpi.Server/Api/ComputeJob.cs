using System.Collections.Immutable;
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
    /// Computes the indicators named, or without names every indicator whose inputs were given, and answers with the
    /// contract's JSON exactly as <see cref="ComputeReport.WriteJson"/> writes it.
    /// </summary>
    /// <remarks>
    /// With <paramref name="suppressionThreshold"/> the answer is prepared for publication: counts from 1 to the threshold,
    /// and figures that would reveal them, are null, and each indicator's <c>suppressed</c> says why.
    /// </remarks>
    /// <exception cref="ApiProblemException">A named indicator needs an input the request lacks (the message names the field that supplies it).</exception>
    public static IResult Run(IndicatorInputs records, InputAccount account, LocalDate yearEnding, ImmutableArray<Indicator> named, bool detail,
        int? suppressionThreshold, InputNames names)
    {
        var chosen = named.IsEmpty
            ? [.. ChildrensKpi.Indicators.All.Where(i => i.MissingInputs(records) == IndicatorInputKinds.None)]
            : named;
        foreach (var indicator in chosen)
        {
            var missing = InputNames.Kinds(indicator.MissingInputs(records));
            if (!missing.IsEmpty)
            {
                throw ApiProblemException.Field(names.For(missing[0]),
                    $"{indicator.Definition.Id} needs {string.Join(" and ", missing.Select(names.For))}, which the request lacks.");
            }
        }
        var period = ReportingPeriod.YearEnding(yearEnding);
        var options = ComputeOptions.Default with { Explain = detail };
        var report = new ComputeReport(period, [.. chosen.Select(i => i.Compute(records, period, options))], account);
        if (suppressionThreshold is { } threshold)
        {
            return Results.Text(report.ToJson(detail, new PublicationOptions { SuppressionThreshold = threshold }), "application/json", System.Text.Encoding.UTF8);
        }
        using var json = new MemoryStream();
        report.WriteJson(json, detail);
        return Results.Bytes(json.ToArray(), "application/json");
    }
}
