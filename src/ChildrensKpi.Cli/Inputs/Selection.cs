using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>The period and indicators a command was asked for, as typed (what can be computed is the library's to say).</summary>
internal static class Selection
{
    /// <summary>
    /// The date of <c>--year-ending</c>, or the message naming what is wrong with it: not a date, or outside
    /// <see cref="SupportedDates"/> (the indicators' date arithmetic would leave the calendar near 9999).
    /// </summary>
    public static (LocalDate? Date, string? Error) YearEnding(string? text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return !parsed.Success ? (null, $"--year-ending: '{text}' is not a date written yyyy-mm-dd.")
            : !SupportedDates.Contains(parsed.Value) ? (null, $"--year-ending: '{text}' is outside {SupportedDates.Description}, the dates ChildrensKpi computes for.")
            : (parsed.Value, null);
    }

    /// <summary>The indicators named in <c>--indicators</c> (none named: empty), or the message naming an unknown one.</summary>
    public static (ImmutableArray<Indicator> Indicators, string? Error) Named(string? list)
    {
        var named = ImmutableArray.CreateBuilder<Indicator>();
        foreach (var name in (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var indicator = ChildrensKpi.Indicators.Find(name);
            if (indicator is null)
            {
                return ([], $"--indicators: '{name}' is not an indicator. Known: {string.Join(", ", ChildrensKpi.Indicators.All.Select(i => i.Definition.Id))}.");
            }
            if (!named.Contains(indicator))
            {
                named.Add(indicator);
            }
        }
        return (named.ToImmutable(), null);
    }
}
