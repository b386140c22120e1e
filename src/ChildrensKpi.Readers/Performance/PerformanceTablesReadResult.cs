namespace ChildrensKpi.Readers;

/// <summary>What a Targets, Bands or Comparators read produced: the tables so far, and the account of the file's rows.</summary>
/// <param name="Inputs">The tables given to the read with this file's rows added.</param>
/// <param name="Account">The file's row counts and rejections.</param>
public sealed record PerformanceTablesReadResult(PerformanceInputs Inputs, InputAccount Account);
