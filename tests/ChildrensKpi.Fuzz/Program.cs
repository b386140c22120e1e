using System.Diagnostics;
using System.Globalization;
using ChildrensKpi.Fuzz;

// dotnet run -c Release --project tests/ChildrensKpi.Fuzz -- --cases 100000 --seed 1 [--first <n>]
int cases = 10_000, seed = 1, first = 0;
for (int i = 0; i + 1 < args.Length; i += 2)
{
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
    total.Check(seed, FuzzCase.Create(seed, i));
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
