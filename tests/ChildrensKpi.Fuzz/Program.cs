using System.Diagnostics;
using System.Globalization;
using ChildrensKpi.Fuzz;

// dotnet run -c Release --project tests/ChildrensKpi.Fuzz -- --cases 100000 --seed 1 [--first <n>] [--dump <folder>]
// --dump writes the files of each case run (to reproduce a failure: --cases 1 --first <case> --dump <folder>).
int cases = 10_000, seed = 1, first = 0;
string? dump = null;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--dump")
    {
        dump = args[i + 1];
        continue;
    }
    int value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--cases": cases = value; break;
        case "--seed": seed = value; break;
        case "--first": first = value; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; use --cases <n> --seed <s> [--first <n>]"); return 1;
    }
}
var clock = Stopwatch.StartNew();
var total = new FuzzRun();
for (int i = first; i < first + cases; i++)
{
    var fuzzCase = FuzzCase.Create(seed, i);
    if (dump is not null)
    {
        foreach (var file in fuzzCase.Files)
        {
            Directory.CreateDirectory(Path.Combine(dump, $"case{i}"));
            File.WriteAllBytes(Path.Combine(dump, $"case{i}", file.Name), file.Bytes);
        }
    }
    total.Check(seed, fuzzCase);
    if ((i - first + 1) % 10_000 == 0)
    {
        Console.Error.WriteLine($"{i - first + 1} cases, {clock.Elapsed.TotalSeconds:0}s");
    }
}
Console.WriteLine($"seed {seed}, cases {first}..{first + cases - 1}: {total.Summary()}; {clock.Elapsed.TotalSeconds:0.0}s");
foreach (var failure in total.Failures)
{
    Console.WriteLine(failure);
}
return total.Passed ? 0 : 1;
