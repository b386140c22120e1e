using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

public class PopulationReaderTests
{
    [Fact]
    public void Read_ValidRows_BecomeEstimates()
    {
        var read = PopulationReader.Read(InputFile.FromText("population.csv", "Year,AgeFrom,AgeTo,Population\n2006-07,0,4,12000\n2006-07,5,17,30000\n"));

        Assert.Equal([new PopulationEstimate("2006-07", 0, 4, 12000), new PopulationEstimate("2006-07", 5, 17, 30000)], read.Estimates.ToArray());
        Assert.Equal(new RowCounts(2, 2, 0, 0), read.Account.Rows);
    }

    [Theory]
    [InlineData("2006-08,0,4,100", "Year", "2006-08", "Year must be a reporting year written yyyy-yy, e.g. 2006-07")]
    [InlineData("2006-07,-1,4,100", "AgeFrom", "-1", "AgeFrom must be a whole number of years from 0 to 120")]
    [InlineData("2006-07,5,4,100", "AgeTo", "4", "AgeTo must be a whole number of years from AgeFrom to 120")]
    [InlineData("2006-07,0,4,1.5", "Population", "1.5", "Population must be a whole number of children (digits only)")]
    public void Read_BadRow_IsRejectedWithTheRule(string row, string column, string value, string rule)
    {
        var read = PopulationReader.Read(InputFile.FromText("population.csv", "Year,AgeFrom,AgeTo,Population\n" + row + "\n"));

        Assert.Equal(new Rejection("population.csv", 2, column, value, rule), Assert.Single(read.Account.Rejections));
    }
}
