using DuckDB.NET.Data;

namespace ChildrensKpi.Benchmarks.Baselines;

/// <summary>
/// DuckDB used as a competent analyst would, files to numbers: <c>read_csv</c> over the SSDA903 folder with the copies
/// of an episode merged (<c>Sql/analyst_load.sql</c>), the care history of <c>Sql/care_history.sql</c> materialised once
/// as tables rather than re-derived by every query from views, then the NI62, NI63, NI147 and NI148 queries the naive
/// <see cref="DuckDbSuite"/> runs. The definitions are the same SQL files; only the way they are run is tuned.
/// </summary>
public static class DuckDbAnalyst
{
    /// <summary>The indicators computed, as <c>compute --indicators</c> names them.</summary>
    public const string IndicatorIds = "NI62,NI63,NI147,NI148";

    private static readonly string[] Queries = ["ni62.sql", "ni63.sql", "ni147_ni148.sql"];

    /// <summary>Numerator and denominator by indicator id, from the files in <paramref name="ssda903Folder"/>, in a new in-memory database.</summary>
    public static Dictionary<string, (long Numerator, long Denominator)> Compute(string ssda903Folder, ReportingPeriod period)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, DuckDbSuite.Sql("schema.sql"));
        Execute(connection, DuckDbSuite.Sql("analyst_load.sql").Replace("{ssda903}", ssda903Folder.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal));
        // The same definitions as the views, each derived once: the queries then read tables, not windows over episodes.
        Execute(connection, DuckDbSuite.Sql("care_history.sql").Replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TABLE", StringComparison.Ordinal));
        Execute(connection, DuckDbSuite.ParamsSql(period, ComputeOptions.Default));
        return DuckDbSuite.Query(connection, Queries.Select(DuckDbSuite.Sql));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
