using System.Xml;

namespace ChildrensKpi.Readers;

/// <summary>
/// Streams one CIN census XML file. Only one <c>Message/Children/Child</c> at a time is held in memory, as a small
/// tree that is validated and merged when its end tag is read. The elements counted as rows are <c>Child</c>,
/// <c>CINdetails</c>, <c>Assessments</c>, <c>Section47</c>, <c>ChildProtectionPlans</c>, <c>CPPreviewDate</c> and
/// <c>CINPlanDates</c>; a rejected record's nested rows are rejected with it.
/// </summary>
/// <remarks>
/// An element's text is read in chunks and refused past <see cref="MaxTextChars"/>, the limit of a CSV row, so that a
/// runaway text node (an unclosed tag before a huge block, say) costs no more memory than that and is named by line.
/// The file is refused, as the CSV reader refuses an over-long row, rather than the record rejected: no census item is
/// near that long, so such a file is not a census with one bad value.
/// </remarks>
internal sealed class CinXmlReader
{
    public const string Table = "CIN census (XML)";
    public const string CinPlanExclusion = "CIN plans are not used by any indicator in this version";

    /// <summary>The longest text of one element read, in characters: <see cref="SepRows.MaxRowChars"/>.</summary>
    public const int MaxTextChars = SepRows.MaxRowChars;

    private const int ProgressEvery = 16_384;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    // Where the child's items sit below Child: the rules name them by their own names.
    private static readonly Dictionary<string, string> ChildItems = new(StringComparer.Ordinal)
    {
        ["LAchildID"] = "ChildIdentifiers/LAchildID",
        ["PersonBirthDate"] = "ChildIdentifiers/PersonBirthDate",
        ["ExpectedPersonBirthDate"] = "ChildIdentifiers/ExpectedPersonBirthDate",
        ["GenderCurrent"] = "ChildIdentifiers/GenderCurrent",
        ["Sex"] = "ChildIdentifiers/Sex",
        ["PersonDeathDate"] = "ChildIdentifiers/PersonDeathDate",
        ["Ethnicity"] = "ChildCharacteristics/Ethnicity",
    };

    private readonly InputFile _file;
    private readonly CinRecords _records;
    private readonly AccountBuilder _account;
    private readonly Action<long>? _progress;
    private readonly CancellationToken _cancellationToken;
    private long _read, _used, _excluded, _rejected, _firstExcludedLine, _nextProgress = ProgressEvery;

    private CinXmlReader(InputFile file, CinRecords records, AccountBuilder account, Action<long>? progress, CancellationToken cancellationToken)
    {
        _file = file;
        _records = records;
        _account = account;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    public static void Read(InputFile file, CinRecords records, AccountBuilder account, Action<long>? progress, CancellationToken cancellationToken) =>
        new CinXmlReader(file, records, account, progress, cancellationToken).Read();

    private void Read()
    {
        using (var stream = ChildrenInNeedReader.Open(_file))
        {
            ReadElements(stream);
        }
        _progress?.Invoke(_read);
        if (_excluded > 0)
        {
            _account.AddExclusions([new Exclusion(_file.Name, CinPlanExclusion, _excluded, _firstExcludedLine)]);
        }
        _account.AddFile(new FileAccount(_file.Name, Table, new RowCounts(_read, _used, _excluded, _rejected)));
    }

    private void ReadElements(Stream stream)
    {
        var path = new List<string>();
        var open = new Stack<CinNode>();
        var chunk = new char[64 * 1024];
        bool sawChildren = false;
        try
        {
            // Created inside the try: it reads the first bytes to find the encoding, and may find them invalid.
            using var xml = XmlReader.Create(stream, Settings);
            var lines = (IXmlLineInfo)xml;
            while (xml.Read())
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        string name = xml.LocalName;
                        if (path.Count == 0 && name != "Message")
                        {
                            throw new InputFileException(_file.Name,
                                $"'{_file.Name}' is not a CIN census: its root element is {name}, not Message.");
                        }
                        path.Add(name);
                        sawChildren |= path is ["Message", "Children"];
                        if (open.Count > 0 || path is ["Message", "Children", "Child"])
                        {
                            var node = new CinNode(name, lines.LineNumber);
                            if (open.TryPeek(out var parent))
                            {
                                parent.Children.Add(node);
                            }
                            open.Push(node);
                        }
                        if (xml.IsEmptyElement)
                        {
                            End(path, open);
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when open.Count > 0:
                        AppendText(xml, open.Peek(), path, lines.LineNumber, chunk);
                        break;
                    case XmlNodeType.EndElement:
                        End(path, open);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw Malformed(e, path);
        }
        if (!sawChildren)
        {
            throw new InputFileException(_file.Name, $"'{_file.Name}' is not a CIN census: its Message has no Children element.");
        }
    }

    /// <summary>Appends the current text node to <paramref name="node"/> a chunk at a time, refusing the file past <see cref="MaxTextChars"/>.</summary>
    private void AppendText(XmlReader xml, CinNode node, List<string> path, int line, char[] chunk)
    {
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            if (node.TextLength + read > MaxTextChars)
            {
                throw new InputFileException(_file.Name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{_file.Name} line {line}: the text of {string.Join('/', path)} is longer than {MaxTextChars:N0} characters (16 MiB), " +
                    $"the longest value ChildrensKpi reads; the file is not read."));
            }
            node.AppendText(chunk.AsSpan(0, read));
        }
    }

    private void End(List<string> path, Stack<CinNode> open)
    {
        path.RemoveAt(path.Count - 1);
        if (open.Count > 0 && open.Pop() is var node && open.Count == 0)
        {
            Child(node);
        }
    }

    private InputFileException Malformed(XmlException e, List<string> path)
    {
        // A DOCTYPE can only come before the root element; say so plainly instead of passing on the parser's words.
        if (path.Count == 0 && DoctypeLine() is { } line)
        {
            return new InputFileException(_file.Name,
                $"{_file.Name} line {line}: a DOCTYPE was found, but DTDs and external entities are not allowed in a CIN census; the file is not read.");
        }
        string where = path.Count == 0 ? "the prolog (before the root element)" : string.Join('/', path);
        return new InputFileException(_file.Name, $"{_file.Name} line {e.LineNumber}: malformed XML in {where}: {e.Message}", e);
    }

    /// <summary>The line of a DOCTYPE in the prolog, or null; the parser refuses it without saying where.</summary>
    private int? DoctypeLine()
    {
        using var reader = new StreamReader(ChildrenInNeedReader.Open(_file));
        var prolog = new char[64 * 1024];
        var text = prolog.AsSpan(0, reader.ReadBlock(prolog));
        int at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return at < 0 ? null : text[..at].Count('\n') + 1;
    }

    private void Child(CinNode child)
    {
        _read += Rows(child);
        var record = Record(child, "Child", name => ChildItems.GetValueOrDefault(name, name));
        if (_records.AddChild(record, out var id) is { } rejection)
        {
            Reject(rejection, Rows(child));
        }
        else
        {
            _used++;
            foreach (var details in child.Named("CINdetails"))
            {
                Referral(id, details);
            }
        }
        if (_read >= _nextProgress)
        {
            _nextProgress = _read + ProgressEvery;
            _cancellationToken.ThrowIfCancellationRequested();
            _progress?.Invoke(_read);
        }
    }

    private void Referral(ChildId child, CinNode details)
    {
        const string at = "Child/CINdetails";
        if (_records.AddReferral(child, Record(details, at), out var date) is { } rejection)
        {
            Reject(rejection, Rows(details));
            return;
        }
        _used++;
        foreach (var node in details.Children)
        {
            switch (node.Name)
            {
                case "Assessments":
                    Count(_records.AddAssessment(child, date, AssessmentType.Single, Record(node, $"{at}/Assessments")), 1);
                    break;
                case "Section47":
                    Count(_records.AddEnquiry(child, date, Record(node, $"{at}/Section47")), 1);
                    break;
                case "CINPlanDates":
                    _firstExcludedLine = _excluded++ == 0 ? node.Line : _firstExcludedLine;
                    break;
                case "ChildProtectionPlans":
                    Plan(child, node);
                    break;
            }
        }
    }

    private void Plan(ChildId child, CinNode plan)
    {
        const string at = "Child/CINdetails/ChildProtectionPlans";
        var record = Record(plan, at);
        if (_records.AddPlan(child, record, out var start) is { } rejection)
        {
            Reject(rejection, Rows(plan));
            return;
        }
        _used++;
        var startField = record.Field("CPPstartDate");
        foreach (var review in Reviews(plan))
        {
            var date = new CinField(_file.Name, review.Name, $"{at}/Reviews/{review.Name}", review.Line, review.Text);
            Count(_records.AddReview(child, start, startField, date), 1);
        }
    }

    private void Count(Rejection? rejection, long rows)
    {
        if (rejection is null)
        {
            _used += rows;
        }
        else
        {
            Reject(rejection, rows);
        }
    }

    private void Reject(Rejection rejection, long rows)
    {
        _account.Reject(rejection);
        _rejected += rows;
    }

    private CinRecord Record(CinNode node, string at, Func<string, string>? itemPath = null) =>
        new(_file.Name, node.Line, name =>
        {
            string relative = itemPath?.Invoke(name) ?? name;
            var item = node.Find(relative);
            return new CinField(_file.Name, name, $"{at}/{relative}", item?.Line ?? node.Line, item?.Text);
        });

    /// <summary>The rows an element stands for, itself and nested, counted as <see cref="Referral"/> and <see cref="Plan"/> read them.</summary>
    private static int Rows(CinNode node) => node.Name switch
    {
        "Child" => 1 + node.Named("CINdetails").Sum(Rows),
        "CINdetails" => 1 + node.Children.Sum(c => c.Name is "Assessments" or "Section47" or "CINPlanDates" ? 1 : c.Name == "ChildProtectionPlans" ? Rows(c) : 0),
        "ChildProtectionPlans" => 1 + Reviews(node).Count(),
        _ => 1,
    };

    private static IEnumerable<CinNode> Reviews(CinNode plan) => plan.Named("Reviews").SelectMany(r => r.Named("CPPreviewDate"));
}
