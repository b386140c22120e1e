namespace ChildrensKpi.Cli.Inputs;

/// <summary>Everything read for a command: the records, the judging tables, and the account of every row.</summary>
internal sealed record LoadedInputs(IndicatorInputs Records, PerformanceInputs Performance, InputAccount Account);
