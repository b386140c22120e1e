using ChildrensKpi.Readers;

namespace ChildrensKpi.Tests.Readers;

public class ChildIdFormsTests
{
    [Theory]
    [InlineData("566910", "566910")]
    [InlineData("566910.0", "566910")]   // a number column through Excel
    [InlineData("566910.000", "566910")]
    [InlineData("0566910", "566910")]    // a padded text column
    [InlineData("000", "0")]
    [InlineData("0.0", "0")]
    [InlineData("566910.5", "566910.5")] // not a whole number: not an Excel artefact, left alone
    [InlineData("C0042", "C0042")]       // not all digits: left alone
    [InlineData("566910.", "566910.")]
    [InlineData(".0", ".0")]
    public void Canonical_IdForm_IsTheOneChild(string written, string id)
    {
        Assert.Equal(id, ChildIdForms.Canonical(written));
    }

    [Fact]
    public void Warnings_ChildWrittenInSeveralForms_NamesEveryFormOnce()
    {
        var ids = new ChildIdForms("LAchildID");

        ChildId[] read = [ids.Of("566910"), ids.Of("566910.0"), ids.Of("0566910"), ids.Of("566910.0"), ids.Of("C1"), ids.Of("7")];

        Assert.Equal(["566910", "566910", "566910", "566910", "C1", "7"], read.Select(c => c.Value).ToArray());
        Assert.Equal(["LAchildID 566910 was written as '0566910', '566910', '566910.0': read as one child, 566910"], ids.Warnings().ToArray());
    }

    [Fact]
    public void Warnings_ChildWrittenOnlyInAnExcelForm_SaysWhatItWasReadAs()
    {
        var ids = new ChildIdForms("LAchildID");

        ids.Of("42.0");

        Assert.Equal(["LAchildID 42 was written as '42.0': read as one child, 42"], ids.Warnings().ToArray());
    }
}
