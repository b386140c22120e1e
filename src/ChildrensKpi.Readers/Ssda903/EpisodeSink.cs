using System.Runtime.CompilerServices;
using System.Globalization;

namespace ChildrensKpi.Readers;

/// <summary>
/// Episodes rows, straight into columns: validated, merged across files by CHILD and DECOM (the first copy read is kept,
/// its empty DEC, REC or REASON_PLACE_CHANGE filled by a later copy; a later copy that disagrees is rejected); short
/// breaks counted as excluded. No object is made per row: ids are interned once per child, dates kept as day numbers
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

    // Later copies merged into a kept episode, as a list per episode (head in _firstCopy), so that a rejection rejects them all.
    private int[] _firstCopy = new int[1024];
    private readonly List<(int File, long Line, int Next)> _copies = [];

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
        _byKey.Reserve(rows);
    }

    /// <summary>How many episodes are kept (one per CHILD and DECOM).</summary>
    public int Count => _count;

    public void BeginFile(IReadOnlyDictionary<string, int> columns)
    {
        _codes = _year.Codes;
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
        if (end < start)
        {
            return RowVerdict.Rejected(row.Reject(_dec, ValidationRules.EpisodeEndsBeforeStart.Message) with
            {
                RuleId = ValidationRules.EpisodeEndsBeforeStart.Id,
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
            _end[kept] = _end[kept] == DayNumbers.Open ? end : _end[kept];
            _recOf[kept] = _recOf[kept] == 0 ? recCode : _recOf[kept];
            _rpcOf[kept] = _rpcOf[kept] == 0 ? rpc : _rpcOf[kept];
            _copies.Add((FileNumber(row.Path), row.Line, _firstCopy[kept]));
            _firstCopy[kept] = _copies.Count - 1;
        }
        else
        {
            Add(key, child, start, end, (byte)rne, (byte)ls, (byte)place, recCode, rpc, FileNumber(row.Path), row.Line);
        }
        return ls.IsShortBreak() ? RowVerdict.Excluded(ShortBreakExclusion) : RowVerdict.Used;
    }

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
    }

    // Fields compared between copies, in this order: the first that is filled differently in both is the conflict.
    private const int RneField = 0, LsField = 1, PlaceField = 2, DecField = 3, RecField = 4, ReasonPlaceChangeField = 5;

    private int Conflict(int kept, byte rne, byte ls, byte place, int end, byte rec, byte rpc) =>
        _rneOf[kept] != rne ? RneField
        : _lsOf[kept] != ls ? LsField
        : _placeOf[kept] != place ? PlaceField
        : _end[kept] != DayNumbers.Open && end != DayNumbers.Open && _end[kept] != end ? DecField
        : _recOf[kept] != 0 && rec != 0 && _recOf[kept] != rec ? RecField
        : _rpcOf[kept] != 0 && rpc != 0 && _rpcOf[kept] != rpc ? ReasonPlaceChangeField
        : -1;

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
        string value = field switch
        {
            RneField => ((ReasonForNewEpisode)_rneOf[kept]).ToString(),
            LsField => ((LegalStatus)_lsOf[kept]).ToString(),
            PlaceField => ((PlacementType)_placeOf[kept]).ToString(),
            DecField => Dmy(_end[kept]),
            RecField => ((ReasonEpisodeCeased)_recOf[kept]).ToString(),
            _ => _placeChangeText[_rpcOf[kept]],
        };
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
        }
        return _files.Count - 1;
    }

    private static string Dmy(int day) => DayNumbers.ToDate(day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
