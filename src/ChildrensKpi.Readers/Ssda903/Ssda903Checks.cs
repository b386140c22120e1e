using System.Runtime.CompilerServices;
using System.Globalization;
using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// The SSDA903 rules that need every file read first (<see cref="ValidationRules"/> SSDA903-E002 to E007): a child's
/// episodes in DECOM order, against the Header table's date of birth, and the OC3 rows against the episodes. One linear
/// pass over the episode columns, child by child in id order. Rejections move rows already counted as used to rejected,
/// every copy of a merged episode with it.
/// </summary>
internal static class Ssda903Checks
{
    /// <summary>Runs the rules; gives, per kept episode of <paramref name="episodes"/>, whether it survives them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool[] Run(EpisodeSink episodes, ChildNumbers children, HeaderSink headers, CareLeaverSink careLeavers, AccountBuilder account)
    {
        var (offsets, order) = ByChild(episodes, children.Count);
        var keep = new bool[episodes.Count];
        Array.Fill(keep, true);
        foreach (int child in InIdOrder(children))
        {
            var id = children.Id(child);
            var birth = headers.BirthOf(id);
            var sequence = new EpisodeSequence(birth is { } dob ? DayNumbers.Of(dob) : int.MinValue);
            for (int k = offsets[child]; k < offsets[child + 1]; k++)
            {
                int e = order[k];
                int previous = sequence.Previous;
                var broken = sequence.Next(e, episodes.Start(e), episodes.End(e), episodes.IsShortBreak(e));
                var start = DayNumbers.ToDate(episodes.Start(e));
                if (broken == ValidationRules.EpisodeBeforeBirth)
                {
                    Reject(episodes, account, e, id, keep, broken, $"DECOM {Dmy(start)}, DOB {Dmy(birth!.Value)}");
                    continue;
                }
                if (broken == ValidationRules.EpisodesOverlap)
                {
                    string ended = episodes.End(previous) == DayNumbers.Open ? "is still open" : $"ended {Dmy(episodes.End(previous))}";
                    // The DfE's 903-501 flags this row only when the episode just before it (in DECOM order, whatever
                    // was kept) has ended after it started. When that episode is open, the DfE flags the open one
                    // (903-142), not this row, and when an earlier episode ended later, no DfE rule flags it: neither
                    // names a DfE rule, so the row account never names a rule that the DfE's findings contradict.
                    int before = order[k - 1];
                    bool flaggedBy501 = episodes.End(before) != DayNumbers.Open && episodes.Start(e) < episodes.End(before);
                    Reject(episodes, account, e, id, keep, broken,
                        $"DECOM {Dmy(start)}, but the episode that started {Dmy(episodes.Start(previous))} {ended}",
                        flaggedBy501 ? broken.DfeRuleId : null);
                    continue;
                }
                Warnings(account, episodes, e, id, previous, birth);
            }
        }
        foreach (var (child, birth, path, line) in careLeavers.Records())
        {
            // Dates are read only in the supported years (SupportedDates), so these birthdays are on the calendar.
            var sixteen = Age.Birthday(birth, 16);
            var seventeen = Age.Birthday(birth, 17);
            int number = children.Find(child);
            bool lookedAfterAt16 = number >= 0
                && LookedAfterBetween(episodes, keep, order, offsets[number], offsets[number + 1], DayNumbers.Of(sixteen), DayNumbers.Of(seventeen));
            if (!lookedAfterAt16)
            {
                account.Find(ValidationFinding.Warn(ValidationRules.CareLeaverOutsideCohort, path, line, "CHILD", child.Value,
                    "no episode in the files between the 16th and the 17th birthdays", child.Value));
            }
        }
        return keep;
    }

    /// <summary>The kept episodes of each child in DECOM order: child c's are <c>order[offsets[c]..offsets[c + 1]]</c> (a counting sort, then each child's few by start).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Offsets, int[] Order) ByChild(EpisodeSink episodes, int childCount)
    {
        var offsets = new int[childCount + 1];
        for (int e = 0; e < episodes.Count; e++)
        {
            offsets[episodes.ChildOf(e) + 1]++;
        }
        for (int c = 0; c < childCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }
        var next = offsets.AsSpan(0, childCount).ToArray();
        var order = new int[episodes.Count];
        for (int e = 0; e < episodes.Count; e++)
        {
            order[next[episodes.ChildOf(e)]++] = e;
        }
        for (int c = 0; c < childCount; c++)
        {
            for (int i = offsets[c] + 1; i < offsets[c + 1]; i++)
            {
                int e = order[i], j = i - 1;
                for (; j >= offsets[c] && episodes.Start(order[j]) > episodes.Start(e); j--)
                {
                    order[j + 1] = order[j];
                }
                order[j + 1] = e;
            }
        }
        return (offsets, order);
    }

    /// <summary>Child numbers in ordinal order of their ids, so that findings come out in the same order whatever the files' order.</summary>
    private static int[] InIdOrder(ChildNumbers children)
    {
        var ids = new string[children.Count];
        var numbers = new int[children.Count];
        for (int c = 0; c < ids.Length; c++)
        {
            ids[c] = children.Id(c).Value;
            numbers[c] = c;
        }
        Array.Sort(ids, numbers, StringComparer.Ordinal);
        return numbers;
    }

    private static bool LookedAfterBetween(EpisodeSink episodes, bool[] keep, int[] order, int from, int to, int first, int afterLast)
    {
        for (int k = from; k < to; k++)
        {
            int e = order[k];
            if (keep[e] && !episodes.IsShortBreak(e) && episodes.Start(e) < afterLast && episodes.End(e) > first)
            {
                return true;
            }
        }
        return false;
    }

    private static void Warnings(AccountBuilder account, EpisodeSink episodes, int e, ChildId id, int previous, LocalDate? birth)
    {
        string child = id.Value;
        var (path, line) = episodes.Location(e);
        var start = DayNumbers.ToDate(episodes.Start(e));
        var place = (PlacementType)episodes.Place(e);
        var ls = (LegalStatus)episodes.Ls(e);
        if (birth is { } dob && Age.Birthday(dob, 18) is var eighteen && start >= eighteen)
        {
            account.Find(ValidationFinding.Warn(ValidationRules.EpisodeAfterEighteenthBirthday, path, line, "DECOM", Dmy(start),
                // No birthday in the message: beside a pseudonym, a date of birth would identify the child (issue 17).
                "the child was 18 or over on that day", child));
        }
        if ((ReasonForNewEpisode)episodes.Rne(e) == ReasonForNewEpisode.L && !ls.IsShortBreak() && previous >= 0
            && episodes.End(previous) == episodes.Start(e) && episodes.Place(previous) != episodes.Place(e))
        {
            account.Find(ValidationFinding.Warn(ValidationRules.LegalStatusChangeMovesPlacement, path, line, "PLACE", place.ToString(),
                $"the episode that ended {Dmy(start)} had PLACE {(PlacementType)episodes.Place(previous)}", child));
        }
        // The DfE's 903-408, one definition with the DfE rules (the enum names are the codes as written).
        if (Rules.Ssda903.AdoptionPlacementOrder.IsMissing(place.ToString(), ls.ToString()))
        {
            account.Find(ValidationFinding.Warn(ValidationRules.AdoptionPlacementWithoutOrder, path, line, "LS", ls.ToString(),
                $"PLACE {place} with LS {ls}", child));
        }
    }

    private static void Reject(EpisodeSink episodes, AccountBuilder account, int e, ChildId child, bool[] keep, ValidationRule rule, string detail)
        => Reject(episodes, account, e, child, keep, rule, detail, rule.DfeRuleId);

    /// <summary>As the other overload, naming <paramref name="dfeRuleId"/> as the DfE rule (null for none) instead of the rule's own.</summary>
    private static void Reject(EpisodeSink episodes, AccountBuilder account, int e, ChildId child, bool[] keep, ValidationRule rule, string detail, string? dfeRuleId)
    {
        keep[e] = false;
        var copies = episodes.Copies(e);
        string decom = Dmy(episodes.Start(e));
        for (int i = 0; i < copies.Count; i++)
        {
            var (path, line) = copies[i];
            string also = copies.Count > 1 ? $" (copy {i + 1} of {copies.Count} of this episode)" : "";
            account.RejectUsedRow(rule.Reject(path, line, "DECOM", decom, detail + also, child.Value) with { DfeRuleId = dfeRuleId });
        }
    }

    private static string Dmy(int day) => Dmy(DayNumbers.ToDate(day));

    private static string Dmy(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
