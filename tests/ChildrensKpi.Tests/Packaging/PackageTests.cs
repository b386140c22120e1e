using System.IO.Compression;
using System.Text.RegularExpressions;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Packaging;

/// <summary>The NuGet packages and the dotnet tool, used from a local feed the way a developer would.</summary>
public partial class PackageTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [Fact]
    public void Pack_ProducesThePackagesWithSymbolsReadmeAndDocs()
    {
        var files = Directory.GetFiles(feed.Folder).Select(Path.GetFileName).ToHashSet();
        foreach (var id in new[] { "ChildrensKpi", "ChildrensKpi.Readers", "childrens-kpi" })
        {
            Assert.Contains($"{id}.{feed.Version}.nupkg", files);
            Assert.Contains($"{id}.{feed.Version}.snupkg", files);
        }
        using var package = ZipFile.OpenRead(Path.Combine(feed.Folder, $"ChildrensKpi.{feed.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/ChildrensKpi.xml", entries);
        using var nuspec = new StreamReader(package.GetEntry("ChildrensKpi.nuspec")!.Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<readme>README.md</readme>", text);
        Assert.Contains("<dependency id=\"NodaTime\"", text);
    }

    [Fact]
    public void Package_ReferencedByIdInAFreshConsoleProject_RunsTheReadmeExample()
    {
        // A new project outside this repository (so none of its build settings apply), referencing the package by id.
        string project = Path.Combine(feed.Root, "consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ChildrensKpi.Readers" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        string readme = File.ReadAllText(Repository.Path("README.md"));
        string example = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).First(b => b.Contains("Ssda903Reader.ReadFolder", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(project, "Program.cs"), example.Replace("\"samples/", $"\"{Repository.Root}/samples/", StringComparison.Ordinal));

        var (exitCode, output) = DotnetProcess.Run(project, "run");

        Assert.True(exitCode == 0, output);
        Assert.EndsWith("NI62: 26 of 165 = 15.8%", output.Trim());
    }

    [Fact]
    public void Tool_InstalledFromTheLocalFeed_ComputesTheSample()
    {
        string tools = Path.Combine(feed.Root, "tools");
        var (installCode, installOutput) = DotnetProcess.Run(feed.Root, "tool", "install", "childrens-kpi", "--version", feed.Version,
            "--tool-path", tools, "--add-source", feed.Folder);
        Assert.True(installCode == 0, installOutput);

        var (exitCode, output) = DotnetProcess.RunFile(Path.Combine(tools, "childrens-kpi"), feed.Root,
            "compute", "--ssda903", Repository.Path("samples", "data", "ssda903"), "--year-ending", "2007-03-31", "--indicators", "NI62", "--format", "csv");

        Assert.True(exitCode == 0, output);
        // NI62 on the sample: 26 of 165 (samples/data/ssda903/README.md; R32, R33 one placement each).
        Assert.Contains(",NI62,PAF A1,Stability of placements: number of placements,LowerIsBetter,Percent,26,165,", output);
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
