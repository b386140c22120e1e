namespace ChildrensKpi.Readers;

/// <summary>
/// UASC rows: checked (CHILD, the year's SEX codes, DOB, DUC), then excluded, as no indicator of this version uses the
/// table; a row that breaks a rule is rejected, so that a UASC file can be validated on its own.
/// </summary>
internal sealed class UascSink(FileYear year) : ITableSink
{
    private readonly UnusedTableSink _unused = new("UASC");
    private Ssda903Codes _codes = null!;
    private int _child, _sex, _dob, _duc;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = year.Codes;
        _child = columns["CHILD"];
        _sex = columns["SEX"];
        _dob = columns["DOB"];
        _duc = columns["DUC"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out _, out rejection)
            || !row.TryCode(_sex, _codes.UascSex, out _, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryOptionalDate(_duc, out _, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        return _unused.Accept(row);
    }
}
