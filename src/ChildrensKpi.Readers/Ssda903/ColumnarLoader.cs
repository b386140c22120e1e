using nietras.SeparatedValues;

namespace ChildrensKpi.Readers;

/// <summary>
/// Loads SSDA903 Episodes, Header and OC3 files straight into <see cref="LookedAfterColumns"/> for
/// <see cref="HeadlineSuite"/>: cells are parsed from Sep's spans into column arrays, with no object per row (a child's
/// id becomes a string once, when first met).
/// </summary>
/// <remarks>
/// Tables are recognised by header, as <see cref="Ssda903Reader"/> does, and files read in ordinal order of their names.
/// A row the reader would reject for a bad cell is counted in <see cref="Result.SkippedRows"/> and left out; copies of an
/// episode across years are merged (the first copy kept, an empty DEC filled from a later one); short breaks are left out.
/// It keeps no row account: for rejections with file, line and rule, read with <see cref="Ssda903Reader"/>. A row longer
/// than <see cref="SepRows.MaxRowChars"/> refuses the file, as it does there.
/// </remarks>
internal static class ColumnarLoader
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader() with { HasHeader = true, Unescape = true, DisableColCountCheck = true };

    internal sealed record Result(LookedAfterColumns Columns, long SkippedRows);

    public static Result Load(IEnumerable<string> paths)
    {
        var state = new State();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            using var reader = SepRows.Open(() => Options.FromFile(path), path);
            string[] names = [.. reader.Header.ColNames.Select(n => n.Trim().Trim('"').Trim().ToUpperInvariant())];
            var recognised = Ssda903Tables.Recognizer.Recognise(names)
                ?? throw new InputFileException(path, $"'{path}' is not a recognised SSDA903 table.");
            var (schema, missing) = recognised;
            if (!missing.IsEmpty)
            {
                throw new InputFileException(path, $"'{path}' lacks the {schema.Name} columns {string.Join(", ", missing)}.");
            }
            int Column(string name) => Array.IndexOf(names, name);
            if (schema == Ssda903Tables.Episodes)
            {
                state.Episodes(reader, path, Column("CHILD"), Column("DECOM"), Column("RNE"), Column("LS"), Column("PLACE"), Column("DEC"));
            }
            else if (schema == Ssda903Tables.Header)
            {
                state.Headers(reader, path, Column("CHILD"), Column("DOB"));
            }
            else if (schema == Ssda903Tables.Oc3)
            {
                state.CareLeavers(reader, path, Column("CHILD"), Column("DOB"), Column("IN_TOUCH"), Column("ACTIV"), Column("ACCOM"));
            }
        }
        return state.Build();
    }

    private sealed class State
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private int[] _child = new int[1 << 16], _start = new int[1 << 16], _end = new int[1 << 16];
        private byte[] _rne = new byte[1 << 16], _place = new byte[1 << 16];
        private int[] _dateOfBirth = new int[1 << 12], _leaverDateOfBirth = new int[1 << 12];
        private byte[] _inTouch = new byte[1 << 12], _activity = new byte[1 << 12];
        private bool[] _suitable = new bool[1 << 12];
        private int _count;
        private long _skipped;

        public State()
        {
            _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            _dateOfBirth.AsSpan().Fill(DayNumbers.None);
            _leaverDateOfBirth.AsSpan().Fill(DayNumbers.None);
        }

        public void Episodes(SepReader reader, string path, int child, int decom, int rne, int ls, int place, int dec)
        {
            // The header was line 1.
            long line = 2;
            while (SepRows.MoveNext(reader, path, ref line))
            {
                var row = reader.Current;
                var id = row[child].Span.Trim();
                if (id.IsEmpty
                    || !CellParser.TryDayNumber(row[decom].Span.Trim(), out int start)
                    || !Ssda903Codes.ReasonForNewEpisode.TryParse(row[rne].Span.Trim(), out var reason)
                    || !Ssda903Codes.LegalStatus.TryParse(row[ls].Span.Trim(), out var status)
                    || !Ssda903Codes.Placement.TryParse(row[place].Span.Trim(), out var type)
                    || !TryOptionalDay(row[dec].Span.Trim(), DayNumbers.Open, out int end)
                    || end < start)
                {
                    _skipped++;
                    continue;
                }
                int c = IndexOf(id);
                if (status.IsShortBreak())
                {
                    continue;
                }
                if (_count == _child.Length)
                {
                    Grow();
                }
                _child[_count] = c;
                _start[_count] = start;
                _end[_count] = end;
                _rne[_count] = (byte)reason;
                _place[_count] = (byte)type;
                _count++;
            }
        }

        public void Headers(SepReader reader, string path, int child, int dob)
        {
            // The header was line 1.
            long line = 2;
            while (SepRows.MoveNext(reader, path, ref line))
            {
                var row = reader.Current;
                var id = row[child].Span.Trim();
                if (id.IsEmpty || !CellParser.TryDayNumber(row[dob].Span.Trim(), out int born))
                {
                    _skipped++;
                    continue;
                }
                int c = IndexOf(id);
                _dateOfBirth[c] = _dateOfBirth[c] == DayNumbers.None ? born : _dateOfBirth[c];
            }
        }

        public void CareLeavers(SepReader reader, string path, int child, int dob, int inTouch, int activity, int accommodation)
        {
            // The header was line 1.
            long line = 2;
            while (SepRows.MoveNext(reader, path, ref line))
            {
                var row = reader.Current;
                var id = row[child].Span.Trim();
                if (id.IsEmpty
                    || !CellParser.TryDayNumber(row[dob].Span.Trim(), out int born)
                    || !Ssda903Codes.InTouch.TryParse(row[inTouch].Span.Trim(), out var touch))
                {
                    _skipped++;
                    continue;
                }
                var activityCell = row[activity].Span.Trim();
                var doing = CareLeaverActivity.NoInformation;
                if (!activityCell.IsEmpty && !Ssda903Codes.Activity.TryParse(activityCell, out doing))
                {
                    _skipped++;
                    continue;
                }
                int c = IndexOf(id);
                if (_inTouch[c] != CodeTables.NoCareLeaverRow)
                {
                    continue;
                }
                var accom = row[accommodation].Span.Trim();
                _leaverDateOfBirth[c] = born;
                _inTouch[c] = (byte)touch;
                _activity[c] = (byte)doing;
                _suitable[c] = accom.Length == 2 && accom[1] == '1';
            }
        }

        public Result Build()
        {
            int children = _ids.Count;
            // Header date of birth, else OC3's, as ChildHistory.DateOfBirth.
            for (int c = 0; c < children; c++)
            {
                _dateOfBirth[c] = _dateOfBirth[c] != DayNumbers.None ? _dateOfBirth[c] : _leaverDateOfBirth[c];
            }
            var columns = LookedAfterColumns.Create(children, _count, _child, _start, _end, _rne, _place, _dateOfBirth, _inTouch, _activity, _suitable);
            return new Result(columns, _skipped);
        }

        private int IndexOf(ReadOnlySpan<char> id)
        {
            if (_lookup.TryGetValue(id, out int c))
            {
                return c;
            }
            c = _ids.Count;
            _ids.Add(id.ToString(), c);
            if (c == _dateOfBirth.Length)
            {
                int size = c * 2;
                Array.Resize(ref _dateOfBirth, size);
                Array.Resize(ref _leaverDateOfBirth, size);
                Array.Resize(ref _inTouch, size);
                Array.Resize(ref _activity, size);
                Array.Resize(ref _suitable, size);
                _dateOfBirth.AsSpan(c).Fill(DayNumbers.None);
                _leaverDateOfBirth.AsSpan(c).Fill(DayNumbers.None);
            }
            return c;
        }

        private void Grow()
        {
            int size = _child.Length * 2;
            Array.Resize(ref _child, size);
            Array.Resize(ref _start, size);
            Array.Resize(ref _end, size);
            Array.Resize(ref _rne, size);
            Array.Resize(ref _place, size);
        }

        private static bool TryOptionalDay(ReadOnlySpan<char> cell, int absent, out int day)
        {
            day = absent;
            return cell.IsEmpty || CellParser.TryDayNumber(cell, out day);
        }
    }
}
