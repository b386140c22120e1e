using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// UASC rows: one per CHILD, checked (CHILD, the year's SEX codes, DOB, DUC) and merged across files, a filled DUC
/// replacing an empty one as DEC does, a later return's superseding an earlier's (indicators-current.md, "UASC"); CLA_UASC uses them. The SEX and DOB are checked but
/// not kept (the Header's are the child's).
/// </summary>
internal sealed class UascSink(FileYear year) : ITableSink
{
    private readonly MergedRecords<ChildId> _rows = new(["DUC"], static c => $"UASC row CHILD {c}", static c => c);
    private Ssda903Codes _codes = null!;
    private int _child, _sex, _dob, _duc;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _codes = year.Codes;
        _child = columns["CHILD"];
        _sex = columns["SEX"];
        _dob = columns["DOB"];
        _duc = columns["DUC"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryCode(_sex, _codes.UascSex, out _, out rejection)
            || !row.TryOptionalDate(_dob, out _, out rejection)
            || !row.TryOptionalDate(_duc, out var ceased, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        return _rows.Add(row, _return, child, [Boxes.Of(ceased)], [_duc]);
    }

    /// <summary>Every DUC a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _rows.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<UnaccompaniedAsylumSeeker> Rows() => _rows.Select((child, f) => new UnaccompaniedAsylumSeeker(child, (LocalDate?)f[0]));
}
