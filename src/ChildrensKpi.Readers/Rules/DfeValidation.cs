using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>The DfE rules of one return and year run over it: every rule of the year's list with its outcome, and the findings in rule order.</summary>
/// <param name="Return">The return.</param>
/// <param name="Year">The collection year whose rule list was run.</param>
/// <param name="Outcomes">One per rule of the year's list, in the list's order: ran, not run (why), or not implemented.</param>
/// <param name="Findings">Every flagged row, rule by rule.</param>
public sealed record DfeValidation(DfeReturn Return, CollectionYear Year, ImmutableArray<DfeRuleOutcome> Outcomes, ImmutableArray<DfeFinding> Findings)
{
    /// <summary>
    /// The findings as <paramref name="publication"/> publishes them: with a key, each finding's child, the id fields of its
    /// value (<c>CHILD=…</c>) and every id its message quotes under the pseudonym, and every date of birth withheld, by
    /// the same renaming as an <see cref="InputAccount"/>'s (<see cref="PublicationOptions.Publish(InputAccount)"/>).
    /// </summary>
    public DfeValidation Publish(PublicationOptions publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.Renaming() is not { } rename)
        {
            return this;
        }
        var renaming = Publisher.Renaming(rename,
            Findings.SelectMany(f => ChildIdRenaming.Cells(f.Fields, f.Value).Select(c => (f.Child, c.Field, (string?)c.Value)).Append((f.Child, "", null))),
            Findings.Select(f => f.Message));
        return this with
        {
            Findings = [.. Findings.Select(f => f with
            {
                Child = f.Child is { } child ? renaming.Id(child) : null,
                Value = renaming.Fields(f.Fields, f.Value),
                Message = renaming.Text(f.Message),
            })],
        };
    }

    /// <summary>Writes <c>validate --dfe --format json</c>: the return, the year, each rule's outcome and each finding.</summary>
    /// <param name="writer">Where to write; left open.</param>
    public void WriteJson(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        DfeValidationText.WriteJson(this, writer);
    }

    /// <summary>Writes <c>validate --dfe --format csv</c>: a <c>rule</c> row per rule of the list (its outcome), then a <c>finding</c> row per finding.</summary>
    /// <param name="writer">Where to write; left open.</param>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        DfeValidationText.WriteCsv(this, writer);
    }
}
