using System.Text.RegularExpressions;
using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ChildrensKpi.Tests.Documentation;

/// <summary>The README's examples are run as they are written, so the README cannot drift from the code.</summary>
[Collection(nameof(ConsoleCapture))]
public partial class ReadmeTests
{
    // What `dotnet new console` puts in scope, as a reader pasting the example into a new project would have.
    private static readonly string[] ConsoleProjectImplicitUsings =
        ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string Readme = File.ReadAllText(Repository.Path("README.md"));

    [Fact]
    public async Task ReadmeCSharpExample_RunsAndPrintsWhatTheReadmeSays()
    {
        var example = CSharpBlocks().Matches(Readme).Select(m => m.Groups[1].Value).First(b => b.Contains("Ssda903Reader.ReadFolder", StringComparison.Ordinal));
        var promised = PromisedOutput().Match(Readme).Groups[1].Value;
        // The example's relative path is relative to the repository root, where the README's commands run.
        var code = example.Replace("\"samples/", $"\"{Repository.Root}/samples/", StringComparison.Ordinal);

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await CSharpScript.RunAsync(code, ScriptOptions.Default
                .AddReferences(typeof(ChildrensKpi.Indicators).Assembly, typeof(Ssda903Reader).Assembly, typeof(LocalDate).Assembly)
                .AddImports(ConsoleProjectImplicitUsings));
        }
        finally
        {
            Console.SetOut(original);
        }

        // The sample README: 26 of 165 (R32, R33 of issue 15 joined the denominator, each with one placement).
        Assert.Equal("NI62: 26 of 165 = 15.8%", promised);
        Assert.Equal(promised, output.ToString().Trim());
    }

    [Fact]
    public void ReadmeCommands_AreTheOnesCiRuns()
    {
        var ci = File.ReadAllText(Repository.Path(".ci", "run"));
        Assert.Contains("dotnet test ChildrensKpi.sln", Readme);
        Assert.Contains("dotnet test ChildrensKpi.sln", ci);
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlocks();

    [GeneratedRegex("This prints `([^`]*)`")]
    private static partial Regex PromisedOutput();
}

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
