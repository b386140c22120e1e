using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// One record as merged from its copies in several files (an episode open at one year's end is in both years'
/// returns): a filled field replaces an empty one; copies that disagree on a field filled in both are a conflict,
/// and the copy read later (from the file that sorts later by name) is rejected.
/// </summary>
internal sealed class MergedCopy(object?[] fields, string path, long line)
{
    public object?[] Fields { get; } = fields;

    public string Path { get; } = path;

    public long Line { get; } = line;

    /// <summary>
    /// Merges <paramref name="incoming"/> into this copy. Returns the index of the first field filled differently
    /// in both (a conflict: nothing is merged), or -1 when merged.
    /// </summary>
    public int Merge(object?[] incoming)
    {
        for (int i = 0; i < Fields.Length; i++)
        {
            if (Fields[i] is not null && incoming[i] is not null && !Fields[i]!.Equals(incoming[i]))
            {
                return i;
            }
        }
        for (int i = 0; i < Fields.Length; i++)
        {
            Fields[i] ??= incoming[i];
        }
        return -1;
    }

    /// <summary>The rejection of a later copy that conflicts with this one on field <paramref name="field"/>.</summary>
    public Rejection Conflict(in CsvRow row, int column, string what, int field) =>
        row.Reject(column, ConflictRule(row.ColumnName(column), what, field));

    /// <summary>The rule a later copy breaks when it disagrees with this one on field <paramref name="field"/>, named <paramref name="name"/>.</summary>
    public string ConflictRule(string name, string what, int field) => ConflictRule(Path, Line, name, what, Display(Fields[field]));

    /// <summary>The rule a later copy breaks when it disagrees with the copy read at <paramref name="path"/> line <paramref name="line"/>, whose <paramref name="name"/> is <paramref name="value"/>.</summary>
    public static string ConflictRule(string path, long line, string name, string what, string value) =>
        $"conflicts with the copy of {what} in {path} line {line}, which has {name} {value}; the copy read first is used";

    private static string Display(object? value) => value switch
    {
        LocalDate date => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "(empty)",
    };
}
