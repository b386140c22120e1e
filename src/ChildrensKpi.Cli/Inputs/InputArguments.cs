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

    public bool HasPerformanceTables => Targets is not null || Bands is not null || Comparators is not null;
}
