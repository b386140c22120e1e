using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Packaging;

/// <summary>
/// The packages as a developer would get them: packed from this repository into a local folder feed, with a version
/// of their own so that no package cached from an earlier run is used instead.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "childrens-kpi-feed", Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "feed");
        Version = $"0.0.0-test.{Guid.NewGuid().ToString("N")[..12]}";
        Directory.CreateDirectory(Folder);
        foreach (var project in new[] { "ChildrensKpi", "ChildrensKpi.Readers", "ChildrensKpi.Cli" })
        {
            var (exitCode, output) = DotnetProcess.Run(Repository.Root, "pack", Repository.Path("src", project, project + ".csproj"),
                "-c", "Release", "-o", Folder, $"-p:Version={Version}");
            PackOutput += output;
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    public string Root { get; }

    public string Folder { get; }

    public string Version { get; }

    public string PackOutput { get; } = "";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
