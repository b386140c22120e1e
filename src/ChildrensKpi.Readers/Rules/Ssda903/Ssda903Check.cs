using System.Collections.Immutable;
using System.Text;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The common shape of an SSDA903 rule's check: its code, what it needs, and <see cref="Flag"/>, which locates a row as
/// the councils' validators do (file and line, or XML path) with the child and the values of the fields the rule names.
/// </summary>
internal abstract class Ssda903Check : IDfeCheck<Ssda903ReturnTables>
{
    protected Ssda903Check(string code, DfeReference needs = DfeReference.None)
    {
        Code = code;
        Needs = needs;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public DfeReference Needs { get; }

    /// <inheritdoc/>
    public abstract void Check(DfeCheckContext<Ssda903ReturnTables> context);

    /// <summary>Flags <paramref name="row"/> of <paramref name="table"/>, with the rule's fields that the table has and their values.</summary>
    protected static void Flag(DfeCheckContext<Ssda903ReturnTables> context, Ssda903RuleTable table, int row, bool previousYear = false,
        string? detail = null)
    {
        // One fields list per rule and set of columns present, shared by its findings (a rule may flag millions of rows);
        // keyed without the table itself, so that no table outlives its run.
        long present = 0;
        var named = context.Rule.Fields;
        for (int i = 0; i < named.Length && i < 64; i++)
        {
            present |= table.Has(named[i]) ? 1L << i : 0;
        }
        var fields = FieldsCache.GetOrAdd((context.Rule, present), key =>
            [.. key.Rule.Fields.Where((f, i) => i < 64 && (key.Present & (1L << i)) != 0).Distinct(StringComparer.Ordinal)]);
        string? value = null;
        if (!fields.IsEmpty)
        {
            var text = new StringBuilder();
            foreach (var field in fields)
            {
                text.Append(text.Length == 0 ? "" : "; ").Append(field).Append('=').Append(table.Column(field)[row]);
            }
            value = text.ToString();
        }
        context.Flag(table.Name, table.File(row), table.Line(row), table.XmlPath(row), fields, value, table.Column("CHILD")[row], detail, previousYear);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(DfeRule Rule, long Present), ImmutableArray<string>> FieldsCache = new();
}
