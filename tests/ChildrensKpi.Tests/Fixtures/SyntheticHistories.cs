using System.Globalization;
using System.Text;

namespace ChildrensKpi.Tests.Fixtures;

/// <summary>
/// Random but valid SSDA903 records for property tests: children with chains of episodes (moves, legal-status changes,
/// same-carer changes, gaps, returns to care, short breaks, open episodes), dates of birth and some OC3 rows.
/// </summary>
public sealed record SyntheticHistories(int Seed, IReadOnlyList<Episode> Episodes, IReadOnlyList<Child> Children, IReadOnlyList<CareLeaverOutcome> CareLeavers)
{
    private static readonly PlacementType[] Placements =
        [PlacementType.U1, PlacementType.U4, PlacementType.U6, PlacementType.F1, PlacementType.F5, PlacementType.A1, PlacementType.A3,
         PlacementType.K2, PlacementType.R1, PlacementType.P1, PlacementType.H5, PlacementType.T0, PlacementType.T3, PlacementType.Z1];

    private static readonly LegalStatus[] Statuses = [LegalStatus.C1, LegalStatus.C2, LegalStatus.E1, LegalStatus.V2, LegalStatus.J2, LegalStatus.L2];

    public LookedAfterData Data => new(Episodes, Children, CareLeavers);

    public override string ToString() => $"seed {Seed}: {Children.Count} children, {Episodes.Count} episodes";

    public static SyntheticHistories Create(int seed)
    {
        var random = new Random(seed);
        var episodes = new List<Episode>();
        var children = new List<Child>();
        var leavers = new List<CareLeaverOutcome>();
        int count = random.Next(1, 30);
        for (int i = 0; i < count; i++)
        {
            var id = new ChildId($"C{i:D3}");
            var dob = new LocalDate(1985, 1, 1).PlusDays(random.Next(0, 8000));
            children.Add(new Child(id, random.Next(2) == 0 ? Sex.Male : Sex.Female, dob));
            var start = Later(dob.PlusDays(1), new LocalDate(2002, 1, 1).PlusDays(random.Next(0, 1900)));
            int chain = random.Next(1, 8);
            for (int j = 0; j < chain; j++)
            {
                bool shortBreak = random.NextDouble() < 0.1;
                var rne = j == 0 ? (random.NextDouble() < 0.2 ? ReasonForNewEpisode.L : ReasonForNewEpisode.S)
                    : (ReasonForNewEpisode)random.Next(2, 7);
                var end = start.PlusDays(random.Next(1, 500));
                bool open = j == chain - 1 && random.NextDouble() < 0.4;
                episodes.Add(new Episode(id, start, rne,
                    shortBreak ? LegalStatus.V3 : Statuses[random.Next(Statuses.Length)],
                    Placements[random.Next(Placements.Length)],
                    open ? null : end,
                    open ? null : ReasonEpisodeCeased.X1));
                // Most episodes follow on the same day; some leave a gap, after which care starts again.
                start = random.NextDouble() < 0.8 ? end : end.PlusDays(random.Next(1, 200));
            }
            if (random.NextDouble() < 0.3)
            {
                leavers.Add(new CareLeaverOutcome(id, dob, (InTouch)random.Next(1, 7), (CareLeaverActivity)random.Next(0, 14),
                    random.Next(3) switch { 0 => "U1", 1 => "B2", _ => null }));
            }
        }
        return new SyntheticHistories(seed, episodes, children, leavers);
    }

    /// <summary>
    /// The records as a council would return them year by year: each episode in the return of every April–March year
    /// it was open in, with DEC and REC left empty in the years before it ended.
    /// </summary>
    public IReadOnlyList<(string Name, string Text)> AsYearlyReturns()
    {
        var files = new List<(string, string)>();
        for (int year = 2001; year <= 2009; year++)
        {
            var yearStart = new LocalDate(year, 4, 1);
            var yearEnd = new LocalDate(year + 1, 3, 31);
            var text = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n");
            foreach (var e in Episodes.Where(e => e.Start <= yearEnd && (e.End is null || e.End >= yearStart)))
            {
                bool endedThisYear = e.End is { } end && end <= yearEnd;
                text.Append(CultureInfo.InvariantCulture, $"{e.Child},{Dmy(e.Start)},{e.ReasonForNewEpisode},{e.LegalStatus},{e.Placement},{(endedThisYear ? Dmy(e.End!.Value) : "")},{(endedThisYear ? e.ReasonCeased : "")}\n");
            }
            files.Add(($"episodes_{year}.csv", text.ToString()));
        }
        files.Add(("header.csv", "CHILD,SEX,DOB,ETHNIC\n" + string.Concat(Children.Select(c => $"{c.Id},{(int)c.Sex},{Dmy(c.DateOfBirth)},WBRI\n"))));
        files.Add(("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n" + string.Concat(CareLeavers.Select(c =>
            $"{c.Child},{Dmy(c.DateOfBirth)},{c.InTouch.Code()},{(c.Activity == CareLeaverActivity.NoInformation ? "0" : c.Activity)},{c.Accommodation}\n"))));
        return files;
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static string Dmy(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
