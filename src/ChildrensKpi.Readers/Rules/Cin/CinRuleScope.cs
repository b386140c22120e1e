namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>What a row rule sees besides the row: the return's tables and the census year whose code lists apply.</summary>
internal readonly record struct CinRuleScope(CinReturnTables Tables, CinCollectionYear Year)
{
    /// <summary>The CINdetails block a nested row belongs to.</summary>
    public CinDetailsRow DetailsOf(int details) => Tables.Details[details];

    /// <summary>The child a row belongs to.</summary>
    public CinChildRow ChildOf(int child) => Tables.Children[child];

    /// <summary>Whether <paramref name="text"/> is exactly a code of <paramref name="item"/> in the census year (<c>cin-census-years.json</c>, the one code list).</summary>
    public bool IsCode(string item, string? text) => CinCensusYears.Item(item).IsExactCode(text, Year);
}
