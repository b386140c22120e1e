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
    string? Comparators,
    string? CollectionYear = null,
    string? Authority = null)
{
    /// <summary>What is wrong with <see cref="CollectionYear"/>; null when it is absent or a collection year the SSDA903 reader knows.</summary>
    public string? CollectionYearError =>
        CollectionYear is null ? null
        : !Readers.CollectionYear.TryParse(CollectionYear, out var year) ? $"--collection-year: '{CollectionYear}' is not a collection year: write it as 2024-25."
        : year.StartYear < Ssda903Reader.FirstCollectionYear.StartYear || year.StartYear > Ssda903Reader.LastCollectionYear.StartYear
            ? $"--collection-year: {year} is not a year the SSDA903 reader knows ({Ssda903Reader.FirstCollectionYear} to {Ssda903Reader.LastCollectionYear})."
        : null;

    /// <summary>What is wrong with <see cref="Authority"/> before anything is read; null when it is absent or may be looked for.</summary>
    public string? AuthorityError =>
        Authority is null ? null
        : Ssda903 is null ? "--authority picks one authority's rows of pooled SSDA903 files: give --ssda903 <folder> too."
        : string.IsNullOrWhiteSpace(Authority) ? "--authority: give the authority's code as its SSDA903 files' LA column writes it (e.g. 201)."
        : null;

    /// <summary>Whether any input with records of children or staff was given (population, finance and the judging tables only qualify them).</summary>
    public bool HasRecords => Ssda903 is not null || Cin is not null || Workforce is not null;

    /// <summary>The message when <see cref="HasRecords"/> is false.</summary>
    public const string NoRecordsMessage = "Give --ssda903 <folder>, --cin <file-or-folder>, --workforce <csv>, or more than one.";

    /// <summary>The inputs as the library's loader takes them, each path checked when read.</summary>
    public KpiInputFiles Files() => new()
    {
        Ssda903 = Source(Ssda903),
        Ssda903CollectionYear = CollectionYear is null ? null : Readers.CollectionYear.Parse(CollectionYear),
        ChildrenInNeedCollectionYear = CollectionYear is null ? null : Readers.CollectionYear.Parse(CollectionYear),
        Ssda903Authority = Authority?.Trim(),
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
