using System.Collections.Immutable;
using System.Globalization;
using System.Xml;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// Reads one CIN census XML file into <see cref="CinReturnTables"/>: every element the rules name, as written, with
/// its path (1-based positions among same-name siblings) and source line. One <c>Child</c> at a time is held as a
/// small tree (<see cref="CinNode"/>, the indicator reader's), then flattened into the tables. The XML is read with the
/// indicator reader's settings (no DTD, no resolver; declared encodings such as windows-1252 understood).
/// </summary>
internal sealed class CinReturnReader
{
    private readonly string _file;
    private CinHeaderRow? _header;
    private readonly ImmutableArray<CinChildRow>.Builder _children = ImmutableArray.CreateBuilder<CinChildRow>();
    private readonly ImmutableArray<CinDisabilityRow>.Builder _disabilities = ImmutableArray.CreateBuilder<CinDisabilityRow>();
    private readonly ImmutableArray<CinDetailsRow>.Builder _details = ImmutableArray.CreateBuilder<CinDetailsRow>();
    private readonly ImmutableArray<CinAssessmentRow>.Builder _assessments = ImmutableArray.CreateBuilder<CinAssessmentRow>();
    private readonly ImmutableArray<CinPlanDatesRow>.Builder _planDates = ImmutableArray.CreateBuilder<CinPlanDatesRow>();
    private readonly ImmutableArray<CinSection47Row>.Builder _section47 = ImmutableArray.CreateBuilder<CinSection47Row>();
    private readonly ImmutableArray<CinProtectionPlanRow>.Builder _plans = ImmutableArray.CreateBuilder<CinProtectionPlanRow>();
    private readonly ImmutableArray<CinReviewRow>.Builder _reviews = ImmutableArray.CreateBuilder<CinReviewRow>();

    private CinReturnReader(string file) => _file = file;

    /// <summary>Reads <paramref name="stream"/> (the file named <paramref name="file"/>).</summary>
    /// <exception cref="InputFileException">The file is not well-formed XML, or its root is not <c>Message</c>.</exception>
    public static CinReturnTables Read(string file, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new CinReturnReader(file);
        try
        {
            reader.ReadElements(stream, cancellationToken);
        }
        catch (XmlException e)
        {
            throw new InputFileException(file, $"'{file}' is not well-formed XML (line {e.LineNumber}): {e.Message}", e);
        }
        return reader.Tables();
    }

    private void ReadElements(Stream stream, CancellationToken cancellationToken)
    {
        using var xml = XmlReader.Create(stream, CinXmlReader.Settings);
        var lines = (IXmlLineInfo)xml;
        var names = new List<string>();
        var open = new Stack<CinNode>();
        int headers = 0, childrenBlocks = 0, childInBlock = 0;
        string? subtreePath = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    string name = xml.LocalName;
                    if (names.Count == 0 && name != "Message")
                    {
                        throw new InputFileException(_file, $"'{_file}' is not a CIN census: its root element is {name}, not Message.");
                    }
                    names.Add(name);
                    if (open.Count == 0)
                    {
                        if (names is ["Message", "Header"])
                        {
                            subtreePath = $"/Message/Header[{++headers}]";
                        }
                        else if (names is ["Message", "Children"])
                        {
                            childrenBlocks++;
                            childInBlock = 0;
                        }
                        else if (names is ["Message", "Children", "Child"])
                        {
                            subtreePath = $"/Message/Children[{childrenBlocks}]/Child[{++childInBlock}]";
                            cancellationToken.ThrowIfCancellationRequested();
                        }
                    }
                    if (subtreePath is not null)
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
                        End(names, open, ref subtreePath);
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when open.Count > 0:
                    var text = xml.Value;
                    // The indicator reader's limit on one element's text: no census item is near it, so such a file is refused.
                    if (open.Peek().TextLength + text.Length > CinXmlReader.MaxTextChars)
                    {
                        throw new InputFileException(_file, string.Create(CultureInfo.InvariantCulture,
                            $"'{_file}': the text of {string.Join('/', names)} (line {lines.LineNumber}) is longer than {CinXmlReader.MaxTextChars:N0} characters; the file is not read."));
                    }
                    open.Peek().AppendText(text);
                    break;
                case XmlNodeType.EndElement:
                    End(names, open, ref subtreePath);
                    break;
            }
        }
    }

    private void End(List<string> names, Stack<CinNode> open, ref string? subtreePath)
    {
        names.RemoveAt(names.Count - 1);
        if (open.Count == 0)
        {
            return;
        }
        var node = open.Pop();
        if (open.Count > 0)
        {
            return;
        }
        if (node.Name == "Header")
        {
            // The first header is the census's; a second one is not read (the schema allows one).
            _header ??= new CinHeaderRow(subtreePath!, node.Line, CinDay.Of(node.Find("CollectionDetails/ReferenceDate")?.Text));
        }
        else
        {
            Child(node, subtreePath!);
        }
        subtreePath = null;
    }

    private void Child(CinNode child, string path)
    {
        int index = _children.Count;
        var identifiers = First(child, "ChildIdentifiers", path);
        var characteristics = First(child, "ChildCharacteristics", path);
        int firstDisability = _disabilities.Count;
        foreach (var (block, blockPath) in Positioned(characteristics.Node?.Named("Disabilities"), characteristics.Path))
        {
            foreach (var (disability, disabilityPath) in Positioned(block.Named("Disability"), blockPath))
            {
                _disabilities.Add(new CinDisabilityRow(index, disabilityPath, disability.Line, disability.Text));
            }
        }
        int firstDetails = _details.Count;
        foreach (var (details, detailsPath) in Positioned(child.Named("CINdetails"), path))
        {
            Details(index, details, detailsPath);
        }
        var id = identifiers.Node;
        _children.Add(new CinChildRow(index, id is null ? path : identifiers.Path, id?.Line ?? child.Line,
            Text(id, "LAchildID"), Text(id, "UPN"), Text(id, "FormerUPN"), Text(id, "UPNunknown"),
            Day(id, "PersonBirthDate"), Day(id, "ExpectedPersonBirthDate"), Text(id, "Sex"), Text(id, "GenderCurrent"), Day(id, "PersonDeathDate"),
            Text(characteristics.Node, "Ethnicity"), characteristics.Path, characteristics.Node?.Line ?? child.Line,
            firstDetails, _details.Count - firstDetails, firstDisability, _disabilities.Count - firstDisability));
    }

    private void Details(int child, CinNode details, string path)
    {
        int index = _details.Count;
        // The row is added first, so that the nested rows can name it, and replaced with the ranges once they are read.
        _details.Add(null!);
        int assessments = _assessments.Count, planDates = _planDates.Count, section47 = _section47.Count, plans = _plans.Count;
        foreach (var (node, at) in Positioned(details.Named("Assessments"), path))
        {
            var factors = node.Named("FactorsIdentifiedAtAssessment").SelectMany(f => f.Named("AssessmentFactors"))
                .Select(f => f.Text).OfType<string>();
            _assessments.Add(new CinAssessmentRow(child, index, at, node.Line, Day(node, "AssessmentActualStartDate"),
                Day(node, "AssessmentAuthorisationDate"), [.. factors]));
        }
        foreach (var (node, at) in Positioned(details.Named("CINPlanDates"), path))
        {
            _planDates.Add(new CinPlanDatesRow(child, index, at, node.Line, Day(node, "CINPlanStartDate"), Day(node, "CINPlanEndDate")));
        }
        foreach (var (node, at) in Positioned(details.Named("Section47"), path))
        {
            _section47.Add(new CinSection47Row(child, index, at, node.Line, Day(node, "S47ActualStartDate"), Day(node, "InitialCPCtarget"),
                Day(node, "DateOfInitialCPC"), Text(node, "ICPCnotRequired")));
        }
        foreach (var (node, at) in Positioned(details.Named("ChildProtectionPlans"), path))
        {
            int plan = _plans.Count, reviews = _reviews.Count;
            foreach (var (block, blockPath) in Positioned(node.Named("Reviews"), at))
            {
                bool any = false;
                foreach (var (date, datePath) in Positioned(block.Named("CPPreviewDate"), blockPath))
                {
                    any = true;
                    _reviews.Add(new CinReviewRow(child, index, plan, datePath, date.Line, CinDay.Of(date.Text)));
                }
                if (!any)
                {
                    _reviews.Add(new CinReviewRow(child, index, plan, blockPath, block.Line, CinDay.Absent));
                }
            }
            _plans.Add(new CinProtectionPlanRow(child, index, at, node.Line, Day(node, "CPPstartDate"), Day(node, "CPPendDate"),
                Text(node, "InitialCategoryOfAbuse"), Text(node, "LatestCategoryOfAbuse"), Text(node, "NumberOfPreviousCPP"),
                reviews.._reviews.Count));
        }
        _details[index] = new CinDetailsRow(child, index, path, details.Line, Day(details, "CINreferralDate"), Text(details, "ReferralSource"),
            Text(details, "PrimaryNeedCode"), Day(details, "CINclosureDate"), Text(details, "ReasonForClosure"), Day(details, "DateOfInitialCPC"),
            Text(details, "ReferralNFA"), assessments.._assessments.Count, planDates.._planDates.Count, section47.._section47.Count,
            plans.._plans.Count);
    }

    private CinReturnTables Tables()
    {
        var reference = _header?.ReferenceDate ?? CinDay.Absent;
        return new CinReturnTables
        {
            File = _file,
            Header = _header,
            // The census year ends on the reference date and starts the day after it a year before (the councils'
            // validator: ReferenceDate - 1 year + 1 day; 2022-07-21 gives 2021-07-22).
            PeriodStart = reference.IsDate ? DayNumbers.PlusYears(reference.Day, -1) + 1 : DayNumbers.None,
            PeriodEnd = reference.IsDate ? reference.Day : DayNumbers.None,
            Children = _children.ToImmutable(),
            Disabilities = _disabilities.ToImmutable(),
            Details = _details.ToImmutable(),
            Assessments = _assessments.ToImmutable(),
            PlanDates = _planDates.ToImmutable(),
            Section47 = _section47.ToImmutable(),
            Plans = _plans.ToImmutable(),
            Reviews = _reviews.ToImmutable(),
        };
    }

    /// <summary>Each element with its path: <paramref name="parent"/> plus <c>/Name[n]</c>, n its 1-based position among same-name siblings.</summary>
    private static IEnumerable<(CinNode Node, string Path)> Positioned(IEnumerable<CinNode>? nodes, string parent)
    {
        if (nodes is null)
        {
            yield break;
        }
        int position = 0;
        foreach (var node in nodes)
        {
            yield return (node, string.Create(CultureInfo.InvariantCulture, $"{parent}/{node.Name}[{++position}]"));
        }
    }

    private static (CinNode? Node, string Path) First(CinNode parent, string name, string parentPath) =>
        (parent.Named(name).FirstOrDefault(), $"{parentPath}/{name}[1]");

    private static string? Text(CinNode? node, string item) => node?.Find(item)?.Text;

    private static CinDay Day(CinNode? node, string item) => CinDay.Of(Text(node, item));
}
