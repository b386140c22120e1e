using System.Text.Json;
using ChildrensKpi.Tests.Cli;
using ChildrensKpi.Tests.Fixtures;
using Xunit;

namespace ChildrensKpi.Tests.Rules.Ssda903;

public sealed class ValidateDfeCommandTests
{
    // A: PLACE A5 (placement order) under LS C2, line 2: 903-408. B: A3 (consent) under C2, line 3: no 408.
    private static TempFolder Folder() => new TempFolder()
        .With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,A5,,\nB,01/05/2025,P,C2,A3,,\n");

    [Fact]
    public void Json_lists_every_rule_of_the_year_with_its_outcome_and_each_finding_located()
    {
        using var folder = Folder();

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json");

        Assert.Equal(1, run.ExitCode); // rules of kind error flagged rows
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("2025-26", json.RootElement.GetProperty("collectionYear").GetString());
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(311, rules.Count); // the 2025-26 list (conformance README)
        var rule408 = Assert.Single(rules, r => r.GetProperty("ruleId").GetString() == "903-408");
        Assert.Equal("ran", rule408.GetProperty("status").GetString());
        Assert.Equal(1, rule408.GetProperty("flagged").GetInt32());
        Assert.Contains(rules, r => r.GetProperty("status").GetString() == "not implemented");
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "903-408");
        Assert.Equal("episodes.csv:2", finding.GetProperty("locator").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt64());
        Assert.Equal("A", finding.GetProperty("child").GetString());
        Assert.Equal("Episodes", finding.GetProperty("table").GetString());
        Assert.Equal("PLACE=A5; LS=C2", finding.GetProperty("value").GetString());
    }

    [Fact]
    public void Files_of_several_collection_years_are_said_to_be_validated_as_one_return()
    {
        // episodes_2024-25.csv and episodes_2025-26.csv: two years by their names, validated as one return of 2025-26;
        // one year's files alone (Folder(), no year in the name) say nothing.
        const string Rows = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2024,P,C2,U1,,\n";
        using var folder = new TempFolder().With("episodes_2024-25.csv", Rows).With("episodes_2025-26.csv", Rows.Replace("2024", "2025", StringComparison.Ordinal));
        using var one = Folder();

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json");
        var single = CliRun.Of("validate", "--dfe", "--ssda903", one.Path, "--collection-year", "2025-26", "--format", "json");

        Assert.Contains("The files' names give 2 collection years (2024-25 to 2025-26); the DfE's rules validate them as one return. " +
            "Give one year's files, and the year before's with --previous.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("collection years", single.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_rule_row_per_rule_then_a_finding_row_per_finding()
    {
        using var folder = Folder();

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "csv");

        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("record,ruleId,kind,status,flagged,table,file,line,xmlPath,fields,value,child,message,rejectsRow", lines[0]);
        Assert.Equal(311, lines.Count(l => l.StartsWith("rule,", StringComparison.Ordinal)));
        Assert.Contains("finding,903-408,error,,,Episodes,episodes.csv,2,,PLACE LS,PLACE=A5; LS=C2,A,\"Child is placed for adoption with a placement order, but no placement order has been recorded.\"", lines); // the message has a comma: quoted
    }

    // --format xlsx: Folder()'s one 903-408 finding (child A, episodes.csv line 2) on the Findings sheet, and the year's
    // 311 rules on the Rules sheet, 408 ran with 1 flagged and 502 not run (no --previous), with the reason.
    [Fact]
    public void Xlsx_writes_a_findings_sheet_and_a_rules_sheet()
    {
        using var folder = Folder();
        string file = Path.Combine(folder.Path, "rules.xlsx");

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "xlsx", "--output", file);

        Assert.Equal(1, run.ExitCode); // an error-kind rule flagged a row, as for the other formats
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["Findings", "Rules"], sheets.Take(2).Select(s => s.Name!.Value));
        List<List<string>> Rows(int i) =>
            [.. ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheets[i].Id!.Value!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.CellReference!.Value + "=" + (c.InlineString?.InnerText ?? c.CellValue?.Text)).ToList())];

        var findings = Rows(0);
        Assert.Equal(["A1=Rule", "B1=Kind", "C1=Table", "D1=File", "E1=Line", "F1=XML path", "G1=Fields", "H1=Value", "I1=Child", "J1=Previous year", "K1=Message"], findings[0]);
        // The one finding of an error-kind rule; row 2 onwards, in the order the rules ran.
        var row = Assert.Single(findings.Skip(1), r => r[0].EndsWith("=903-408", StringComparison.Ordinal));
        string at = row[0][1..row[0].IndexOf('=', StringComparison.Ordinal)];
        Assert.Contains($"B{at}=error", row);
        Assert.Contains($"C{at}=Episodes", row);
        Assert.Contains($"D{at}=episodes.csv", row);
        Assert.Contains($"E{at}=2", row);
        Assert.Contains($"H{at}=PLACE=A5; LS=C2", row);
        Assert.Contains($"I{at}=A", row);
        Assert.Contains($"J{at}=0", row); // FALSE: this year's return

        var rules = Rows(1);
        Assert.Equal(1 + 311, rules.Count);
        var rule408 = Assert.Single(rules, r => r.Any(c => c.EndsWith("=903-408", StringComparison.Ordinal)));
        Assert.Contains(rule408, c => c.StartsWith('D') && c.EndsWith("=ran", StringComparison.Ordinal));
        Assert.Contains(rule408, c => c.StartsWith('E') && c.EndsWith("=1", StringComparison.Ordinal));
        var rule502 = Assert.Single(rules, r => r.Any(c => c.EndsWith("=903-502", StringComparison.Ordinal)));
        Assert.Contains(rule502, c => c.StartsWith('D') && c.EndsWith("=not run", StringComparison.Ordinal));
        Assert.Contains(rule502, c => c.StartsWith('F') && c.Contains("previous year's return", StringComparison.Ordinal));
        // Rejects row, last: 408 (a warning's rule) costs no row; 141 (DECOM not a valid date) does.
        Assert.Contains(rule408, c => c.StartsWith('H') && c.EndsWith("=0", StringComparison.Ordinal));
        var rule141 = Assert.Single(rules, r => r.Any(c => c.EndsWith("=903-141", StringComparison.Ordinal)));
        Assert.Contains(rule141, c => c.StartsWith('H') && c.EndsWith("=1", StringComparison.Ordinal));

        // Then a sheet per rule that flagged a row, in the list's order, with the findings sheet's columns: exactly the
        // rules whose Flagged is above 0, and 903-408's sheet holds its one finding.
        var flagged = rules.Skip(1).Where(r => r.Any(c => c.StartsWith('E') && !c.EndsWith("=0", StringComparison.Ordinal)))
            .Select(r => r[0][(r[0].IndexOf('=', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(flagged, sheets.Skip(2).Select(s => s.Name!.Value));
        int sheet408 = sheets.FindIndex(s => s.Name!.Value == "903-408");
        var rows408 = Rows(sheet408);
        Assert.Equal(findings[0], rows408[0]);
        Assert.Equal(row.Select(c => c[c.IndexOf('=', StringComparison.Ordinal)..]), Assert.Single(rows408.Skip(1)).Select(c => c[c.IndexOf('=', StringComparison.Ordinal)..]));
    }

    [Fact]
    public void Xlsx_without_output_is_refused()
    {
        using var folder = Folder();

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "xlsx");

        Assert.Equal(1, run.ExitCode); // bad arguments (cli-contract.md)
        Assert.Contains("--format xlsx needs --output", run.Error, StringComparison.Ordinal);
    }

    // The XML return: child A's EPISODE has PL A5 (placement order) under LS C2, so 903-408 flags it, located by its
    // element's path as the councils' validator locates it.
    [Fact]
    public void An_xml_return_is_validated_and_each_finding_located_by_its_element()
    {
        using var folder = new TempFolder().With("return.xml",
            "<EXPSSDA903><CHILD><HEADER><CHILDID>A</CHILDID><SEX>M</SEX><DOB>01/01/2010</DOB></HEADER>"
            + "<EPISODE><DECOM>01/05/2025</DECOM><RNE>P</RNE><LS>C2</LS><PL>A5</PL></EPISODE></CHILD></EXPSSDA903>");

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "903-408");
        Assert.Equal("/EXPSSDA903/CHILD[1]/EPISODE[1]", finding.GetProperty("xmlPath").GetString());
        Assert.Equal("/EXPSSDA903/CHILD[1]/EPISODE[1]", finding.GetProperty("locator").GetString());
        Assert.Equal("return.xml", finding.GetProperty("file").GetString());
        Assert.Equal("A", finding.GetProperty("child").GetString());
    }

    // Last year's return: child A's last episode (01/05/2024) is still open; this year A's first episode starts
    // 01/05/2024 (the same, carried on) and B's, line 3, starts 01/06/2025 though last year B was open from 01/06/2024:
    // 903-502 flags line 3. Without --previous, 502 is reported not run, with the reason.
    [Fact]
    public void Previous_runs_the_rules_comparing_with_last_year_and_without_it_they_are_not_run()
    {
        using var now = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2024,P,C2,U1,,\nB,01/06/2025,P,C2,U1,,\n");
        using var last = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2024,P,C2,U1,,\nB,01/06/2024,P,C2,U1,,\n");

        using var with = JsonDocument.Parse(CliRun.Of("validate", "--dfe", "--ssda903", now.Path, "--previous", last.Path,
            "--collection-year", "2025-26", "--format", "json").Output);
        using var without = JsonDocument.Parse(CliRun.Of("validate", "--dfe", "--ssda903", now.Path,
            "--collection-year", "2025-26", "--format", "json").Output);

        JsonElement Rule502(JsonDocument json) => json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "903-502");
        Assert.Equal("ran", Rule502(with).GetProperty("status").GetString());
        var finding = Assert.Single(with.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "903-502");
        Assert.Equal("episodes.csv:3", finding.GetProperty("locator").GetString());
        Assert.Equal("B", finding.GetProperty("child").GetString());
        Assert.Equal("not run", Rule502(without).GetProperty("status").GetString());
        Assert.Contains("previous year's return", Rule502(without).GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(without.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "903-502");
    }
}

public sealed class ValidateDfeCinCommandTests
{
    [SharedDataFact]
    public void Cin_runs_the_census_rules_of_the_year_and_locates_each_finding_by_its_element()
    {
        // ../shared/conformance/cin/expected/cin2025_26/CIN_Census_2024.json: the councils' validator flags rule 1103 on
        // two rows of this file, /Message/Children[1]/Child[2]/CINdetails[1]/Assessments[1] and .../CINdetails[1].
        string census = SharedData.Path("conformance", "cin", "fake", "CIN_Census_2024.xml");

        var run = CliRun.Of("validate", "--dfe", "--cin", census, "--collection-year", "2025-26", "--format", "json");

        Assert.Equal(1, run.ExitCode); // errors flagged
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("CIN", json.RootElement.GetProperty("return").GetString());
        Assert.Equal(109, json.RootElement.GetProperty("rules").GetArrayLength()); // the 2025-26 list: 109 rules
        var flagged = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "CIN-1103").Select(f => f.GetProperty("locator").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["/Message/Children[1]/Child[2]/CINdetails[1]", "/Message/Children[1]/Child[2]/CINdetails[1]/Assessments[1]"], flagged);
    }

    [Fact]
    public void Both_returns_at_once_is_refused()
    {
        var run = CliRun.Of("validate", "--dfe", "--ssda903", "a", "--cin", "b.xml");
        Assert.Equal(1, run.ExitCode); // bad arguments (cli-contract.md)
        Assert.Contains("give --ssda903 <folder> or --cin <census.xml>, not both", run.Error);
    }
}

public sealed class ValidateDfePseudonymTests
{
    [Fact]
    public void A_key_names_every_finding_s_child_by_pseudonym_only()
    {
        // Child A's PLACE A5 under C2 breaks 903-408 (as in ValidateDfeCommandTests); with key k1 the finding's child is
        // HMAC-SHA256("k1", "A") in hex, worked out here with the framework, and its value keeps PLACE=A5.
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,A5,,\n");
        string a = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("k1"u8, "A"u8));

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json", "--pseudonymise-key", "k1");

        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(a, f.GetProperty("child").GetString()));
        var rule408 = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "903-408");
        Assert.Equal("PLACE=A5; LS=C2", rule408.GetProperty("value").GetString());
    }

    // --postcodes: A's episode open at the end of last year (from 01/05/2024, placed at AB1 1AA, E09000027) goes on this
    // year placed at AB2 2AA (E09000001): 903-503H flags this year's line 2. The lookup's third row has no easting and is
    // rejected, which standard error says. Without --postcodes, 503H is not run and says what it needs.
    [Fact]
    public void Postcodes_run_the_rules_on_the_placements_la_and_without_them_they_are_not_run()
    {
        const string columns = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC,HOME_POST,PL_POST\n";
        using var now = new TempFolder().With("episodes.csv", columns + "A,01/05/2024,S,C2,U1,,,AB1 1AA,AB2 2AA\n");
        using var last = new TempFolder().With("episodes.csv", columns + "A,01/05/2024,S,C2,U1,,,AB1 1AA,AB1 1AA\n");
        using var lookup = new TempFolder().With("postcodes.csv",
            "Postcode,Easting,Northing,LaCode\nAB1 1AA,530000,180000,E09000027\nAB2 2AA,530000,190000,E09000001\nAB3 3AA,,1,E09000027\n");
        string[] common = ["validate", "--dfe", "--ssda903", now.Path, "--previous", last.Path, "--la-code", "E09000027", "--collection-year", "2025-26", "--format", "json"];

        var with = CliRun.Of([.. common, "--postcodes", Path.Combine(lookup.Path, "postcodes.csv")]);
        var without = CliRun.Of(common);

        using var json = JsonDocument.Parse(with.Output);
        var rule = Assert.Single(json.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "903-503H");
        Assert.Equal("ran", rule.GetProperty("status").GetString());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "903-503H");
        Assert.Equal("episodes.csv:2", finding.GetProperty("locator").GetString());
        Assert.Contains("2 postcodes read, 1 rows rejected (line 4", with.Error, StringComparison.Ordinal);
        using var notRun = JsonDocument.Parse(without.Output);
        var skipped = Assert.Single(notRun.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "903-503H");
        Assert.Equal("not run", skipped.GetProperty("status").GetString());
        Assert.Contains("a postcode lookup", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Postcodes_are_refused_for_the_census_and_without_dfe()
    {
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,A5,,\n");

        var census = CliRun.Of("validate", "--dfe", "--cin", folder.Path, "--postcodes", "postcodes.csv");
        var plain = CliRun.Of("validate", "--ssda903", folder.Path, "--postcodes", "postcodes.csv");

        Assert.Equal(1, census.ExitCode);
        Assert.Contains("--postcodes is for the DfE's SSDA903 rules", census.Error, StringComparison.Ordinal);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("--postcodes is for the DfE's SSDA903 rules", plain.Error, StringComparison.Ordinal);
    }
}
