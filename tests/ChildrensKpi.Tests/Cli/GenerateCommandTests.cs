using System.Text.Json;

namespace ChildrensKpi.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ckpi-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_ThenCompute_ReadsEveryRowWithoutRejection()
    {
        var generate = CliRun.Of("generate", "--children", "300", "--years", "3", "--seed", "12", "--out", _folder);

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal($"Wrote 27 files to {_folder} (300 children, 3 years ending 2016-03-31, seed 12).\n", generate.Error.ReplaceLineEndings("\n"));
        var compute = CliRun.Of("compute", "--ssda903", Path.Combine(_folder, "ssda903"), "--cin", Path.Combine(_folder, "cin", "xml"),
            "--year-ending", "2016-03-31", "--format", "json");
        Assert.Equal(0, compute.ExitCode);
        using var json = JsonDocument.Parse(compute.Output);
        Assert.Equal(0, json.RootElement.GetProperty("rows").GetProperty("rejected").GetInt64());
    }

    [Fact]
    public void Generate_YearsOutOfRange_ExitsOneNamingTheOption()
    {
        var run = CliRun.Of("generate", "--children", "10", "--years", "31", "--seed", "1", "--out", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--years: Years must be between 1 and 30.\n", run.Error.ReplaceLineEndings("\n"));
    }
}
