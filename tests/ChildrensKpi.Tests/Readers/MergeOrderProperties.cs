using System.Globalization;
using ChildrensKpi.Readers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// Issue 17, "nothing lost when returns disagree": the merge of copies across returns does not depend on the order the
/// files are read in. Stated property: for 2 to 4 returns of distinct collection years, each holding a copy of the same
/// records of Episodes, OC3, Missing and AD1 with fields chosen at random (some empty), and any order of the files (the
/// names' prefixes decide the read order, the year in each name its return), the records read, the findings (every
/// SSDA903-E009 warning among them, where it was read and what it says) and the row account are those of the files
/// read in year order. And that read is what the rule says (<see cref="ReturnPrecedence.Pick{T}"/>): each field is the
/// latest return's filled value, empty only if no return filled it, and there is one E009 warning for each copy's
/// filled value that is not the value used; nothing is rejected.
/// </summary>
public sealed class MergeOrderProperties
{
    private static readonly string[] ChildIds = ["A", "B", "C"];

    // The choices of each field, a copy's field being one of three; "" is an empty cell.
    private static readonly string[] Places = ["U1", "U4", "U6"];
    private static readonly (string Dec, string Rec)[] Endings = [("", ""), ("01/03/2007", "E4A"), ("15/06/2007", "E8")];
    private static readonly string[] InTouchCodes = ["YES", "NO", "REFU"];
    private static readonly string[] Activities = ["", "F1", "G4"];
    private static readonly string[] Accommodations = ["", "U1", "S2"];
    private static readonly string[] MissingKinds = ["M", "A", "A"];
    private static readonly string[] MissingEnds = ["", "11/05/2006", "12/05/2006"];
    private static readonly string[] Matches = ["", "15/05/2006", "20/05/2006"];
    private static readonly string[] FosterCares = ["", "0", "1"];
    private const int Fields = 9;

    /// <summary>The returns: each one's collection year (its start year), each copy's choices, and the order the files are read in.</summary>
    public sealed record Returns(int[] Years, int[] Choices, int[] Order)
    {
        public int Choice(int ret, int child, int field) => Choices[((ret * ChildIds.Length) + child) * Fields + field];

        public override string ToString() => $"years [{string.Join(", ", Years)}], read in order [{string.Join(", ", Order)}], choices [{string.Join("", Choices)}]";
    }

    private static Arbitrary<Returns> Scenarios() =>
        Gen.Choose(2, 4).SelectMany(n =>
            Gen.Choose(0, 999).ArrayOf(7).SelectMany(yearKeys =>
                Gen.Choose(0, 999).ArrayOf(n).SelectMany(orderKeys =>
                    Gen.Choose(0, 2).ArrayOf(n * ChildIds.Length * Fields).Select(choices => new Returns(
                        // n distinct years of 2006-07 to 2012-13, in no particular order.
                        [.. Enumerable.Range(0, 7).OrderBy(i => yearKeys[i]).ThenBy(i => i).Take(n).Select(i => 2006 + i)],
                        choices,
                        [.. Enumerable.Range(0, n).OrderBy(i => orderKeys[i]).ThenBy(i => i)])))))
        .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property AnyOrderOfTheReturns_ReadsAsTheYearOrderAndAsTheRuleSays() => Prop.ForAll(Scenarios(), returns =>
    {
        var inYearOrder = Enumerable.Range(0, returns.Years.Length).OrderBy(r => returns.Years[r]).ToArray();
        var (read, names) = ReadInOrder(returns, returns.Order);
        var (baseline, baselineNames) = ReadInOrder(returns, inYearOrder);

        string[] got = Canonical(read, names), wanted = Canonical(baseline, baselineNames);
        bool sameRead = got.SequenceEqual(wanted);
        bool asTheRuleSays = Records(read).SequenceEqual(Expected(returns))
            && read.Account.Rejections.IsEmpty
            && read.Account.Findings.Count(f => f.RuleId == ValidationRules.SupersededByLaterReturn.Id) == ExpectedWarnings(returns);
        return (sameRead && asTheRuleSays).Label($"same as in year order: {sameRead} (read only: {string.Join(" | ", got.Except(wanted))}; "
            + $"in year order only: {string.Join(" | ", wanted.Except(got))}); as the rule says: {asTheRuleSays}");
    });

    // Reads the returns' files named so that they sort (and are read) in the given order of returns: the prefix is the
    // place in that order, the year in the name the return's. Also returns each file's name without its prefix.
    private static (Ssda903ReadResult Read, Dictionary<string, string> Names) ReadInOrder(Returns returns, int[] order)
    {
        var files = new List<InputFile>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int place = 0; place < order.Length; place++)
        {
            int r = order[place];
            string year = $"{returns.Years[r]}-{(returns.Years[r] + 1) % 100:00}";
            foreach (var (table, text) in Tables(returns, r))
            {
                string plain = $"{table}_{year}.csv", name = $"{(char)('a' + place)}_{plain}";
                names[name] = plain;
                files.Add(InputFile.FromText(name, text));
            }
        }
        // The list given in the reverse of the read order too: the reader sorts by name.
        files.Reverse();
        return (Ssda903Reader.Read(files), names);
    }

    private static IEnumerable<(string Table, string Text)> Tables(Returns returns, int r)
    {
        string Rows(Func<int, string> row) => string.Concat(Enumerable.Range(0, ChildIds.Length).Select(c => row(c) + "\n"));
        string Pick(string[] options, int c, int field) => options[returns.Choice(r, c, field)];
        yield return ("episodes", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n" + Rows(c =>
            $"{ChildIds[c]},01/04/2006,S,C2,{Pick(Places, c, 0)},{Endings[returns.Choice(r, c, 1)].Dec},{Endings[returns.Choice(r, c, 1)].Rec}"));
        yield return ("oc3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n" + Rows(c =>
            $"{ChildIds[c]},01/01/198{c},{Pick(InTouchCodes, c, 2)},{Pick(Activities, c, 3)},{Pick(Accommodations, c, 4)}"));
        yield return ("missing", "CHILD,DOB,MISSING,MIS_START,MIS_END\n" + Rows(c =>
            $"{ChildIds[c]},01/01/2000,{Pick(MissingKinds, c, 5)},10/05/2006,{Pick(MissingEnds, c, 6)}"));
        yield return ("ad1", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n" + Rows(c =>
            $"{ChildIds[c]},01/01/2000,01/02/2006,{Pick(Matches, c, 7)},{Pick(FosterCares, c, 8)},,,"));
    }

    // Every cell a field can have, in the order of the choices (DEC and REC are one choice, so two cells).
    private static string[] Cells(Returns returns, int r, int c) =>
    [
        Places[returns.Choice(r, c, 0)], Endings[returns.Choice(r, c, 1)].Dec, Endings[returns.Choice(r, c, 1)].Rec,
        InTouchCodes[returns.Choice(r, c, 2)], Activities[returns.Choice(r, c, 3)], Accommodations[returns.Choice(r, c, 4)],
        MissingKinds[returns.Choice(r, c, 5)], MissingEnds[returns.Choice(r, c, 6)], Matches[returns.Choice(r, c, 7)], FosterCares[returns.Choice(r, c, 8)],
    ];

    // The rule: each cell of a child's record is the latest return's filled one, "" when none filled it.
    private static string[] Used(Returns returns, int c)
    {
        var latestFirst = Enumerable.Range(0, returns.Years.Length).OrderByDescending(r => returns.Years[r]).Select(r => Cells(returns, r, c)).ToList();
        return [.. Enumerable.Range(0, latestFirst[0].Length).Select(i => latestFirst.Select(cells => cells[i]).FirstOrDefault(v => v.Length > 0) ?? "")];
    }

    // One warning per copy's filled cell that is not the cell used.
    private static int ExpectedWarnings(Returns returns) =>
        Enumerable.Range(0, ChildIds.Length).Sum(c =>
        {
            var used = Used(returns, c);
            return Enumerable.Range(0, returns.Years.Length).Sum(r => Cells(returns, r, c).Where((v, i) => v.Length > 0 && v != used[i]).Count());
        });

    private static string[] Expected(Returns returns) =>
    [
        .. Enumerable.Range(0, ChildIds.Length).SelectMany(c =>
        {
            var u = Used(returns, c);
            var child = new ChildId(ChildIds[c]);
            LocalDate? Date(string text) => text.Length == 0 ? null : LocalDate.FromDateTime(DateTime.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture));
            var inTouch = u[3] switch { "YES" => InTouch.Yes, "NO" => InTouch.No, _ => InTouch.RefusesContact };
            return new[]
            {
                $"episode {child} {new LocalDate(2006, 4, 1)} {Date(u[1])} {u[0]} {u[2]}",
                new CareLeaverOutcome(child, new LocalDate(1980 + c, 1, 1), inTouch, u[4].Length == 0 ? CareLeaverActivity.NoInformation : Enum.Parse<CareLeaverActivity>(u[4]),
                    u[5].Length == 0 ? null : u[5]).ToString(),
                new MissingEpisode(child, u[6] == "M" ? MissingKind.Missing : MissingKind.AwayWithoutAuthorisation, new LocalDate(2006, 5, 10), Date(u[7])).ToString(),
                (new AdoptionDecision(child, new LocalDate(2006, 2, 1), Date(u[8])) { ByFosterCarers = u[9] switch { "1" => true, "0" => false, _ => null } }).ToString(),
            };
        }).Order(StringComparer.Ordinal),
    ];

    // The records read, as the expectation writes them.
    private static string[] Records(Ssda903ReadResult read) =>
    [
        .. read.Data.Episodes.Select(e => $"episode {e.Child} {e.Start} {e.End} {e.Placement} {e.ReasonCeased}")
            .Concat(read.Data.CareLeavers.Select(x => x.ToString()))
            .Concat(read.Data.MissingEpisodes.Select(x => x.ToString()))
            .Concat(read.Data.AdoptionDecisions.Select(x => x.ToString()))
            .Order(StringComparer.Ordinal),
    ];

    // The records, every finding and rejection, the account's warnings and row counts, each file named without the
    // prefix that set the order.
    private static string[] Canonical(Ssda903ReadResult read, Dictionary<string, string> names)
    {
        string Plain(string text) => names.Aggregate(text, (t, n) => t.Replace(n.Key, n.Value, StringComparison.Ordinal));
        return
        [
            .. Records(read),
            .. read.Account.Findings.Select(f => Plain($"finding {f.RuleId} {f.Severity} {f.Path} {f.Line} {f.Column} {f.Value} {f.ChildId}: {f.Message}")).Order(StringComparer.Ordinal),
            .. read.Account.Rejections.Select(r => Plain($"rejection {r}")).Order(StringComparer.Ordinal),
            .. read.Account.Warnings.Select(w => Plain($"warning {w}")).Order(StringComparer.Ordinal),
            .. read.Account.Files.Select(f => Plain($"file {f.Path} {f.Table} {f.Rows} {f.CollectionYear}")).Order(StringComparer.Ordinal),
        ];
    }
}
