namespace ChildrensKpi.Readers;

/// <summary>What <see cref="CellParser.ReadDate"/> found in a cell.</summary>
internal enum DateCell
{
    /// <summary>A date in <see cref="SupportedDates"/>.</summary>
    Valid,

    /// <summary>Not a date as written in a return: empty, another format, or a day the calendar lacks (31/02/2007).</summary>
    Invalid,

    /// <summary>A real date outside <see cref="SupportedDates"/> (01/04/1799, 31/12/9999): rejected under its own rule.</summary>
    OutOfRange,
}
