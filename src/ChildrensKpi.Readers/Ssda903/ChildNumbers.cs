namespace ChildrensKpi.Readers;

/// <summary>
/// Numbers the children of a read as their CHILD ids are met, looking a cell up without allocating: each id's string is
/// made once, however many rows name it. The forms of one id (<c>566910.0</c>, <c>0566910</c>, <c>566910</c>) are one
/// child (<see cref="ChildIdForms.Canonical"/>); the forms other than the id itself are remembered for the warning.
/// </summary>
internal sealed class ChildNumbers
{
    // Every id as written (a form): its text, its child, and the form that followed it the last time another did.
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _formText = [];
    private readonly List<int> _formChild = [];

    // Every child by its id (the canonical form).
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<ChildId> _ids = [];

    // Rare: the children written in another form than their id, with those forms; and whether each was written as its id.
    private readonly Dictionary<int, SortedSet<string>> _otherForms = [];
    private readonly List<bool> _writtenAsId = [];

    // Where the rows read so far left off, for readers that read one table only.
    private readonly Cursor _cursor = new();

    public ChildNumbers()
    {
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>
    /// Where one table's rows left off: the last form met and, for each form, the form that followed it the last time
    /// another did. A file's rows of one child are together, and one table's files (one per year) list their children in
    /// the same order, so the next row names the same form or the one that followed it last time: most look-ups compare
    /// one string instead of hashing into a table of a million ids, which costs a cache miss or two each. Tables list
    /// different children (not every child in need has an assessment), so each table keeps its own.
    /// </summary>
    internal sealed class Cursor
    {
        internal int Last = -1;
        internal readonly List<int> Next = [];

        internal int NextOf(int form) => form < Next.Count ? Next[form] : -1;

        internal void SetNext(int form, int next)
        {
            while (Next.Count <= form)
            {
                Next.Add(-1);
            }
            Next[form] = next;
        }
    }

    /// <summary>The number of the child whose (trimmed, non-empty) id is <paramref name="cell"/>, numbering it if new.</summary>
    public int Of(ReadOnlySpan<char> cell) => Of(cell, _cursor);

    /// <summary>As <see cref="Of(ReadOnlySpan{char})"/>, guessing from where <paramref name="cursor"/>'s table left off.</summary>
    public int Of(ReadOnlySpan<char> cell, Cursor cursor)
    {
        int last = cursor.Last;
        if (last >= 0)
        {
            if (cell.SequenceEqual(_formText[last]))
            {
                return _formChild[last];
            }
            int next = cursor.NextOf(last);
            if (next >= 0 && cell.SequenceEqual(_formText[next]))
            {
                cursor.Last = next;
                return _formChild[next];
            }
        }
        if (!_lookup.TryGetValue(cell, out int form))
        {
            form = Add(cell.ToString());
        }
        if (last >= 0)
        {
            cursor.SetNext(last, form);
        }
        cursor.Last = form;
        return _formChild[form];
    }

    private int Add(string text)
    {
        string id = ChildIdForms.Canonical(text);
        if (!_byId.TryGetValue(id, out int number))
        {
            number = _ids.Count;
            _byId.Add(id, number);
            _ids.Add(new ChildId(id));
            _writtenAsId.Add(false);
        }
        if (id == text)
        {
            _writtenAsId[number] = true;
        }
        else if (_otherForms.TryGetValue(number, out var forms))
        {
            forms.Add(text);
        }
        else
        {
            _otherForms[number] = new SortedSet<string>(StringComparer.Ordinal) { text };
        }
        int form = _formText.Count;
        _forms.Add(text, form);
        _formText.Add(text);
        _formChild.Add(number);
        return form;
    }

    /// <summary>The number of <paramref name="child"/> (by its id), or -1 when no row of the read has named it.</summary>
    public int Find(ChildId child) => _byId.TryGetValue(child.Value, out int number) ? number : -1;

    public ChildId Id(int number) => _ids[number];

    /// <summary>
    /// One warning per child written in another form than its id, naming every form seen by any of <paramref name="parts"/>
    /// (the numberings of tables read side by side), in ordinal order.
    /// </summary>
    public static IEnumerable<string> FormWarnings(string column, params ChildNumbers[] parts)
    {
        var forms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (number, other) in part._otherForms)
            {
                string id = part._ids[number].Value;
                if (!forms.TryGetValue(id, out var seen))
                {
                    forms[id] = seen = new SortedSet<string>(StringComparer.Ordinal);
                }
                seen.UnionWith(other);
            }
        }
        foreach (var (id, seen) in forms)
        {
            if (parts.Any(p => p._byId.TryGetValue(id, out int n) && p._writtenAsId[n]))
            {
                seen.Add(id);
            }
            yield return ChildIdForms.Warning(column, id, seen);
        }
    }
}
