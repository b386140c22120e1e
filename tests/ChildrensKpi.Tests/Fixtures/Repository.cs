namespace ChildrensKpi.Tests.Fixtures;

/// <summary>The repository the tests run from, so that tests read the real samples and README rather than copies.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChildrensKpi.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No ChildrensKpi.sln above {AppContext.BaseDirectory}.");
    }
}
