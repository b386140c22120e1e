namespace ChildrensKpi.Readers;

/// <summary>
/// Rows of one table of the flat CSV form: each row is one record, validated and merged by the same rules as the XML.
/// A CSV table says nothing of its year, so its codes are checked against the year the caller gives, if any,
/// else against every year's. Its copies of a record in other censuses are ordered by the year the caller gives, else
/// the year in the file's name (<c>referrals_2023-24.csv</c>, as for SSDA903 files, <see cref="ReturnYears.FromName"/>);
/// with neither, its copies that differ from another census's are a conflict.
/// </summary>
internal sealed class CinTableSink : ITableSink
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

    // The row being added: its items' values, where it is, and the look-up its record hands the rules. A record is used
    // only while its row is added (what is kept of it is copied: its path, its line, its values' texts), so one buffer
    // serves every row instead of an array and a closure per row of a national census.
    private CinField[] _fields = [];
    private string _path = "";
    private long _line;

    // The census year of the file being read, by which its copies are ordered, worked out once per file.
    private string? _returnPath;
    private byte _return;
    private readonly Func<string, CinField> _field;

    // Where this table's rows left off in the numbering of children: each table lists its own children in its own order.
    private readonly ChildNumbers.Cursor _cursor = new();

    private readonly CsvTableSchema schema;
    private readonly CinRecords records;
    private readonly CinExportKeys keys;
    private readonly CinCollectionYear? year;

    // The cells of codes and dates, one string per distinct value; the ids are not pooled, being nearly all distinct.
    private readonly CellPool _pool;
    private bool[] _pooled = [];

    // The pool is shared by the read's tables, which write the same dates and codes.
    public CinTableSink(CsvTableSchema schema, CinRecords records, CinExportKeys keys, CinCollectionYear? year, CellPool pool)
    {
        _pool = pool;
        this.schema = schema;
        this.records = records;
        this.keys = keys;
        this.year = year;
        _field = FieldOf;
    }

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        var found = Items.Where(item => columns.ContainsKey(item.ToUpperInvariant())).ToArray();
        _items = found;
        _indexes = [.. found.Select(item => columns[item.ToUpperInvariant()])];
        _fields = new CinField[found.Length];
        _pooled = [.. found.Select(item => item != "LAchildID")];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        var fields = _fields;
        for (int i = 0; i < fields.Length; i++)
        {
            int column = _indexes[i];
            string? text = _pooled[i] ? _pool.Intern(row.Cell(column)) : row.OptionalText(column);
            fields[i] = new CinField(row.Path, _items[i], row.ColumnName(column), row.Line, text);
        }
        _path = row.Path;
        _line = row.Line;
        if (!ReferenceEquals(_returnPath, _path))
        {
            _returnPath = _path;
            _return = year is { } given ? ReturnPrecedence.Of(given) : ReturnPrecedence.Of(ReturnYears.FromName(_path));
        }
        var rejection = Add(new CinRecord(_path, _line, year, _field, _return));
        return rejection is null ? RowVerdict.Used : RowVerdict.Rejected(rejection);
    }

    // A file has a handful of items and the rules ask for them by the same literals as Items holds, so a scan finds one at
    // once (string equality tests the reference first): cheaper than hashing the name on every look-up.
    private CinField FieldOf(string item)
    {
        var items = _items;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] == item)
            {
                return _fields[i];
            }
        }
        return new CinField(_path, item, item, _line, null);
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
