namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// The rules about the return as a whole (the DfE's "LA level" queries), located as <c>RETURN</c>: 2886Q, more than
/// 2% of the children who are born (a date of birth written: an unborn child has only an expected one, and a child with both is born) have no sex recorded (Sex missing or U; until 2023-24 no gender: GenderCurrent missing, 0 or 9); 2887Q, fewer
/// than 8 different disability codes used in the return (NONE counted as a code, as written); 2888Q, no child has more
/// than one disability code, among the children with a disability other than NONE recorded.
/// </summary>
internal sealed class CinReturnLevelRule(string code) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var tables = context.Current;
        switch (Code)
        {
            case "2886Q":
                int born = 0, noSex = 0;
                foreach (var child in tables.Children)
                {
                    if (!child.PersonBirthDate.IsMissing)
                    {
                        born++;
                        noSex += NoSex(context, child) ? 1 : 0;
                    }
                }
                // More than 2%: noSex / born > 0.02, in integers.
                if (born > 0 && noSex * 50 > born)
                {
                    FlagReturn(context, $"{noSex} of {born} children born have no sex recorded");
                }
                break;
            case "2887Q":
                int codes = tables.Disabilities.Select(d => d.Disability).OfType<string>().Distinct(StringComparer.Ordinal).Count();
                if (codes < 8)
                {
                    FlagReturn(context, $"{codes} different disability codes used");
                }
                break;
            default:
                var withDisability = tables.Children.Where(c => Codes(tables, c).Any(d => d != "NONE")).ToList();
                if (withDisability.Count > 0 && withDisability.All(c => Codes(tables, c).Distinct(StringComparer.Ordinal).Count() == 1))
                {
                    FlagReturn(context, $"each of the {withDisability.Count} children with a disability has one code");
                }
                break;
        }
    }

    /// <summary>No sex recorded: Sex missing or U (unknown) from 2024-25; until 2023-24 ("no gender recorded") GenderCurrent missing, 0 (not known) or 9 (not specified).</summary>
    private static bool NoSex(DfeCheckContext<CinReturnTables> context, CinChildRow child) =>
        CensusYear(context).EndYear < CinCensusYears.Item("Sex").Years[0].From.EndYear
            ? child.GenderCurrent is null or "0" or "9"
            : child.Sex is null or "U";

    private static IEnumerable<string> Codes(CinReturnTables tables, CinChildRow child) =>
        CinDetailsRules.Rows(tables.Disabilities, child.FirstDisability..(child.FirstDisability + child.DisabilityCount))
            .Select(d => d.Disability).OfType<string>();
}
