namespace ChildrensKpi;

/// <summary>
/// The classifications the headline indicators use, as tables indexed by the byte value of the code, built from the
/// same extension methods the object model uses so that both paths read a code the same way.
/// </summary>
internal static class CodeTables
{
    public static readonly bool[] TemporaryPlacement = Table<PlacementType>(t => t.IsTemporary());

    public static readonly bool[] ShortBreak = Table<LegalStatus>(s => s.IsShortBreak());

    public static readonly bool[] PlacedForAdoption = Table<PlacementType>(t => t.IsPlacedForAdoption());

    public static readonly bool[] StartsPlacement = Table<ReasonForNewEpisode>(r => r is ReasonForNewEpisode.S or ReasonForNewEpisode.P or ReasonForNewEpisode.B);

    public static readonly bool[] InTouch = Table<InTouch>(t => CareLeaverCohort.IsInTouch(new CareLeaverOutcome(new ChildId("-"), default, t, default, null)));

    public static readonly bool[] EducationEmploymentOrTraining = Table<CareLeaverActivity>(a => a.IsEducationEmploymentOrTraining());

    public const byte StartedToBeLookedAfter = (byte)ReasonForNewEpisode.S;

    public const byte Died = (byte)ChildrensKpi.InTouch.Died;

    /// <summary>OC3 IN_TOUCH of a young person without an OC3 row.</summary>
    public const byte NoCareLeaverRow = 0;

    private static bool[] Table<T>(Func<T, bool> test)
        where T : struct, Enum
    {
        var table = new bool[256];
        foreach (var value in Enum.GetValues<T>())
        {
            table[Convert.ToByte(value, System.Globalization.CultureInfo.InvariantCulture)] = test(value);
        }
        return table;
    }
}
