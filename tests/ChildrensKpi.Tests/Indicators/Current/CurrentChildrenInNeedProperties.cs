using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// Random children in need records around 2021–2025 for the current measures: referrals open, closed or NFA (some NFA
/// left open), children born, unborn or aged 18 in the period, enquiries and plans.
/// </summary>
public sealed record CurrentCinRecords(int Seed, IReadOnlyList<Referral> Referrals, IReadOnlyList<Section47Enquiry> Enquiries,
    IReadOnlyList<ProtectionPlan> Plans, IReadOnlyList<ChildInNeed> Children)
{
    public ChildrenInNeedData Data => new(Referrals, enquiries: Enquiries, plans: Plans, children: Children);

    public override string ToString() => $"seed {Seed}: {Referrals.Count} referrals, {Enquiries.Count} enquiries, {Plans.Count} plans";

    public static CurrentCinRecords Create(int seed)
    {
        var random = new Random(seed);
        var referrals = new List<Referral>();
        var enquiries = new List<Section47Enquiry>();
        var plans = new List<ProtectionPlan>();
        var children = new List<ChildInNeed>();
        for (int i = 0, count = random.Next(1, 25); i < count; i++)
        {
            var id = new ChildId($"N{i:D3}");
            // Born 2003–2025 (some 18 by the period's end), unborn, or with no child row; with no disabilities recorded, NONE,
            // or one or two codes (NONE beside a code too, as rule 8790 forbids but a council may send).
            string[][] disabilities = [[], ["NONE"], ["LD"], ["AUT", "HEAR"], ["NONE", "VIS"]];
            switch (random.Next(4))
            {
                case 0: children.Add(new ChildInNeed(id) { Disabilities = [.. disabilities[random.Next(disabilities.Length)]] }); break;
                case 1: break;
                default:
                    children.Add(new ChildInNeed(id, new LocalDate(2003, 1, 1).PlusDays(random.Next(0, 8000))) { Disabilities = [.. disabilities[random.Next(disabilities.Length)]] });
                    break;
            }
            var date = new LocalDate(2021, 1, 1).PlusDays(random.Next(0, 1500));
            for (int r = 0, n = random.Next(0, 4); r < n; r++)
            {
                bool nfa = random.NextDouble() < 0.2;
                LocalDate? closed = random.NextDouble() < 0.5 ? date.PlusDays(random.Next(0, 400)) : null;
                referrals.Add(new Referral(id, date, PrimaryNeed: $"N{random.Next(0, 10)}", ClosureDate: closed, NoFurtherAction: nfa ? true : random.Next(2) == 0 ? false : null));
                if (random.NextDouble() < 0.4)
                {
                    var start = date.PlusDays(random.Next(0, 10));
                    enquiries.Add(new Section47Enquiry(id, date, start, random.NextDouble() < 0.6 ? start.PlusDays(random.Next(0, 30)) : null));
                }
                date = date.PlusDays(random.Next(1, 300));
            }
            var planStart = new LocalDate(2021, 1, 1).PlusDays(random.Next(0, 1500));
            for (int p = 0, n = random.Next(0, 3); p < n; p++)
            {
                LocalDate? end = random.NextDouble() < 0.4 ? null : planStart.PlusDays(random.Next(0, 500));
                string?[] categories = ["NEG", "PHY", "SAB", "EMO", "MUL", null];
                plans.Add(new ProtectionPlan(id, planStart, end, initialCategory: categories[random.Next(categories.Length)]));
                planStart = (end ?? planStart).PlusDays(random.Next(1, 300));
            }
        }
        return new CurrentCinRecords(seed, referrals, enquiries, plans, children);
    }
}

/// <summary>FsCheck generators for the current children in need properties.</summary>
public static class CurrentCinArbitraries
{
    public static Arbitrary<CurrentCinRecords> Records() => Gen.Choose(0, int.MaxValue).Select(CurrentCinRecords.Create).ToArbitrary();

    public static Arbitrary<ReportingPeriod> Periods() =>
        Gen.Choose(2022, 2025).Select(year => ReportingPeriod.YearEnding(new LocalDate(year, 3, 31))).ToArbitrary();
}

/// <summary>What must hold of the current children in need measures on any valid data.</summary>
[Properties(Arbitrary = [typeof(CurrentCinArbitraries)], MaxTest = 80)]
public class CurrentChildrenInNeedProperties
{
    private static readonly Indicator[] Measures =
        [.. ChildrensKpi.Indicators.All.Where(i => i.Definition.Group == IndicatorGroup.Current && i.Requires.HasFlag(IndicatorInputKinds.ChildrenInNeed))];

    private static IndicatorResult Compute(Indicator indicator, ChildrenInNeedData data, ReportingPeriod period) =>
        indicator.Compute(new IndicatorInputs
        {
            ChildrenInNeed = data,
            Population = [.. Enumerable.Range(2021, 5).Select(y => new PopulationEstimate($"{y}-{(y + 1) % 100:D2}", 0, 17, 20_000))],
        }, period);

    [Property]
    public bool Compute_AnyData_WithinBounds(CurrentCinRecords records, ReportingPeriod period)
    {
        var data = records.Data;
        var cin = Compute(ChildrensKpi.Indicators.CIN10K, data, period);
        var nfa = Compute(ChildrensKpi.Indicators.REFNFA, data, period);
        // A child in need counts once, however many episodes are open; the rate divides by 20,000 / 10,000.
        bool once = cin.Children.Where(c => c.InNumerator).GroupBy(c => c.ChildId).All(g => g.Count() == 1);
        return once && cin.Numerator >= 0 && cin.Numerator <= records.Referrals.Select(r => r.Child).Distinct().Count() && cin.Denominator == 2m
            && nfa.Numerator >= 0 && nfa.Numerator <= nfa.Denominator
            && nfa.Denominator == records.Referrals.Count(r => period.Contains(r.Date))
            && Compute(ChildrensKpi.Indicators.S4710K, data, period).Numerator == records.Enquiries.Count(e => period.Contains(e.StartDate))
            && Compute(ChildrensKpi.Indicators.CPPSTARTS10K, data, period).Numerator == records.Plans.Count(p => period.Contains(p.Start));
    }

    [Property]
    public bool Compute_ShuffledRecords_GiveTheSameResult(CurrentCinRecords records, ReportingPeriod period, int shuffleSeed)
    {
        var random = new Random(shuffleSeed);
        var shuffled = new ChildrenInNeedData(records.Referrals.OrderBy(_ => random.Next()), enquiries: records.Enquiries.OrderBy(_ => random.Next()),
            plans: records.Plans.OrderBy(_ => random.Next()), children: records.Children.OrderBy(_ => random.Next()));
        return Measures.All(i =>
        {
            var a = Compute(i, records.Data, period);
            var b = Compute(i, shuffled, period);
            return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Children.SequenceEqual(b.Children);
        });
    }

    [Property]
    public bool Compute_PartitionOfChildren_CountsAddUp(CurrentCinRecords records, ReportingPeriod period, int partitionSeed)
    {
        var random = new Random(partitionSeed);
        var inFirst = Enumerable.Range(0, 30).Select(i => new ChildId($"N{i:D3}")).Where(_ => random.Next(2) == 0).ToHashSet();
        ChildrenInNeedData Part(bool first) => new(records.Referrals.Where(r => inFirst.Contains(r.Child) == first),
            enquiries: records.Enquiries.Where(e => inFirst.Contains(e.Child) == first), plans: records.Plans.Where(p => inFirst.Contains(p.Child) == first),
            children: records.Children.Where(c => inFirst.Contains(c.Id) == first));
        return Measures.All(i =>
        {
            var whole = Compute(i, records.Data, period);
            var first = Compute(i, Part(true), period);
            var second = Compute(i, Part(false), period);
            return whole.Numerator == first.Numerator + second.Numerator
                && (i.Definition.Unit == IndicatorUnit.Per10000 || whole.Denominator == first.Denominator + second.Denominator);
        });
    }
}
