using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The base of every CIN census check: one DfE code, its findings located as the councils' validator locates them.</summary>
internal abstract class CinCheck : IDfeCheck<CinReturnTables>
{
    protected CinCheck(string code) => Code = code;

    public string Code { get; }

    /// <summary>The CIN rules need nothing but the return, except where a check says otherwise.</summary>
    public virtual DfeReference Needs => DfeReference.None;

    public abstract void Check(DfeCheckContext<CinReturnTables> context);

    /// <summary>Flags <paramref name="row"/>, naming the rule's fields and the offending value as written.</summary>
    protected static void Flag(DfeCheckContext<CinReturnTables> context, ICinRow row, string? value, string? detail = null) =>
        context.Flag(row.Table, context.Current.File, row.Line, row.Path, context.Rule.Fields, value, context.Current.ChildId(row), detail);

    /// <summary>Flags the return as a whole (the DfE's "LA level" rules): located as <c>RETURN</c>.</summary>
    protected static void FlagReturn(DfeCheckContext<CinReturnTables> context, string detail) =>
        context.Flag(context.Rule.Tables.IsDefaultOrEmpty ? "Return" : context.Rule.Tables[0], context.Current.File, null, null,
            context.Rule.Fields, null, null, detail);

    /// <summary>The census year of the rule list, as the census code lists name it.</summary>
    protected static CinCollectionYear CensusYear(DfeCheckContext<CinReturnTables> context) =>
        CinCensusYears.Nearest(new CinCollectionYear(context.Year.StartYear + 1));

    protected static string Iso(int day) => ReportingPeriod.Iso(DayNumbers.ToDate(day));
}
