namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The census header, <c>/Message/Header[1]</c>: its reference date, from which the census period is taken.</summary>
internal sealed record CinHeaderRow(string Path, long Line, CinDay ReferenceDate) : ICinRow
{
    public string Table => "Header";

    public int Child => -1;
}
