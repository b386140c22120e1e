using System.CommandLine;
using ChildrensKpi.Cli;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>Issue 17: the pseudonymisation key from the option, a file or the environment, so it need not be in the process list.</summary>
public sealed class PseudonymKeyOptionsTests
{
    private static (string? Key, string? Error) Resolve(string[] args, string? variable = null)
    {
        var options = new PseudonymKeyOptions("test");
        var command = new RootCommand();
        options.AddTo(command);
        return options.From(command.Parse(args), name => name == PseudonymKeyOptions.EnvironmentVariable ? variable : null);
    }

    [Fact]
    public void From_OptionFileAndVariable_TakenInThatOrder()
    {
        using var folder = new TempFolder().With("key.txt", "  from-file  \nsecond line\n");
        string file = Path.Combine(folder.Path, "key.txt");

        Assert.Equal(("from-option", (string?)null), Resolve(["--pseudonymise-key", "from-option", "--pseudonymise-key-file", file], "from-env"));
        // The file's first line, trimmed; the rest of the file is not the key.
        Assert.Equal(("from-file", (string?)null), Resolve(["--pseudonymise-key-file", file], "from-env"));
        Assert.Equal(("from-env", (string?)null), Resolve([], "from-env"));
        Assert.Equal(((string?)null, (string?)null), Resolve([]));
    }

    [Fact]
    public void From_EmptyOrUnreadable_IsAnErrorNamingWhere()
    {
        using var folder = new TempFolder().With("empty.txt", "\n");

        Assert.Equal("--pseudonymise-key: the key must not be empty.", Resolve(["--pseudonymise-key", ""]).Error);
        Assert.Equal($"--pseudonymise-key-file: '{Path.Combine(folder.Path, "empty.txt")}' has no key on its first line.",
            Resolve(["--pseudonymise-key-file", Path.Combine(folder.Path, "empty.txt")]).Error);
        Assert.StartsWith("--pseudonymise-key-file: cannot read '/no/such/key': ", Resolve(["--pseudonymise-key-file", "/no/such/key"]).Error);
        Assert.Equal($"{PseudonymKeyOptions.EnvironmentVariable} is set but empty: unset it, or give the key.", Resolve([], "").Error);
    }

    [Fact]
    public void Compute_KeyFromAFile_GivesTheSamePseudonymsAsTheOption()
    {
        using var folder = new TempFolder()
            .With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nM1,01/04/2006,S,C2,U4,,\n")
            .With("key.txt", "k1\n");
        string[] args = ["compute", "--ssda903", folder.Path, "--year-ending", "2007-03-31", "--indicators", "NI62", "--detail", "--format", "json"];
        // HMAC-SHA256("k1", "M1") in hex, worked out here with the framework, not by the code under test.
        string m1 = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("k1"u8, "M1"u8));

        var fromFile = CliRun.Of([.. args, "--pseudonymise-key-file", Path.Combine(folder.Path, "key.txt")]);

        Assert.Contains(m1, fromFile.Output);
        Assert.DoesNotContain("\"M1\"", fromFile.Output);
        Assert.Equal(CliRun.Of([.. args, "--pseudonymise-key", "k1"]).Output, fromFile.Output);
    }

    [Fact]
    public void Report_HasTheKeyOptions()
    {
        var run = CliRun.Of("report", "--help");
        Assert.Contains("--pseudonymise-key-file", run.Output);
    }
}
