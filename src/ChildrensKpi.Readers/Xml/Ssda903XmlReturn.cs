using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace ChildrensKpi.Readers;

/// <summary>
/// Takes the tables out of an SSDA903 return in the XML form submitted to the DfE (<c>/EXPSSDA903/CHILD/HEADER</c>,
/// <c>CHILD/EPISODE</c>, <c>HEADER/AREVIEW</c>, ...), as one <see cref="TablePart"/> per table, read through the same
/// sinks as the CSV tables.
/// </summary>
/// <remarks>
/// <para>Which element makes a row of which table is decided by the tables' columns (<see cref="Ssda903Tables"/>), not by
/// a list of element names, so that a table a later year adds is read as soon as its columns are data: an element whose
/// child values include a column only one table has makes a row of that table (<c>EPISODE</c>'s <c>DECOM</c>, ...
/// Episodes; <c>AREVIEW</c>'s Reviews; <c>OC2</c>, <c>PERMANENCE</c> PrevPerm, <c>AMISSING</c> Missing,
/// <c>AD_PLACED</c> PlacedAdoption). The columns several tables share (CHILD, DOB, SEX) are the child's: an element
/// that lacks them takes them from the child's <c>HEADER</c>, the element holding its id. <c>HEADER</c> is a Header row
/// when it holds a Header value besides CHILDID and DOB (SEX, ETHNIC, ...: a care leaver's header may hold only those
/// and the OC3 values, as a CSV return has the leaver in OC3 alone), and also a UASC row when its <c>UASC</c> flag is 1
/// or it holds <c>DUC</c> (which may be blank), an OC3 row when it holds <c>IN_TOUCH</c>, <c>ACTIV</c> or <c>ACCOM</c>
/// and an AD1 row when it holds <c>DATE_INT</c> and the rest. Those rows are located as the DfE's validator locates them
/// (conformance/ssda903/expected, <c>xml_this_year</c>): a UASC row at its flag (<c>HEADER[1]/UASC[1]</c>), an element
/// named after its table; OC3 and AD1 rows at the value of their first column in the table's order
/// (<c>HEADER[1]/IN_TOUCH[1]</c>, <c>HEADER[1]/DATE_INT[1]</c>), whatever order the elements come in; the others at
/// their own element (<c>/EXPSSDA903/CHILD[1]/EPISODE[2]</c>, positions 1-based among elements of the same name, as
/// the DfE's validator names them). A value left out is named where it would be, in the element holding the row's
/// values (<c>HEADER[1]/IN_TOUCH</c>). Two elements are named differently from their columns: <c>CHILDID</c> is CHILD
/// and <c>PL</c> is PLACE. Any other element that is no column is warned of once per file and not read.</para>
/// <para>A document that is not well-formed, has a DTD, nests elements more than <see cref="MaxDepth"/> deep, holds a text
/// longer than <see cref="MaxTextChars"/>, or whose root is not <c>EXPSSDA903</c> is refused (accounted as
/// unrecognised, with the reason and line), never the whole read. The file's declared encoding is honoured
/// (windows-1252 included).</para>
/// </remarks>
internal static class Ssda903XmlReturn
{
    /// <summary>The root element of the return.</summary>
    public const string Root = "EXPSSDA903";

    // The elements whose names are not their columns' (fake_903.xml, data-to-insight's published XML return).
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["CHILDID"] = "CHILD",
        ["PL"] = "PLACE",
    };

    private static readonly ILookup<string, string> ElementsOf = ColumnOf.ToLookup(c => c.Value, c => c.Key);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    static Ssda903XmlReturn()
    {
        // Councils' software declares windows-1252 (and other code pages), which .NET knows only with the provider registered.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>The element a column's value is written in (<c>PL</c> for PLACE).</summary>
    public static string ElementFor(string column) => ElementsOf[column].FirstOrDefault() ?? column;

    /// <summary>Takes the tables out of <paramref name="file"/>; refused when it is not an SSDA903 XML return.</summary>
    /// <exception cref="InputFileException">The file cannot be opened.</exception>
    public static FormRead Read(InputFile file, TableRecognizer recognizer, CsvTableSchema header)
    {
        XDocument document;
        try
        {
            // A first, streaming pass bounds what the tree will hold: no return nests deep or holds a long text.
            using (var stream = file.Open())
            using (var reader = XmlReader.Create(stream, Settings))
            {
                if (Unbounded(reader) is { } refusal)
                {
                    return refusal;
                }
            }
            using (var stream = file.Open())
            using (var reader = XmlReader.Create(stream, Settings))
            {
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file.Name, $"Cannot read '{file.Name}': {e.Message}", e);
        }
        catch (XmlException e)
        {
            return FormRead.Refused($"not an SSDA903 XML return: {e.Message}", Math.Max(1, e.LineNumber));
        }
        var root = document.Root!;
        if (root.Name.LocalName != Root)
        {
            return FormRead.Refused($"not an SSDA903 XML return: its root element is {root.Name.LocalName}, not {Root}", LineOf(root));
        }
        return new Transposer(file, recognizer, header).Run(root);
    }

    /// <summary>The deepest nesting read (the return's is 4: EXPSSDA903/CHILD/HEADER/AREVIEW/REVIEW).</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest text of one element read, in characters: Excel's cell limit, far past any return's value.</summary>
    public const int MaxTextChars = 32_767;

    /// <summary>Why the document is past the bounds (<see cref="MaxDepth"/>, <see cref="MaxTextChars"/>); null when it is within them.</summary>
    /// <exception cref="XmlException">The document is not well-formed.</exception>
    private static FormRead? Unbounded(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return FormRead.Refused($"not an SSDA903 XML return: elements nested more than {MaxDepth} deep", info.LineNumber);
            }
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value.Length > MaxTextChars)
            {
                return FormRead.Refused($"not an SSDA903 XML return: a text of {reader.Value.Length:N0} characters, past the {MaxTextChars:N0} of any value", info.LineNumber);
            }
        }
        return null;
    }

    private static long LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private static string ColumnFor(XElement leaf) =>
        ColumnOf.TryGetValue(leaf.Name.LocalName, out var column) ? column : leaf.Name.LocalName.ToUpperInvariant();

    /// <summary>The element's path by names only, for a warning about a kind of element (<c>CHILD/HEADER/UASC</c>).</summary>
    private static string KindOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Skip(1).Select(e => e.Name.LocalName));

    private sealed class Transposer
    {
        private readonly InputFile _file;
        private readonly CsvTableSchema _header;
        private readonly ImmutableArray<CsvTableSchema> _schemas;
        private readonly Dictionary<string, CsvTableSchema> _owner = new(StringComparer.Ordinal);
        private readonly HashSet<string> _shared = new(StringComparer.Ordinal);
        private readonly Dictionary<CsvTableSchema, TableRows> _tables = [];
        private readonly SortedSet<string> _unread = new(StringComparer.Ordinal);

        public Transposer(InputFile file, TableRecognizer recognizer, CsvTableSchema header)
        {
            _file = file;
            _header = header;
            _schemas = recognizer.Schemas;
            // A column of one table says which table its element's row is; one several tables have belongs to the child.
            foreach (var group in _schemas.SelectMany(s => s.Required.Concat(s.Optional).Distinct().Select(c => (Column: c, Schema: s))).GroupBy(x => x.Column))
            {
                if (group.Count() == 1)
                {
                    _owner[group.Key] = group.Single().Schema;
                }
                else
                {
                    _shared.Add(group.Key);
                }
            }
        }

        public FormRead Run(XElement root)
        {
            var positions = new Dictionary<XName, int>();
            foreach (var child in root.Elements())
            {
                int position = positions[child.Name] = positions.GetValueOrDefault(child.Name) + 1;
                Child(child, $"/{root.Name.LocalName}/{child.Name.LocalName}[{position}]");
            }
            var warnings = ImmutableArray.CreateBuilder<string>();
            if (_unread.Count > 0)
            {
                warnings.Add($"{_file.Name}: elements ChildrensKpi does not read, ignored: {string.Join(", ", _unread)}.");
            }
            if (_tables.Count == 0)
            {
                return FormRead.Refused($"an {Root} document with no element holding an SSDA903 table's values", LineOf(root));
            }
            // Tables in the recogniser's order, so that the parts are the same whatever order the elements came in.
            var parts = _schemas.Where(_tables.ContainsKey).Select(s => _tables[s].ToPart(_file, s)).ToImmutableArray();
            return new FormRead(parts, warnings.ToImmutable(), null, 0);
        }

        private void Child(XElement child, string childPath)
        {
            // Each element's path, worked out once for the child top down (positions among same-named siblings).
            var paths = new Dictionary<XElement, string>();
            Collect(child, childPath, paths);
            // The child's header: the first element holding its id, whose shared values (DOB, SEX) the other rows take.
            var header = child.DescendantsAndSelf().FirstOrDefault(e => e.Elements().Any(l => IsLeaf(l) && ColumnFor(l) == "CHILD"));
            var context = new Dictionary<string, XElement>(StringComparer.Ordinal);
            if (header is not null)
            {
                foreach (var leaf in header.Elements().Where(IsLeaf))
                {
                    var column = ColumnFor(leaf);
                    if (_shared.Contains(column))
                    {
                        context.TryAdd(column, leaf);
                    }
                }
            }
            foreach (var element in child.DescendantsAndSelf())
            {
                Element(element, element == header, context, paths);
            }
        }

        private static void Collect(XElement top, string topPath, Dictionary<XElement, string> paths)
        {
            var pending = new Stack<(XElement Element, string Path)>();
            pending.Push((top, topPath));
            while (pending.TryPop(out var next))
            {
                var (element, path) = next;
                paths[element] = path;
                var positions = new Dictionary<XName, int>();
                foreach (var inner in element.Elements())
                {
                    int position = positions[inner.Name] = positions.GetValueOrDefault(inner.Name) + 1;
                    pending.Push((inner, $"{path}/{inner.Name.LocalName}[{position}]"));
                }
            }
        }

        private void Element(XElement element, bool isHeader, Dictionary<string, XElement> context, Dictionary<XElement, string> paths)
        {
            var own = new Dictionary<string, XElement>(StringComparer.Ordinal);
            var tables = new List<CsvTableSchema>();
            foreach (var leaf in element.Elements().Where(IsLeaf))
            {
                var column = ColumnFor(leaf);
                if (isHeader && FlaggedTable(leaf) is { } flagged)
                {
                    // HEADER/UASC: the flag of the table it is named after, a row of it when 1 (the date DUC may be blank).
                    if (leaf.Value.Trim() == "1" && !tables.Contains(flagged))
                    {
                        tables.Add(flagged);
                    }
                    continue;
                }
                if (_owner.TryGetValue(column, out var table))
                {
                    if (!tables.Contains(table))
                    {
                        tables.Add(table);
                    }
                }
                else if (!_shared.Contains(column))
                {
                    _unread.Add(KindOf(leaf));
                    continue;
                }
                own.TryAdd(column, leaf);
            }
            // The header is a Header row when it holds a Header value besides the id and the date of birth: a care leaver's
            // header may hold only those and the OC3 values, as a CSV return has the leaver in OC3 and not in Header.
            if (isHeader && !tables.Contains(_header) && own.Keys.Any(c => c is not ("CHILD" or "DOB") && _header.Knows(c)))
            {
                tables.Insert(0, _header);
            }
            foreach (var table in tables)
            {
                // The header's own table sits at the header, as does the only table of any other element; a second table
                // of one element (HEADER's UASC, OC3, AD1) at its flag (HEADER/UASC), else at its first column's value
                // in the table's order (HEADER/IN_TOUCH, HEADER/DATE_INT), as the DfE's validator locates them.
                bool atElement = isHeader ? table == _header : tables.Count == 1;
                var at = atElement ? element : Locator(element, table, own);
                var cells = new Dictionary<string, (string Value, string Path)>(StringComparer.Ordinal);
                foreach (var column in table.Required.Concat(table.Optional))
                {
                    if (own.TryGetValue(column, out var leaf) && (_owner.GetValueOrDefault(column) == table || _shared.Contains(column)))
                    {
                        cells[column] = (leaf.Value, paths[leaf]);
                    }
                    else if (_shared.Contains(column) && context.TryGetValue(column, out var shared))
                    {
                        cells[column] = (shared.Value, paths[shared]);
                    }
                }
                if (!_tables.TryGetValue(table, out var rows))
                {
                    _tables[table] = rows = new TableRows();
                }
                // A value left out is named where it would be: in the element holding the row's values, not in its locator.
                rows.Add(paths[at], paths[element], LineOf(at), cells);
            }
        }

        /// <summary>The table a header's leaf is the flag of (<c>UASC</c>: named after its table, and no column of any); else null.</summary>
        private CsvTableSchema? FlaggedTable(XElement leaf) =>
            _owner.ContainsKey(ColumnFor(leaf)) || _shared.Contains(ColumnFor(leaf)) ? null
            : _schemas.FirstOrDefault(s => s != _header && string.Equals(s.Name, leaf.Name.LocalName, StringComparison.OrdinalIgnoreCase));

        /// <summary>Where a header's second table's row is: its flag, else the value of its first column (in the table's order) the header holds.</summary>
        private XElement Locator(XElement header, CsvTableSchema table, Dictionary<string, XElement> own) =>
            header.Elements().FirstOrDefault(l => IsLeaf(l) && FlaggedTable(l) == table)
            ?? table.Required.Concat(table.Optional).Where(c => _owner.GetValueOrDefault(c) == table && own.ContainsKey(c)).Select(c => own[c]).First();

        private static bool IsLeaf(XElement element) => !element.HasElements;
    }

    /// <summary>One table's rows as they are found, written as CSV once the document is read.</summary>
    private sealed class TableRows
    {
        private readonly List<(string Path, string ValuesPath, long Line, Dictionary<string, (string Value, string Path)> Cells)> _rows = [];
        private readonly List<string> _columns = [];

        /// <param name="path">The row's element (its locator).</param>
        /// <param name="valuesPath">The element holding the row's values, where one left out would be.</param>
        /// <param name="line">The line of the row's element.</param>
        /// <param name="cells">The row's values by column, each with its element's path.</param>
        public void Add(string path, string valuesPath, long line, Dictionary<string, (string Value, string Path)> cells)
        {
            foreach (var column in cells.Keys)
            {
                if (!_columns.Contains(column))
                {
                    _columns.Add(column);
                }
            }
            _rows.Add((path, valuesPath, line, cells));
        }

        public TablePart ToPart(InputFile file, CsvTableSchema table)
        {
            // Every required column is in the header, so that an element left out is an empty value of its row, not a missing column.
            string[] columns = [.. table.Required, .. table.Optional.Where(_columns.Contains)];
            var text = new TablePartText(columns);
            // The CSV's header line stands for the table's first element.
            var origins = new XmlOrigins(columns, _rows[0].Line, _rows[0].Path);
            foreach (var (path, valuesPath, line, cells) in _rows)
            {
                var values = new string?[columns.Length];
                var at = new string[columns.Length];
                for (int i = 0; i < columns.Length; i++)
                {
                    if (cells.TryGetValue(columns[i], out var cell))
                    {
                        values[i] = cell.Value;
                        at[i] = cell.Path;
                    }
                    else
                    {
                        at[i] = $"{valuesPath}/{ElementFor(columns[i])}";
                    }
                }
                origins.Add(text.Add(values), line, path, at);
            }
            return new TablePart(text.ToFile($"{file.Name} ({table.Name})"), file.Name, origins);
        }
    }

    /// <summary>Each CSV line's element: its source line, its path, and the path of each of its values.</summary>
    private sealed class XmlOrigins(string[] columns, long headerLine, string headerPath) : IPartOrigins
    {
        private readonly Dictionary<long, (long Line, string Path, string[] At)> _rows = [];

        public void Add(long csvLine, long line, string path, string[] at) => _rows[csvLine] = (line, path, at);

        public long Line(long line) => _rows.TryGetValue(line, out var row) ? row.Line : headerLine;

        public string Row(long line) => _rows.TryGetValue(line, out var row) ? row.Path : headerPath;

        public string Column(long line, string column)
        {
            if (!_rows.TryGetValue(line, out var row))
            {
                return $"{headerPath} {column}";
            }
            int i = Array.IndexOf(columns, column);
            return i >= 0 ? row.At[i] : $"{row.Path} {column}";
        }
    }
}
