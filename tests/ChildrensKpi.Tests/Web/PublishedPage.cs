using ChildrensKpi.Tests.Fixtures;
using ChildrensKpi.Tests.Packaging;

namespace ChildrensKpi.Tests.Web;

/// <summary>
/// The page as <c>dotnet publish src/ChildrensKpi.Web</c> makes it, published once per test run (it takes minutes) into
/// a temporary folder; <c>CKPI_WEB_PUBLISHED=&lt;wwwroot&gt;</c> uses a page already published instead.
/// </summary>
public sealed class PublishedPage : IDisposable
{
    private readonly string? temporary;
    private readonly Lazy<string> root;

    public PublishedPage()
    {
        if (Environment.GetEnvironmentVariable("CKPI_WEB_PUBLISHED") is { Length: > 0 } given)
        {
            root = new Lazy<string>(() => Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"CKPI_WEB_PUBLISHED: no folder '{given}'."));
            return;
        }
        temporary = Directory.CreateTempSubdirectory("ckpi-web-").FullName;
        // Lazy: a test class skipped for want of Chromium does not publish at all.
        root = new Lazy<string>(Publish);
    }

    /// <summary>The published site's folder (its index.html and _framework), publishing on first use.</summary>
    public string Root => root.Value;

    public void Dispose()
    {
        if (temporary is not null && Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private string Publish()
    {
        var (exitCode, output) = DotnetProcess.Run(Repository.Root, "publish", Repository.Path("src", "ChildrensKpi.Web", "ChildrensKpi.Web.csproj"),
            "-c", "Release", "-o", temporary!);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish src/ChildrensKpi.Web failed ({exitCode}):\n{output}");
        }
        return Path.Combine(temporary!, "wwwroot");
    }
}
