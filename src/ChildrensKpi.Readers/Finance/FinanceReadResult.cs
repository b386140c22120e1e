using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>What a Finance read produced: the expenditure rows, and the account of every row read.</summary>
/// <param name="Expenditure">The valid rows.</param>
/// <param name="Account">The file's row counts and rejections.</param>
public sealed record FinanceReadResult(ImmutableArray<ServiceExpenditure> Expenditure, InputAccount Account);
