using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

public class FinanceAndWorkforceReaderTests
{
    private const string FinanceHeader = "PeriodStart,PeriodEnd,Service,GrossExpenditure\n";
    private const string WorkforceHeader = "AsAt,Team,PermanentFte,AgencyFte,VacantFte,FamilySupportFte,AdminFte,Establishment,Caseloads,SupervisionsDue,SupervisionsHeld\n";

    [Fact]
    public void FinanceRead_ValidRows_BecomeExpenditure()
    {
        var read = FinanceReader.Read(InputFile.FromText("finance.csv", FinanceHeader + "2006-04-01,2007-03-31,Foster,3650000.00\n01/04/2006,31/03/2007,residential,1840000\n"));

        Assert.Equal(
            [new ServiceExpenditure(new LocalDate(2006, 4, 1), new LocalDate(2007, 3, 31), PlacementService.Foster, 3_650_000m),
             new ServiceExpenditure(new LocalDate(2006, 4, 1), new LocalDate(2007, 3, 31), PlacementService.Residential, 1_840_000m)],
            read.Expenditure.ToArray());
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData("2006-04-01,2007-03-31,Adoption,100", "Service", "Adoption", "Service must be Foster or Residential")]
    [InlineData("2006-04-01,2006-03-31,Foster,100", "PeriodEnd", "2006-03-31", "PeriodEnd must not be before PeriodStart")]
    [InlineData("2006-04-01,2007-03-31,Foster,\"1,000\"", "GrossExpenditure", "1,000", "GrossExpenditure must be an amount in pounds, digits with an optional decimal point (e.g. 1250000.00)")]
    [InlineData("2006-04-01,2007-03-31,Foster,-5", "GrossExpenditure", "-5", "GrossExpenditure must be an amount in pounds, digits with an optional decimal point (e.g. 1250000.00)")]
    [InlineData("2006-13-01,2007-03-31,Foster,5", "PeriodStart", "2006-13-01", "PeriodStart must be a valid date (dd/mm/yyyy or yyyy-mm-dd)")]
    // A real date outside SupportedDates: the finance table has no rule id of its own, so the words name the column.
    [InlineData("2006-04-01,9999-12-31,Foster,5", "PeriodEnd", "9999-12-31", "PeriodEnd must be a date in the years 1800 to 2999")]
    public void FinanceRead_BadRow_IsRejectedWithTheRule(string row, string column, string value, string rule)
    {
        var read = FinanceReader.Read(InputFile.FromText("finance.csv", FinanceHeader + row + "\n"));

        Assert.Equal(new Rejection("finance.csv", 2, column, value, rule), Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void WorkforceRead_ValidRowsWithAndWithoutOptionalColumns_BecomeTeams()
    {
        var read = WorkforceReader.Read(InputFile.FromText("workforce.csv", WorkforceHeader +
            "2006-09-04,Fieldwork North,15.2,2.0,2.2,3,2.5,19.4,260,17,15\n" +
            "04/09/2006,Disabled Children,4.2,0,0,1,0.5,,,4,\n"));

        Assert.Equal(
            [new TeamWorkforce(new LocalDate(2006, 9, 4), "Fieldwork North", 15.2m, 2.0m, 2.2m, 3m, 2.5m, 19.4m, 260, 17, 15),
             new TeamWorkforce(new LocalDate(2006, 9, 4), "Disabled Children", 4.2m, 0m, 0m, 1m, 0.5m, null, null, 4, null)],
            read.Teams.ToArray());
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Fact]
    public void WorkforceRead_OptionalColumnsAbsent_StillRecognised()
    {
        var read = WorkforceReader.Read(InputFile.FromText("w.csv", "AsAt,Team,PermanentFte,AgencyFte,VacantFte,FamilySupportFte,AdminFte,SupervisionsDue\n2006-09-04,North,1,0,0,0,0,2\n"));

        Assert.Null(Assert.Single(read.Teams).Establishment);
    }

    [Fact]
    public void WorkforceRead_LeaversAndSickDays_ReadWhenGiven()
    {
        var read = WorkforceReader.Read(InputFile.FromText("w.csv", "AsAt,Team,PermanentFte,AgencyFte,VacantFte,LeaversFte,SickDaysLost\n" +
            "2023-03-31,North,20,0,0,1.5,110\n2023-09-30,North,22,0,0,,12.5\n"));

        Assert.Equal([(1.5m, 110m), (null, 12.5m)], read.Teams.Select(t => (t.LeaversFte, t.SickDaysLost)).ToArray());
    }

    [Theory]
    [InlineData("AsAt,Team,PermanentFte,AgencyFte,VacantFte,LeaversFte\n2023-03-31,North,20,0,0,x\n", "LeaversFte", "LeaversFte must be a number of full-time equivalents (e.g. 38.8) or empty")]
    [InlineData("AsAt,Team,PermanentFte,AgencyFte,VacantFte,SickDaysLost\n2023-03-31,North,20,0,0,x\n", "SickDaysLost", "SickDaysLost must be a number of working days (e.g. 110 or 12.5) or empty")]
    public void WorkforceRead_BadLeaversOrSickDays_Rejected(string text, string column, string rule)
    {
        var read = WorkforceReader.Read(InputFile.FromText("w.csv", text));

        Assert.Equal(new Rejection("w.csv", 2, column, "x", rule), Assert.Single(read.Account.Rejections));
    }

    [Theory]
    [InlineData("2006-09-04,,1,0,0,0,0,,,2,", "Team", null, "Team must not be empty")]
    [InlineData("2006-09-04,North,1.2.3,0,0,0,0,,,2,", "PermanentFte", "1.2.3", "PermanentFte must be a number of full-time equivalents, digits with an optional decimal point (e.g. 30.4)")]
    [InlineData("2006-09-04,North,1,0,0,0,0,x,,2,", "Establishment", "x", "Establishment must be a number of full-time equivalents (e.g. 38.8) or empty")]
    [InlineData("2006-09-04,North,1,0,0,0,0,,2.5,2,", "Caseloads", "2.5", "Caseloads must be a whole number (digits only) or empty")]
    [InlineData("2006-09-04,North,1,0,0,0,0,,,x,", "SupervisionsDue", "x", "SupervisionsDue must be a whole number (digits only) or empty")]
    [InlineData("2006-09-04,North,1,0,0,0,0,,,,3", "SupervisionsHeld", "3", "SupervisionsHeld needs SupervisionsDue (the sessions due) on the same row")]
    [InlineData("2006-09-04,North,1,0,0,0,0,,,2,3", "SupervisionsHeld", "3", "SupervisionsHeld must not exceed SupervisionsDue")]
    public void WorkforceRead_BadRow_IsRejectedWithTheRule(string row, string column, string? value, string rule)
    {
        var read = WorkforceReader.Read(InputFile.FromText("workforce.csv", WorkforceHeader + row + "\n"));

        Assert.Equal(new Rejection("workforce.csv", 2, column, value, rule), Assert.Single(read.Account.Rejections));
    }

    [Fact]
    public void WorkforceRead_TeamTwiceForOneDate_RejectsTheSecond()
    {
        var read = WorkforceReader.Read(InputFile.FromText("workforce.csv", WorkforceHeader +
            "2006-09-04,North,1,0,0,0,0,,,2,\n2006-09-04,North,2,0,0,0,0,,,2,\n"));

        Assert.Equal(new Rejection("workforce.csv", 3, "Team", "North", "team North already has a row as at 2006-09-04 (line 2); a team appears once per AsAt"),
            Assert.Single(read.Account.Rejections));
        Assert.Equal(1m, Assert.Single(read.Teams).PermanentFte);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsNamingIt()
    {
        Assert.Equal("The workforce file '/no/such.csv' does not exist.", Assert.Throws<InputFileException>(() => WorkforceReader.ReadFile("/no/such.csv")).Message);
        Assert.Equal("The finance file '/no/such.csv' does not exist.", Assert.Throws<InputFileException>(() => FinanceReader.ReadFile("/no/such.csv")).Message);
    }
}
