namespace ChildrensKpi.Tests.Fixtures;

/// <summary>
/// Random but valid children in need records for property tests, with the awkward cases the indicators must decide:
/// repeat referrals (some within 12 months), conferences recorded on the referral, assessments of every type with
/// missing starts or authorisations, authorised before the referral, dated before the working-day calendar, given twice;
/// enquiries without a referral in the data or not needing a conference; open and repeat plans with reviews.
/// </summary>
public sealed record SyntheticCinRecords(int Seed, ChildrenInNeedData Data)
{
    private static readonly LocalDate From = new(2003, 1, 1);

    public override string ToString() =>
        $"seed {Seed}: {Data.Referrals.Length} referrals, {Data.Assessments.Length} assessments, {Data.Enquiries.Length} enquiries, {Data.Plans.Length} plans";

    /// <summary>The records of the children in <paramref name="children"/> only.</summary>
    public ChildrenInNeedData Only(IReadOnlySet<ChildId> children) => new(
        Data.Referrals.Where(r => children.Contains(r.Child)),
        Data.Assessments.Where(a => children.Contains(a.Child)),
        Data.Enquiries.Where(e => children.Contains(e.Child)),
        Data.Plans.Where(p => children.Contains(p.Child)));

    // Every child with a row in any table: a child with only an enquiry (a referral left unrecorded) is a child too, or a
    // partition of the children would drop that enquiry from both parts.
    public IEnumerable<ChildId> Children =>
        Data.Referrals.Select(r => r.Child).Concat(Data.Assessments.Select(a => a.Child)).Concat(Data.Enquiries.Select(e => e.Child))
            .Concat(Data.Plans.Select(p => p.Child)).Distinct();

    public static SyntheticCinRecords Create(int seed)
    {
        var random = new Random(seed);
        var referrals = new List<Referral>();
        var assessments = new List<Assessment>();
        var enquiries = new List<Section47Enquiry>();
        var plans = new List<ProtectionPlan>();
        int count = random.Next(1, 25);
        for (int i = 0; i < count; i++)
        {
            var id = new ChildId($"K{random.Next(0, 1000):D3}-{i}");
            // Now and then a child whose records begin before the working-day calendar (1990).
            var date = random.NextDouble() < 0.03 ? new LocalDate(1989, 12, 20) : From.PlusDays(random.Next(0, 2500));
            int referralCount = random.Next(0, 5);
            for (int r = 0; r < referralCount; r++)
            {
                bool recorded = random.NextDouble() < 0.9;
                if (recorded)
                {
                    referrals.Add(new Referral(id, date, InitialConferenceDate: random.NextDouble() < 0.15 ? date.PlusDays(random.Next(0, 40)) : null));
                }
                AddAssessments(random, assessments, id, date);
                if (random.NextDouble() < 0.4)
                {
                    var start = date.PlusDays(random.Next(0, 10));
                    enquiries.Add(new Section47Enquiry(id, date, start,
                        random.NextDouble() < 0.7 ? start.PlusDays(random.Next(0, 40)) : null, random.NextDouble() < 0.1));
                }
                date = date.PlusDays(random.NextDouble() < 0.5 ? random.Next(1, 400) : random.Next(360, 370));
            }
            var planStart = From.PlusDays(random.Next(0, 2500));
            int planCount = random.Next(0, 4);
            for (int p = 0; p < planCount; p++)
            {
                LocalDate? end = random.NextDouble() < 0.3 ? null : planStart.PlusDays(random.Next(0, 1000));
                var reviews = Enumerable.Range(0, random.Next(0, 6)).Select(_ => planStart.PlusDays(random.Next(0, 1100))).ToList();
                plans.Add(new ProtectionPlan(id, planStart, end, numberOfPreviousPlans: random.Next(4) switch { 0 => null, 1 => 0, _ => random.Next(1, 3) },
                    reviews: reviews));
                planStart = (end ?? planStart).PlusDays(random.Next(1, 500));
            }
        }
        return new SyntheticCinRecords(seed, new ChildrenInNeedData(referrals, assessments, enquiries, plans));
    }

    private static void AddAssessments(Random random, List<Assessment> assessments, ChildId id, LocalDate referral)
    {
        int count = random.Next(0, 4);
        for (int a = 0; a < count; a++)
        {
            var type = (AssessmentType)random.Next(1, 4);
            LocalDate? start = random.NextDouble() < 0.1 ? null : referral.PlusDays(random.Next(-3, 10));
            LocalDate? authorised = random.NextDouble() < 0.15 ? null : referral.PlusDays(random.Next(-5, 90));
            var assessment = new Assessment(id, referral, type, start, authorised);
            assessments.Add(assessment);
            if (random.NextDouble() < 0.05)
            {
                // The same assessment given twice: each copy is an item, decided alike.
                assessments.Add(assessment);
            }
        }
    }
}
