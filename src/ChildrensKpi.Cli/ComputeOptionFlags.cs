using System.CommandLine;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli;

/// <summary>
/// The flags of <see cref="ComputeOptions"/> that <c>compute</c>, <c>series</c> and <c>report</c> share: ADOPT_A3's months
/// and adjustment, the adoption scorecard's thresholds, SW_TURNOVER's base and SW_SICKNESS's working days per year. Their
/// values are parsed and checked by <see cref="ComputeOptionText"/> and <see cref="AdoptionThresholdsReader"/>, as the
/// HTTP server's fields are, so that both take the same values and refuse the others for the same reasons.
/// </summary>
internal sealed class ComputeOptionFlags
{
    private readonly Option<string> _a3Months = new("--a3-months")
    {
        Description = "ADOPT_A3 counts children who moved in with their adoptive family before entering care + this many months (default 14).",
        HelpName = "months",
    };

    private readonly Option<bool> _a3Unadjusted = new("--a3-unadjusted")
    {
        Description = "ADOPT_A3 unadjusted, as ADOPT_A1: a foster carer adoption counts from the placement for adoption, not from the day the child went to live with the carers (ADOPT_A10's adjustment, the default).",
    };

    private readonly Option<string> _adoptionThresholds = new("--adoption-thresholds")
    {
        Description = "The adoption scorecard's thresholds, ADOPT_A1, ADOPT_A10 and ADOPT_A2's targets: published (default), none, or a CSV file of Year,A1Days,A2Days rows (Year the periods' last year).",
        HelpName = "published|none|file.csv",
    };

    private readonly Option<string> _turnoverBase = new("--turnover-base")
    {
        Description = "What SW_TURNOVER divides the leavers by: year-end (default, permanent FTE at the period's end, as the DfE) or average (the mean of the FTE at its start and end).",
        HelpName = "year-end|average",
    };

    private readonly Option<string> _workingDaysPerYear = new("--working-days-per-year")
    {
        Description = "SW_SICKNESS's working days per FTE in a twelve-month period (default 253).",
        HelpName = "days",
    };

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _a3Months, _a3Unadjusted, _adoptionThresholds, _turnoverBase, _workingDaysPerYear })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// <see cref="ComputeOptions.Default"/> with the flags given, or the error naming the first flag at fault. A thresholds
    /// file that cannot be read is a bad argument (exit 1), as <c>--pseudonymise-key-file</c>'s is: it is an option's
    /// value, not an input of records.
    /// </summary>
    public (ComputeOptions Options, string? Error) From(ParseResult parseResult)
    {
        var options = ComputeOptions.Default with { A3Adjusted = !parseResult.GetValue(_a3Unadjusted) };
        if (parseResult.GetValue(_a3Months) is { } monthsText)
        {
            var (months, error) = ComputeOptionText.A3Months(monthsText);
            if (error is not null)
            {
                return (options, $"--a3-months: {error}");
            }
            options = options with { A3Months = months };
        }
        if (parseResult.GetValue(_turnoverBase) is { } baseText)
        {
            var (turnoverBase, error) = ComputeOptionText.TurnoverBase(baseText);
            if (error is not null)
            {
                return (options, $"--turnover-base: {error}");
            }
            options = options with { TurnoverBase = turnoverBase };
        }
        if (parseResult.GetValue(_workingDaysPerYear) is { } daysText)
        {
            var (days, error) = ComputeOptionText.WorkingDaysPerYear(daysText);
            if (error is not null)
            {
                return (options, $"--working-days-per-year: {error}");
            }
            options = options with { WorkingDaysPerYear = days };
        }
        if (parseResult.GetValue(_adoptionThresholds) is { } thresholdsText)
        {
            var (thresholds, error) = Thresholds(thresholdsText);
            if (error is not null)
            {
                return (options, $"--adoption-thresholds: {error}");
            }
            options = options with { AdoptionThresholds = thresholds! };
        }
        return (options, null);
    }

    /// <summary>A name (published, none), else a file of thresholds.</summary>
    private static (AdoptionThresholds? Thresholds, string? Error) Thresholds(string text)
    {
        var named = ComputeOptionText.AdoptionThresholds(text);
        if (named.Error is null)
        {
            return named;
        }
        if (!File.Exists(text))
        {
            return (null, $"'{text}' is not {ComputeOptionText.AdoptionThresholdNames}, nor a file.");
        }
        try
        {
            return (AdoptionThresholdsReader.ReadFile(text), null);
        }
        catch (InputFileException e)
        {
            return (null, e.Message);
        }
    }
}
