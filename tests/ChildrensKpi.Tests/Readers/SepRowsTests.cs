using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// Every reader built on Sep refuses a row longer than 16 Mi characters with an <see cref="InputFileException"/> naming
/// file, line and limit, and stops reading there: the inputs here are endless streams, so a reader that did not stop
/// would never return.
/// </summary>
public class SepRowsTests
{
    private const long SixteenMiB = 16 * 1024 * 1024;

    private static string TooLong(string file, int line) =>
        $"{file} line {line}: the row starting here is longer than 16,777,216 characters (16 MiB), the longest row ChildrensKpi reads " +
        "(an unclosed quote makes the rest of a file one row; a device such as /dev/zero never ends); the file is not read.";

    public static TheoryData<string, string, Action<InputFile>> Readers() => new()
    {
        // Line 1 the header, line 2 a good row, line 3 the endless one.
        { "population.csv", "Year,AgeFrom,AgeTo,Population\n2006-07,0,4,12000\n", f => PopulationReader.Read(f) },
        { "finance.csv", "PeriodStart,PeriodEnd,Service,GrossExpenditure\n2006-04-01,2007-03-31,Foster,100\n", f => FinanceReader.Read(f) },
        { "workforce.csv", "AsAt,Team,PermanentFte,AgencyFte,VacantFte,FamilySupportFte,AdminFte,SupervisionsDue\n2007-03-31,East,1,0,0,0,0,1\n", f => WorkforceReader.Read(f) },
        { "targets.csv", "Indicator,Year,Target\nNI62,2006-07,12\n", f => PerformanceTablesReader.Read(f, PerformanceInputs.None) },
        { "episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\n", f => Ssda903Reader.Read([f]) },
        { "referrals.csv", "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\nC1,2006-05-01,1A,N1,,,false\n", f => ChildrenInNeedReader.Read([f]) },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EndlessRowAfterAGoodOne_IsRefusedNamingLine3AndTheLimit(string name, string text, Action<InputFile> read)
    {
        var e = Assert.Throws<InputFileException>(() => read(GeneratedStream.Endless(name, text, 'x')));

        Assert.Equal(TooLong(name, 3), e.Message);
        Assert.Equal(name, e.Path);
    }

    [Fact]
    public void Read_EndlessHeader_IsRefusedNamingLine1AndStopsNearTheLimit()
    {
        // Sep grows its buffer by doubling up to 16 Mi characters; ASCII is a byte a character, so a little over 16 MiB is read.
        var stream = new GeneratedStream([], 0);

        var e = Assert.Throws<InputFileException>(() => Ssda903Reader.Read([new InputFile("e.csv", () => stream)]));

        Assert.Equal(TooLong("e.csv", 1), e.Message);
        Assert.InRange(stream.BytesRead, SixteenMiB, 2 * SixteenMiB);
    }

    [Fact]
    public void Read_UnclosedQuoteThenEndlessNewlines_IsRefusedNamingTheLineWhereTheQuoteOpened()
    {
        var file = GeneratedStream.Endless("e.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA,01/04/2006,S,C2,U4,,\nB,\"", '\n');

        var e = Assert.Throws<InputFileException>(() => Ssda903Reader.Read([file]));

        Assert.Equal(TooLong("e.csv", 3), e.Message);
    }

    [Fact]
    public void Read_RowJustUnderTheLimit_IsReadAndRejectedAsARow()
    {
        // 16 Mi - 64 characters of CHILD: well-formed, only long; the row is read and rejected for its empty DECOM, not refused.
        var prefix = "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n"u8.ToArray();
        var suffix = ",,S,C2,U4,,\n"u8.ToArray();
        long cell = SixteenMiB - 64;
        var bytes = new byte[prefix.Length + cell + suffix.Length];
        prefix.CopyTo(bytes, 0);
        bytes.AsSpan(prefix.Length, (int)cell).Fill((byte)'x');
        suffix.CopyTo(bytes, prefix.Length + cell);

        var read = Ssda903Reader.Read([new InputFile("e.csv", () => new MemoryStream(bytes, writable: false))]);

        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal((2L, "DECOM", "DECOM must be a valid date (dd/mm/yyyy or yyyy-mm-dd)"), (rejection.Line, rejection.Column, rejection.Rule));
        Assert.Equal(new RowCounts(1, 0, 0, 1), read.Account.Rows);
    }
}
