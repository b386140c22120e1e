using DuckDB.NET.Data;

namespace ChildrensKpi.Benchmarks.Baselines;

/// <summary>
/// The DuckDB baseline: the same records in an in-process DuckDB database and the suite's definitions in SQL
/// (<c>Sql/*.sql</c>, readable on their own); care histories are views, so each computation builds them, as the engine does.
/// </summary>
public sealed class DuckDbSuite : IDisposable
{
    private static readonly string[] Queries = ["ni62.sql", "ni63.sql", "ni147_ni148.sql", "assessments.sql"];
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly string[] _queries;

    public DuckDbSuite()
    {
        _connection.Open();
        Execute(Sql("schema.sql"));
        Execute(Sql("care_history.sql"));
        _queries = [.. Queries.Select(Sql)];
        LoadWorkingDays();
    }

    public static string Sql(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sql", name));

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Load(LookedAfterData lookedAfter, ChildrenInNeedData childrenInNeed)
    {
        using (var appender = _connection.CreateAppender("episodes"))
        {
            foreach (var e in lookedAfter.Episodes)
            {
                appender.CreateRow().AppendValue(e.Child.Value).AppendValue(e.Start.ToDateOnly()).AppendValue(e.ReasonForNewEpisode.ToString())
                    .AppendValue(e.LegalStatus.ToString()).AppendValue(e.Placement.ToString()).AppendValue(e.End?.ToDateOnly()).EndRow();
            }
        }
        using (var appender = _connection.CreateAppender("children"))
        {
            foreach (var c in lookedAfter.Children)
            {
                appender.CreateRow().AppendValue(c.Id.Value).AppendValue(c.DateOfBirth.ToDateOnly()).EndRow();
            }
        }
        using (var appender = _connection.CreateAppender("care_leavers"))
        {
            foreach (var c in lookedAfter.CareLeavers)
            {
                appender.CreateRow().AppendValue(c.Child.Value).AppendValue(c.DateOfBirth.ToDateOnly()).AppendValue(InTouchCode(c.InTouch))
                    .AppendValue(c.Activity == CareLeaverActivity.NoInformation ? "0" : c.Activity.ToString()).AppendValue(c.Accommodation).EndRow();
            }
        }
        using (var appender = _connection.CreateAppender("assessments"))
        {
            foreach (var a in childrenInNeed.Assessments)
            {
                appender.CreateRow().AppendValue(a.Child.Value).AppendValue(a.ReferralDate.ToDateOnly()).AppendValue(a.Type.ToString())
                    .AppendValue(a.StartDate?.ToDateOnly()).AppendValue(a.AuthorisationDate?.ToDateOnly()).EndRow();
            }
        }
    }

    public void SetPeriod(ReportingPeriod period, ComputeOptions options) => Execute(ParamsSql(period, options));

    /// <summary>The statements that set <c>params</c> (see <c>schema.sql</c>) to one computation's period and timescales.</summary>
    public static string ParamsSql(ReportingPeriod period, ComputeOptions options)
    {
        int Timescale(Indicator indicator) => ((AssessmentTimelinessIndicator)indicator).TimescaleFor(period, options);
        bool fromReferral = ((AssessmentTimelinessIndicator)Indicators.CIN45).ClockFromReferral(options);
        return $"""
            DELETE FROM params;
            INSERT INTO params VALUES (DATE '{period.Start:yyyy-MM-dd}', DATE '{period.End:yyyy-MM-dd}',
                DATE '{period.End.PlusMonths(-30):yyyy-MM-dd}', DATE '{period.End.PlusYears(-2):yyyy-MM-dd}',
                {Timescale(Indicators.NI59)}, {Timescale(Indicators.NI60)}, {Timescale(Indicators.CIN45)}, {fromReferral});
            """;
    }

    /// <summary>Numerator and denominator by indicator id.</summary>
    public Dictionary<string, (long Numerator, long Denominator)> Compute() => Query(_connection, _queries);

    /// <summary>Runs indicator queries, each giving rows of (indicator, numerator, denominator), on <paramref name="connection"/>.</summary>
    public static Dictionary<string, (long Numerator, long Denominator)> Query(DuckDBConnection connection, IEnumerable<string> queries)
    {
        var results = new Dictionary<string, (long, long)>();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                results[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }
        return results;
    }

    /// <summary>DuckDB's own CSV reader into a table: the ingest baseline.</summary>
    public long ReadCsv(string path)
    {
        Execute($"""
            CREATE OR REPLACE TABLE ingested AS SELECT * FROM read_csv('{path}', header = true, dateformat = '%d/%m/%Y',
                columns = {"{"}'CHILD': 'VARCHAR', 'DECOM': 'DATE', 'RNE': 'VARCHAR', 'LS': 'VARCHAR', 'CIN': 'VARCHAR', 'PLACE': 'VARCHAR',
                           'PLACE_PROVIDER': 'VARCHAR', 'DEC': 'DATE', 'REC': 'VARCHAR', 'REASON_PLACE_CHANGE': 'VARCHAR',
                           'HOME_POST': 'VARCHAR', 'PL_POST': 'VARCHAR', 'URN': 'VARCHAR'{"}"});
            """);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ingested";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _connection.Dispose();

    private void LoadWorkingDays()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        using var appender = _connection.CreateAppender("working_days");
        int n = 0;
        for (var day = BankHolidays.SupportedYears.Start; day <= BankHolidays.SupportedYears.End; day = day.PlusDays(1))
        {
            n += calendar.IsWorkingDay(day) ? 1 : 0;
            appender.CreateRow().AppendValue(day.ToDateOnly()).AppendValue(n).EndRow();
        }
    }

    private static string InTouchCode(InTouch inTouch) => inTouch switch
    {
        InTouch.Yes => "YES",
        InTouch.No => "NO",
        InTouch.Died => "DIED",
        InTouch.RefusesContact => "REFU",
        InTouch.NoLongerRequiresServices => "NREQ",
        _ => "RHOM",
    };
}
