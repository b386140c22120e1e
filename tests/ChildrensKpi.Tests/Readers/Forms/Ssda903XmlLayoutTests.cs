using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// The tables the XML return holds inside <c>HEADER</c>, laid out as the public fake return (conformance/ssda903/fake/fake_903.xml)
/// lays them out and located as the DfE-endorsed validator locates their rows (conformance/ssda903/expected/*/xml_this_year.json:
/// UASC at <c>HEADER/UASC</c>, OC3 at <c>HEADER/IN_TOUCH</c>, AD1 at <c>HEADER/DATE_INT</c>). Each value is on a line of
/// its own, so that a row's line tells which element it is located at.
/// </summary>
public sealed class Ssda903XmlLayoutTests
{
    private const string Episode = "<EPISODE><DECOM>01/04/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC/><REC/></EPISODE>";

    [Fact]
    public void Read_UascFlagAndDucInTheHeader_AUascRowPerFlaggedChildLocatedAtItsFlag()
    {
        // C1: flag 1 (line 6), DUC 31 February (line 7), not a date. C2: flag 1, no DUC (which may be blank). C3: flag empty.
        string xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <EXPSSDA903>
            <CHILD>
            <HEADER>
            <CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/05/2005</DOB><ETHNIC>WBRI</ETHNIC>
            <UASC>1</UASC>
            <DUC>31/02/2023</DUC>
            </HEADER>
            {Episode}
            </CHILD>
            <CHILD>
            <HEADER>
            <CHILDID>C2</CHILDID><SEX>2</SEX><DOB>01/06/2006</DOB><ETHNIC>WBRI</ETHNIC>
            <UASC>1</UASC>
            </HEADER>
            {Episode}
            </CHILD>
            <CHILD>
            <HEADER>
            <CHILDID>C3</CHILDID><SEX>2</SEX><DOB>01/07/2007</DOB><ETHNIC>WBRI</ETHNIC>
            <UASC />
            </HEADER>
            {Episode}
            </CHILD>
            </EXPSSDA903>
            """;

        var read = Ssda903Reader.Read([InputFile.FromText("return_2023-24.xml", xml)]);

        // 2 UASC rows (C1 and C2): C1's rejected, C2's used (CLA_UASC reads the table).
        var uasc = Assert.Single(read.Account.Files, f => f.Table == "UASC");
        Assert.Equal(new RowCounts(2, 1, 0, 1), uasc.Rows);
        var rejection = Assert.Single(read.Account.Rejections);
        Assert.Equal(("/EXPSSDA903/CHILD[1]/HEADER[1]/DUC[1]", 6L, "31/02/2023"), (rejection.Column, rejection.Line, rejection.Value));
        // The flag is read as its table's, so it is no element left unread.
        Assert.DoesNotContain(read.Account.Warnings, w => w.Contains("UASC", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Oc3ValuesInAnyOrder_RowAtInTouchAndALeftOutValueNamedInTheHeader()
    {
        // C1: ACTIV Z9 (not a code) on line 6 before IN_TOUCH on line 7: the row is IN_TOUCH's, the value ACTIV's.
        // C2: ACTIV (line 14) but no IN_TOUCH, which the row needs: named where it would be, HEADER[1]/IN_TOUCH, on ACTIV's line.
        string xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <EXPSSDA903>
            <CHILD>
            <HEADER>
            <CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/05/2004</DOB><ETHNIC>WBRI</ETHNIC>
            <ACTIV>Z9</ACTIV>
            <IN_TOUCH>YES</IN_TOUCH>
            <ACCOM>B1</ACCOM>
            </HEADER>
            {Episode}
            </CHILD>
            <CHILD>
            <HEADER>
            <CHILDID>C2</CHILDID><SEX>2</SEX><DOB>01/06/2004</DOB><ETHNIC>WBRI</ETHNIC><ACTIV>F2</ACTIV>
            </HEADER>
            {Episode}
            </CHILD>
            </EXPSSDA903>
            """;

        var read = Ssda903Reader.Read([InputFile.FromText("return_2023-24.xml", xml)]);

        Assert.Equal(
            [("/EXPSSDA903/CHILD[1]/HEADER[1]/ACTIV[1]", 7L, "Z9"), ("/EXPSSDA903/CHILD[2]/HEADER[1]/IN_TOUCH", 14L, null)],
            read.Account.Rejections.Select(r => (r.Column, r.Line, r.Value)).Order());
    }
}
