namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A census date item as the rules read it: its text as written and, parsed once, its day number
/// (<see cref="DateOnly.DayNumber"/>), or <see cref="DayNumbers.None"/> when the item is absent or is not a date.
/// </summary>
/// <remarks>
/// The councils' validator reads every date loosely and treats one that is not a date as missing; the rules here do the
/// same (a comparison with a date that is not a date is never broken), except those whose message says "missing or
/// invalid", which look at <see cref="Text"/> too.
/// </remarks>
/// <param name="Text">The item's text as written (trimmed), or <see langword="null"/> when the element is absent or empty.</param>
/// <param name="Day">The day number, or <see cref="DayNumbers.None"/>.</param>
internal readonly record struct CinDay(string? Text, int Day)
{
    /// <summary>No element, or an empty one.</summary>
    public static CinDay Absent { get; } = new(null, DayNumbers.None);

    /// <summary>Reads <paramref name="text"/> with the census's one date reading, <see cref="CinDate.Read"/>.</summary>
    public static CinDay Of(string? text) =>
        text is null ? Absent : new(text, CinDate.Read(text, out var date) == DateCell.Valid ? DayNumbers.Of(date) : DayNumbers.None);

    /// <summary>Whether the item holds a date.</summary>
    public bool IsDate => Day != DayNumbers.None;

    /// <summary>Whether the item is absent or empty.</summary>
    public bool IsMissing => Text is null;
}
