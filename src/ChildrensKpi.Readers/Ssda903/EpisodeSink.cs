using System.Runtime.CompilerServices;
using System.Globalization;

namespace ChildrensKpi.Readers;

/// <summary>
/// Episodes rows, straight into columns: validated, merged across files by CHILD and DECOM (an empty DEC, REC or
/// REASON_PLACE_CHANGE is filled by another copy; where copies from returns of different collection years disagree, the
/// later return's value is used and the other reported, <see cref="ReturnPrecedence"/>; copies that cannot be ordered
/// and disagree are a conflict, and the copy read later is rejected); short breaks counted as excluded. No object is made per row: ids are interned once per child, dates kept as day numbers
/// and codes as bytes, with where each copy was read.
/// </summary>
internal sealed class EpisodeSink : ITableSink
{
    public const string ShortBreakExclusion = "short break (LS V3/V4): not time looked after, ignored by the looked-after indicators";

    private readonly ChildNumbers _children;
    private EpisodeKeys _byKey = new();
    private readonly List<string> _files = [];
    private readonly Dictionary<string, byte> _placeChangeCodes = new(StringComparer.Ordinal);
    private readonly List<string> _placeChangeText = [""];
    private readonly FileYear _year;
    private readonly List<byte> _fileYears = [];
    // The first copy's own values of each episode whose copies disagree, taken before a later return's replace them, and
    // which of DEC, REC, REASON_PLACE_CHANGE each first copy filled (bits 1, 2, 4): so that every copy's value not used
    // can be reported where it was read, whatever order the files came in.
    private readonly Dictionary<int, CopyValues> _firstOwn = [];
    private byte[] _firstFilled = new byte[1024];
    private byte _rowYear;
    private Ssda903Codes _codes = null!;
    private int _child, _decom, _rne, _ls, _place, _dec, _rec, _reasonPlaceChange;

    // The kept episodes, one per CHILD and DECOM, in the order first read.
    private int _count;
    private int[] _childOf = new int[1024];
    private int[] _start = new int[1024];
    private int[] _end = new int[1024];
    private byte[] _rneOf = new byte[1024], _lsOf = new byte[1024], _placeOf = new byte[1024], _recOf = new byte[1024], _rpcOf = new byte[1024];
    private int[] _fileOf = new int[1024];
    private long[] _lineOf = new long[1024];

    // The return year (ReturnPrecedence.Of) behind each kept value: one for RNE, LS and PLACE (always filled), one for
    // each field a copy may leave empty.
    private byte[] _yearOf = new byte[1024], _decYear = new byte[1024], _recYear = new byte[1024], _rpcYear = new byte[1024];

    // Later copies merged into a kept episode, as a list per episode (head in _firstCopy), so that a rejection rejects them all.
    private int[] _firstCopy = new int[1024];
    private readonly List<(int File, long Line, int Next, CopyValues Values)> _copies = [];

    public EpisodeSink(ChildNumbers children, FileYear year)
    {
        _children = children;
        _year = year;
    }

    /// <summary>Makes room for about <paramref name="rows"/> episodes before the first row: no column is grown and copied on the way.</summary>
    public void Reserve(int rows)
    {
        if (_count > 0 || rows <= _start.Length)
        {
            return;
        }
        Array.Resize(ref _childOf, rows);
        Array.Resize(ref _start, rows);
        Array.Resize(ref _end, rows);
        Array.Resize(ref _rneOf, rows);
        Array.Resize(ref _lsOf, rows);
        Array.Resize(ref _placeOf, rows);
        Array.Resize(ref _recOf, rows);
        Array.Resize(ref _rpcOf, rows);
        Array.Resize(ref _fileOf, rows);
        Array.Resize(ref _lineOf, rows);
        Array.Resize(ref _firstCopy, rows);
        Array.Resize(ref _yearOf, rows);
        Array.Resize(ref _decYear, rows);
        Array.Resize(ref _recYear, rows);
        Array.Resize(ref _rpcYear, rows);
        Array.Resize(ref _firstFilled, rows);
        _byKey.Reserve(rows);
    }

    /// <summary>How many episodes are kept (one per CHILD and DECOM).</summary>
    public int Count => _count;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = _year.Codes;
        _rowYear = ReturnPrecedence.Of(_year.Return);
        _child = columns["CHILD"];
        _decom = columns["DECOM"];
        _rne = columns["RNE"];
        _ls = columns["LS"];
        _place = columns["PLACE"];
        _dec = columns["DEC"];
        _rec = columns["REC"];
        _reasonPlaceChange = columns.GetValueOrDefault("REASON_PLACE_CHANGE", -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RowVerdict Accept(in CsvRow row)
    {
        if (!row.TryChildCell(_child, out var childCell, out var rejection)
            || !row.TryDayNumber(_decom, out int start, out rejection)
            || !row.TryCode(_rne, _codes.ReasonForNewEpisode, out var rne, out rejection)
            || !row.TryCode(_ls, _codes.LegalStatus, out var ls, out rejection)
            || !row.TryCode(_place, _codes.Placement, out var place, out rejection)
            || !row.TryOptionalDayNumber(_dec, DayNumbers.Open, out int end, out rejection)
            || !row.TryOptionalCode(_rec, _codes.ReasonCeased, out var rec, out rejection))
        {
            return RowVerdict.Rejected(rejection!);
        }
        int child = _children.Of(childCell);
        if (Rules.Ssda903.EndBeforeStartRule.Breaks(start, end))
        {
            return RowVerdict.Rejected(row.Reject(_dec, ValidationRules.EpisodeEndsBeforeStart.Message) with
            {
                RuleId = ValidationRules.EpisodeEndsBeforeStart.Id,
                DfeRuleId = ValidationRules.EpisodeEndsBeforeStart.DfeRuleId,
                ChildId = _children.Id(child).Value,
            });
        }
        byte rpc = PlaceChangeCode(row.Cell(_reasonPlaceChange));
        byte recCode = rec is { } r ? (byte)r : (byte)0;
        long key = EpisodeKeys.Key(child, start);
        if (_byKey.TryGetValue(key, out int kept))
        {
            int conflict = Conflict(kept, (byte)rne, (byte)ls, (byte)place, end, recCode, rpc);
            if (conflict >= 0)
            {
                return RowVerdict.Rejected(ConflictOf(row, kept, conflict) with { ChildId = _children.Id(child).Value });
            }
            int file = FileNumber(row.Path);
            if (!_firstOwn.ContainsKey(kept) && Differs(kept, (byte)rne, (byte)ls, (byte)place, end, recCode, rpc))
            {
                _firstOwn.Add(kept, FirstOwn(kept));
            }
            Reconcile(kept, (byte)rne, (byte)ls, (byte)place, end, recCode, rpc);
            _copies.Add((file, row.Line, _firstCopy[kept], new CopyValues((byte)rne, (byte)ls, (byte)place, end, recCode, rpc)));
            _firstCopy[kept] = _copies.Count - 1;
        }
        else
        {
            Add(key, child, start, end, (byte)rne, (byte)ls, (byte)place, recCode, rpc, FileNumber(row.Path), row.Line);
        }
        return ls.IsShortBreak() ? RowVerdict.Excluded(ShortBreakExclusion) : RowVerdict.Used;
    }

    /// <summary>
    /// Every value of a copy that is not the value used because a later return's differs (SSDA903-E009), where it was
    /// read, naming the value used and the copy it came from: the same findings whatever order the files were read in.
    /// </summary>
    public IEnumerable<ValidationFinding> Superseded()
    {
        var findings = new List<ValidationFinding>();
        foreach (var (episode, first) in _firstOwn)
        {
            Report(findings, episode, first, _fileOf[episode], _lineOf[episode]);
            for (int c = _firstCopy[episode]; c >= 0; c = _copies[c].Next)
            {
                Report(findings, episode, _copies[c].Values, _copies[c].File, _copies[c].Line);
            }
        }
        return findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column, StringComparer.Ordinal);
    }

    // A warning for each value of one copy that is filled and is not the value used.
    private void Report(List<ValidationFinding> findings, int episode, CopyValues copy, int file, long line)
    {
        for (int field = RneField; field <= ReasonPlaceChangeField; field++)
        {
            int value = copy.Field(field);
            var (used, usedYear) = Final(episode, field);
            bool empty = field >= DecField && value == (field == DecField ? DayNumbers.Open : 0);
            if (empty || value == used)
            {
                continue;
            }
            var (usedPath, usedLine) = LocationOfYear(episode, usedYear);
            string lost = Text(field, value);
            findings.Add(ValidationFinding.Warn(ValidationRules.SupersededByLaterReturn, _files[file], line, FieldName(field), lost,
                $"episode DECOM {Dmy(_start[episode])}: {FieldName(field)} {lost} in {ReturnPrecedence.Describe(_fileYears[file])} is superseded by "
                + $"{Text(field, used)} in {ReturnPrecedence.Describe(usedYear)} ({usedPath} line {usedLine})", _children.Id(_childOf[episode]).Value));
        }
    }

    private CopyValues FirstOwn(int episode)
    {
        byte filled = _firstFilled[episode];
        return new CopyValues(_rneOf[episode], _lsOf[episode], _placeOf[episode], (filled & 1) != 0 ? _end[episode] : DayNumbers.Open,
            (filled & 2) != 0 ? _recOf[episode] : (byte)0, (filled & 4) != 0 ? _rpcOf[episode] : (byte)0);
    }

    /// <summary>One copy's own values as read (DEC <see cref="DayNumbers.Open"/>, REC and REASON_PLACE_CHANGE 0 when empty).</summary>
    private readonly record struct CopyValues(byte Rne, byte Ls, byte Place, int Dec, byte Rec, byte Rpc)
    {
        public int Field(int field) => field switch
        {
            RneField => Rne,
            LsField => Ls,
            PlaceField => Place,
            DecField => Dec,
            RecField => Rec,
            _ => Rpc,
        };
    }

    private (int Value, byte Year) Final(int episode, int field) => field switch
    {
        RneField => (_rneOf[episode], _yearOf[episode]),
        LsField => (_lsOf[episode], _yearOf[episode]),
        PlaceField => (_placeOf[episode], _yearOf[episode]),
        DecField => (_end[episode], _decYear[episode]),
        RecField => (_recOf[episode], _recYear[episode]),
        _ => (_rpcOf[episode], _rpcYear[episode]),
    };

    /// <summary>Every file is read: the look-up of episodes by key (the sink's largest part) is let go before the checks run.</summary>
    public void EndOfFiles() => _byKey = new EpisodeKeys();

    public int ChildOf(int episode) => _childOf[episode];

    public int Start(int episode) => _start[episode];

    public int End(int episode) => _end[episode];

    public byte Rne(int episode) => _rneOf[episode];

    public byte Ls(int episode) => _lsOf[episode];

    public byte Place(int episode) => _placeOf[episode];

    public bool IsShortBreak(int episode) => ((LegalStatus)_lsOf[episode]).IsShortBreak();

    /// <summary>Where the first copy of <paramref name="episode"/> was read.</summary>
    public (string Path, long Line) Location(int episode) => (_files[_fileOf[episode]], _lineOf[episode]);

    /// <summary>Where each copy of <paramref name="episode"/> was read, first copy first.</summary>
    public List<(string Path, long Line)> Copies(int episode)
    {
        List<(string Path, long Line)> copies = [Location(episode)];
        var later = new List<(string, long)>();
        for (int c = _firstCopy[episode]; c >= 0; c = _copies[c].Next)
        {
            later.Add((_files[_copies[c].File], _copies[c].Line));
        }
        later.Reverse();
        copies.AddRange(later);
        return copies;
    }

    /// <summary>
    /// The kept episodes whose <paramref name="keep"/> is true, as the table the model is built on; its children are those
    /// with an episode in it (a child whose every episode was rejected is not a child of the episodes).
    /// </summary>
    public EpisodeTable Table(bool[] keep)
    {
        int n = 0;
        var renumber = new int[_children.Count];
        Array.Fill(renumber, -1);
        var ids = new List<ChildId>();
        for (int i = 0; i < _count; i++)
        {
            if (keep[i])
            {
                n++;
                if (renumber[_childOf[i]] < 0)
                {
                    renumber[_childOf[i]] = ids.Count;
                    ids.Add(_children.Id(_childOf[i]));
                }
            }
        }
        var table = new EpisodeTable([.. ids], n);
        for (int i = 0, k = 0; i < _count; i++)
        {
            if (keep[i])
            {
                table.Set(k++, renumber[_childOf[i]], _start[i], _end[i], _rneOf[i], _lsOf[i], _placeOf[i], _recOf[i]);
            }
        }
        return table;
    }

    private void Add(long key, int child, int start, int end, byte rne, byte ls, byte place, byte rec, byte rpc, int file, long line)
    {
        if (_count == _start.Length)
        {
            int size = _count * 2;
            Array.Resize(ref _childOf, size);
            Array.Resize(ref _start, size);
            Array.Resize(ref _end, size);
            Array.Resize(ref _rneOf, size);
            Array.Resize(ref _lsOf, size);
            Array.Resize(ref _placeOf, size);
            Array.Resize(ref _recOf, size);
            Array.Resize(ref _rpcOf, size);
            Array.Resize(ref _fileOf, size);
            Array.Resize(ref _lineOf, size);
            Array.Resize(ref _firstCopy, size);
            Array.Resize(ref _yearOf, size);
            Array.Resize(ref _decYear, size);
            Array.Resize(ref _recYear, size);
            Array.Resize(ref _rpcYear, size);
            Array.Resize(ref _firstFilled, size);
        }
        int i = _count++;
        _byKey.Add(key, i);
        _childOf[i] = child;
        _start[i] = start;
        _end[i] = end;
        _rneOf[i] = rne;
        _lsOf[i] = ls;
        _placeOf[i] = place;
        _recOf[i] = rec;
        _rpcOf[i] = rpc;
        _fileOf[i] = file;
        _lineOf[i] = line;
        _firstCopy[i] = -1;
        _yearOf[i] = _rowYear;
        _decYear[i] = end == DayNumbers.Open ? ReturnPrecedence.Unknown : _rowYear;
        _recYear[i] = rec == 0 ? ReturnPrecedence.Unknown : _rowYear;
        _rpcYear[i] = rpc == 0 ? ReturnPrecedence.Unknown : _rowYear;
        _firstFilled[i] = (byte)((end == DayNumbers.Open ? 0 : 1) | (rec == 0 ? 0 : 2) | (rpc == 0 ? 0 : 4));
    }

    // Fields compared between copies, in this order: the first that is filled differently in both is the conflict.
    private const int RneField = 0, LsField = 1, PlaceField = 2, DecField = 3, RecField = 4, ReasonPlaceChangeField = 5;

    // Whether any field is filled differently in both copies.
    private bool Differs(int kept, byte rne, byte ls, byte place, int end, byte rec, byte rpc) =>
        Difference(kept, rne, ls, place, end, rec, rpc, unorderedOnly: false) >= 0;

    // The first field filled differently in both copies whose returns cannot be ordered (ReturnPrecedence), or -1.
    private int Conflict(int kept, byte rne, byte ls, byte place, int end, byte rec, byte rpc) =>
        Difference(kept, rne, ls, place, end, rec, rpc, unorderedOnly: true);

    // The first field, in the order compared, filled differently in both copies (only where the two returns cannot be
    // ordered, when asked), or -1.
    private int Difference(int kept, byte rne, byte ls, byte place, int end, byte rec, byte rpc, bool unorderedOnly)
    {
        bool Counts(byte keptYear) => !unorderedOnly || Unordered(keptYear);
        return _rneOf[kept] != rne && Counts(_yearOf[kept]) ? RneField
            : _lsOf[kept] != ls && Counts(_yearOf[kept]) ? LsField
            : _placeOf[kept] != place && Counts(_yearOf[kept]) ? PlaceField
            : _end[kept] != DayNumbers.Open && end != DayNumbers.Open && _end[kept] != end && Counts(_decYear[kept]) ? DecField
            : _recOf[kept] != 0 && rec != 0 && _recOf[kept] != rec && Counts(_recYear[kept]) ? RecField
            : _rpcOf[kept] != 0 && rpc != 0 && _rpcOf[kept] != rpc && Counts(_rpcYear[kept]) ? ReasonPlaceChangeField
            : -1;
    }

    private bool Unordered(byte keptYear) => ReturnPrecedence.Supersedes(_rowYear, keptYear) is null;

    // Merges a copy that Conflict found orderable: empty fields filled, differing ones given the later return's value.
    private void Reconcile(int kept, byte rne, byte ls, byte place, int end, byte rec, byte rpc)
    {
        byte year = _yearOf[kept];
        _rneOf[kept] = (byte)Later(_rneOf[kept], rne, year);
        _lsOf[kept] = (byte)Later(_lsOf[kept], ls, year);
        _placeOf[kept] = (byte)Later(_placeOf[kept], place, year);
        _yearOf[kept] = ReturnPrecedence.Confirmed(_rowYear, year);
        _end[kept] = Optional(_end[kept], end, DayNumbers.Open, ref _decYear[kept]);
        _recOf[kept] = (byte)Optional(_recOf[kept], rec, 0, ref _recYear[kept]);
        _rpcOf[kept] = (byte)Optional(_rpcOf[kept], rpc, 0, ref _rpcYear[kept]);
    }

    private int Optional(int value, int incoming, int empty, ref byte year)
    {
        var picked = ReturnPrecedence.Pick(value, year, value != empty, incoming, _rowYear, incoming != empty);
        year = picked.Year;
        return picked.Value;
    }

    // Of two filled values from returns that can be ordered, the later return's (the other is reported by Superseded).
    private int Later(int value, int incoming, byte year) => ReturnPrecedence.Pick(value, year, true, incoming, _rowYear, true).Value;

    // Where the copy of `episode` read from a return of `year` is (the first such copy); the first copy when none is.
    private (string Path, long Line) LocationOfYear(int episode, byte year)
    {
        var found = Location(episode);
        if (_fileYears[_fileOf[episode]] == year)
        {
            return found;
        }
        for (int c = _firstCopy[episode]; c >= 0; c = _copies[c].Next)
        {
            if (_fileYears[_copies[c].File] == year)
            {
                found = (_files[_copies[c].File], _copies[c].Line);
            }
        }
        return found;
    }

    private static string FieldName(int field) => field switch
    {
        RneField => "RNE",
        LsField => "LS",
        PlaceField => "PLACE",
        DecField => "DEC",
        RecField => "REC",
        _ => "REASON_PLACE_CHANGE",
    };

    private string Text(int field, int value) => field switch
    {
        RneField => ((ReasonForNewEpisode)value).ToString(),
        LsField => ((LegalStatus)value).ToString(),
        PlaceField => ((PlacementType)value).ToString(),
        DecField => Dmy(value),
        RecField => ((ReasonEpisodeCeased)value).ToString(),
        _ => _placeChangeText[value],
    };

    private Rejection ConflictOf(in CsvRow row, int kept, int field)
    {
        int column = field switch
        {
            RneField => _rne,
            LsField => _ls,
            PlaceField => _place,
            DecField => _dec,
            RecField => _rec,
            _ => _reasonPlaceChange,
        };
        string value = Text(field, field switch
        {
            RneField => _rneOf[kept],
            LsField => _lsOf[kept],
            PlaceField => _placeOf[kept],
            DecField => _end[kept],
            RecField => _recOf[kept],
            _ => _rpcOf[kept],
        });
        var (path, line) = Location(kept);
        string what = $"episode CHILD {row.Cell(_child)} DECOM {row.Cell(_decom)}";
        return row.Reject(column, MergedCopy.ConflictRule(path, line, row.ColumnName(column), what, value));
    }

    private byte PlaceChangeCode(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return 0;
        }
        var lookup = _placeChangeCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(cell, out byte code))
        {
            return code;
        }
        // REASON_PLACE_CHANGE is kept only to compare copies; a file with more than 255 distinct values compares the rest as one.
        if (_placeChangeText.Count == byte.MaxValue)
        {
            return byte.MaxValue;
        }
        string text = cell.ToString();
        code = (byte)_placeChangeText.Count;
        _placeChangeText.Add(text);
        _placeChangeCodes.Add(text, code);
        return code;
    }

    private int FileNumber(string path)
    {
        if (_files.Count == 0 || !ReferenceEquals(_files[^1], path))
        {
            int at = _files.IndexOf(path);
            if (at >= 0)
            {
                return at;
            }
            _files.Add(path);
            _fileYears.Add(_rowYear);
        }
        return _files.Count - 1;
    }

    private static string Dmy(int day) => DayNumbers.ToDate(day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
