namespace ChildrensKpi.Cli.Output;

/// <summary>
/// How the command line publishes results: CSV and table withhold small counts by default (<see cref="Disclosure"/>),
/// JSON (the machine contract) only when asked; child ids pseudonymised when a key is given.
/// </summary>
/// <param name="SuppressionThreshold">The largest count withheld in CSV and table (and JSON with <paramref name="SuppressJson"/>); 0 withholds nothing.</param>
/// <param name="SuppressJson">Whether JSON withholds too (<c>--suppress</c>).</param>
/// <param name="Pseudonymiser">Renames child ids in child-level output; null leaves them as read.</param>
internal sealed record Publication(int SuppressionThreshold = Disclosure.DefaultThreshold, bool SuppressJson = false, Pseudonymiser? Pseudonymiser = null)
{
    public static Publication Default { get; } = new();

    public string ChildId(string id) => Pseudonymiser.Apply(Pseudonymiser, id);

    /// <summary>What a withheld figure is written as (the statistical convention for "confidential").</summary>
    public const string Withheld = "[c]";
}
