using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 rules that need every file read first (<see cref="ValidationRules"/> SSDA903-E002 to E007): a child's
/// episodes in DECOM order, against the Header table's date of birth, and the OC3 rows against the episodes.
/// Rejections move rows already counted as used to rejected, every copy of a merged episode with it.
/// </summary>
internal static class Ssda903Checks
{
    public static void Run(EpisodeSink episodes, HeaderSink headers, CareLeaverSink careLeavers, AccountBuilder account)
    {
        var byChild = episodes.Records().GroupBy(r => r.Episode.Child).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Episode.Start).ToList());
        var kept = new Dictionary<ChildId, List<Episode>>();
        foreach (var (child, records) in byChild.OrderBy(c => c.Key))
        {
            var birth = headers.BirthOf(child);
            Episode? previous = null;
            var keptOfChild = kept[child] = [];
            foreach (var (episode, copy) in records)
            {
                if (!episode.IsShortBreak && birth is { } dob && episode.Start < dob)
                {
                    Reject(episodes, account, episode, ValidationRules.EpisodeBeforeBirth, $"DECOM {Dmy(episode.Start)}, DOB {Dmy(dob)}");
                    continue;
                }
                // Short breaks are not time looked after: they are neither compared nor compared with.
                if (!episode.IsShortBreak && previous is not null && (previous.End is null || episode.Start < previous.End))
                {
                    string ended = previous.End is { } end ? $"ended {Dmy(end)}" : "is still open";
                    Reject(episodes, account, episode, ValidationRules.EpisodesOverlap,
                        $"DECOM {Dmy(episode.Start)}, but the episode that started {Dmy(previous.Start)} {ended}");
                    continue;
                }
                keptOfChild.Add(episode);
                Warnings(account, episode, copy, previous, birth);
                previous = episode.IsShortBreak ? previous : episode;
            }
        }
        foreach (var (child, birth, copy) in careLeavers.Records())
        {
            var sixteen = Age.Birthday(birth, 16);
            var seventeen = Age.Birthday(birth, 17);
            bool lookedAfterAt16 = kept.TryGetValue(child, out var own)
                && own.Any(e => !e.IsShortBreak && e.Start < seventeen && (e.End is null || e.End > sixteen));
            if (!lookedAfterAt16)
            {
                account.Find(ValidationFinding.Warn(ValidationRules.CareLeaverOutsideCohort, copy.Path, copy.Line, "CHILD", child.Value,
                    $"no episode in the files between the 16th birthday ({Dmy(sixteen)}) and the 17th ({Dmy(seventeen)})", child.Value));
            }
        }
    }

    private static void Warnings(AccountBuilder account, Episode episode, MergedCopy copy, Episode? previous, LocalDate? birth)
    {
        string child = episode.Child.Value;
        if (birth is { } dob && Age.Birthday(dob, 18) is var eighteen && episode.Start >= eighteen)
        {
            account.Find(ValidationFinding.Warn(ValidationRules.EpisodeAfterEighteenthBirthday, copy.Path, copy.Line, "DECOM", Dmy(episode.Start),
                $"the 18th birthday was {Dmy(eighteen)}", child));
        }
        if (episode.ReasonForNewEpisode == ReasonForNewEpisode.L && !episode.IsShortBreak && previous?.End == episode.Start && previous.Placement != episode.Placement)
        {
            account.Find(ValidationFinding.Warn(ValidationRules.LegalStatusChangeMovesPlacement, copy.Path, copy.Line, "PLACE", episode.Placement.ToString(),
                $"the episode that ended {Dmy(episode.Start)} had PLACE {previous.Placement}", child));
        }
        if (episode.Placement is PlacementType.A3 or PlacementType.A4 && episode.LegalStatus is not (LegalStatus.E1 or LegalStatus.D1))
        {
            account.Find(ValidationFinding.Warn(ValidationRules.AdoptionPlacementWithoutOrder, copy.Path, copy.Line, "LS", episode.LegalStatus.ToString(),
                $"PLACE {episode.Placement} with LS {episode.LegalStatus}", child));
        }
    }

    private static void Reject(EpisodeSink episodes, AccountBuilder account, Episode episode, ValidationRule rule, string detail)
    {
        var copies = episodes.Remove(episode);
        for (int i = 0; i < copies.Count; i++)
        {
            var (path, line) = copies[i];
            string also = copies.Count > 1 ? $" (copy {i + 1} of {copies.Count} of this episode)" : "";
            account.RejectUsedRow(rule.Reject(path, line, "DECOM", Dmy(episode.Start), detail + also, episode.Child.Value));
        }
    }

    // Every date here was read within SupportedDates, so every birthday asked for is in the calendar.
    private static string Dmy(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
