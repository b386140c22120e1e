namespace ChildrensKpi.Cli.Inputs;

/// <summary>The input files a command was given (paths as typed; checked when read).</summary>
internal sealed record InputArguments(
    string? Ssda903,
    string? Cin,
    string? Population,
    string? Targets,
    string? Bands,
    string? Comparators)
{
    public bool HasRecords => Ssda903 is not null || Cin is not null;

    public bool HasPerformanceTables => Targets is not null || Bands is not null || Comparators is not null;
}
