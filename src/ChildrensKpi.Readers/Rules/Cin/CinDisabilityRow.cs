namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>One <c>Disability</c> element of a child's <c>ChildCharacteristics/Disabilities</c>, as written.</summary>
internal sealed record CinDisabilityRow(int Child, string Path, long Line, string? Disability) : ICinRow
{
    public string Table => "Disabilities";
}
