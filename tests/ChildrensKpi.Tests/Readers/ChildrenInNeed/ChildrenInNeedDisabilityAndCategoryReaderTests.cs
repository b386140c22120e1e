using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers.ChildrenInNeed;

/// <summary>
/// The items issue 15's CIN measures added to the reading: a child's disabilities (CIN_DISABLED) from the XML's
/// <c>ChildCharacteristics/Disabilities/Disability</c> or a flat Disabilities table, and a plan's
/// <c>InitialCategoryOfAbuse</c> (CPP_BY_CATEGORY), each read leniently, in both forms.
/// </summary>
public class ChildrenInNeedDisabilityAndCategoryReaderTests
{
    private static readonly ChildId C1 = new("C1");

    private static ChildrenInNeedReadResult Read(params (string Name, string Text)[] files) =>
        ChildrenInNeedReader.Read(files.Select(f => InputFile.FromText(f.Name, f.Text)));

    /// <summary>A census dated 31/03/<paramref name="year"/> of child C1 whose ChildCharacteristics hold <paramref name="disabilities"/>; the first Disability on line 7.</summary>
    private static string Census(int year, params string[] disabilities) => $"""
        <Message>
        <Header><CollectionDetails><ReferenceDate>{year}-03-31</ReferenceDate></CollectionDetails></Header>
        <Children>
        <Child>
        <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>
        <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities>
        {string.Join("\n", disabilities.Select(d => $"<Disability>{d}</Disability>"))}
        </Disabilities></ChildCharacteristics>
        <CINdetails><CINreferralDate>{year - 1}-09-05</CINreferralDate><ReferralSource>1A</ReferralSource>
        <ChildProtectionPlans><CPPstartDate>{year - 1}-10-01</CPPstartDate><InitialCategoryOfAbuse>SAB</InitialCategoryOfAbuse></ChildProtectionPlans>
        </CINdetails>
        </Child>
        </Children>
        </Message>
        """;

    [Fact]
    public void Read_XmlDisabilities_GivesEveryCodeInOrderAndAddsNoRows()
    {
        var read = Read(("cin.xml", Census(2024, "LD", "AUT")));

        var child = Assert.Single(read.Data.Children);
        Assert.Equal(["LD", "AUT"], child.Disabilities.ToArray());
        // Rows: Child, CINdetails, ChildProtectionPlans; the Disability elements belong to the Child row.
        Assert.Equal(new RowCounts(3, 3, 0, 0), read.Account.Rows);
        Assert.Empty(read.Account.Findings);
        Assert.Equal("SAB", Assert.Single(read.Data.Plans).InitialCategory);
    }

    [Fact]
    public void Read_XmlUnknownDisabilityCode_IsAWarningNamingCinDisabledAndTheOtherCodesAreKept()
    {
        var read = Read(("cin.xml", Census(2024, "XYZ", "HEAR")));

        Assert.Equal(["HEAR"], Assert.Single(read.Data.Children).Disabilities.ToArray());
        Assert.Empty(read.Account.Rejections);
        var warning = Assert.Single(read.Account.Findings);
        Assert.Equal((7L, "Child/ChildCharacteristics/Disabilities/Disability", "XYZ", "C1"), (warning.Line, warning.Column, warning.Value, warning.ChildId));
        Assert.StartsWith("Disability must be one of the 2023-24 codes (NONE, MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA) or empty", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the value is read as not given (CIN_DISABLED reads Disability) and the row is used", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChildInTwoCensusesWithDifferentDisabilities_UnionsTheCodesWithoutAConflict()
    {
        // 2022-23 records NONE, 2023-24 LD (and NONE again): one child with NONE and LD, no rejection, as review dates union.
        var read = Read(("cin_2023.xml", Census(2023, "NONE")), ("cin_2024.xml", Census(2024, "LD", "NONE")));

        Assert.Equal(["NONE", "LD"], Assert.Single(read.Data.Children).Disabilities.ToArray());
        Assert.Empty(read.Account.Rejections);
    }

    [Fact]
    public void Read_FlatDisabilitiesTable_OneRowPerCodeEvenForAChildWithNoCinChildrenRow()
    {
        // C1 has a CinChildren row and two codes (lower case, read in the list's spelling); C2 only a Disabilities row.
        var read = Read(
            ("children.csv", "LAchildID,UPN,PersonBirthDate,GenderCurrent,Ethnicity\nC1,,01/06/2005,2,WBRI\n"),
            ("disabilities.csv", "LAchildID,Disability\nC1,ld\nC1,VIS\nC2,NONE\nC2,\n"),
            ("plans.csv", "LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,NumberOfPreviousCPP\nC1,20/09/2008,,,\n"));

        var children = read.Data.Children.ToDictionary(c => c.Id);
        Assert.Equal(["LD", "VIS"], children[C1].Disabilities.ToArray());
        Assert.Equal(new LocalDate(2005, 6, 1), children[C1].DateOfBirth);
        Assert.Equal(["NONE"], children[new ChildId("C2")].Disabilities.ToArray());
        Assert.Null(Assert.Single(read.Data.Plans).InitialCategory);
        Assert.Contains("disabilities.csv Disabilities", read.Account.Files.Select(f => $"{f.Path} {f.Table}"));
        // 1 + 4 + 1 rows, all used (C2's empty Disability is no code, not an error).
        Assert.Equal(new RowCounts(6, 6, 0, 0), read.Account.Rows);
        Assert.Empty(read.Account.Findings);
    }

    [Fact]
    public void ChildInNeed_Equality_ComparesDisabilitiesCodeByCode()
    {
        var a = new ChildInNeed(C1) { Disabilities = ["LD", "AUT"] };

        Assert.Equal(a, new ChildInNeed(C1) { Disabilities = ["LD", "AUT"] });
        Assert.Equal(a.GetHashCode(), new ChildInNeed(C1) { Disabilities = ["LD", "AUT"] }.GetHashCode());
        Assert.NotEqual(a, new ChildInNeed(C1) { Disabilities = ["LD"] });
        Assert.Empty(new ChildInNeed(C1) { Disabilities = default }.Disabilities);
        Assert.Throws<ArgumentException>(() => new ChildInNeed(C1) { Disabilities = ["LD", " "] });
    }
}
