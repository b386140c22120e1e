namespace ChildrensKpi;

/// <summary>
/// SSDA903-E002 and E003 (<see cref="ValidationRules.EpisodesOverlap"/>, <see cref="ValidationRules.EpisodeBeforeBirth"/>),
/// written once: a child's episodes, read in DECOM order, each judged against the child's date of birth and the last
/// episode kept before it. The SSDA903 readers reject the rows that break them; <see cref="LookedAfterData"/> refuses
/// records that do. Short breaks (LS V3/V4) are neither judged nor compared with.
/// </summary>
/// <remarks>
/// A broken episode is not kept, so the next is compared with the last kept one, as the readers' row account has always
/// read it ("the later episode is rejected, and the next one compared with the last episode kept").
/// </remarks>
internal struct EpisodeSequence
{
    private readonly int _birth;
    private int _previousEnd;

    /// <param name="birth">The child's date of birth as a day number (<see cref="DayNumbers"/>); <see cref="int.MinValue"/> when not known.</param>
    public EpisodeSequence(int birth)
    {
        _birth = birth;
        Previous = -1;
    }

    /// <summary>The last episode kept, as its caller numbered it; -1 before any.</summary>
    public int Previous { get; private set; }

    /// <summary>The day the last episode kept ended (<see cref="DayNumbers.Open"/> while open); meaningful when <see cref="Previous"/> is not -1.</summary>
    public readonly int PreviousEnd => _previousEnd;

    /// <summary>
    /// Judges the next episode in DECOM order: the rule it breaks (and it is not kept), or null (and it is kept, unless a
    /// short break, which is never compared with).
    /// </summary>
    /// <param name="episode">The caller's number of the episode, given back by <see cref="Previous"/>.</param>
    /// <param name="start">DECOM as a day number.</param>
    /// <param name="end">DEC as a day number, <see cref="DayNumbers.Open"/> while open.</param>
    /// <param name="shortBreak">Whether the episode is a short break.</param>
    public ValidationRule? Next(int episode, int start, int end, bool shortBreak)
    {
        if (shortBreak)
        {
            return null;
        }
        if (start < _birth)
        {
            return ValidationRules.EpisodeBeforeBirth;
        }
        if (Previous >= 0 && start < _previousEnd)
        {
            return ValidationRules.EpisodesOverlap;
        }
        Previous = episode;
        _previousEnd = end;
        return null;
    }
}
