namespace ChildrensKpi.Readers;

/// <summary>What an SSDA903 read produced: the records, and the account of every row read.</summary>
/// <param name="Data">The merged records of all files, ready for the indicators.</param>
/// <param name="Account">Each file's table and row counts, every rejection, the exclusions and warnings.</param>
public sealed record Ssda903ReadResult(LookedAfterData Data, InputAccount Account);
