namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// Random but valid SSDA903 records for the current measures' properties: chains of episodes around 2022–2025 ending
/// with every kind of REC, every placement group (temporary placements included), short breaks, Missing rows, dates of
/// birth, OC2 rows (items 1, 0 or blank) and social worker episodes (hand-overs, returns to an earlier worker) and OC3 rows,
/// placement orders (LS E1) and AD1 rows.
/// </summary>
public sealed record CurrentCareHistories(int Seed, IReadOnlyList<Episode> Episodes, IReadOnlyList<MissingEpisode> Missing,
    IReadOnlyList<Child> Children, IReadOnlyList<Oc2Outcome> Oc2, IReadOnlyList<SocialWorkerEpisode> SocialWorkers,
    IReadOnlyList<CareLeaverOutcome> CareLeavers)
{
    /// <summary>AD1 rows: a match date (sometimes before the placement order) and FOSTER_CARE 1, 0 or not given.</summary>
    public IReadOnlyList<AdoptionDecision> Adoptions { get; init; } = [];

    private static readonly PlacementType[] Placements =
        [PlacementType.U1, PlacementType.U4, PlacementType.F2, PlacementType.A3, PlacementType.A1, PlacementType.P1, PlacementType.P2,
         PlacementType.H5, PlacementType.K3, PlacementType.K1, PlacementType.R2, PlacementType.S1, PlacementType.P3, PlacementType.Z1,
         PlacementType.T0, PlacementType.T3];

    private static readonly ReasonEpisodeCeased[] Reasons = [.. Enum.GetValues<ReasonEpisodeCeased>()];

    public LookedAfterData Data => new(Episodes, Children, CareLeavers) { MissingEpisodes = [.. Missing], Oc2Outcomes = [.. Oc2], SocialWorkerEpisodes = [.. SocialWorkers], AdoptionDecisions = [.. Adoptions] };

    public override string ToString() => $"seed {Seed}: {Episodes.Select(e => e.Child).Distinct().Count()} children, {Episodes.Count} episodes, {Missing.Count} missing rows";

    public static CurrentCareHistories Create(int seed)
    {
        var random = new Random(seed);
        var episodes = new List<Episode>();
        var missing = new List<MissingEpisode>();
        var children = new List<Child>();
        var oc2 = new List<Oc2Outcome>();
        var workers = new List<SocialWorkerEpisode>();
        var leavers = new List<CareLeaverOutcome>();
        var adoptions = new List<AdoptionDecision>();
        bool? Item() => random.Next(3) switch { 0 => true, 1 => false, _ => null };
        int count = random.Next(1, 25);
        for (int i = 0; i < count; i++)
        {
            var id = new ChildId($"K{i:D3}");
            var start = new LocalDate(2021, 6, 1).PlusDays(random.Next(0, 1200));
            // Born by the first episode's start: an episode before the birth is SSDA903-E003, refused by LookedAfterData.
            var dob = LocalDate.Min(new LocalDate(2001, 1, 1).PlusDays(random.Next(0, 7500)), start);
            children.Add(new Child(id, Sex.Female, dob));
            if (random.NextDouble() < 0.6)
            {
                oc2.Add(new Oc2Outcome(id, dob, Item(), Item(), Item(), Item()));
            }
            var first = start;
            int chain = random.Next(1, 6);
            for (int j = 0; j < chain; j++)
            {
                bool shortBreak = random.NextDouble() < 0.1;
                var rne = j == 0 || episodes[^1].End != start
                    ? (random.NextDouble() < 0.15 ? ReasonForNewEpisode.P : ReasonForNewEpisode.S)
                    : (ReasonForNewEpisode)random.Next(2, 7);
                var end = start.PlusDays(random.Next(1, 400));
                bool open = j == chain - 1 && random.NextDouble() < 0.4;
                bool gapAfter = random.NextDouble() < 0.3;
                var rec = open ? (ReasonEpisodeCeased?)null
                    : gapAfter || j == chain - 1 ? Reasons[random.Next(Reasons.Length)] : ReasonEpisodeCeased.X1;
                episodes.Add(new Episode(id, start, rne, shortBreak ? LegalStatus.V3 : random.NextDouble() < 0.3 ? LegalStatus.E1 : LegalStatus.C2,
                    Placements[random.Next(Placements.Length)], open ? null : end, rec));
                start = gapAfter ? end.PlusDays(random.Next(1, 150)) : end;
            }
            if (random.NextDouble() < 0.5)
            {
                adoptions.Add(new AdoptionDecision(id, null, random.Next(4) == 0 ? null : first.PlusDays(random.Next(0, 900)))
                {
                    ByFosterCarers = random.Next(3) switch { 0 => true, 1 => false, _ => null },
                });
            }
            if (random.NextDouble() < 0.4)
            {
                leavers.Add(new CareLeaverOutcome(id, dob, (InTouch)random.Next(1, 7), (CareLeaverActivity)random.Next(0, 14),
                    random.Next(4) switch { 0 => "U1", 1 => "B2", 2 => "0", _ => null }));
            }
            // Consecutive social worker episodes from 2022, ids drawn from a few so that returns to a worker happen.
            var swStart = new LocalDate(2022, 1, 1).PlusDays(random.Next(0, 400));
            for (int w = 0, n = random.Next(0, 5); w < n; w++)
            {
                LocalDate? swEnd = w == n - 1 && random.Next(2) == 0 ? null : swStart.PlusDays(random.Next(1, 300));
                workers.Add(new SocialWorkerEpisode(id, $"SW{random.Next(0, 4)}", swStart, swEnd, null));
                swStart = swEnd ?? swStart;
                if (swEnd is null)
                {
                    break;
                }
            }
            // Missing rows at distinct days, some before or after the child's care.
            foreach (int day in Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(-60, 900)).Distinct())
            {
                missing.Add(new MissingEpisode(id, random.Next(2) == 0 ? MissingKind.Missing : MissingKind.AwayWithoutAuthorisation, first.PlusDays(day)));
            }
        }
        return new CurrentCareHistories(seed, episodes, missing, children, oc2, workers, leavers) { Adoptions = adoptions };
    }
}
