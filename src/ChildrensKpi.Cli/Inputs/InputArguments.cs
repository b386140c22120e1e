using ChildrensKpi.Readers;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>The input files a command was given (paths as typed; checked when read).</summary>
internal sealed record InputArguments(
    string? Ssda903,
    string? Cin,
    string? Population,
    string? Finance,
    string? Workforce,
    string? Targets,
    string? Bands,
    string? Comparators)
{
    /// <summary>Whether any input with records of children or staff was given (population, finance and the judging tables only qualify them).</summary>
    public bool HasRecords => Ssda903 is not null || Cin is not null || Workforce is not null;

    /// <summary>The message when <see cref="HasRecords"/> is false.</summary>
    public const string NoRecordsMessage = "Give --ssda903 <folder>, --cin <file-or-folder>, --workforce <csv>, or more than one.";

    /// <summary>The inputs as the library's loader takes them, each path checked when read.</summary>
    public KpiInputFiles Files() => new()
    {
        Ssda903 = Source(Ssda903),
        ChildrenInNeed = Source(Cin),
        Population = Source(Population),
        Finance = Source(Finance),
        Workforce = Source(Workforce),
        Targets = Source(Targets),
        Bands = Source(Bands),
        Comparators = Source(Comparators),
    };

    /// <summary>The arguments that would supply <paramref name="missing"/>, for an error message.</summary>
    public static string ArgumentFor(IndicatorInputKinds missing) => string.Join(" and ", new[]
    {
        missing.HasFlag(IndicatorInputKinds.LookedAfter) ? "--ssda903 <folder>" : null,
        missing.HasFlag(IndicatorInputKinds.ChildrenInNeed) ? "--cin <file-or-folder>" : null,
        missing.HasFlag(IndicatorInputKinds.Population) ? "--population <csv>" : null,
        missing.HasFlag(IndicatorInputKinds.Finance) ? "--finance <csv>" : null,
        missing.HasFlag(IndicatorInputKinds.Workforce) ? "--workforce <csv>" : null,
    }.Where(a => a is not null));

    private static InputSource? Source(string? path) => string.IsNullOrWhiteSpace(path) ? null : InputSource.FromPath(path);
}
