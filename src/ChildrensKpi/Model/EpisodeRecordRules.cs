using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// The rules an SSDA903 reader rejects episode rows by, applied to the records another system gives
/// <see cref="LookedAfterData"/>: SSDA903-E008 (dates in <see cref="SupportedDates"/>), E001 (an episode does not end
/// before it starts), E002 and E003 (<see cref="EpisodeSequence"/>). Records are the caller's own and have no rows to
/// reject, so a record that breaks one is an invalid argument, named with the rule.
/// </summary>
internal static class EpisodeRecordRules
{
    private const string Episodes = "episodes";

    /// <exception cref="ArgumentException">A record breaks one of the rules.</exception>
    public static void Require(EpisodeTable table, ImmutableArray<Child> children, ImmutableArray<CareLeaverOutcome> careLeavers)
    {
        foreach (var child in children)
        {
            RequireSupported(child.DateOfBirth, "children", $"the Header row of child {child.Id}", "DOB");
        }
        foreach (var leaver in careLeavers)
        {
            RequireSupported(leaver.DateOfBirth, "careLeavers", $"the OC3 row of child {leaver.Child}", "DOB");
        }
        var births = new Dictionary<ChildId, int>(children.Length);
        foreach (var child in children)
        {
            births[child.Id] = DayNumbers.Of(child.DateOfBirth);
        }
        // Each child's episodes in DECOM order: a key of child number then start, unique (no two episodes share both).
        var keys = new long[table.Count];
        var order = new int[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            var start = DayNumbers.ToDate(table.Start[i]);
            RequireSupported(start, Episodes, Describe(table, i), "DECOM");
            if (table.End[i] != DayNumbers.Open)
            {
                RequireSupported(DayNumbers.ToDate(table.End[i]), Episodes, Describe(table, i), "DEC");
            }
            if (PeriodDates.EndsBeforeStart(table.Start[i], table.End[i]))
            {
                Refuse(ValidationRules.EpisodeEndsBeforeStart, $"{Describe(table, i)} ends {DayNumbers.ToDate(table.End[i]):uuuu-MM-dd}");
            }
            keys[i] = ((long)table.Child[i] << 32) | (uint)table.Start[i];
            order[i] = i;
        }
        Array.Sort(keys, order);
        for (int k = 0; k < order.Length;)
        {
            int child = table.Child[order[k]];
            var sequence = new EpisodeSequence(births.TryGetValue(table.Ids[child], out int birth) ? birth : int.MinValue);
            for (; k < order.Length && table.Child[order[k]] == child; k++)
            {
                int e = order[k];
                int previous = sequence.Previous;
                int previousEnd = sequence.PreviousEnd;
                var broken = sequence.Next(e, table.Start[e], table.End[e], table.IsShortBreak(e));
                if (broken == ValidationRules.EpisodeBeforeBirth)
                {
                    Refuse(broken, $"{Describe(table, e)} begins before the child's date of birth {DayNumbers.ToDate(birth):uuuu-MM-dd} (Header)");
                }
                if (broken == ValidationRules.EpisodesOverlap)
                {
                    string ended = previousEnd == DayNumbers.Open ? "is still open" : $"ended {DayNumbers.ToDate(previousEnd):uuuu-MM-dd}";
                    Refuse(broken, $"{Describe(table, e)} begins before the episode that began {DayNumbers.ToDate(table.Start[previous]):uuuu-MM-dd} {ended}");
                }
            }
        }
    }

    private static string Describe(EpisodeTable table, int i) => $"the episode of child {table.Ids[table.Child[i]]} beginning {DayNumbers.ToDate(table.Start[i]):uuuu-MM-dd}";

    private static void RequireSupported(LocalDate date, string parameter, string record, string column)
    {
        if (!SupportedDates.Contains(date))
        {
            throw new ArgumentException(
                $"{ValidationRules.Ssda903DateOutOfRange.Id}: {record} has {column} {date:uuuu-MM-dd}; {ValidationRules.Ssda903DateOutOfRange.Message}.", parameter);
        }
    }

    private static void Refuse(ValidationRule rule, string what, string parameter = Episodes) => throw new ArgumentException(
        $"{rule.Id}: {what}; {rule.Message}. The SSDA903 readers reject such a row and account for it: give the records as rows (InputFile.FromRows) to have that.",
        parameter);
}
