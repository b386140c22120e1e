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
/// near that long, so such a file is not a census with one bad value. A file that breaks off (malformed XML, a DOCTYPE,
/// an over-long text) keeps the children read before the break and is rejected from there, under one file rejection;
/// a file that is XML but not a census is excluded. Neither stops the other files.
/// </remarks>
internal sealed class CinXmlReader
{
    public const string Table = "CIN census (XML)";
    public const string CinPlanExclusion = "CIN plans are not used by any indicator in this version";

    /// <summary>The column a file-level rejection names: the break is in the file, not in one item.</summary>
    public const string FileColumn = "(file)";

    private static readonly string[] ReferenceDatePath = ["Message", "Header", "CollectionDetails", "ReferenceDate"];

    /// <summary>The longest text of one element read, in characters: <see cref="SepRows.MaxRowChars"/>.</summary>
    public const int MaxTextChars = SepRows.MaxRowChars;

    private const int ProgressEvery = 16_384;

    static CinXmlReader()
    {
        // Councils' census software declares windows-1252 (and other legacy code pages), which .NET knows only once the
        // code-page provider is registered; without it XmlReader refuses the file as malformed.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>How census XML is read (no DTDs, no resolver); shared with the DfE rules' reader, <c>Rules/Cin/CinReturnReader</c>.</summary>
    internal static readonly XmlReaderSettings Settings = new()
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
    private readonly CinCollectionYear? _givenYear;
    private CinCollectionYear? _year;
    // The year the census's ReferenceDate is in (_year is the nearest one described, whose rules it is checked against).
    private CinCollectionYear? _censusYear;
    private System.Text.StringBuilder? _referenceDate;
    private long _referenceDateLine, _lastLine = 1;
    private long _read, _used, _excluded, _rejected, _firstExcludedLine, _nextProgress = ProgressEvery;

    private CinXmlReader(InputFile file, CinRecords records, AccountBuilder account, CinCollectionYear? year, Action<long>? progress, CancellationToken cancellationToken)
    {
        _givenYear = _year = year;
        _file = file;
        _records = records;
        _account = account;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads <paramref name="file"/> into <paramref name="records"/>, its codes checked against <paramref name="year"/> unless its header names its own.</summary>
    public static void Read(InputFile file, CinRecords records, AccountBuilder account, CinCollectionYear? year, Action<long>? progress, CancellationToken cancellationToken) =>
        new CinXmlReader(file, records, account, year, progress, cancellationToken).Read();

    private void Read()
    {
        string? notACensus = null;
        try
        {
            using var stream = ChildrenInNeedReader.Open(_file);
            notACensus = ReadElements(stream);
        }
        catch (CinFileBreak e)
        {
            _account.Reject(new Rejection(_file.Name, e.Line, FileColumn, null, e.Message));
        }
        _progress?.Invoke(_read);
        if (notACensus is not null)
        {
            _account.AddExclusions([new Exclusion(_file.Name, notACensus, 0, 1)]);
            _account.AddFile(new FileAccount(_file.Name, ChildrenInNeedReader.NotRecognised, default));
            return;
        }
        if (_excluded > 0)
        {
            _account.AddExclusions([new Exclusion(_file.Name, CinPlanExclusion, _excluded, _firstExcludedLine)]);
        }
        _account.AddFile(new FileAccount(_file.Name, Table, new RowCounts(_read, _used, _excluded, _rejected)) { CollectionYear = (_censusYear ?? _givenYear)?.ToString() });
    }

    /// <returns>Null when the file is a census; else why it is not, and nothing of it is read.</returns>
    private string? ReadElements(Stream stream)
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
                _lastLine = lines.LineNumber;
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        string name = xml.LocalName;
                        if (path.Count == 0 && name != "Message")
                        {
                            return $"not a CIN census: its root element is {name}, not Message";
                        }
                        path.Add(name);
                        sawChildren |= path is ["Message", "Children"];
                        if (path.SequenceEqual(ReferenceDatePath))
                        {
                            _referenceDate = new System.Text.StringBuilder();
                            _referenceDateLine = lines.LineNumber;
                        }
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
                    case XmlNodeType.Text when _referenceDate is not null && path.SequenceEqual(ReferenceDatePath) && _referenceDate.Length < 64:
                        _referenceDate.Append(xml.Value);
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
        return sawChildren ? null : "not a CIN census: its Message has no Children element";
    }

    /// <summary>
    /// The collection year from the header's ReferenceDate (a census dated 31 March 2024 is 2023-24); a ReferenceDate
    /// that is no date is a warning, and the year given by the caller, if any, is used instead.
    /// </summary>
    private void HeaderRead()
    {
        var text = _referenceDate?.ToString().Trim();
        _referenceDate = null;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        string rule = $"ReferenceDate must be a valid date ({CellParser.DateFormats})";
        if (CinDate.Read(text, out var date) == DateCell.Valid)
        {
            var holding = CinCollectionYear.Holding(date);
            if (holding.InRange)
            {
                // What the census covers: its collection year, 1 April to 31 March (the direction of travel asks).
                _records.CollectionYears.Add(holding.Period);
                _censusYear = holding;
                _year = CinCensusYears.Nearest(holding);
                if (_year != holding)
                {
                    _account.Warn($"{_file.Name}: ReferenceDate {text} is in {holding}, a year with no census schema here; its codes are checked against {_year}'s");
                }
                return;
            }
            // A census dated where no reporting period can lie (31/12/2999 would be 2999-00, ending in 3000) is no year
            // the library can hold: a warning, as an unreadable date is, not a crash.
            rule = $"ReferenceDate must fall in a collection year from {ReportingPeriod.EarliestStart.Year:0000}-{(ReportingPeriod.EarliestStart.Year + 1) % 100:00} to {ReportingPeriod.LatestEnd.Year - 1}-{ReportingPeriod.LatestEnd.Year % 100:00}";
        }
        _account.Find(new ValidationFinding(null, ValidationSeverity.Warn, _file.Name, _referenceDateLine, string.Join('/', ReferenceDatePath), text,
            $"{rule}; the census's collection year is {(_givenYear is { } y ? $"taken as {y}, as given" : "not known, so its codes are checked against every year's")}", null));
    }

    /// <summary>Appends the current text node to <paramref name="node"/> a chunk at a time, refusing the file past <see cref="MaxTextChars"/>.</summary>
    private static void AppendText(XmlReader xml, CinNode node, List<string> path, int line, char[] chunk)
    {
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            if (node.TextLength + read > MaxTextChars)
            {
                throw new CinFileBreak(line, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the text of {string.Join('/', path)} is longer than {MaxTextChars:N0} characters (16 MiB), " +
                    $"the longest value ChildrensKpi reads; the file is not read from this line"));
            }
            node.AppendText(chunk.AsSpan(0, read));
        }
    }

    private void End(List<string> path, Stack<CinNode> open)
    {
        if (path.SequenceEqual(ReferenceDatePath))
        {
            HeaderRead();
        }
        path.RemoveAt(path.Count - 1);
        if (open.Count > 0 && open.Pop() is var node && open.Count == 0)
        {
            Child(node);
        }
    }

    private CinFileBreak Malformed(XmlException e, List<string> path)
    {
        // A DOCTYPE can only come before the root element; say so plainly instead of passing on the parser's words.
        if (path.Count == 0 && DoctypeLine() is { } line)
        {
            return new CinFileBreak(line, "a DOCTYPE was found, but DTDs and external entities are not allowed in a CIN census; the file is not read");
        }
        string where = path.Count == 0 ? "the prolog (before the root element)" : string.Join('/', path);
        return new CinFileBreak(e.LineNumber == 0 ? _lastLine : e.LineNumber,
            $"malformed XML in {where}: {e.Message.TrimEnd('.')}; the file is not read from this line", e);
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
        if (!_records.TryChildId(record.Field("LAchildID"), out var id, out var rejection))
        {
            Reject(rejection!, Rows(child));
        }
        else
        {
            Count(_records.AddChild(id, record), 1);
            // Disability elements are part of the Child row (as its other characteristics are), so they add no rows.
            Disabilities(id, child);
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

    /// <summary>The child's <c>ChildCharacteristics/Disabilities/Disability</c> elements, in order (loops, not queries: read for every child).</summary>
    private void Disabilities(ChildId id, CinNode child)
    {
        foreach (var characteristics in child.Children)
        {
            if (characteristics.Name != "ChildCharacteristics")
            {
                continue;
            }
            foreach (var block in characteristics.Children)
            {
                if (block.Name != "Disabilities")
                {
                    continue;
                }
                foreach (var disability in block.Children)
                {
                    if (disability.Name == "Disability")
                    {
                        _records.AddDisability(id, new CinField(_file.Name, "Disability", "Child/ChildCharacteristics/Disabilities/Disability", disability.Line, disability.Text), _year);
                    }
                }
            }
        }
    }

    private void Referral(ChildId child, CinNode details)
    {
        const string at = "Child/CINdetails";
        var record = Record(details, at);
        if (!CinRules.TryDate(record.Field("CINreferralDate"), out var date, out var rejection))
        {
            Reject(rejection! with { ChildId = child.Value }, Rows(details));
            return;
        }
        Count(_records.AddReferral(child, date, record), 1);
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
        var startField = record.Field("CPPstartDate");
        // A plan's reviews live in it: a rejected plan takes them with it.
        var rejection = CinRules.TryDate(startField, out var start, out var unreadable) ? _records.AddPlan(child, start, record) : unreadable;
        if (rejection is not null)
        {
            Reject(rejection with { ChildId = child.Value }, Rows(plan));
            return;
        }
        _used++;
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
        new(_file.Name, node.Line, _year, name =>
        {
            string relative = itemPath?.Invoke(name) ?? name;
            var item = node.Find(relative);
            return new CinField(_file.Name, name, $"{at}/{relative}", item?.Line ?? node.Line, item?.Text);
        }, ReturnPrecedence.Of(_censusYear ?? _givenYear));

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
