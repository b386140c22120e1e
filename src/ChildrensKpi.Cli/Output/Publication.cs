namespace ChildrensKpi.Cli.Output;

/// <summary>How the command line writes what the library's publication withholds (<see cref="PublishedReport"/>).</summary>
internal static class Publication
{
    /// <summary>What a withheld figure is written as (the statistical convention for "confidential"), the same in the workbooks.</summary>
    public const string Withheld = PublishedReport.Withheld;
}
