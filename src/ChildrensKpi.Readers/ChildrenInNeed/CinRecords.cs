using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Readers;

/// <summary>
/// The CIN records of every file read so far, validated and merged: a child by LAchildID, a referral by child and
/// CINreferralDate, an assessment by child, referral date, type and start date, a section 47 enquiry by child,
/// referral date and start date, a plan by child and CPPstartDate. Copies merge as <see cref="MergedCopy"/> does;
/// review dates are unioned. Each method returns the rejection of the record, or null when it was used.
/// </summary>
internal sealed class CinRecords
{
    private static readonly string[] ChildFields = ["PersonBirthDate", "GenderCurrent", "Ethnicity"];
    private static readonly string[] ReferralFields = ["ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA", "DateOfInitialCPC"];
    private static readonly string[] AssessmentFields = ["AssessmentAuthorisationDate"];
    private static readonly string[] EnquiryFields = ["DateOfInitialCPC", "ICPCnotRequired"];
    private static readonly string[] PlanFields = ["CPPendDate", "InitialCategoryOfAbuse", "NumberOfPreviousCPP"];

    private readonly ChildNumbers _ids = new();
    private readonly Action<ValidationFinding> _warn;
    private readonly Dictionary<ChildId, MergedCopy> _children = [];
    private readonly Dictionary<(ChildId Child, LocalDate Date), MergedCopy> _referrals = [];
    private readonly Dictionary<(ChildId Child, LocalDate Referral, AssessmentType Type, LocalDate? Start), MergedCopy> _assessments = [];
    private readonly Dictionary<(ChildId Child, LocalDate Referral, LocalDate Start), MergedCopy> _enquiries = [];
    private readonly Dictionary<(ChildId Child, LocalDate Start), (MergedCopy Plan, HashSet<LocalDate> Reviews)> _plans = [];

    // A child's disability codes, unioned over its copies as review dates are: the census lists several per child, most
    // children one (NONE), so an array a code long (the code list's own strings) is all a national census holds per child.
    private readonly Dictionary<ChildId, string[]> _disabilities = [];

    /// <summary>Records that tell <paramref name="warn"/> of each value they leave out.</summary>
    public CinRecords(Action<ValidationFinding> warn)
    {
        _warn = warn;
    }

    /// <summary>One warning per child whose LAchildID was written in several forms, naming them.</summary>
    public IEnumerable<string> IdWarnings() => ChildNumbers.FormWarnings("LAchildID", _ids);

    /// <summary>
    /// The child named by LAchildID, one child whatever form its id was written in (<see cref="ChildIdForms"/>); the only
    /// item whose absence rejects the child's other rows, which without it belong to no one.
    /// </summary>
    public bool TryChildId(in CinField field, out ChildId child, out Rejection? rejection) => TryChildId(field, null, out child, out rejection);

    /// <summary>As <see cref="TryChildId(in CinField, out ChildId, out Rejection?)"/>, guessing the child from where <paramref name="table"/>'s rows left off.</summary>
    public bool TryChildId(in CinField field, ChildNumbers.Cursor? table, out ChildId child, out Rejection? rejection)
    {
        child = default;
        rejection = null;
        if (field.Text is null)
        {
            rejection = field.Reject($"{field.Name} must not be empty");
            return false;
        }
        child = _ids.Id(table is null ? _ids.Of(field.Text) : _ids.Of(field.Text, table));
        return true;
    }

    /// <summary>The child's characteristics, read leniently (the birth date by CIN10K): a bad one is a warning and left out.</summary>
    public Rejection? AddChild(ChildId child, CinRecord record)
    {
        var sexField = record.Field("Sex");
        var birth = CinRules.OptionalDateOrIgnore(record.Field("PersonBirthDate"), child, _warn);
        CinRules.OptionalDateOrIgnore(record.Field("ExpectedPersonBirthDate"), child, _warn);
        CinRules.OptionalDateOrIgnore(record.Field("PersonDeathDate"), child, _warn);
        var sex = CinRules.SexOrIgnore(record.Field("GenderCurrent"), sexField, record.Year, child, _warn);
        var ethnicity = CinRules.CodeOrIgnore(record.Field("Ethnicity"), record.Year, child, _warn);
        // A conflict on sex is reported against whichever item the later copy wrote it in.
        string[] names = sexField.Text is null ? ChildFields : ["PersonBirthDate", "Sex", "Ethnicity"];
        object?[] fields = [Boxes.Of(birth), Boxes.Of(sex), ethnicity];
        return Merge(child, _children, child, fields, record, names, static c => $"child LAchildID {c}");
    }

    /// <summary>
    /// One disability code of <paramref name="child"/> (a <c>Disabilities/Disability</c> element, or a row of the flat
    /// Disabilities table), read leniently as the child's other characteristics are: a bad code is a warning and left out.
    /// Codes are unioned over the child's copies (CIN_DISABLED reads any code other than NONE), never a conflict.
    /// </summary>
    public Rejection? AddDisability(ChildId child, in CinField disability, CinCollectionYear? year)
    {
        if (CinRules.CodeOrIgnore(disability, year, child, _warn) is not { } code)
        {
            return null;
        }
        ref var codes = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_disabilities, child, out _);
        if (codes is null)
        {
            codes = [code];
        }
        else if (Array.IndexOf(codes, code) < 0)
        {
            codes = [.. codes, code];
        }
        return null;
    }

    /// <summary>
    /// A referral of <paramref name="child"/> on <paramref name="date"/> (its CINreferralDate, already read): rejected
    /// only by its initial conference date, which the conference timeliness indicator reads, its closure before its date (CIN-E004) or a
    /// disagreeing copy; its codes, closure date and NFA flag are read leniently (a bad one a warning, read as not given).
    /// </summary>
    public Rejection? AddReferral(ChildId child, LocalDate date, CinRecord record)
    {
        var closureField = record.Field("CINclosureDate");
        if (!CinRules.TryOptionalDate(record.Field("DateOfInitialCPC"), out var conference, out var rejection))
        {
            return rejection! with { ChildId = child.Value };
        }
        var closure = CinRules.OptionalDateOrIgnore(closureField, child, _warn);
        if (closure < date)
        {
            return CinRules.Before(closureField, ValidationRules.ClosureBeforeReferral) with { ChildId = child.Value };
        }
        var source = CinRules.CodeOrIgnore(record.Field("ReferralSource"), record.Year, child, _warn);
        var need = CinRules.CodeOrIgnore(record.Field("PrimaryNeedCode"), record.Year, child, _warn);
        var reason = CinRules.CodeOrIgnore(record.Field("ReasonForClosure"), record.Year, child, _warn);
        var nfa = CinRules.FlagOrIgnore(record.Field("ReferralNFA"), child, _warn);
        object?[] fields = [source, need, Boxes.Of(closure), reason, Boxes.Of(nfa), Boxes.Of(conference)];
        return Merge(child, _referrals, (child, date), fields, record, ReferralFields, static k => $"referral LAchildID {k.Item1} CINreferralDate {Iso(k.Item2)}");
    }

    public Rejection? AddAssessment(ChildId child, LocalDate referral, AssessmentType type, CinRecord record)
    {
        Rejection? rejection;
        var authorisationField = record.Field("AssessmentAuthorisationDate");
        if (!CinRules.TryOptionalDate(record.Field("AssessmentActualStartDate"), out var start, out rejection)
            || !CinRules.TryOptionalDate(authorisationField, out var authorised, out rejection))
        {
            return rejection;
        }
        CinRules.OptionalDateOrIgnore(record.Field("AssessmentInternalReviewDate"), child, _warn);
        if (authorised < referral)
        {
            return CinRules.Before(authorisationField, ValidationRules.AssessmentAuthorisedBeforeReferral) with { ChildId = child.Value };
        }
        if (authorised < start)
        {
            return CinRules.Before(authorisationField, ValidationRules.AssessmentAuthorisedBeforeStart) with { ChildId = child.Value };
        }
        return Merge(child, _assessments, (child, referral, type, start), [Boxes.Of(authorised)], record, AssessmentFields,
            static k => $"{k.Item3} assessment LAchildID {k.Item1} CINreferralDate {Iso(k.Item2)} AssessmentActualStartDate {(k.Item4 is { } s ? Iso(s) : "(empty)")}");
    }

    public Rejection? AddEnquiry(ChildId child, LocalDate referral, CinRecord record)
    {
        Rejection? rejection;
        if (!CinRules.TryDate(record.Field("S47ActualStartDate"), out var start, out rejection)
            || !CinRules.TryOptionalDate(record.Field("DateOfInitialCPC"), out var conference, out rejection)
            || !CinRules.TryOptionalFlag(record.Field("ICPCnotRequired"), out var notRequired, out rejection))
        {
            return rejection;
        }
        CinRules.OptionalDateOrIgnore(record.Field("InitialCPCtarget"), child, _warn);
        return Merge(child, _enquiries, (child, referral, start), [Boxes.Of(conference), Boxes.Of(notRequired)], record, EnquiryFields,
            static k => $"section 47 enquiry LAchildID {k.Item1} CINreferralDate {Iso(k.Item2)} S47ActualStartDate {Iso(k.Item3)}");
    }

    /// <summary>A plan of <paramref name="child"/> from <paramref name="start"/> (its CPPstartDate, already read); its categories of abuse are read leniently (a bad one a warning, read as not given).</summary>
    public Rejection? AddPlan(ChildId child, LocalDate start, CinRecord record)
    {
        var endField = record.Field("CPPendDate");
        if (!CinRules.TryOptionalDate(endField, out var end, out var rejection)
            || !CinRules.TryOptionalCount(record.Field("NumberOfPreviousCPP"), out var previous, out rejection))
        {
            return rejection;
        }
        var category = CinRules.CodeOrIgnore(record.Field("InitialCategoryOfAbuse"), record.Year, child, _warn);
        CinRules.CodeOrIgnore(record.Field("LatestCategoryOfAbuse"), record.Year, child, _warn);
        if (end < start)
        {
            return CinRules.Before(endField, ValidationRules.PlanEndsBeforeStart) with { ChildId = child.Value };
        }
        object?[] fields = [Boxes.Of(end), category, Boxes.Of(previous)];
        var key = (child, start);
        if (_plans.TryGetValue(key, out var kept))
        {
            int conflict = kept.Plan.Merge(fields);
            return conflict < 0 ? null : Conflict(child, kept.Plan, fields, record, PlanFields, $"protection plan LAchildID {child} CPPstartDate {Iso(start)}", conflict);
        }
        _plans.Add(key, (new MergedCopy(fields, record.Path, record.Line), []));
        return null;
    }

    /// <summary>A review of the plan of <paramref name="child"/> that started on <paramref name="start"/>, which must already be read.</summary>
    public Rejection? AddReview(ChildId child, LocalDate start, in CinField startField, in CinField review)
    {
        if (!CinRules.TryDate(review, out var date, out var rejection))
        {
            return rejection;
        }
        if (!_plans.TryGetValue((child, start), out var plan))
        {
            return startField.Reject($"no ProtectionPlans row for LAchildID {child} with CPPstartDate {startField.Text}");
        }
        plan.Reviews.Add(date);
        return null;
    }

    /// <summary>The collection years of the censuses read (an XML census's ReferenceDate, or the year given for tables).</summary>
    public HashSet<ReportingPeriod> CollectionYears { get; } = [];

    /// <summary>
    /// The records read, as the model's records. Each table's merged copies are let go as soon as its records are made,
    /// so that a national census does not hold both at once; the records are read no further after this.
    /// </summary>
    public ChildrenInNeedData Build()
    {
        var referrals = Drain(_referrals, r => new Referral(r.Key.Child, r.Key.Date,
            (string?)r.Value.Fields[0], (string?)r.Value.Fields[1], (LocalDate?)r.Value.Fields[2], (string?)r.Value.Fields[3],
            (bool?)r.Value.Fields[4], (LocalDate?)r.Value.Fields[5]));
        var assessments = Drain(_assessments, a => new Assessment(a.Key.Child, a.Key.Referral, a.Key.Type, a.Key.Start, (LocalDate?)a.Value.Fields[0]));
        var enquiries = Drain(_enquiries, e => new Section47Enquiry(e.Key.Child, e.Key.Referral, e.Key.Start,
            (LocalDate?)e.Value.Fields[0], (bool?)e.Value.Fields[1] ?? false));
        var plans = Drain(_plans, p => new ProtectionPlan(p.Key.Child, p.Key.Start,
            (LocalDate?)p.Value.Plan.Fields[0], (string?)p.Value.Plan.Fields[1], (int?)p.Value.Plan.Fields[2], p.Value.Reviews));
        var children = Drain(_children, c => new ChildInNeed(c.Key, (LocalDate?)c.Value.Fields[0], (Sex?)c.Value.Fields[1], (string?)c.Value.Fields[2])
        {
            Disabilities = TakeDisabilities(c.Key),
        });
        // A child named only in a Disabilities table (no CinChildren row) is still a child with those codes.
        if (_disabilities.Count > 0)
        {
            children = children.AddRange(_disabilities.Keys.ToList().Select(id => new ChildInNeed(id) { Disabilities = TakeDisabilities(id) }));
        }
        return new ChildrenInNeedData(referrals, assessments, enquiries, plans, children)
        {
            CollectionYears = [.. CollectionYears.OrderBy(y => y.Start)],
        };
    }

    private System.Collections.Immutable.ImmutableArray<string> TakeDisabilities(ChildId child) =>
        _disabilities.Remove(child, out var codes) ? System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(codes) : [];

    private static System.Collections.Immutable.ImmutableArray<TRecord> Drain<TKey, TValue, TRecord>(Dictionary<TKey, TValue> kept, Func<KeyValuePair<TKey, TValue>, TRecord> record)
        where TKey : notnull
    {
        var records = System.Collections.Immutable.ImmutableArray.CreateBuilder<TRecord>(kept.Count);
        foreach (var pair in kept)
        {
            records.Add(record(pair));
        }
        kept.Clear();
        kept.TrimExcess();
        return records.MoveToImmutable();
    }

    // The record's name (what) is formatted from its key only when a copy conflicts: formatting it for every row cost
    // more than the merge itself on a national census.
    private static Rejection? Merge<TKey>(ChildId child, Dictionary<TKey, MergedCopy> records, TKey key, object?[] fields,
        CinRecord record, string[] names, Func<TKey, string> what)
        where TKey : notnull
    {
        if (records.TryGetValue(key, out var kept))
        {
            int conflict = kept.Merge(fields);
            return conflict < 0 ? null : Conflict(child, kept, fields, record, names, what(key), conflict);
        }
        records.Add(key, new MergedCopy(fields, record.Path, record.Line));
        return null;
    }

    private static Rejection? Conflict(ChildId child, MergedCopy kept, object?[] fields, CinRecord record, string[] names, string what, int conflict)
    {
        var item = record.Field(names[conflict]);
        return item.Reject(kept.ConflictRule(item.Name, what, conflict)) with { ChildId = child.Value };
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
