using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>Small in-memory SSDA903 returns for the rule tests, and the locators one rule flags on them.</summary>
internal static class Ssda903RuleFixture
{
    public const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    /// <summary>One episode row in <see cref="EpisodesHeader"/>'s order.</summary>
    public static string Ep(string child, string decom, string rne, string ls, string place, string provider = "", string dec = "", string rec = "",
        string reason = "", string homePost = "", string plPost = "") =>
        $"{child},{decom},{rne},{ls},N1,{place},{provider},{dec},{rec},{reason},{homePost},{plPost},";

    /// <summary>An episodes.csv of the rows (line 2 is the first).</summary>
    public static (string, string) Episodes(params string[] rows) => ("episodes.csv", EpisodesHeader + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>A header.csv giving each (child, DOB).</summary>
    public static (string, string) Header(params (string Child, string Dob)[] children) =>
        ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + string.Join("\n", children.Select(c => $"{c.Child},M,{c.Dob},WBRI,A123456789012,,")) + "\n");

    private static readonly Dictionary<string, (string File, string Columns)> Tables = new()
    {
        ["Header"] = ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"),
        ["Episodes"] = ("episodes.csv", EpisodesHeader),
        ["Reviews"] = ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE"),
        ["OC2"] = ("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED"),
        ["OC3"] = ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"),
        ["AD1"] = ("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR"),
        ["PlacedAdoption"] = ("placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED"),
        ["PrevPerm"] = ("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM"),
        ["Missing"] = ("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END"),
        ["SWEpisodes"] = ("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON"),
        ["UASC"] = ("uasc.csv", "CHILD,SEX,DOB,DUC"),
    };

    /// <summary>A file of <paramref name="table"/> whose rows (line 2 on) are child C1, C2, ... with <paramref name="column"/> set to each value, every other cell blank.</summary>
    public static (string, string) Column(string table, string column, params string[] values)
    {
        var (file, columns) = Tables[table];
        var names = columns.Split(',');
        int at = Array.IndexOf(names, column);
        var text = new System.Text.StringBuilder(columns).Append('\n');
        for (int i = 0; i < values.Length; i++)
        {
            var cells = new string[names.Length];
            Array.Fill(cells, "");
            cells[0] = $"C{i + 1}";
            cells[at] = values[i];
            text.Append(string.Join(',', cells)).Append('\n');
        }
        return (file, text.ToString());
    }

    /// <summary>A file of <paramref name="table"/> with the rows given as CSV text (line 2 on).</summary>
    public static (string, string) Rows(string table, params string[] rows) =>
        (Tables[table].File, Tables[table].Columns + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>An episodes.csv from rows written <c>child|decom|rne|ls|place|provider|dec|rec|reason|homePost|plPost</c>, separated by <c>;</c>.</summary>
    public static (string, string) Compact(string rows) => Episodes([.. rows.Split(';').Select(r =>
    {
        var c = r.Split('|').Concat(Enumerable.Repeat("", 11)).ToArray();
        return Ep(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    })]);

    /// <summary>A header.csv from <c>child=dob</c> pairs separated by <c>;</c>.</summary>
    public static (string, string) Dobs(string pairs) =>
        Header([.. pairs.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => (p.Split('=')[0], p.Split('=')[1]))]);

    /// <summary>Reads the files as a return.</summary>
    public static Ssda903ReturnTables Read(params (string Name, string Text)[] files) =>
        Ssda903CsvTables.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    /// <summary>The locators (<c>episodes.csv:3</c>) that rule <paramref name="code"/> of <paramref name="startYear"/>'s list flags.</summary>
    public static string[] Flagged(string code, int startYear, params (string Name, string Text)[] files) =>
        Flagged(code, startYear, Read(files), null);

    public static string[] Flagged(string code, int startYear, Ssda903ReturnTables current, Ssda903ReturnTables? previous)
    {
        var validation = Ssda903Validator.Run(new CollectionYear(startYear), current, previous, DfeReference.None, "E09000027");
        var outcome = validation.Outcomes.Single(o => o.Rule.Code == code);
        if (outcome.Status != DfeRuleStatus.Ran)
        {
            throw new InvalidOperationException($"903-{code} did not run: {outcome.Status} {outcome.Reason}");
        }
        return [.. validation.Findings.Where(f => f.RuleId == "903-" + code).Select(f => f.Locator).Order(StringComparer.Ordinal)];
    }
}
