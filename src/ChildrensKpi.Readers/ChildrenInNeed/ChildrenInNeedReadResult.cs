namespace ChildrensKpi.Readers;

/// <summary>What a children in need census read produced: the records, and the account of every row read.</summary>
/// <param name="Data">The merged records of all files, ready for the indicators.</param>
/// <param name="Account">Each file's row counts, every rejection, the exclusions and warnings.</param>
public sealed record ChildrenInNeedReadResult(ChildrenInNeedData Data, InputAccount Account);
