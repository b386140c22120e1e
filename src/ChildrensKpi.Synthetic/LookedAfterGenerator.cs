using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>
/// One looked-after child's SSDA903 records: periods of care made of placements made of episodes, with the shapes
/// councils see — most children one or two placements a year and a tail of many; periods of care across years; short
/// breaks (V3/V4); same-carer moves (T, U) such as a foster carer becoming the adopter; placements for adoption; OC3 rows
/// for care leavers.
/// </summary>
internal static class LookedAfterGenerator
{
    private const int Kind = 1;
    private static readonly LocalDate CurrentCodesFrom = new(2014, 4, 1);
    private static readonly int[] AgeAtEntryWeights = [18, 10, 8, 7, 6, 5, 5, 4, 4, 4, 5, 6, 7, 8, 8, 6, 3, 1];
    private static readonly int[] PlacementsWeights = [45, 25, 12, 7, 4, 2, 2, 1, 1, 1];
    private static readonly int[] PeriodsWeights = [78, 17, 5];
    private static readonly LegalStatus[] FirstStatuses = [LegalStatus.V2, LegalStatus.V2, LegalStatus.C1, LegalStatus.C2, LegalStatus.L2, LegalStatus.J2];
    private static readonly LegalStatus[] LaterStatuses = [LegalStatus.C1, LegalStatus.C2, LegalStatus.C2, LegalStatus.E1, LegalStatus.V2];
    private static readonly PlacementType[] Foster = [PlacementType.U1, PlacementType.U3, PlacementType.U4, PlacementType.U4, PlacementType.U5, PlacementType.U6];
    private static readonly PlacementType[] LegacyFoster = [PlacementType.F1, PlacementType.F3, PlacementType.F4, PlacementType.F4, PlacementType.F5, PlacementType.F6];
    private static readonly ReasonEpisodeCeased[] Leaving = [ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E13, ReasonEpisodeCeased.E41, ReasonEpisodeCeased.E45, ReasonEpisodeCeased.E15];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MOTH", "BAFR", "BCRB", "AOTH", "APKN", "OOTH"];
    private static readonly string[] Accommodation = ["B1", "C1", "D1", "E1", "G1", "H1", "K1", "T1", "U1", "V1", "B2", "S2", "U2", "0"];
    private static readonly CareLeaverActivity[] Activities =
    [
        CareLeaverActivity.F1, CareLeaverActivity.F2, CareLeaverActivity.F2, CareLeaverActivity.P2, CareLeaverActivity.F4, CareLeaverActivity.F4,
        CareLeaverActivity.P4, CareLeaverActivity.F5, CareLeaverActivity.G4, CareLeaverActivity.G5, CareLeaverActivity.G5, CareLeaverActivity.G6, CareLeaverActivity.NoInformation,
    ];

    private static readonly int[] InTouchWeights = [72, 8, 1, 5, 7, 7];

    public static void Child(SyntheticRecords records, int index)
    {
        var rng = Rng.For(records.Options.Seed, Kind, index);
        var id = new ChildId($"C{index + 1:D7}");
        // Care may begin up to three years before the first year read, so some histories begin part way through a period.
        var earliest = records.FirstDay.PlusYears(-3);
        int window = Period.Between(earliest, records.LastDay, PeriodUnits.Days).Days + 1;
        var entry = earliest.PlusDays(rng.Below(window));
        var dateOfBirth = entry.PlusDays(-(rng.Weighted(AgeAtEntryWeights) * 365) - rng.Below(365));

        var episodes = new List<Episode>();
        if (rng.Chance(0.05))
        {
            ShortBreaks(ref rng, id, entry, episodes);
        }
        else
        {
            Periods(ref rng, id, entry, dateOfBirth, episodes);
        }
        int before = records.Episodes.Count;
        foreach (var episode in episodes)
        {
            // Nothing after the last day is known; nothing that ended before the first day is in any file read.
            if (episode.Start > records.LastDay || episode.End < records.FirstDay)
            {
                continue;
            }
            records.Episodes.Add(episode.End > records.LastDay ? episode with { End = null, ReasonCeased = null } : episode);
        }
        if (records.Episodes.Count == before)
        {
            return;
        }
        records.Headers.Add(new Child(id, rng.Chance(0.55) ? Sex.Male : Sex.Female, dateOfBirth, rng.Pick(Ethnicities)));
        CareLeaver(ref rng, records, id, dateOfBirth, records.Episodes.Count - before);
    }

    private static void ShortBreaks(ref Rng rng, ChildId id, LocalDate start, List<Episode> episodes)
    {
        var status = rng.Chance(0.7) ? LegalStatus.V3 : LegalStatus.V4;
        int breaks = rng.Between(3, 20);
        for (int i = 0; i < breaks; i++)
        {
            var end = start.PlusDays(rng.Between(1, 4));
            episodes.Add(new Episode(id, start, ReasonForNewEpisode.S, status, PlacementType.K2, end, ReasonEpisodeCeased.E13));
            start = end.PlusDays(rng.Between(10, 60));
        }
    }

    private static void Periods(ref Rng rng, ChildId id, LocalDate start, LocalDate dateOfBirth, List<Episode> episodes)
    {
        var eighteenth = dateOfBirth.PlusYears(18);
        int periods = rng.Weighted(PeriodsWeights) + 1;
        for (int p = 0; p < periods && start < eighteenth; p++)
        {
            // Lengths of care are skewed: many short stays, a long tail of years.
            int days = 1 + (int)Math.Min(5000, -Math.Log(1 - rng.Unit()) * 700);
            var end = start.PlusDays(days);
            bool ageingOut = end >= eighteenth;
            end = ageingOut ? eighteenth : end;
            PeriodOfCare(ref rng, id, start, end, dateOfBirth, ageingOut, episodes);
            start = end.PlusDays(rng.Between(20, 900));
        }
    }

    private static void PeriodOfCare(ref Rng rng, ChildId id, LocalDate start, LocalDate end, LocalDate dateOfBirth, bool ageingOut, List<Episode> episodes)
    {
        int days = Period.Between(start, end, PeriodUnits.Days).Days;
        int placements = Math.Min(days, rng.Weighted(PlacementsWeights) + 1 + (rng.Chance(0.03) ? rng.Between(5, 25) : 0));
        var cuts = new SortedSet<int>();
        while (cuts.Count < placements - 1)
        {
            cuts.Add(rng.Between(1, days - 1));
        }
        int[] bounds = [0, .. cuts, days];
        var status = rng.Pick(FirstStatuses);
        bool adopted = false;
        for (int k = 0; k < placements; k++)
        {
            var from = start.PlusDays(bounds[k]);
            var to = start.PlusDays(bounds[k + 1]);
            int age = Period.Between(dateOfBirth, from, PeriodUnits.Years).Years;
            var rne = k == 0 ? ReasonForNewEpisode.S : rng.Chance(0.7) ? ReasonForNewEpisode.P : ReasonForNewEpisode.B;
            if (rne == ReasonForNewEpisode.B)
            {
                status = rng.Pick(LaterStatuses);
            }
            var type = PlacementTypeFor(ref rng, from, age);
            bool last = k == placements - 1;
            adopted = last && !ageingOut && age < 6 && rng.Chance(0.45);
            Placement(ref rng, id, from, to, rne, ref status, type, adopted, episodes);
        }
        var final = episodes[^1];
        var reason = adopted ? ReasonEpisodeCeased.E11 : ageingOut ? ReasonEpisodeCeased.E8 : rng.Pick(Leaving);
        episodes[^1] = final with { ReasonCeased = reason };
    }

    /// <summary>A placement's episodes: a legal status change (L) part way, and for an adoption a same-carer move (U or T) to an adoptive type.</summary>
    private static void Placement(ref Rng rng, ChildId id, LocalDate from, LocalDate to, ReasonForNewEpisode rne, ref LegalStatus status, PlacementType type, bool adopted, List<Episode> episodes)
    {
        int days = Period.Between(from, to, PeriodUnits.Days).Days;
        var starts = new List<(LocalDate Start, ReasonForNewEpisode Rne, PlacementType Type)> { (from, rne, type) };
        if (adopted && days >= 4)
        {
            // A foster carer becoming the adopter (U, or T with the placement order) continues the placement.
            var move = from.PlusDays(rng.Between(days / 2, days - 2));
            var adoptive = from < CurrentCodesFrom ? PlacementType.A1 : PlacementType.A4;
            starts.Add((move, rng.Chance(0.5) ? ReasonForNewEpisode.U : ReasonForNewEpisode.T, adoptive));
        }
        else if (adopted)
        {
            starts[0] = (from, rne, from < CurrentCodesFrom ? PlacementType.A2 : PlacementType.A3);
        }
        if (starts.Count == 1 && days >= 60 && rng.Chance(0.25))
        {
            starts.Add((from.PlusDays(rng.Between(1, days - 1)), ReasonForNewEpisode.L, type));
        }
        for (int i = 0; i < starts.Count; i++)
        {
            var (start, reason, kind) = starts[i];
            if (reason is ReasonForNewEpisode.L or ReasonForNewEpisode.T)
            {
                status = reason == ReasonForNewEpisode.T ? LegalStatus.E1 : rng.Pick(LaterStatuses);
            }
            var end = i + 1 < starts.Count ? starts[i + 1].Start : to;
            episodes.Add(new Episode(id, start, reason, status, kind, end, ReasonEpisodeCeased.X1));
        }
    }

    private static PlacementType PlacementTypeFor(ref Rng rng, LocalDate from, int age)
    {
        int draw = rng.Below(100);
        bool legacy = from < CurrentCodesFrom;
        return draw switch
        {
            < 72 => rng.Pick(legacy ? LegacyFoster : Foster),
            < 82 => age >= 10 ? PlacementType.K2 : rng.Pick(legacy ? LegacyFoster : Foster),
            < 87 => PlacementType.P1,
            < 90 => PlacementType.R1,
            < 94 => age >= 16 ? PlacementType.H5 : PlacementType.K1,
            < 96 when legacy => PlacementType.T2,
            _ => PlacementType.Z1,
        };
    }

    /// <summary>An OC3 row in the year of the 19th birthday, for most of those looked after at 16 and a few the episodes do not show.</summary>
    private static void CareLeaver(ref Rng rng, SyntheticRecords records, ChildId id, LocalDate dateOfBirth, int episodeCount)
    {
        var nineteenth = dateOfBirth.PlusYears(19);
        if (nineteenth < records.FirstDay || nineteenth > records.LastDay)
        {
            return;
        }
        var sixteenth = dateOfBirth.PlusYears(16);
        var april = new LocalDate(sixteenth.Year, 4, 1);
        april = april >= sixteenth ? april : april.PlusYears(1);
        bool lookedAfterAt16 = false;
        for (int i = records.Episodes.Count - episodeCount; i < records.Episodes.Count; i++)
        {
            var e = records.Episodes[i];
            lookedAfterAt16 |= !e.IsShortBreak && e.IsOpenOn(april);
        }
        if (!(lookedAfterAt16 ? rng.Chance(0.92) : rng.Chance(0.03)))
        {
            return;
        }
        var inTouch = (InTouch)(rng.Weighted(InTouchWeights) + 1);
        records.CareLeavers.Add(new CareLeaverOutcome(id, dateOfBirth, inTouch, rng.Pick(Activities), rng.Pick(Accommodation)));
    }
}
