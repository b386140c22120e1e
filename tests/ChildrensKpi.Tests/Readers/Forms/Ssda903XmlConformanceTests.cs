using ChildrensKpi.Readers;
using ChildrensKpi.Tests.Fixtures;

namespace ChildrensKpi.Tests.Readers.Forms;

/// <summary>
/// The whole public fake SSDA903 folder (../shared/conformance/ssda903/fake: 13 CSVs and fake_903.xml, CSV and XML side by
/// side) read as one folder: nothing aborts and every row is accounted for. Expected rows are counted by hand, apart from
/// the reader: CSV data rows are <c>wc -l</c> minus the header (DoLo.csv has no final newline, so its one data row is
/// <c>wc -l</c>'s 1); the XML's rows per table are counts of its elements (python3 ElementTree): HEADER 253, EPISODE 459,
/// AREVIEW 1,206, UASC flags of 1 12 (the 12 children with a DUC), OC2 253, IN_TOUCH 6, DATE_INT 3, AD_PLACED 3, PERMANENCE 253, AMISSING 6, which are also the
/// row counts the DfE-endorsed validator reports for the file (conformance/ssda903/expected/*/xml_this_year.json).
/// </summary>
public sealed class Ssda903XmlConformanceTests
{
    private static readonly (string File, string Table, long Rows)[] Expected =
    [
        ("DoLo.csv", "DoLo", 1), ("ad1.csv", "AD1", 29), ("episodes.csv", "Episodes", 5050), ("header.csv", "Header", 2675),
        ("missing.csv", "Missing", 43), ("oc2.csv", "OC2", 2675), ("oc3.csv", "OC3", 53), ("placed_for_adoption.csv", "PlacedAdoption", 29),
        ("placed_for_adoption_errors.csv", "PlacedAdoption", 30), ("previous_permanence.csv", "PrevPerm", 2675), ("reviews.csv", "Reviews", 12582),
        ("sw_episodes.csv", "SWEpisodes", 1), ("uasc.csv", "UASC", 132),
        ("fake_903.xml", "Header", 253), ("fake_903.xml", "Episodes", 459), ("fake_903.xml", "Reviews", 1206), ("fake_903.xml", "UASC", 12),
        ("fake_903.xml", "OC2", 253), ("fake_903.xml", "OC3", 6), ("fake_903.xml", "AD1", 3), ("fake_903.xml", "PlacedAdoption", 3),
        ("fake_903.xml", "PrevPerm", 253), ("fake_903.xml", "Missing", 6),
    ];

    [SharedDataFact]
    public void ReadFolder_FakeCsvAndXmlTogether_AccountsEveryRowOfEveryTableOfEveryFile()
    {
        var read = Ssda903Reader.ReadFolder(SharedData.Path("conformance", "ssda903", "fake"));

        Assert.Equal(Expected.Order(), read.Account.Files.Select(f => (f.Path, f.Table, f.Rows.Read)).Order());
        Assert.All(read.Account.Files, f => Assert.True(f.Rows.IsBalanced, $"{f.Path} {f.Table}: {f.Rows}"));
    }

    [SharedDataFact]
    public void ReadFolder_FakeXml_LocatesEveryRejectionAtItsElement()
    {
        var read = Ssda903Reader.Read([InputFile.FromPath(SharedData.Path("conformance", "ssda903", "fake", "fake_903.xml"), "fake_903.xml")]);

        Assert.NotEmpty(read.Account.Rejections);
        // Each rejection names the file, the value's element path from the root and the element's line (the document is on line 2).
        Assert.All(read.Account.Rejections, r =>
        {
            Assert.Equal("fake_903.xml", r.Path);
            Assert.Equal(2, r.Line);
            Assert.Matches(@"^/EXPSSDA903/CHILD\[\d+\]/(EPISODE|HEADER)\[\d+\](/[A-Z_]+\[\d+\])+$", r.Column);
        });
        // HEADER/UASC is read as the flag of the UASC table, so that no element of the return is left unread.
        Assert.DoesNotContain(read.Account.Warnings, w => w.Contains("does not read", StringComparison.Ordinal));
    }
}
