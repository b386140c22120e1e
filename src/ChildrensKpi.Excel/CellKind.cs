namespace ChildrensKpi.Excel;

/// <summary>What a <see cref="WorkbookCell"/> holds.</summary>
internal enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
}
