using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// OC2 rows: validated and merged across files by CHILD. OC2 carries no date, so one row per child is assumed across all
/// files, as for OC3: read one year's OC2 file. Copies from several returns merge, a later return's value superseding an
/// earlier's (<see cref="MergedRecords{TKey}"/>).
/// </summary>
internal sealed class Oc2Sink(FileYear year) : ITableSink
{
    private readonly MergedRecords<ChildId> _outcomes = new(["DOB", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK"],
        static c => $"OC2 row CHILD {c}", static c => c, Ssda903Codes.Written);
    private int _child, _dob, _convicted, _healthCheck, _immunisations, _teethCheck, _healthAssessment, _substanceMisuse;
    private byte _return;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _return = ReturnPrecedence.Of(year.Return);
        _child = columns["CHILD"];
        _dob = columns["DOB"];
        _convicted = columns["CONVICTED"];
        _healthCheck = columns["HEALTH_CHECK"];
        _immunisations = columns["IMMUNISATIONS"];
        _teethCheck = columns["TEETH_CHECK"];
        _healthAssessment = columns["HEALTH_ASSESSMENT"];
        _substanceMisuse = columns["SUBSTANCE_MISUSE"];
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryDate(_dob, out var dob, out rejection)
            || !row.TryOptionalCode(_convicted, Ssda903Codes.Flag, out var convicted, out rejection)
            || !row.TryOptionalCode(_healthCheck, Ssda903Codes.Flag, out var healthCheck, out rejection)
            || !row.TryOptionalCode(_immunisations, Ssda903Codes.Flag, out var immunisations, out rejection)
            || !row.TryOptionalCode(_teethCheck, Ssda903Codes.Flag, out var teethCheck, out rejection)
            || !row.TryOptionalCode(_healthAssessment, Ssda903Codes.Flag, out _, out rejection)
            || !row.TryOptionalCode(_substanceMisuse, Ssda903Codes.Flag, out _, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        return _outcomes.Add(row, _return, child, [Boxes.Of(dob), Boxes.Of(convicted), Boxes.Of(healthCheck), Boxes.Of(immunisations), Boxes.Of(teethCheck)],
            [_dob, _convicted, _healthCheck, _immunisations, _teethCheck]);
    }

    /// <summary>Every OC2 value a later return's replaced (SSDA903-E009), where it was read.</summary>
    public IEnumerable<ValidationFinding> Superseded() => _outcomes.Superseded(ValidationRules.SupersededByLaterReturn, "return");

    public IEnumerable<Oc2Outcome> Outcomes() => _outcomes.Select((child, f) =>
        new Oc2Outcome(child, (LocalDate)f[0]!, (bool?)f[1], (bool?)f[2], (bool?)f[3], (bool?)f[4]));
}
