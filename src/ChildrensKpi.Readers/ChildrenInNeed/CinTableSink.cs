namespace ChildrensKpi.Readers;

/// <summary>
/// Rows of one table of the flat CSV form: each row is one record, validated and merged by the same rules as the XML.
/// A CSV table says nothing of its year, so its codes are checked against <paramref name="year"/> when the caller gives
/// one, else against every year's.
/// </summary>
internal sealed class CinTableSink(CsvTableSchema schema, CinRecords records, CinExportKeys keys, CinCollectionYear? year) : ITableSink
{
    // The rules name items as the census spells them, whatever the case of the CSV header.
    private static readonly string[] Items =
    [
        "LAchildID", "PersonBirthDate", "GenderCurrent", "Sex", "Ethnicity", "CINreferralDate", "ReferralSource",
        "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA", "DateOfInitialCPC", "AssessmentType",
        "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate", "ICPCnotRequired", "CPPstartDate",
        "CPPendDate", "InitialCategoryOfAbuse", "NumberOfPreviousCPP", "CPPreviewDate", "Disability",
        // The validator export's ids and the items it carries that the spec's flat form leaves out.
        "CINdetailsID", "CPPID", "ExpectedPersonBirthDate", "PersonDeathDate", "AssessmentInternalReviewDate", "InitialCPCtarget",
        "LatestCategoryOfAbuse",
    ];

    // The file's items (as the rules name them) and the column of each.
    private string[] _items = [];
    private int[] _indexes = [];

    // Where this table's rows left off in the numbering of children: each table lists its own children in its own order.
    private readonly ChildNumbers.Cursor _cursor = new();

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        var found = Items.Where(item => columns.ContainsKey(item.ToUpperInvariant())).ToArray();
        _items = found;
        _indexes = [.. found.Select(item => columns[item.ToUpperInvariant()])];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        var items = _items;
        var fields = new CinField[items.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = new CinField(row.Path, items[i], row.ColumnName(_indexes[i]), row.Line, row.OptionalText(_indexes[i]));
        }
        string path = row.Path;
        long line = row.Line;
        // A file has a handful of items and the rules ask for them by the same literals as Items holds, so a scan finds
        // one at once (string equality tests the reference first): cheaper than hashing the name on every look-up.
        var record = new CinRecord(path, line, year, item =>
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == item)
                {
                    return fields[i];
                }
            }
            return new CinField(path, item, item, line, null);
        });
        var rejection = Add(record);
        return rejection is null ? RowVerdict.Used : RowVerdict.Rejected(rejection);
    }

    private Rejection? Add(CinRecord record)
    {
        if (!records.TryChildId(record.Field("LAchildID"), _cursor, out var child, out var rejection))
        {
            return rejection;
        }
        if (schema == CinTables.Children || schema == CinTables.ExportCharacteristics)
        {
            return records.AddChild(child, record);
        }
        if (schema == CinTables.Disabilities)
        {
            return records.AddDisability(child, record.Field("Disability"), record.Year);
        }
        if (schema == CinTables.ExportAssessments || schema == CinTables.ExportSection47 || schema == CinTables.ExportReviews)
        {
            return AddByExportKey(child, record);
        }
        if (schema == CinTables.ProtectionPlans || schema == CinTables.ExportPlans)
        {
            if (!CinRules.TryDate(record.Field("CPPstartDate"), out var start, out rejection))
            {
                return rejection;
            }
            if (record.Field("CINdetailsID").Text is { } referralId && record.Field("CPPID").Text is { } planId)
            {
                keys.AddPlan(child, referralId, planId, start);
            }
            return records.AddPlan(child, start, record);
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
        if (schema == CinTables.Referrals || schema == CinTables.ExportReferrals)
        {
            if (record.Field("CINdetailsID").Text is { } id)
            {
                keys.AddReferral(child, id, referral);
            }
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

    /// <summary>An export row that names its referral (or plan) by position: found through <see cref="CinExportKeys"/>.</summary>
    private Rejection? AddByExportKey(ChildId child, CinRecord record)
    {
        var referralId = record.Field("CINdetailsID");
        if (schema == CinTables.ExportReviews)
        {
            var planId = record.Field("CPPID");
            if (keys.TryPlan(child, referralId, planId, out var start) is { } unknown)
            {
                return unknown;
            }
            var startField = new CinField(record.Path, "CPPstartDate", planId.Column, record.Line, NodaTime.Text.LocalDatePattern.Iso.Format(start));
            return records.AddReview(child, start, startField, record.Field("CPPreviewDate"));
        }
        if (keys.TryReferral(child, referralId, out var referral) is { } missing)
        {
            return missing;
        }
        // The export has no assessment type: it exports the XML, whose assessments are single assessments.
        return schema == CinTables.ExportSection47
            ? records.AddEnquiry(child, referral, record)
            : records.AddAssessment(child, referral, AssessmentType.Single, record);
    }
}
