namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that a child's unaccompanied asylum-seeking (UASC) status and date UASC ceased (DUC) agree with last year's:
/// 205A (UASC last year, not this year), 205B (UASC in both years) and 205D (UASC this year, not last year).
/// </summary>
/// <remarks>
/// <para>Reading chosen: a child is "identified as UASC" in a year's return when that return's UASC table has a row for
/// the child. That is the only UASC status the tables carry: a CSV return has no UASC column in its Header (the councils'
/// validator derives its Header <c>UASC</c> flag from the UASC rows in the same way), and the XML return's
/// <c>HEADER/UASC</c> flag 1 is read as a UASC row. A child with no Header row this year is not in this year's return,
/// so 205A and 205D judge only children in both years' returns.</para>
/// <para>The DfE records a child still UASC at 31 March with the date of their 18th birthday as DUC (the day the status
/// ends unless it ends sooner), which is what "date UASC ceased in both years does not support this" is read against:
/// <list type="bullet">
/// <item>205A: last year's DUC must be a date within last year's collection year (the status ended then); a blank, an
/// unreadable or a later DUC says the child was still UASC. Flags this year's Header row (the child has no UASC row
/// this year to flag).</item>
/// <item>205B: last year's DUC must be the child's 18th birthday (from last year's UASC DOB), and this year's DUC must
/// either be within this year (the status ended this year) or be last year's DUC again. Flags this year's UASC row and
/// the child's Header row, as the councils' validator does. A child whose last year's DOB is not a date is not judged
/// (its 18th birthday is unknown; the DOB is another rule's finding). The councils' validator takes the DOB of last
/// year's row at the same position, not the child's (a pandas index alignment); on its fake data, where last year is
/// this year again, both are the same row.</item>
/// <item>205D: a child UASC this year must have been UASC last year too when last year's return has the child's
/// Header (UASC status is decided when a child comes into care and does not begin later). Flags this year's Header
/// row.</item>
/// </list></para>
/// <para>205C (not UASC in either year but a DUC given) is not implemented: with the status read from the UASC rows, a
/// DUC is only ever given on a UASC row, so the rule cannot be broken in these tables; it needs the XML return's
/// <c>HEADER/UASC</c> flag kept as a Header column by the readers. An XML <c>HEADER</c> whose flag is 0 but which holds
/// a DUC is read as a UASC row (its DUC kept, its 0 not), and the indicators (CLA_UASC) read UASC rows as this reading
/// does, so keeping the flag changes the one reading of UASC status they and these rules share; a CSV return has no flag
/// at all (the councils' validator derives it from the UASC rows, so that 205C cannot break there either).</para>
/// </remarks>
internal sealed class LastYearUascCheck : Ssda903Check
{
    private readonly char _which;

    private LastYearUascCheck(string code)
        : base(code, DfeReference.PreviousReturn) => _which = code[^1];

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } = [new LastYearUascCheck("205A"), new LastYearUascCheck("205B"), new LastYearUascCheck("205D")];

    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var current = context.Current;
        var previous = context.Previous!;
        var uascNow = current.Uasc.RowsByChild;
        var uascThen = previous.Uasc.RowsByChild;
        var headerNow = current.Header.RowsByChild;
        var headerThen = previous.Header.RowsByChild;
        switch (_which)
        {
            case 'A':
                NoLongerUasc(context, uascNow, uascThen);
                break;
            case 'B':
                UascBothYears(context, uascThen, headerNow);
                break;
            default:
                var child = current.Header.Column("CHILD");
                for (int i = 0; i < current.Header.RowCount; i++)
                {
                    if (child[i] is { } id && uascNow.ContainsKey(id) && headerThen.ContainsKey(id) && !uascThen.ContainsKey(id))
                    {
                        Flag(context, current.Header, i);
                    }
                }
                break;
        }
    }

    private static void NoLongerUasc(DfeCheckContext<Ssda903ReturnTables> context,
        System.Collections.Frozen.FrozenDictionary<string, int[]> uascNow, System.Collections.Frozen.FrozenDictionary<string, int[]> uascThen)
    {
        var header = context.Current.Header;
        var child = header.Column("CHILD");
        var lastDuc = context.Previous!.Uasc.Column("DUC").Days;
        var lastYear = new CollectionYear(context.Year.StartYear - 1);
        int start = Ssda903Dates.Start(lastYear), end = Ssda903Dates.End(lastYear);
        for (int i = 0; i < header.RowCount; i++)
        {
            if (child[i] is not { } id || uascNow.ContainsKey(id) || !uascThen.TryGetValue(id, out var then))
            {
                continue;
            }
            // Any of last year's rows ending the status within last year supports it.
            bool ceasedLastYear = then.Any(j => Ssda903Dates.IsDate(lastDuc[j]) && lastDuc[j] >= start && lastDuc[j] <= end);
            if (!ceasedLastYear)
            {
                Flag(context, header, i);
            }
        }
    }

    private static void UascBothYears(DfeCheckContext<Ssda903ReturnTables> context,
        System.Collections.Frozen.FrozenDictionary<string, int[]> uascThen, System.Collections.Frozen.FrozenDictionary<string, int[]> headerNow)
    {
        var uasc = context.Current.Uasc;
        var child = uasc.Column("CHILD");
        var duc = uasc.Column("DUC").Days;
        var lastDuc = context.Previous!.Uasc.Column("DUC").Days;
        var lastDob = context.Previous.Uasc.Column("DOB").Days;
        int start = Ssda903Dates.Start(context.Year), end = Ssda903Dates.End(context.Year);
        var headerFlagged = new HashSet<string>(StringComparer.Ordinal); // a child's Header once, however many UASC rows
        for (int i = 0; i < uasc.RowCount; i++)
        {
            if (child[i] is not { } id || !uascThen.TryGetValue(id, out var then))
            {
                continue;
            }
            int j = then[0]; // the child's first row of last year (INT36 reports a second)
            if (!Ssda903Dates.IsDate(lastDob[j]))
            {
                continue;
            }
            bool lastIsEighteenth = Ssda903Dates.IsDate(lastDuc[j]) && lastDuc[j] == Ssda903Dates.AddYears(lastDob[j], 18);
            bool nowSupported = Ssda903Dates.IsDate(duc[i]) && ((duc[i] >= start && duc[i] <= end) || duc[i] == lastDuc[j]);
            if (!lastIsEighteenth || !nowSupported)
            {
                Flag(context, uasc, i);
                if (headerFlagged.Add(id) && headerNow.TryGetValue(id, out var rows))
                {
                    foreach (int row in rows)
                    {
                        Flag(context, context.Current.Header, row);
                    }
                }
            }
        }
    }
}
