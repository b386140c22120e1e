using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Readers;

/// <summary>
/// The CIN records of every file read so far, validated and merged: a child by LAchildID, a referral by child and
/// CINreferralDate, an assessment by child, referral date, type and start date, a section 47 enquiry by child,
/// referral date and start date, a plan by child and CPPstartDate. Copies merge as every return's records do
/// (<see cref="MergedRecords{TKey}"/>): a filled item replaces an empty one; of copies from censuses of different years
/// filled differently, the later census's item is used (a referral open at one census closed in the next) and each
/// item it replaces is a warning (CIN-E006) where it was read; copies that cannot be ordered (one census, or a census
/// of unknown year) and disagree are a conflict, the copy read later rejected. Review dates and disability codes are
/// unioned. Each method returns the rejection of the record, or null when it was used.
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
    // The record's name (what) is formatted from its key only when a copy conflicts or is superseded: formatting it for
    // every row cost more than the merge itself on a national census.
    private readonly MergedRecords<ChildId> _children = new(ChildFields, static c => $"child LAchildID {c}", static c => c, Text);
    private readonly MergedRecords<(ChildId Child, LocalDate Date)> _referrals = new(ReferralFields,
        static k => $"referral LAchildID {k.Child} CINreferralDate {Iso(k.Date)}", static k => k.Child, Text);
    private readonly MergedRecords<(ChildId Child, LocalDate Referral, AssessmentType Type, LocalDate? Start)> _assessments = new(AssessmentFields,
        static k => $"{k.Type} assessment LAchildID {k.Child} CINreferralDate {Iso(k.Referral)} AssessmentActualStartDate {(k.Start is { } s ? Iso(s) : "(empty)")}",
        static k => k.Child, Text);
    private readonly MergedRecords<(ChildId Child, LocalDate Referral, LocalDate Start)> _enquiries = new(EnquiryFields,
        static k => $"section 47 enquiry LAchildID {k.Child} CINreferralDate {Iso(k.Referral)} S47ActualStartDate {Iso(k.Start)}", static k => k.Child, Text);
    private readonly MergedRecords<(ChildId Child, LocalDate Start)> _plans = new(PlanFields,
        static k => $"protection plan LAchildID {k.Child} CPPstartDate {Iso(k.Start)}", static k => k.Child, Text);

    // The review dates of each plan that has any, unioned over the plan's copies.
    private readonly Dictionary<(ChildId Child, LocalDate Start), HashSet<LocalDate>> _reviews = [];

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
            rejection = field.Invalid($"{field.Name} must not be empty");
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
        return Merge(child, _children, child, fields, record, names);
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
        return Merge(child, _referrals, (child, date), fields, record, ReferralFields);
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
        return Merge(child, _assessments, (child, referral, type, start), [Boxes.Of(authorised)], record, AssessmentFields);
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
        return Merge(child, _enquiries, (child, referral, start), [Boxes.Of(conference), Boxes.Of(notRequired)], record, EnquiryFields);
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
        return Merge(child, _plans, (child, start), [Boxes.Of(end), category, Boxes.Of(previous)], record, PlanFields);
    }

    /// <summary>A review of the plan of <paramref name="child"/> that started on <paramref name="start"/>, which must already be read.</summary>
    public Rejection? AddReview(ChildId child, LocalDate start, in CinField startField, in CinField review)
    {
        if (!CinRules.TryDate(review, out var date, out var rejection))
        {
            return rejection;
        }
        if (!_plans.Contains((child, start)))
        {
            return startField.Reject($"no ProtectionPlans row for LAchildID {child} with CPPstartDate {startField.Text}");
        }
        ref var reviews = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_reviews, (child, start), out _);
        (reviews ??= []).Add(date);
        return null;
    }

    /// <summary>The collection years of the censuses read (an XML census's ReferenceDate, or the year given for tables).</summary>
    public HashSet<ReportingPeriod> CollectionYears { get; } = [];

    /// <summary>
    /// Every item of a copy that is not the item used because a later census's differs (CIN-E006), where it was read,
    /// naming the item used and where it came from: the same findings whatever order the files were read in. Taken
    /// before <see cref="Build"/>.
    /// </summary>
    public IEnumerable<ValidationFinding> Superseded()
    {
        var rule = ValidationRules.CinSupersededByLaterCensus;
        return _children.Superseded(rule, "census").Concat(_referrals.Superseded(rule, "census")).Concat(_assessments.Superseded(rule, "census"))
            .Concat(_enquiries.Superseded(rule, "census")).Concat(_plans.Superseded(rule, "census"));
    }

    /// <summary>
    /// The records read, as the model's records. Each table's merged copies are let go as soon as its records are made,
    /// so that a national census does not hold both at once; the records are read no further after this.
    /// </summary>
    public ChildrenInNeedData Build()
    {
        var referrals = _referrals.Drain((key, f) => new Referral(key.Child, key.Date,
            (string?)f[0], (string?)f[1], (LocalDate?)f[2], (string?)f[3], (bool?)f[4], (LocalDate?)f[5]));
        var assessments = _assessments.Drain((key, f) => new Assessment(key.Child, key.Referral, key.Type, key.Start, (LocalDate?)f[0]));
        var enquiries = _enquiries.Drain((key, f) => new Section47Enquiry(key.Child, key.Referral, key.Start, (LocalDate?)f[0], (bool?)f[1] ?? false));
        var plans = _plans.Drain((key, f) => new ProtectionPlan(key.Child, key.Start, (LocalDate?)f[0], (string?)f[1], (int?)f[2],
            _reviews.Remove(key, out var reviews) ? reviews : null));
        var children = _children.Drain((key, f) => new ChildInNeed(key, (LocalDate?)f[0], (Sex?)f[1], (string?)f[2])
        {
            Disabilities = TakeDisabilities(key),
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

    private static Rejection? Merge<TKey>(ChildId child, MergedRecords<TKey> records, TKey key, object?[] fields, CinRecord record, string[] names)
        where TKey : notnull
    {
        int conflict = records.Add(key, fields, record.Return, record.Path, record.Line, out var kept);
        if (conflict < 0)
        {
            return null;
        }
        var item = record.Field(names[conflict]);
        return item.Reject(records.ConflictRule(key, kept, conflict, item.Name)) with { ChildId = child.Value };
    }

    // Items as the census writes them: dates ISO, as the records' names give them.
    private static string Text(object? value) => value is LocalDate date ? Iso(date) : MergedCopy.Display(value);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
