namespace ChildrensKpi;

/// <summary>
/// Writes CSV cells safely: quoted where needed, and text that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) is prefixed with an apostrophe; numbers stay numbers.
/// Every CSV the library and the command line write goes through it.
/// </summary>
internal static class CsvText
{
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static void WriteRow(TextWriter writer, params string?[] cells) =>
        writer.Write(string.Join(",", cells.Select(Cell)) + "\n");
}
