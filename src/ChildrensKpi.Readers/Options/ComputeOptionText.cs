using System.Globalization;

namespace ChildrensKpi.Readers;

/// <summary>
/// The <see cref="ComputeOptions"/> that callers give as text or as plain values (the command line's flags, the HTTP
/// server's form fields and JSON properties), parsed and checked here once, so that every door takes the same values
/// and refuses the others with the same reason. Each method gives the value, or the reason it is refused; the reason
/// does not name the option, since each door names it its own way (<c>--a3-months</c>, <c>a3Months</c>) before it.
/// </summary>
public static class ComputeOptionText
{
    /// <summary>The names <see cref="AdoptionThresholds(string?)"/> takes.</summary>
    public const string AdoptionThresholdNames = "published or none";

    /// <summary>The names <see cref="TurnoverBase(string?)"/> takes.</summary>
    public const string TurnoverBaseNames = "year-end or average";

    /// <summary><see cref="ComputeOptions.A3Months"/> from text: a whole number of months, 1 or more.</summary>
    public static (int Months, string? Error) A3Months(string? text) => Positive(text, "months");

    /// <summary><see cref="ComputeOptions.A3Months"/> given as a number: 1 or more.</summary>
    public static (int Months, string? Error) A3Months(int months) => Positive(months.ToString(CultureInfo.InvariantCulture), "months");

    /// <summary><see cref="ComputeOptions.WorkingDaysPerYear"/> from text: a whole number of days, 1 or more.</summary>
    public static (int Days, string? Error) WorkingDaysPerYear(string? text) => Positive(text, "days");

    /// <summary><see cref="ComputeOptions.WorkingDaysPerYear"/> given as a number: 1 or more.</summary>
    public static (int Days, string? Error) WorkingDaysPerYear(int days) => Positive(days.ToString(CultureInfo.InvariantCulture), "days");

    /// <summary><see cref="ComputeOptions.TurnoverBase"/> by name: <c>year-end</c> or <c>average</c>, in any case.</summary>
    public static (TurnoverBase Base, string? Error) TurnoverBase(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "YEAR-END" => (ChildrensKpi.TurnoverBase.YearEnd, null),
        "AVERAGE" => (ChildrensKpi.TurnoverBase.Average, null),
        _ => (ChildrensKpi.TurnoverBase.YearEnd, $"'{text}' is not {TurnoverBaseNames}."),
    };

    /// <summary>
    /// <see cref="ComputeOptions.AdoptionThresholds"/> by name: <c>published</c> (<see cref="ChildrensKpi.AdoptionThresholds.Published"/>)
    /// or <c>none</c>, in any case. Thresholds of a council's own are a file, read by <see cref="AdoptionThresholdsReader"/>.
    /// </summary>
    public static (AdoptionThresholds? Thresholds, string? Error) AdoptionThresholds(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PUBLISHED" => (ChildrensKpi.AdoptionThresholds.Published, null),
        "NONE" => (ChildrensKpi.AdoptionThresholds.None, null),
        _ => (null, $"'{text}' is not {AdoptionThresholdNames}."),
    };

    /// <summary>A whole number of <paramref name="unit"/>, 1 or more (the bound <see cref="ComputeOptions"/> holds them to).</summary>
    private static (int Value, string? Error) Positive(string? text, string unit) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 1
            ? (value, null)
            : (0, $"'{text}' is not a whole number of {unit}, 1 or more.");
}
