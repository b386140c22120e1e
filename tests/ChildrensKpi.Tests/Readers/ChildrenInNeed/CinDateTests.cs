using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.ChildrenInNeed;

public class CinDateTests
{
    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2024-06-01Z")]                 // xs:date allows a zone
    [InlineData("2024-06-01+01:00")]
    [InlineData("2024-06-01-05:00")]
    [InlineData("2024-06-01+0100")]
    [InlineData("2024-06-01 00:00:00")]         // a database export
    [InlineData("2024-06-01T23:59:59.1234567")]
    [InlineData("2024-06-01T10:30Z")]
    [InlineData("01/06/2024 00:00")]            // a spreadsheet export
    [InlineData("1/6/2024 12:00:00")]
    public void Read_DateWithATimeOrAZone_IsTheDayAsWritten(string text)
    {
        // The day is the date written: 2024-06-01T23:59:59-05:00 is still 1 June, never moved by its zone.
        Assert.Equal(DateCell.Valid, CinDate.Read(text, out var date));
        Assert.Equal(new LocalDate(2024, 6, 1), date);
    }

    [Theory]
    [InlineData("2024-06-01 24:00")]   // no hour 24
    [InlineData("2024-06-01T10:60")]
    [InlineData("2024-06-01 ")]        // a separator and nothing
    [InlineData("2024-06-01X")]
    [InlineData("2024-06-01+15:00")]   // zones go to ±14:00
    [InlineData("01/06/2024Z")]        // a zone belongs to an ISO date only
    [InlineData("01/06/2024 10:00Z")]
    [InlineData("2024-06-31Z")]        // the date must still exist
    [InlineData("2024-13-01 00:00:00")]
    public void Read_SomethingElseAfterADate_IsNotADate(string text)
    {
        Assert.Equal(DateCell.Invalid, CinDate.Read(text, out _));
    }

    [Fact]
    public void Read_DateOutsideTheSupportedYearsWithATime_IsOutOfRangeNotInvalid()
    {
        Assert.Equal(DateCell.OutOfRange, CinDate.Read("9999-12-31T00:00:00", out _));
    }
}
