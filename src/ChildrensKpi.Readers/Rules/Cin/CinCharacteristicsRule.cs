namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>A rule on a child's ChildCharacteristics (the DfE's table of that name): the row flagged is that element.</summary>
internal sealed class CinCharacteristicsRule(string code, Func<CinRuleScope, CinChildRow, bool> breaks, Func<CinChildRow, string?> value) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var scope = new CinRuleScope(context.Current, CensusYear(context));
        foreach (var child in context.Current.Children)
        {
            if (breaks(scope, child))
            {
                context.Flag("ChildCharacteristics", context.Current.File, child.CharacteristicsLine, child.CharacteristicsPath,
                    context.Rule.Fields, value(child), child.LAchildID);
            }
        }
    }
}
