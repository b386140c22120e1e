namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 100: the header's ReferenceDate must be the census date of the collection year, 31 March of the year it ends in
/// (31 March 2026 for 2025-26); a missing one, or one that is not a date, is incorrect too. The councils' validator
/// accepts a fixed list of dates instead (see docs/conformance-cin.md).
/// </summary>
internal sealed class CinReferenceDateRule() : CinCheck("100")
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var expected = DayNumbers.Of(new NodaTime.LocalDate(context.Year.StartYear + 1, 3, 31));
        if (context.Current.Header is not { } header)
        {
            context.Flag("Header", context.Current.File, null, "/Message/Header[1]", context.Rule.Fields, null, null, "the file has no Header");
            return;
        }
        if (header.ReferenceDate.Day != expected)
        {
            Flag(context, header, header.ReferenceDate.Text, $"the {context.Year} census is dated {Iso(expected)}");
        }
    }
}
