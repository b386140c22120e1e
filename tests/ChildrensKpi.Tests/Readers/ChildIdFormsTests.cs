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
        var ids = new ChildNumbers();

        ChildId[] read = [.. new[] { "566910", "566910.0", "0566910", "566910.0", "C1", "7" }.Select(id => ids.Id(ids.Of(id)))];

        Assert.Equal(["566910", "566910", "566910", "566910", "C1", "7"], read.Select(c => c.Value).ToArray());
        Assert.Equal(["LAchildID 566910 was written as '0566910', '566910', '566910.0': read as one child, 566910"], ChildNumbers.FormWarnings("LAchildID", ids).ToArray());
    }

    [Fact]
    public void Warnings_ChildWrittenOnlyInAnExcelForm_SaysWhatItWasReadAs()
    {
        var ids = new ChildNumbers();

        ids.Of("42.0");

        Assert.Equal(["LAchildID 42 was written as '42.0': read as one child, 42"], ChildNumbers.FormWarnings("LAchildID", ids).ToArray());
    }

    /// <summary>
    /// Whatever order ids come in (repeated, interleaved, in the order of an earlier file or not), two cells are one child
    /// exactly when their canonical forms are equal: the look-up that guesses the next id from the last file never
    /// changes which child a cell is, nor do the cursors of tables that share one numbering.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Of_AnyOrderOfIds_OneChildPerCanonicalId(byte[] picks)
    {
        string[] forms = ["1", "01", "1.0", "2", "C2", "c2", "3", "003", "3.00", "C10", "10"];
        var ids = new ChildNumbers();
        // Two passes over the same sequence, as two years' files listing children in the same order, then the rest reversed.
        var cells = picks.Select(p => forms[p % forms.Length]).ToList();
        cells = [.. cells, .. cells, .. Enumerable.Reverse(cells)];
        // Tables read side by side by one numbering, each guessing from its own cursor: every other cell is another table's.
        var tables = new[] { new ChildNumbers.Cursor(), new ChildNumbers.Cursor() };
        var numbers = cells.Select((c, i) => i % 3 == 0 ? ids.Of(c) : ids.Of(c, tables[i % 2])).ToList();
        for (int i = 0; i < cells.Count; i++)
        {
            for (int j = 0; j < cells.Count; j++)
            {
                if ((numbers[i] == numbers[j]) != (ChildIdForms.Canonical(cells[i]) == ChildIdForms.Canonical(cells[j])))
                {
                    return false;
                }
            }
            if (ids.Id(numbers[i]).Value != ChildIdForms.Canonical(cells[i]))
            {
                return false;
            }
        }
        return ids.Count == cells.Select(ChildIdForms.Canonical).Distinct().Count();
    }
}
