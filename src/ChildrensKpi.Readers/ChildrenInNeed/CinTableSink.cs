namespace ChildrensKpi.Readers;

/// <summary>
/// Rows of one table of the flat CSV form: each row is one record, validated and merged by the same rules as the XML.
/// A CSV table says nothing of its year, so its codes are checked against <paramref name="year"/> when the caller gives
/// one, else against every year's.
/// </summary>
internal sealed class CinTableSink(CsvTableSchema schema, CinRecords records, CinCollectionYear? year) : ITableSink
{
    // The rules name items as the census spells them, whatever the case of the CSV header.
    private static readonly string[] Items =
    [
        "LAchildID", "PersonBirthDate", "GenderCurrent", "Sex", "Ethnicity", "CINreferralDate", "ReferralSource",
        "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA", "DateOfInitialCPC", "AssessmentType",
        "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate", "ICPCnotRequired", "CPPstartDate",
        "CPPendDate", "InitialCategoryOfAbuse", "NumberOfPreviousCPP", "CPPreviewDate",
    ];

    private readonly List<(string Item, int Index)> _columns = [];

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _columns.Clear();
        foreach (var item in Items)
        {
            if (columns.TryGetValue(item.ToUpperInvariant(), out int index))
            {
                _columns.Add((item, index));
            }
        }
    }

    public RowVerdict Accept(in CsvRow row)
    {
        var fields = new Dictionary<string, CinField>(_columns.Count, StringComparer.Ordinal);
        foreach (var (item, index) in _columns)
        {
            fields[item] = new CinField(row.Path, item, row.ColumnName(index), row.Line, row.OptionalText(index));
        }
        string path = row.Path;
        long line = row.Line;
        var record = new CinRecord(path, line, year, item => fields.TryGetValue(item, out var field) ? field : new CinField(path, item, item, line, null));
        var rejection = Add(record);
        return rejection is null ? RowVerdict.Used : RowVerdict.Rejected(rejection);
    }

    private Rejection? Add(CinRecord record)
    {
        if (!records.TryChildId(record.Field("LAchildID"), out var child, out var rejection))
        {
            return rejection;
        }
        if (schema == CinTables.Children)
        {
            return records.AddChild(child, record);
        }
        if (schema == CinTables.ProtectionPlans)
        {
            return CinRules.TryDate(record.Field("CPPstartDate"), out var start, out rejection) ? records.AddPlan(child, start, record) : rejection;
        }
        if (schema == CinTables.ProtectionPlanReviews)
        {
            var start = record.Field("CPPstartDate");
            return CinRules.TryDate(start, out var date, out rejection) ? records.AddReview(child, date, start, record.Field("CPPreviewDate")) : rejection;
        }
        if (!CinRules.TryDate(record.Field("CINreferralDate"), out var referral, out rejection))
        {
            return rejection;
        }
        if (schema == CinTables.Referrals)
        {
            return records.AddReferral(child, referral, record);
        }
        if (schema == CinTables.Section47)
        {
            return records.AddEnquiry(child, referral, record);
        }
        return CinRules.TryAssessmentType(record.Field("AssessmentType"), out var type, out rejection)
            ? records.AddAssessment(child, referral, type, record)
            : rejection;
    }
}
