using System.Text;
using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// Hand-made SSDA903 files in each form: the XML return's layout read into the tables, a workbook's cells (shared and
/// inline strings, numbers, serial dates, left-out cells, blank rows and columns), CSV text in every encoding, and files
/// of either form that are not returns, which are excluded with their reason and never stop the others.
/// </summary>
public sealed class Ssda903FormsReaderTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    private static InputFile Bytes(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, writable: false));

    [Fact]
    public void Read_XmlReturn_ReadsEachElementIntoItsTableWithTheChildsIdAndBirthDate()
    {
        // One child: a HEADER with an OC3 value (a care leaver's), two reviews and two episodes, the second's PL a bad code.
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <EXPSSDA903>
              <CHILD>
                <HEADER>
                  <CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/05/2000</DOB><ETHNIC>WBRI</ETHNIC>
                  <IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>B1</ACCOM>
                  <AREVIEW><REVIEW>01/06/2016</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                  <AREVIEW><REVIEW>01/12/2016</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                </HEADER>
                <EPISODE><DECOM>01/04/2016</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC>01/09/2016</DEC><REC>E41</REC></EPISODE>
                <EPISODE><DECOM>01/09/2016</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>Q9</PL><DEC/><REC>X1</REC></EPISODE>
              </CHILD>
            </EXPSSDA903>
            """;
        var read = Ssda903Reader.Read([InputFile.FromText("return_2016-17.xml", xml)]);

        Assert.Equal(
            [("Header", 1L, 1L), ("Episodes", 2L, 1L), ("Reviews", 2L, 2L), ("OC3", 1L, 1L)],
            read.Account.Files.Select(f => (f.Table, f.Rows.Read, f.Rows.Used)));
        Assert.All(read.Account.Files, f => Assert.Equal("return_2016-17.xml", f.Path));
        var rejection = Assert.Single(read.Account.Rejections);
        // The bad PLACE is named at its element, PL, on the line of its EPISODE (line 11 of the text).
        Assert.Equal("/EXPSSDA903/CHILD[1]/EPISODE[2]/PL[1]", rejection.Column);
        Assert.Equal(11, rejection.Line);
        Assert.Equal("Q9", rejection.Value);
        // The care leaver's OC3 row and the reviews are the child's, with the header's date of birth.
        Assert.Equal("C1", Assert.Single(read.Data.CareLeavers).Child.Value);
        Assert.Equal(2, read.Data.Reviews.Length);
        Assert.Equal(new NodaTime.LocalDate(2000, 5, 1), Assert.Single(read.Data.Children).DateOfBirth);
    }

    [Fact]
    public void Read_XmlNotAReturnBesideACsv_ExcludesTheXmlWithItsReasonAndReadsTheCsv()
    {
        var read = Ssda903Reader.Read(
        [
            InputFile.FromText("census.xml", "<Message><Header/></Message>"),
            InputFile.FromText("broken.xml", "<EXPSSDA903>\n<CHILD>\n</EXPSSDA903>"),
            InputFile.FromText("episodes.csv", $"{EpisodesHeader}\nC1,01/04/2016,S,C2,N1,U1,PR1,,,,,,\n"),
        ]);

        Assert.Equal(1, read.Account.Files.Single(f => f.Path == "episodes.csv").Rows.Used);
        Assert.Equal([("broken.xml", "unrecognised"), ("census.xml", "unrecognised")],
            read.Account.Files.Where(f => f.Path != "episodes.csv").Select(f => (f.Path, f.Table)));
        var notA903 = read.Account.Exclusions.Single(e => e.Path == "census.xml");
        Assert.Equal("not an SSDA903 XML return: its root element is Message, not EXPSSDA903", notA903.Reason);
        // The tag left open is found on line 3, where the root closes.
        Assert.Equal(3, read.Account.Exclusions.Single(e => e.Path == "broken.xml").FirstLine);
    }

    [Fact]
    public void Read_CsvInEveryEncoding_ReadsTheSameRowsAndText()
    {
        // A Header row whose UPN is not an id but a name with é and £, to see the text decoded (UPN is kept as written).
        string text = "CHILD,SEX,DOB,ETHNIC,UPN\r\nC1,1,01/05/2000,WBRI,é£\r\n";
        var forms = new (string Name, byte[] Bytes)[]
        {
            ("utf8.csv", Encoding.UTF8.GetBytes(text)),
            ("utf8bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
            ("utf16le.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            ("utf16be.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]),
            ("utf16le-nomark.csv", Encoding.Unicode.GetBytes(text)),
            ("utf16be-nomark.csv", Encoding.BigEndianUnicode.GetBytes(text)),
            ("windows1252.csv", CsvEncoding.Windows1252.GetBytes(text)),
            ("lf.csv", Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))),
        };
        foreach (var (name, bytes) in forms)
        {
            var read = Ssda903Reader.Read([Bytes(name, bytes)]);

            var file = Assert.Single(read.Account.Files);
            Assert.Equal(("Header", 1L), (file.Table, file.Rows.Used));
            Assert.Equal("é£", Assert.Single(read.Data.Children).Upn);
        }
    }

    [Fact]
    public void Detect_NoMark_Utf8WhenValidElseWindows1252()
    {
        // é is C3 A9 in UTF-8 and E9 in windows-1252, which is never valid UTF-8 alone.
        Assert.Equal(65001, CsvEncoding.Detect("caf\u00e9"u8, complete: true).CodePage);
        Assert.Equal(1252, CsvEncoding.Detect([0x63, 0x61, 0x66, 0xE9], complete: true).CodePage);
        // A sample that cuts a UTF-8 character in two (C3 of C3 A9) is still UTF-8.
        Assert.Equal(65001, CsvEncoding.Detect([0x63, 0xC3], complete: false).CodePage);
        Assert.Equal(1200, CsvEncoding.Detect([0xFF, 0xFE, 0x43, 0x00], complete: true).CodePage);
        Assert.Equal(1201, CsvEncoding.Detect([0xFE, 0xFF, 0x00, 0x43], complete: true).CodePage);
    }

    [Fact]
    public void Detect_NoMarkNulBesideEveryAsciiCharacter_Utf16ThatWayRound()
    {
        // "CHILD" in UTF-16 LE is 43 00 48 00 ...: the NUL second; in BE 00 43 00 48 ...: the NUL first.
        Assert.Equal(1200, CsvEncoding.Detect(Encoding.Unicode.GetBytes("CHILD,SEX"), complete: true).CodePage);
        Assert.Equal(1201, CsvEncoding.Detect(Encoding.BigEndianUnicode.GetBytes("CHILD,SEX"), complete: true).CodePage);
        // U+0100 (Ā) is 00 01 in LE, its NUL on the other side: 1 such against 14 ASCII characters is still LE.
        Assert.Equal(1200, CsvEncoding.Detect(Encoding.Unicode.GetBytes("CHILD,SEX,DOB,\u0100"), complete: true).CodePage);
        // One stray NUL in UTF-8 text (1 of 3 byte pairs) is no UTF-16.
        Assert.Equal(65001, CsvEncoding.Detect([0x43, 0x00, 0x48, 0x49, 0x4C, 0x44], complete: true).CodePage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_XmlReturnInUtf16WithoutAMark_IsRead(bool bigEndian)
    {
        // The XML's own rule (XML 1.0 appendix F): 3C 00 3F 00 ("<?" in LE) or 00 3C 00 3F (BE) starts UTF-16 without a mark.
        const string xml = """
            <?xml version="1.0" encoding="utf-16"?>
            <EXPSSDA903>
              <CHILD>
                <HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/05/2000</DOB><ETHNIC>WBRI</ETHNIC><UPN>é£</UPN></HEADER>
                <EPISODE><DECOM>01/04/2016</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC/><REC/></EPISODE>
              </CHILD>
            </EXPSSDA903>
            """;
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(xml);

        var read = Ssda903Reader.Read([Bytes("return_2016-17.xml", bytes)]);

        Assert.Equal([("Header", 1L), ("Episodes", 1L)], read.Account.Files.Select(f => (f.Table, f.Rows.Used)));
        Assert.Equal("é£", Assert.Single(read.Data.Children).Upn);
    }
}
