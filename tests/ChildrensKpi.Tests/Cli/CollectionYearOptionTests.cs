using System.Text.Json;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Cli;

/// <summary>
/// <c>--collection-year</c> with a children in need input: a flat CSV table names no year, so the option gives it one.
/// ReferralSource 5D is a code from the 2022-23 census on (CinCensusYearsTests), so that in 2021-22 it is a warning (no
/// indicator uses the item: the row is used), and checked against every year's lists it is none.
/// </summary>
public sealed class CollectionYearOptionTests
{
    private static TempFolder Referrals() => new TempFolder()
        .With("referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,05/09/2021,5D,N1,,,false\n");

    private static string[] Messages(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!)];
    }

    [Fact]
    public void Validate_CinFlatTableWithCollectionYear_ChecksItsCodesAgainstThatYear()
    {
        using var folder = Referrals();

        var given = CliRun.Of("validate", "--cin", folder.Path, "--collection-year", "2021-22", "--format", "json");
        var unstated = CliRun.Of("validate", "--cin", folder.Path, "--format", "json");

        Assert.Equal(0, given.ExitCode);
        Assert.StartsWith("ReferralSource '5D' is not a code of the 2021-22 census: it is valid in 2022-23 to 2025-26; the value is not used", Assert.Single(Messages(given)));
        Assert.Empty(Messages(unstated));
    }
}
