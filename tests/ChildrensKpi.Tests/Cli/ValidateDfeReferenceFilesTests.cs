using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;
using Xunit;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>validate --dfe --ssda903</c> with the reference files the return does not hold: <c>--ofsted-providers</c> (the URN
/// rules) and <c>--la-numbers</c> (633), read as <c>--postcodes</c> is, and refused where <c>--postcodes</c> is.
/// Hand-worked in 2025-26 (1 April 2025 to 31 March 2026); line 1 of each file is its header.
/// </summary>
public sealed class ValidateDfeReferenceFilesTests
{
    // SC100002's registration ended 01/06/2025, the first day it is no longer registered. Episodes:
    //  line 2 A from 01/06/2025 at SC100002: 227 (starts the day registration ended)
    //  line 3 B from 31/05/2025 at SC100002: not 227 (starts the day before; 228 flags it, open at 31/03/2026)
    //  line 4 C from 01/05/2025 at SC100001 (still registered): nothing
    // The providers file's fourth line has a RegistrationEnd that is no date and is rejected, which standard error says.
    private const string Episodes = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC,URN\n"
        + "A,01/06/2025,P,C2,K2,PR2,,,SC100002\n"
        + "B,31/05/2025,P,C2,K2,PR2,,,SC100002\n"
        + "C,01/05/2025,P,C2,K2,PR2,,,SC100001\n";

    private const string Providers = "Urn,PlaceCodes,ProviderCodes,Postcode,LaCode,RegistrationEnd\n"
        + "SC100001,K2,PR2,,,\n"
        + "SC100002,K2,PR2,,,01/06/2025\n"
        + "SC100003,K2,PR2,,,not a date\n";

    private static JsonElement Rule(JsonDocument json, string id) =>
        json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == id);

    private static List<string> Flagged(JsonDocument json, string id) =>
        [.. json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == id)
            .Select(f => f.GetProperty("locator").GetString()!)];

    [Fact]
    public void OfstedProviders_run_the_urn_rules_and_without_them_they_are_not_run()
    {
        using var folder = new TempFolder().With("episodes.csv", Episodes);
        using var lists = new TempFolder().With("providers.csv", Providers);
        string[] common = ["validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json"];

        var with = CliRun.Of([.. common, "--ofsted-providers", Path.Combine(lists.Path, "providers.csv")]);
        var without = CliRun.Of(common);

        using var json = JsonDocument.Parse(with.Output);
        Assert.Equal("ran", Rule(json, "903-227").GetProperty("status").GetString());
        Assert.Equal(["episodes.csv:2"], Flagged(json, "903-227"));
        Assert.Equal(["episodes.csv:2", "episodes.csv:3"], Flagged(json, "903-228"));
        Assert.Contains("providers.csv: 2 providers read, 1 rows rejected (line 4: RegistrationEnd must be a valid date", with.Error, StringComparison.Ordinal);
        using var notRun = JsonDocument.Parse(without.Output);
        var skipped = Rule(notRun, "903-227");
        Assert.Equal("not run", skipped.GetProperty("status").GetString());
        Assert.Equal("needs the Ofsted provider lists, which was not given", skipped.GetProperty("reason").GetString());
        Assert.Empty(Flagged(notRun, "903-227"));
    }

    // 633: the list holds 201 and 212 (0201 is not three digits: rejected). LA_PERM 201 (line 2) is listed, 458 (line 3) not.
    [Fact]
    public void LaNumbers_run_rule_633_and_without_them_it_is_not_run()
    {
        using var folder = new TempFolder()
            .With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,U1,,\n")
            .With("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA,01/01/2015,P1,201,01/01/2020\nB,01/01/2015,P1,458,01/01/2020\n");
        using var lists = new TempFolder().With("la.csv", "LaNumber,Name\n201,City of London\n212,Wandsworth\n0201,City of London\n");
        string[] common = ["validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--format", "json"];

        var with = CliRun.Of([.. common, "--la-numbers", Path.Combine(lists.Path, "la.csv")]);
        var without = CliRun.Of(common);

        using var json = JsonDocument.Parse(with.Output);
        Assert.Equal("ran", Rule(json, "903-633").GetProperty("status").GetString());
        Assert.Equal(["previous_permanence.csv:3"], Flagged(json, "903-633"));
        Assert.Contains("la.csv: 2 local authority numbers read, 1 rows rejected (line 4: LaNumber must be three digits (e.g. 201))", with.Error, StringComparison.Ordinal);
        using var notRun = JsonDocument.Parse(without.Output);
        Assert.Equal("not run", Rule(notRun, "903-633").GetProperty("status").GetString());
        Assert.Equal("needs the list of local authority numbers, which was not given", Rule(notRun, "903-633").GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("--ofsted-providers")]
    [InlineData("--la-numbers")]
    public void Reference_files_are_refused_for_the_census_and_without_dfe(string option)
    {
        using var folder = new TempFolder().With("episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/05/2025,P,C2,A5,,\n");

        var census = CliRun.Of("validate", "--dfe", "--cin", folder.Path, option, "list.csv");
        var plain = CliRun.Of("validate", "--ssda903", folder.Path, option, "list.csv");

        Assert.Equal(1, census.ExitCode); // bad arguments (cli-contract.md)
        Assert.Contains($"{option} is for the DfE's SSDA903 rules (--ssda903), not the census's.", census.Error, StringComparison.Ordinal);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains($"{option} is for the DfE's SSDA903 rules (--dfe --ssda903).", plain.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_file_that_is_not_there_is_unreadable_input()
    {
        using var folder = new TempFolder().With("episodes.csv", Episodes);

        var run = CliRun.Of("validate", "--dfe", "--ssda903", folder.Path, "--collection-year", "2025-26", "--ofsted-providers",
            Path.Combine(folder.Path, "missing.csv"));

        Assert.Equal(2, run.ExitCode); // unreadable input (cli-contract.md)
        Assert.Contains($"--ofsted-providers: '{Path.Combine(folder.Path, "missing.csv")}' is not a file.", run.Error, StringComparison.Ordinal);
    }
}
