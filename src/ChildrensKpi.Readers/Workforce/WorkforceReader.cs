using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Reads the Workforce input (<c>AsAt, Team, PermanentFte, AgencyFte, VacantFte</c>; optional <c>FamilySupportFte,
/// AdminFte, Establishment, Caseloads, SupervisionsDue, SupervisionsHeld, LeaversFte, SickDaysLost</c>): social work staffing
/// by team on given days. Each workforce indicator needs only its own columns (data-formats.md), so a file without the
/// supervision, leavers or sickness columns still gives vacancy, agency and establishment. FTEs and SickDaysLost (working
/// days, halves allowed) are decimals (digits and an optional decimal point); Caseloads and the
/// supervision counts are whole numbers; an optional cell may be empty. A team appears once per AsAt date: a repeat is
/// rejected.
/// </summary>
public static class WorkforceReader
{
    internal static CsvTableSchema Schema { get; } = new("Workforce",
        ["ASAT", "TEAM", "PERMANENTFTE", "AGENCYFTE", "VACANTFTE"],
        ["FAMILYSUPPORTFTE", "ADMINFTE", "ESTABLISHMENT", "CASELOADS", "SUPERVISIONSDUE", "SUPERVISIONSHELD", "LEAVERSFTE", "SICKDAYSLOST"]);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    /// <summary>Reads a Workforce CSV file.</summary>
    /// <exception cref="InputFileException">The file cannot be opened or its header is not the Workforce table's.</exception>
    public static WorkforceReadResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new WorkforceSink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new WorkforceReadResult([.. sink.Teams], account.Build());
    }

    /// <summary>Reads a Workforce CSV file from disk, named in messages by its file name.</summary>
    /// <exception cref="InputFileException">The file does not exist, cannot be opened, or is not the Workforce table.</exception>
    public static WorkforceReadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, $"The workforce file '{path}' does not exist.");
        }
        return Read(InputFile.FromPath(path, Path.GetFileName(path)), cancellationToken);
    }

    private sealed class WorkforceSink : ITableSink
    {
        private readonly Dictionary<(LocalDate, string), long> _seen = [];
        private int _asAt, _team, _permanent, _agency, _vacant, _familySupport, _admin, _establishment, _caseloads, _due, _held, _leavers, _sickDays;

        public List<TeamWorkforce> Teams { get; } = [];

        public void BeginFile(IReadOnlyDictionary<string, int> columns)
        {
            _asAt = columns["ASAT"];
            _team = columns["TEAM"];
            _permanent = columns["PERMANENTFTE"];
            _agency = columns["AGENCYFTE"];
            _vacant = columns["VACANTFTE"];
            _familySupport = columns.GetValueOrDefault("FAMILYSUPPORTFTE", -1);
            _admin = columns.GetValueOrDefault("ADMINFTE", -1);
            _establishment = columns.GetValueOrDefault("ESTABLISHMENT", -1);
            _caseloads = columns.GetValueOrDefault("CASELOADS", -1);
            _due = columns.GetValueOrDefault("SUPERVISIONSDUE", -1);
            _held = columns.GetValueOrDefault("SUPERVISIONSHELD", -1);
            _leavers = columns.GetValueOrDefault("LEAVERSFTE", -1);
            _sickDays = columns.GetValueOrDefault("SICKDAYSLOST", -1);
        }

        public RowVerdict Accept(in CsvRow row)
        {
            if (!row.TryDate(_asAt, out var asAt, out var rejection))
            {
                return RowVerdict.Rejected(rejection!);
            }
            var team = row.OptionalText(_team);
            if (team is null)
            {
                return RowVerdict.Rejected(row.Reject(_team, "Team must not be empty"));
            }
            if (_seen.TryGetValue((asAt, team), out long line))
            {
                return RowVerdict.Rejected(row.Reject(_team, $"team {team} already has a row as at {row.Cell(_asAt)} (line {line}); a team appears once per AsAt"));
            }
            if (!TryFte(row, _permanent, out decimal permanent, out rejection)
                || !TryFte(row, _agency, out decimal agency, out rejection)
                || !TryFte(row, _vacant, out decimal vacant, out rejection)
                || !TryOptionalFte(row, _familySupport, out decimal? familySupport, out rejection)
                || !TryOptionalFte(row, _admin, out decimal? admin, out rejection)
                || !TryOptionalFte(row, _establishment, out decimal? establishment, out rejection)
                || !TryOptionalCount(row, _caseloads, out int? caseloads, out rejection)
                || !TryOptionalCount(row, _due, out int? due, out rejection)
                || !TryOptionalCount(row, _held, out int? held, out rejection)
                || !TryOptionalFte(row, _leavers, out decimal? leavers, out rejection)
                || !TryOptionalAmount(row, _sickDays, "a number of working days (e.g. 110 or 12.5)", out decimal? sickDays, out rejection))
            {
                return RowVerdict.Rejected(rejection!);
            }
            if (held is not null && due is null)
            {
                return RowVerdict.Rejected(row.Reject(_held, "SupervisionsHeld needs SupervisionsDue (the sessions due) on the same row"));
            }
            if (held > due)
            {
                return RowVerdict.Rejected(row.Reject(_held, "SupervisionsHeld must not exceed SupervisionsDue"));
            }
            _seen.Add((asAt, team), row.Line);
            Teams.Add(new TeamWorkforce(asAt, team, permanent, agency, vacant, familySupport, admin, establishment, caseloads, due, held)
            {
                LeaversFte = leavers,
                SickDaysLost = sickDays,
            });
            return RowVerdict.Used;
        }

        private static bool TryFte(in CsvRow row, int column, out decimal fte, out Rejection? rejection)
        {
            rejection = null;
            if (CellParser.TryAmount(row.Cell(column), out fte))
            {
                return true;
            }
            rejection = row.Reject(column, $"{row.ColumnName(column)} must be a number of full-time equivalents, digits with an optional decimal point (e.g. 30.4)");
            return false;
        }

        private static bool TryOptionalFte(in CsvRow row, int column, out decimal? fte, out Rejection? rejection) =>
            TryOptionalAmount(row, column, "a number of full-time equivalents (e.g. 38.8)", out fte, out rejection);

        private static bool TryOptionalAmount(in CsvRow row, int column, string what, out decimal? amount, out Rejection? rejection)
        {
            amount = null;
            rejection = null;
            if (row.Cell(column).IsEmpty)
            {
                return true;
            }
            if (CellParser.TryAmount(row.Cell(column), out decimal value))
            {
                amount = value;
                return true;
            }
            rejection = row.Reject(column, $"{row.ColumnName(column)} must be {what} or empty");
            return false;
        }

        private static bool TryOptionalCount(in CsvRow row, int column, out int? count, out Rejection? rejection)
        {
            count = null;
            rejection = null;
            if (row.Cell(column).IsEmpty)
            {
                return true;
            }
            if (CellParser.TryDigits(row.Cell(column), out int value))
            {
                count = value;
                return true;
            }
            rejection = row.Reject(column, $"{row.ColumnName(column)} must be a whole number (digits only) or empty");
            return false;
        }
    }
}
