using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// An SSDA903 return as the DfE rules read it: every table, every row as written (rows the indicator readers reject
/// included), each with its file and line. A table the return lacks is empty.
/// </summary>
internal sealed class Ssda903ReturnTables
{
    /// <summary>The tables in the DfE's names, as <see cref="Ssda903Tables"/> recognises them.</summary>
    public static ImmutableArray<string> TableNames { get; } =
        ["Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm", "Missing", "SWEpisodes", "DoLo"];

    private readonly Dictionary<string, Ssda903RuleTable> _tables;

    internal Ssda903ReturnTables(IEnumerable<Ssda903RuleTable> tables, ImmutableArray<string> warnings)
    {
        _tables = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var name in TableNames)
        {
            _tables.TryAdd(name, Ssda903RuleTable.Empty(name));
        }
        Warnings = warnings;
    }

    /// <summary>What reading noticed and skipped (a file that is no SSDA903 table).</summary>
    public ImmutableArray<string> Warnings { get; }

    public Ssda903RuleTable Header => _tables["Header"];
    public Ssda903RuleTable Episodes => _tables["Episodes"];
    public Ssda903RuleTable Reviews => _tables["Reviews"];
    public Ssda903RuleTable Uasc => _tables["UASC"];
    public Ssda903RuleTable Oc2 => _tables["OC2"];
    public Ssda903RuleTable Oc3 => _tables["OC3"];
    public Ssda903RuleTable Ad1 => _tables["AD1"];
    public Ssda903RuleTable PlacedAdoption => _tables["PlacedAdoption"];
    public Ssda903RuleTable PrevPerm => _tables["PrevPerm"];
    public Ssda903RuleTable Missing => _tables["Missing"];
    public Ssda903RuleTable SocialWorkerEpisodes => _tables["SWEpisodes"];
    public Ssda903RuleTable DeprivationOfLiberty => _tables["DoLo"];

    /// <summary>
    /// Whether the return identifies <paramref name="child"/> as an unaccompanied asylum-seeking child: its UASC table has
    /// a row for the child (a CSV return's Header has no UASC flag; the XML return's flag 1, or a DUC, is read as a UASC
    /// row). The one reading of "UASC" for every rule; <see cref="LastYearUascCheck"/> explains it.
    /// </summary>
    public bool IsUasc(string? child) => child is not null && Uasc.RowsByChild.ContainsKey(child);

    /// <summary>Each child's date of birth (day number) from the first Header row that has the child.</summary>
    public System.Collections.Frozen.FrozenDictionary<string, int> HeaderDob => _dob ??= ChildDob();

    /// <summary>The date of birth of the child of <paramref name="child"/> from the Header; <see cref="Ssda903Column.Blank"/> when the Header has no such child.</summary>
    public int DobOf(string? child) => child is not null && HeaderDob.TryGetValue(child, out int dob) ? dob : Ssda903Column.Blank;

    private System.Collections.Frozen.FrozenDictionary<string, int>? _dob;

    private System.Collections.Frozen.FrozenDictionary<string, int> ChildDob()
    {
        var child = Header.Column("CHILD").Cells;
        var dob = Header.Column("DOB").Days;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < child.Length; i++)
        {
            if (child[i] is { } id)
            {
                map.TryAdd(id, dob[i]);
            }
        }
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map, StringComparer.Ordinal);
    }

    /// <summary>The children looked after continuously for 12 months at 31 March of <paramref name="year"/>, found once and shared by the OC2 rules.</summary>
    public System.Collections.Frozen.FrozenSet<string> ContinuouslyLookedAfter(CollectionYear year) =>
        _cohorts.GetOrAdd(year, y => Ssda903.ContinuouslyLookedAfter.Children(this, y));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<CollectionYear, System.Collections.Frozen.FrozenSet<string>> _cohorts = new();

    /// <summary>The table of that DfE name.</summary>
    /// <exception cref="KeyNotFoundException">No SSDA903 table has that name.</exception>
    public Ssda903RuleTable Table(string name) => _tables[name];
}
