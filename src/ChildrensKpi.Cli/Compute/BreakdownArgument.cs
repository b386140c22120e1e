using System.Collections.Immutable;

namespace ChildrensKpi.Cli.Compute;

/// <summary><c>--breakdown age,sex,ethnicity</c>: what to break each indicator down by.</summary>
internal static class BreakdownArgument
{
    /// <summary>The names accepted, as written in the help and the errors.</summary>
    public const string Names = "age, sex, ethnicity";

    /// <summary>The dimensions <paramref name="text"/> names in the order given (each once), or the error naming the first it does not know.</summary>
    public static (ImmutableArray<BreakdownDimension> Dimensions, string? Error) Parse(string? text)
    {
        if (text is null)
        {
            return ([], null);
        }
        var dimensions = ImmutableArray.CreateBuilder<BreakdownDimension>();
        foreach (string name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            BreakdownDimension? dimension = name.ToLowerInvariant() switch
            {
                "age" or "age-band" or "ageband" => BreakdownDimension.AgeBand,
                "sex" => BreakdownDimension.Sex,
                "ethnicity" => BreakdownDimension.Ethnicity,
                _ => null,
            };
            if (dimension is not { } known)
            {
                return ([], $"--breakdown: '{name}' is not a breakdown; give one or more of {Names}, separated by commas.");
            }
            if (!dimensions.Contains(known))
            {
                dimensions.Add(known);
            }
        }
        return dimensions.Count == 0 ? ([], $"--breakdown: give one or more of {Names}, separated by commas.") : (dimensions.ToImmutable(), null);
    }
}
