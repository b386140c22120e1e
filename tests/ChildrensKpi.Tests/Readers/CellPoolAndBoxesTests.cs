using ChildrensKpi.Readers;
using NodaTime;
using Xunit;

namespace ChildrensKpi.Tests.Readers;

/// <summary>
/// The pool and the shared boxes change memory only: a pooled cell equals the cell, a shared box equals a fresh one; the
/// sharing itself is what the tests see as reference equality.
/// </summary>
public sealed class CellPoolAndBoxesTests
{
    [Fact]
    public void Equal_cells_are_one_string_and_an_empty_cell_is_null()
    {
        var pool = new CellPool();
        var first = pool.Intern("01/04/2013".AsSpan());
        var second = pool.Intern(" 01/04/2013 ".AsSpan().Trim());
        Assert.Equal("01/04/2013", first);
        Assert.Same(first, second);
        Assert.Null(pool.Intern([]));
        Assert.Equal("N1", pool.InternUpper("n1".AsSpan()));
        Assert.Same(pool.Intern("N1".AsSpan()), pool.InternUpper("n1".AsSpan()));
    }

    [Fact]
    public void A_full_pool_still_returns_the_value_but_keeps_no_more()
    {
        // Capacity 2: "A" and "B" are kept; "C" comes back equal each time, but as a new string, since it was not kept.
        var pool = new CellPool(capacity: 2);
        var a = pool.Intern("A".AsSpan());
        pool.Intern("B".AsSpan());
        var c1 = pool.Intern("C".AsSpan());
        var c2 = pool.Intern("C".AsSpan());
        Assert.Equal("C", c1);
        Assert.Equal(c1, c2);
        Assert.NotSame(c1, c2);
        Assert.Same(a, pool.Intern("A".AsSpan()));
    }

    [Fact]
    public void A_day_flag_count_or_enum_value_is_boxed_once_and_unboxes_to_itself()
    {
        var day = new LocalDate(2013, 4, 1);
        Assert.Same(Boxes.Of(day), Boxes.Of(new LocalDate(2013, 4, 1)));
        Assert.Equal(day, (LocalDate)Boxes.Of(day)!);
        Assert.Null(Boxes.Of((LocalDate?)null));
        // Outside 1900–2199 a date is still boxed, only not shared.
        var early = new LocalDate(1850, 1, 1);
        Assert.Equal(early, (LocalDate)Boxes.Of(early)!);
        Assert.NotSame(Boxes.Of(early), Boxes.Of(early));
        Assert.Same(Boxes.Of(true), Boxes.Of((bool?)true));
        Assert.Equal(false, Boxes.Of(false));
        Assert.Same(Boxes.Of(3), Boxes.Of((int?)3));
        Assert.Equal(1000, Boxes.Of(1000));
        Assert.Same(Boxes.Of((Sex?)Sex.Female), Boxes.Of((Sex?)Sex.Female));
        Assert.Equal(Sex.Male, (Sex)Boxes.Of((Sex?)Sex.Male)!);
    }
}
