using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>Header rows: one child each, validated and merged across files by CHILD.</summary>
internal sealed class HeaderSink(FileYear year) : ITableSink
{
    private Ssda903Codes _codes = null!;
    private const int SexField = 0, DobField = 1, EthnicField = 2, UpnField = 3;

    private readonly Dictionary<ChildId, MergedCopy> _children = [];
    private int _child, _sex, _dob, _ethnic, _upn;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = year.Codes;
        _child = columns["CHILD"];
        _sex = columns["SEX"];
        _dob = columns["DOB"];
        _ethnic = columns["ETHNIC"];
        _upn = columns.GetValueOrDefault("UPN", -1);
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryCode(_sex, _codes.Sex, out var sex, out rejection)
            || !row.TryDate(_dob, out var dob, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        object?[] fields = [sex, dob, row.OptionalText(_ethnic)?.ToUpperInvariant(), row.OptionalText(_upn)];
        if (_children.TryGetValue(child, out var kept))
        {
            int conflict = kept.Merge(fields);
            if (conflict >= 0)
            {
                int column = conflict switch { SexField => _sex, DobField => _dob, EthnicField => _ethnic, _ => _upn };
                return RowVerdict.Rejected(kept.Conflict(row, column, $"Header row CHILD {child}", conflict) with { ChildId = child.Value });
            }
        }
        else
        {
            _children.Add(child, new MergedCopy(fields, row.Path, row.Line));
        }
        return RowVerdict.Used;
    }

    /// <summary>The date of birth of <paramref name="child"/> from the Header table, when it has a row.</summary>
    public LocalDate? BirthOf(ChildId child) => _children.TryGetValue(child, out var kept) ? (LocalDate)kept.Fields[DobField]! : null;

    public IEnumerable<Child> Children() => _children.Select(c => new Child(
        c.Key,
        (Sex)c.Value.Fields[SexField]!,
        (LocalDate)c.Value.Fields[DobField]!,
        (string?)c.Value.Fields[EthnicField],
        (string?)c.Value.Fields[UpnField]));
}
