namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// "More than one record with the same" UPN (1520) or LAchildID (8510): every child whose (present) identifier another
/// child also has is flagged, all of them rather than all but the first, since the return does not say which is right.
/// </summary>
internal sealed class CinDuplicateId(string code, Func<CinChildRow, string?> id) : CinCheck(code)
{
    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in context.Current.Children)
        {
            if (id(child) is { } value)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        foreach (var child in context.Current.Children)
        {
            if (id(child) is { } value && counts[value] > 1)
            {
                Flag(context, child, value, $"{counts[value]} children have it");
            }
        }
    }
}
