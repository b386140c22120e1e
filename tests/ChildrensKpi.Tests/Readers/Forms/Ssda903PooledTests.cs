using ChildrensKpi.Readers;
using NodaTime;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// Two councils' SSDA903 tables pooled in one file per table, an <c>LA</c> column naming each row's council; both councils
/// have a child 1001. Read pooled, the two are two children (merged, 202's episode from 01/06/2006 would overlap 201's
/// of 01/04/2006 to 01/09/2006 and be rejected, and the two Header rows would disagree on SEX); each council's figures
/// are those of its own rows read alone; the consortium's counts are the sum of the councils'.
/// </summary>
public sealed class Ssda903PooledTests
{
    private const string Episodes = """
        LA,CHILD,DECOM,RNE,LS,PLACE,DEC,REC
        201,1001,01/04/2006,S,C2,U1,01/09/2006,X1
        201,1001,01/09/2006,P,C2,U4,,
        202,1001,01/06/2006,S,C1,U1,01/01/2007,E11
        202,2002,01/10/2006,S,C2,U1,,
        """;

    private const string Header = """
        LA,CHILD,SEX,DOB,ETHNIC
        201,1001,1,01/05/2000,WBRI
        202,1001,2,01/03/2001,WBRI
        202,2002,1,01/02/2004,WBRI
        """;

    private static readonly ReportingPeriod Year = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));

    private static readonly ComputeOptions FiguresOnly = ComputeOptions.Default with { Explain = false };

    private static Ssda903PooledReadResult ReadPooled() =>
        Ssda903Reader.ReadPooled([InputFile.FromText("episodes_pooled.csv", Episodes), InputFile.FromText("header_pooled.csv", Header)]);

    /// <summary>One council's rows, without the LA column, as its own files.</summary>
    private static Ssda903ReadResult ReadAlone(string authority)
    {
        static string Own(string table, string authority) => string.Join('\n', table.Split('\n')
            .Where((line, i) => i == 0 || line.StartsWith(authority + ",", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]));
        return Ssda903Reader.Read([InputFile.FromText("episodes.csv", Own(Episodes, authority)), InputFile.FromText("header.csv", Own(Header, authority))]);
    }

    private static List<(string Id, decimal Numerator, decimal Denominator, decimal? Value)> Figures(Ssda903ReadResult read) =>
        [.. ChildrensKpi.Indicators.All.Where(i => i.Requires == IndicatorInputKinds.LookedAfter)
            .Select(i => i.Compute(new IndicatorInputs { LookedAfter = read.Data }, Year, FiguresOnly))
            .Select(r => (r.Definition.Id, r.Numerator, r.Denominator, r.Value))];

    [Fact]
    public void ReadPooled_TwoCouncilsSharingAnId_TwoChildrenNothingRejected()
    {
        var pooled = ReadPooled();

        Assert.Empty(pooled.Total.Account.Rejections);
        Assert.Equal(["201:1001", "202:1001", "202:2002"], pooled.Total.Data.Children.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(4, pooled.Total.Data.Episodes.Length);
        Assert.Equal(["201", "202"], pooled.Authorities.Keys);
        // Each council's account names the pooled files and their lines: 202's episodes are lines 4 and 5.
        var account202 = pooled.Authorities["202"].Account;
        Assert.Equal([("episodes_pooled.csv", 2L), ("header_pooled.csv", 2L)], account202.Files.Select(f => (f.Path, f.Rows.Used)));
    }

    [Fact]
    public void Read_SameFilesWithoutTheLaColumn_MergesTheTwoChildrenAndRejectsTheOverlap()
    {
        // The premise of the fixture: with the column named otherwise, the ids are one child's.
        var read = Ssda903Reader.Read([InputFile.FromText("episodes.csv", Episodes.Replace("LA,", "AREA,", StringComparison.Ordinal)),
            InputFile.FromText("header.csv", Header.Replace("LA,", "AREA,", StringComparison.Ordinal))]);

        Assert.Contains(read.Account.Rejections, r => r.Path == "episodes.csv" && r.Line == 4 && r.RuleId is not null);
        Assert.Contains(read.Account.Rejections, r => r.Path == "header.csv" && r.Line == 3);
    }

    [Fact]
    public void ReadPooled_EachCouncil_HasTheFiguresOfItsOwnRowsReadAlone()
    {
        var pooled = ReadPooled();

        foreach (var authority in new[] { "201", "202" })
        {
            Assert.Equal(Figures(ReadAlone(authority)), Figures(pooled.Authorities[authority]));
        }
    }

    [Fact]
    public void ReadPooled_Consortium_CountsAreTheSumOfTheCouncils()
    {
        var pooled = ReadPooled();
        var total = Figures(pooled.Total);
        var councils = pooled.Authorities.Values.Select(Figures).ToList();

        // Property: the councils' children are disjoint, so every count (numerator and denominator) adds up.
        Assert.Contains(total, f => f.Denominator > 0);
        for (int i = 0; i < total.Count; i++)
        {
            Assert.Equal((total[i].Id, total[i].Numerator, total[i].Denominator), (total[i].Id, councils.Sum(c => c[i].Numerator), councils.Sum(c => c[i].Denominator)));
        }
    }
}
