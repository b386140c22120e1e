namespace ChildrensKpi.Readers;

/// <summary>
/// The records of one table keyed by what identifies them (CHILD, or CHILD and a date; a CIN referral by child and
/// CINreferralDate...), merged across files field by field, the one mechanism for every such table of both returns
/// (episodes and Header rows, kept in columns, apply the same rule, <see cref="ReturnPrecedence"/>): a filled value
/// replaces an empty one; where two copies are filled differently, the later return's value is used and every copy's
/// value not used is reported where it was read (<see cref="Superseded"/>), whatever order the files came in; copies
/// that cannot be ordered by year (one return, or a return of unknown year) and disagree are a conflict: the copy read
/// later is rejected and nothing of it merged.
/// </summary>
/// <remarks>
/// A copy that only confirms or fills what is kept costs an entry in one log shared by the table (where it was read,
/// its year, which fields it filled), not an object: a record's copies' own values are made only when two of them
/// first differ, from the values kept (until then every copy agreed with them), and kept from then on.
/// </remarks>
internal sealed class MergedRecords<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, MergedCopy> _records = [];
    private readonly List<LaterCopy> _later = [];
    private readonly List<(TKey Key, MergedCopy Record)> _differing = [];
    private readonly string[] _names;
    private readonly Func<TKey, string> _what;
    private readonly Func<TKey, ChildId> _child;
    private readonly Func<object?, string> _display;

    // A copy after the first of a record whose copies have not differed: where it was read, its year, the fields it
    // filled, and the record's copy before it in the log (-1: the first copy, kept in the record).
    private readonly record struct LaterCopy(int Previous, string Path, long Line, byte Year, uint Filled);

    /// <summary>Records whose fields are named <paramref name="names"/> in messages.</summary>
    /// <param name="names">Each field's name as the return spells it (its column, or the CIN item).</param>
    /// <param name="what">The record a key names, for messages ("OC3 row CHILD A"): made only for a conflict or a warning.</param>
    /// <param name="child">The child a key names, whom a rejection or warning is about.</param>
    /// <param name="display">A value as the messages quote it; <see cref="MergedCopy.Display"/> when not given.</param>
    public MergedRecords(string[] names, Func<TKey, string> what, Func<TKey, ChildId> child, Func<object?, string>? display = null)
    {
        _names = names;
        _what = what;
        _child = child;
        _display = display ?? MergedCopy.Display;
    }

    /// <summary>How many records are kept.</summary>
    public int Count => _records.Count;

    /// <summary>Whether a record of <paramref name="key"/> is kept.</summary>
    public bool Contains(TKey key) => _records.ContainsKey(key);

    /// <summary>
    /// Merges a copy read at <paramref name="path"/> line <paramref name="line"/> from a return of <paramref name="year"/>
    /// (<see cref="ReturnPrecedence.Of(CollectionYear?)"/>). Returns -1 when it is used (kept, or merged into the record
    /// kept); else the first field filled differently in both whose returns cannot be ordered, a conflict, and nothing is
    /// merged (<see cref="ConflictRule"/> says why). <paramref name="fields"/> is kept as the record's when it is the first
    /// copy, so a caller makes one per copy.
    /// </summary>
    public int Add(TKey key, object?[] fields, byte year, string path, long line, out MergedCopy kept)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_records, key, out bool exists);
        if (!exists)
        {
            kept = slot = new MergedCopy(fields, path, line, year);
            return -1;
        }
        kept = slot!;
        var used = kept.Fields;
        bool differs = false;
        for (int i = 0; i < used.Length; i++)
        {
            if (used[i] is not null && fields[i] is not null && !used[i]!.Equals(fields[i]))
            {
                if (ReturnPrecedence.Supersedes(year, kept.YearOf(i)) is null)
                {
                    return i;
                }
                differs = true;
            }
        }
        if (differs && kept.Copies is null)
        {
            kept.Copies = OwnCopies(kept);
            _differing.Add((key, kept));
        }
        Span<byte> years = stackalloc byte[used.Length];
        for (int i = 0; i < used.Length; i++)
        {
            (used[i], years[i], _) = ReturnPrecedence.Pick(used[i], kept.YearOf(i), used[i] is not null, fields[i], year, fields[i] is not null);
        }
        kept.SetYears(years);
        if (kept.Copies is { } copies)
        {
            copies.Add(((object?[])fields.Clone(), year, path, line));
        }
        else
        {
            _later.Add(new LaterCopy(kept.LastCopy, path, line, year, MergedCopy.Filled(fields)));
            kept.LastCopy = _later.Count - 1;
        }
        return -1;
    }

    /// <summary>Why a copy that <see cref="Add(TKey, object?[], byte, string, long, out MergedCopy)"/> found in conflict on <paramref name="field"/> (named <paramref name="name"/> where it was read) is rejected, naming the copy whose value is used.</summary>
    public string ConflictRule(TKey key, MergedCopy kept, int field, string name)
    {
        var (path, line) = LocationOf(kept, field);
        return MergedCopy.ConflictRule(path, line, name, _what(key), _display(kept.Fields[field]));
    }

    /// <summary>
    /// Merges a valid row's fields (<see cref="Add(TKey, object?[], byte, string, long, out MergedCopy)"/>): used, or
    /// rejected on the column of the field in conflict (<paramref name="columns"/> gives each field's).
    /// </summary>
    public RowVerdict Add(in CsvRow row, byte year, TKey key, object?[] fields, int[] columns)
    {
        int conflict = Add(key, fields, year, row.Path, row.Line, out var kept);
        if (conflict < 0)
        {
            return RowVerdict.Used;
        }
        int column = columns[conflict];
        return RowVerdict.Rejected(row.Reject(column, ConflictRule(key, kept, conflict, row.ColumnName(column))) with { ChildId = _child(key).Value });
    }

    /// <summary>
    /// Every value of a copy that is not the value used because a later return's differs, as a warning of
    /// <paramref name="rule"/> where it was read, naming the value used and where it came from: the same findings whatever
    /// order the files were read in. The field is named before each value, so that a pseudonymised account withholds
    /// both dates of birth.
    /// </summary>
    /// <param name="rule">SSDA903-E009, or its census counterpart.</param>
    /// <param name="noun">What a return is called: "return", "census".</param>
    public IEnumerable<ValidationFinding> Superseded(ValidationRule rule, string noun)
    {
        var findings = new List<ValidationFinding>();
        foreach (var (key, record) in _differing)
        {
            foreach (var (values, year, path, line) in record.Copies!)
            {
                for (int i = 0; i < values.Length; i++)
                {
                    if (values[i] is null || record.Fields[i] is not { } value || value.Equals(values[i]))
                    {
                        continue;
                    }
                    string lost = _display(values[i]), name = _names[i];
                    var (usedPath, usedLine) = LocationOf(record, i);
                    findings.Add(ValidationFinding.Warn(rule, path, line, name, lost,
                        $"{_what(key)}: {name} {lost} in {ReturnPrecedence.Describe(year, noun)} is superseded by {name} {_display(value)} in "
                        + $"{ReturnPrecedence.Describe(record.YearOf(i), noun)} ({usedPath} line {usedLine})", _child(key).Value));
                }
            }
        }
        return findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column, StringComparer.Ordinal);
    }

    /// <summary>Each record made of its key and the values used.</summary>
    public IEnumerable<T> Select<T>(Func<TKey, object?[], T> build) => _records.Select(r => build(r.Key, r.Value.Fields));

    /// <summary>Each record with its first copy (where it was read).</summary>
    public IEnumerable<(TKey Key, MergedCopy Record)> Records() => _records.Select(r => (r.Key, r.Value));

    /// <summary>
    /// The records made of their keys and values, the merged copies let go as they are made, so that a national census
    /// does not hold both at once; the records are read no further after this (take <see cref="Superseded"/> first).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<T> Drain<T>(Func<TKey, object?[], T> build)
    {
        var records = System.Collections.Immutable.ImmutableArray.CreateBuilder<T>(_records.Count);
        foreach (var pair in _records)
        {
            records.Add(build(pair.Key, pair.Value.Fields));
        }
        _records.Clear();
        _records.TrimExcess();
        _later.Clear();
        _later.TrimExcess();
        _differing.Clear();
        return records.MoveToImmutable();
    }

    // Every copy's own values so far, in the order read: before this, no two copies differed on a filled value, so each
    // copy's value of a field it filled is the value kept.
    private List<(object?[] Values, byte Year, string Path, long Line)> OwnCopies(MergedCopy record)
    {
        var copies = new List<(object?[] Values, byte Year, string Path, long Line)>();
        for (int c = record.LastCopy; c >= 0; c = _later[c].Previous)
        {
            copies.Add((Own(record, _later[c].Filled), _later[c].Year, _later[c].Path, _later[c].Line));
        }
        copies.Add((Own(record, record.FirstFilled), record.FirstYear, record.Path, record.Line));
        copies.Reverse();
        record.LastCopy = -1;
        return copies;
    }

    private static object?[] Own(MergedCopy record, uint filled)
    {
        var values = new object?[record.Fields.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (filled & (1u << i)) != 0 ? record.Fields[i] : null;
        }
        return values;
    }

    /// <summary>
    /// Where the value used of <paramref name="field"/> was read: the first copy read of its year that has it, so the
    /// same copy whatever order returns of different years were read in (the record's first copy is the first by file name).
    /// </summary>
    public (string Path, long Line) LocationOf(MergedCopy record, int field)
    {
        byte year = record.YearOf(field);
        var value = record.Fields[field];
        if (record.Copies is { } copies)
        {
            foreach (var copy in copies)
            {
                if (copy.Year == year && Equals(copy.Values[field], value))
                {
                    return (copy.Path, copy.Line);
                }
            }
            return (record.Path, record.Line);
        }
        (string Path, long Line)? found = record.FirstYear == year && (record.FirstFilled & (1u << field)) != 0 ? (record.Path, record.Line) : null;
        if (found is not null)
        {
            return found.Value;
        }
        // The log runs from the last copy back, so the last match is the first read.
        for (int c = record.LastCopy; c >= 0; c = _later[c].Previous)
        {
            if (_later[c].Year == year && (_later[c].Filled & (1u << field)) != 0)
            {
                found = (_later[c].Path, _later[c].Line);
            }
        }
        return found ?? (record.Path, record.Line);
    }
}
