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
        var fields = ImmutableArray.CreateBuilder<string>();
        var value = new StringBuilder();
        foreach (var field in context.Rule.Fields)
        {
            if (table.Has(field) && !fields.Contains(field))
            {
                fields.Add(field);
                value.Append(value.Length == 0 ? "" : "; ").Append(field).Append('=').Append(table.Column(field)[row]);
            }
        }
        context.Flag(table.Name, table.File(row), table.Line(row), table.XmlPath(row), fields.ToImmutable(),
            value.Length == 0 ? null : value.ToString(), table.Column("CHILD")[row], detail, previousYear);
    }
}
