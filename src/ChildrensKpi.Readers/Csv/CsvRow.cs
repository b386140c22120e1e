using NodaTime;
using nietras.SeparatedValues;

namespace ChildrensKpi.Readers;

/// <summary>
/// One data row with typed, allocation-free access to its cells by column index; each accessor that finds a bad
/// value builds the rejection naming file, line, column, value and rule.
/// </summary>
internal readonly ref struct CsvRow
{
    private readonly SepReader.Row _row;
    private readonly string[] _columnNames;
    private readonly ValidationRule? _dateRangeRule;
    private readonly string?[]? _dfeRules;

    // dfeRules: by column position, the DfE rule an unusable value of the column breaks (Rules.DfeValueRules); null for none.
    public CsvRow(SepReader.Row row, string path, long line, string[] columnNames, ValidationRule? dateRangeRule, string?[]? dfeRules = null)
    {
        _row = row;
        Path = path;
        Line = line;
        _columnNames = columnNames;
        _dateRangeRule = dateRangeRule;
        _dfeRules = dfeRules;
    }

    public string Path { get; }

    public long Line { get; }

    public int CellCount => _row.ColCount;

    /// <summary>The cell at <paramref name="index"/>, spaces trimmed; empty when the column is absent (index -1).</summary>
    public ReadOnlySpan<char> Cell(int index) =>
        index < 0 || index >= _row.ColCount ? [] : _row[index].Span.Trim();

    public Rejection Reject(int index, string rule)
    {
        var cell = Cell(index);
        return new Rejection(Path, Line, ColumnName(index), cell.IsEmpty ? null : cell.ToString(), rule);
    }

    /// <summary>A value of the column that cannot be used (unreadable, empty where required, not in the year's codes), under the column's DfE rule.</summary>
    public Rejection Invalid(int index, string rule) => Reject(index, rule) with { DfeRuleId = DfeRule(index) };

    private string? DfeRule(int index) => _dfeRules is { } rules && index >= 0 && index < rules.Length ? rules[index] : null;

    public string ColumnName(int index) => index >= 0 && index < _columnNames.Length ? _columnNames[index] : "?";

    public bool TryChildId(int index, out ChildId child, out Rejection? rejection)
    {
        bool read = TryChildCell(index, out var cell, out rejection);
        // The forms of one id (566910.0, 0566910) are one child, as the Episodes and Header tables read them.
        child = read ? new ChildId(ChildIdForms.Canonical(cell.ToString())) : default;
        return read;
    }

    /// <summary>The child's id as written (trimmed), without making a string; rejected when empty.</summary>
    public bool TryChildCell(int index, out ReadOnlySpan<char> cell, out Rejection? rejection)
    {
        cell = Cell(index);
        rejection = cell.IsEmpty ? Reject(index, $"{ColumnName(index)} must not be empty") : null;
        return !cell.IsEmpty;
    }

    public bool TryDate(int index, out LocalDate date, out Rejection? rejection)
    {
        rejection = null;
        var read = CellParser.ReadDate(Cell(index), out date);
        if (read == DateCell.Valid)
        {
            return true;
        }
        rejection = DateRejection(index, read, orEmpty: false);
        return false;
    }

    /// <summary><see cref="TryDate"/> as a day number (<see cref="DateOnly.DayNumber"/>), for rows read straight into columns.</summary>
    public bool TryDayNumber(int index, out int day, out Rejection? rejection)
    {
        rejection = null;
        var read = CellParser.ReadDayNumber(Cell(index), out day);
        if (read == DateCell.Valid)
        {
            return true;
        }
        rejection = DateRejection(index, read, orEmpty: false);
        return false;
    }

    /// <summary><see cref="TryOptionalDate"/> as a day number, <paramref name="absent"/> when the cell is empty.</summary>
    public bool TryOptionalDayNumber(int index, int absent, out int day, out Rejection? rejection)
    {
        rejection = null;
        day = absent;
        var cell = Cell(index);
        if (cell.IsEmpty)
        {
            return true;
        }
        var read = CellParser.ReadDayNumber(cell, out day);
        if (read == DateCell.Valid)
        {
            return true;
        }
        rejection = DateRejection(index, read, orEmpty: true);
        return false;
    }

    public bool TryOptionalDate(int index, out LocalDate? date, out Rejection? rejection)
    {
        rejection = null;
        date = null;
        var cell = Cell(index);
        if (cell.IsEmpty)
        {
            return true;
        }
        var read = CellParser.ReadDate(cell, out var value);
        if (read == DateCell.Valid)
        {
            date = value;
            return true;
        }
        rejection = DateRejection(index, read, orEmpty: true);
        return false;
    }

    /// <summary>Why a date cell was not read: outside the supported years (its own rule), or not a date as written.</summary>
    private Rejection DateRejection(int index, DateCell read, bool orEmpty) =>
        read == DateCell.OutOfRange
            ? OutOfRange(index)
            : Invalid(index, $"{ColumnName(index)} must be a valid date ({CellParser.DateFormats}){(orEmpty ? " or empty" : "")}");

    // The DfE's tools cannot read such a date either: it breaks the column's "not a valid date" rule too.
    private Rejection OutOfRange(int index) =>
        _dateRangeRule is { } rule
            ? rule.Reject(Path, Line, ColumnName(index), Cell(index).ToString()) with { DfeRuleId = DfeRule(index) }
            : Invalid(index, $"{ColumnName(index)} must be a date in {SupportedDates.Description}");

    public bool TryCode<T>(int index, CodeList<T> codes, out T value, out Rejection? rejection)
        where T : struct
    {
        rejection = null;
        if (codes.TryParse(Cell(index), out value))
        {
            return true;
        }
        rejection = Invalid(index, codes.RuleFor(ColumnName(index), Cell(index), orEmpty: false));
        return false;
    }

    public bool TryOptionalCode<T>(int index, CodeList<T> codes, out T? value, out Rejection? rejection)
        where T : struct
    {
        rejection = null;
        value = null;
        var cell = Cell(index);
        if (cell.IsEmpty)
        {
            return true;
        }
        if (codes.TryParse(cell, out var code))
        {
            value = code;
            return true;
        }
        rejection = Invalid(index, codes.RuleFor(ColumnName(index), cell, orEmpty: true));
        return false;
    }

    /// <summary>The cell as a string, or null when empty.</summary>
    public string? OptionalText(int index)
    {
        var cell = Cell(index);
        return cell.IsEmpty ? null : cell.ToString();
    }
}
