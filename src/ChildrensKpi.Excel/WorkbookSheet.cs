using System.Collections.Immutable;

namespace ChildrensKpi.Excel;

/// <summary>
/// One sheet of a workbook (<see cref="WorkbookWriter"/>): a header row of <see cref="Columns"/>, frozen and filtered,
/// then <see cref="Rows"/>, read once as the sheet is written so that a sheet of millions of rows is never held whole.
/// </summary>
public sealed record WorkbookSheet
{
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("[]:*?/\\");

    /// <summary>A sheet named <paramref name="name"/>.</summary>
    /// <param name="name">The tab's name: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an apostrophe (Excel's rules).</param>
    /// <param name="columns">The columns, at least one.</param>
    /// <param name="rows">The rows below the header; each has at most one cell per column.</param>
    /// <exception cref="ArgumentException">The name breaks Excel's rules, or there are no columns.</exception>
    public WorkbookSheet(string name, ImmutableArray<WorkbookColumn> columns, IEnumerable<IReadOnlyList<WorkbookCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rows);
        if (name.Length is 0 or > 31 || name.AsSpan().IndexOfAny(Forbidden) >= 0 || name[0] == '\'' || name[^1] == '\'')
        {
            throw new ArgumentException($"'{name}' is not a sheet name Excel accepts: 1 to 31 characters, none of [ ] : * ? / \\, not starting or ending with an apostrophe.", nameof(name));
        }
        if (columns.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Sheet '{name}' has no columns.", nameof(columns));
        }
        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The tab's name.</summary>
    public string Name { get; }

    /// <summary>The columns, headed in the first row.</summary>
    public ImmutableArray<WorkbookColumn> Columns { get; }

    /// <summary>The rows below the header.</summary>
    public IEnumerable<IReadOnlyList<WorkbookCell>> Rows { get; }

    /// <summary>
    /// Text for a sheet of child-level data, for internal use only (e.g. <c>Internal use only: child-level data</c>): printed
    /// at the top of every page, and the tab is coloured red. Null for a sheet that may be shared.
    /// </summary>
    public string? InternalUse { get; init; }

    /// <summary>A sheet name made from <paramref name="text"/> (an indicator id): Excel's forbidden characters replaced by <c>-</c>, cut to 31.</summary>
    internal static string NameFor(string text)
    {
        var name = string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Forbidden.Contains(source[i]) ? '-' : source[i];
            }
        }).Trim('\'');
        return name.Length > 31 ? name[..31] : name;
    }
}
