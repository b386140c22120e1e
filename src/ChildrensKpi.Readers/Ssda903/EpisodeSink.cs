namespace ChildrensKpi.Readers;

/// <summary>Episodes rows: validated, merged across files by CHILD and DECOM; short breaks counted as excluded.</summary>
internal sealed class EpisodeSink : ITableSink
{
    public const string ShortBreakExclusion = "short break (LS V3/V4): not time looked after, ignored by the looked-after indicators";

    // Fields kept per episode, in this order, for merging copies.
    private const int Rne = 0, Ls = 1, Place = 2, Dec = 3, Rec = 4, ReasonPlaceChange = 5;

    private readonly Dictionary<(ChildId Child, NodaTime.LocalDate Start), MergedCopy> _episodes = [];

    // Where the later copies of an episode (merged into the first) were read, so that a rejected episode rejects them all.
    private readonly Dictionary<(ChildId Child, NodaTime.LocalDate Start), List<(string Path, long Line)>> _laterCopies = [];
    private int _child, _decom, _rne, _ls, _place, _dec, _rec, _reasonPlaceChange;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _child = columns["CHILD"];
        _decom = columns["DECOM"];
        _rne = columns["RNE"];
        _ls = columns["LS"];
        _place = columns["PLACE"];
        _dec = columns["DEC"];
        _rec = columns["REC"];
        _reasonPlaceChange = columns.GetValueOrDefault("REASON_PLACE_CHANGE", -1);
    }

    public RowVerdict Accept(in CsvRow row)
    {
        Rejection? rejection;
        if (!row.TryChildId(_child, out var child, out rejection)
            || !row.TryDate(_decom, out var start, out rejection)
            || !row.TryCode(_rne, Ssda903Codes.ReasonForNewEpisode, out var rne, out rejection)
            || !row.TryCode(_ls, Ssda903Codes.LegalStatus, out var ls, out rejection)
            || !row.TryCode(_place, Ssda903Codes.Placement, out var place, out rejection)
            || !row.TryOptionalDate(_dec, out var end, out rejection)
            || !row.TryOptionalCode(_rec, Ssda903Codes.ReasonCeased, out var rec, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        if (end < start)
        {
            return RowVerdict.Rejected(row.Reject(_dec, ValidationRules.EpisodeEndsBeforeStart.Message) with { RuleId = ValidationRules.EpisodeEndsBeforeStart.Id, ChildId = child.Value });
        }
        object?[] fields = [rne, ls, place, end, rec, row.OptionalText(_reasonPlaceChange)];
        if (_episodes.TryGetValue((child, start), out var kept))
        {
            int conflict = kept.Merge(fields);
            if (conflict >= 0)
            {
                return RowVerdict.Rejected(kept.Conflict(row, ColumnOf(conflict), $"episode CHILD {child} DECOM {row.Cell(_decom)}", conflict) with { ChildId = child.Value });
            }
            if (!_laterCopies.TryGetValue((child, start), out var copies))
            {
                _laterCopies[(child, start)] = copies = [];
            }
            copies.Add((row.Path, row.Line));
        }
        else
        {
            _episodes.Add((child, start), new MergedCopy(fields, row.Path, row.Line));
        }
        return ls.IsShortBreak() ? RowVerdict.Excluded(ShortBreakExclusion) : RowVerdict.Used;
    }

    /// <summary>Every episode kept so far with where its first copy was read.</summary>
    public IEnumerable<(Episode Episode, MergedCopy Copy)> Records() => _episodes.Select(e => (ToEpisode(e.Key, e.Value), e.Value));

    /// <summary>Drops an episode found invalid once all files are read; returns where each of its copies was read, first copy first.</summary>
    public List<(string Path, long Line)> Remove(Episode episode)
    {
        var key = (episode.Child, episode.Start);
        var first = _episodes[key];
        _episodes.Remove(key);
        List<(string Path, long Line)> copies = [(first.Path, first.Line)];
        if (_laterCopies.Remove(key, out var later))
        {
            copies.AddRange(later);
        }
        return copies;
    }

    public IEnumerable<Episode> Episodes() => _episodes.Select(e => ToEpisode(e.Key, e.Value));

    private static Episode ToEpisode((ChildId Child, NodaTime.LocalDate Start) key, MergedCopy copy) => new(
        key.Child,
        key.Start,
        (ReasonForNewEpisode)copy.Fields[Rne]!,
        (LegalStatus)copy.Fields[Ls]!,
        (PlacementType)copy.Fields[Place]!,
        (NodaTime.LocalDate?)copy.Fields[Dec],
        (ReasonEpisodeCeased?)copy.Fields[Rec]);

    private int ColumnOf(int field) => field switch
    {
        Rne => _rne,
        Ls => _ls,
        Place => _place,
        Dec => _dec,
        Rec => _rec,
        _ => _reasonPlaceChange,
    };
}
