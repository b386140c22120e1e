using NodaTime;

namespace ChildrensKpi.Readers;

/// <summary>
/// Shared boxes for the values that merged copies hold as objects (<see cref="MergedCopy"/>): a census's millions of
/// dates are a few thousand days, its flags two values and its counts small, so each value is boxed once, not once per
/// cell. A box is immutable and compared by value, so sharing one changes nothing but the memory.
/// </summary>
internal static class Boxes
{
    // Days from 1 January 1900 to 31 December 2199 cover every date a return holds; one outside is boxed on its own.
    private static readonly int FirstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly object?[] Days = new object?[new DateOnly(2200, 1, 1).DayNumber - FirstDay];
    private static readonly object?[] Counts = new object?[256];
    private static readonly object True = true;
    private static readonly object False = false;

    public static object? Of(LocalDate? date)
    {
        if (date is not { } value)
        {
            return null;
        }
        int day = value.ToDateOnly().DayNumber - FirstDay;
        // Two threads boxing the same day at once may each make a box: equal boxes, so either serves.
        return (uint)day < (uint)Days.Length ? Days[day] ??= value : value;
    }

    public static object? Of(bool? flag) => flag is not { } value ? null : value ? True : False;

    /// <summary>A named value of <typeparamref name="TEnum"/> from its one box; any other (a cast number) boxed on its own.</summary>
    public static object? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is not { } v ? null : EnumBoxes<TEnum>.Named.TryGetValue(v, out var box) ? box : v;

    public static object? Of(int? count) => count is not { } value ? null
        : (uint)value < (uint)Counts.Length ? Counts[value] ??= value : value;

    private static class EnumBoxes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly System.Collections.Frozen.FrozenDictionary<TEnum, object> Named =
            System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<TEnum>().Distinct(), v => v, v => (object)v);
    }
}
