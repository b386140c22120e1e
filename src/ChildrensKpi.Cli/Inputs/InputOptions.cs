using System.CommandLine;

namespace ChildrensKpi.Cli.Inputs;

/// <summary>The input options every data command takes, named as in the command-line contract.</summary>
internal sealed class InputOptions
{
    private readonly Option<string> _ssda903 = new("--ssda903") { Description = "Folder of SSDA903 files: CSV tables, XML returns or .xlsx workbooks (any years; tables recognised by header).", HelpName = "folder" };
    private readonly Option<string> _cin = new("--cin") { Description = "Children in need census: an XML file, a flat CSV file, or a folder of them.", HelpName = "file-or-folder" };
    private readonly Option<string> _population = new("--population") { Description = "Population CSV (Year, AgeFrom, AgeTo, Population) for rates per 10,000.", HelpName = "csv" };
    private readonly Option<string> _finance = new("--finance") { Description = "Finance CSV (PeriodStart, PeriodEnd, Service, GrossExpenditure) for BVPI51.", HelpName = "csv" };
    private readonly Option<string> _workforce = new("--workforce") { Description = "Workforce CSV (AsAt, Team, PermanentFte, AgencyFte, VacantFte, ...) for the social work staffing indicators.", HelpName = "csv" };
    private readonly Option<string> _targets = new("--targets") { Description = "Targets CSV (Indicator, Year, Target) for RAG ratings.", HelpName = "csv" };
    private readonly Option<string> _bands = new("--bands") { Description = "Bands CSV (Indicator, Year, Band, Lower, Upper) for PAF-style bands.", HelpName = "csv" };
    private readonly Option<string> _collectionYear = new("--collection-year") { Description = CollectionYearDescription, HelpName = "yyyy-yy" };
    private readonly Option<string> _authority = new("--authority") { Description = AuthorityDescription, HelpName = "code" };
    private readonly Option<string> _comparators = new("--comparators") { Description = "Comparators CSV (Indicator, Year, Authority, Value) for rank, quartile and the national figure.", HelpName = "csv" };

    /// <summary>The help of <c>--collection-year</c>, which <c>validate</c> takes too.</summary>
    public const string CollectionYearDescription =
        "Collection year, e.g. 2024-25, of every SSDA903 file (default: per file, from its name, else its latest event date) " +
        "and of the CIN files that name none (flat CSV tables; a census's ReferenceDate decides its own).";

    /// <summary>The help of <c>--authority</c>, which <c>validate</c> takes too.</summary>
    public const string AuthorityDescription =
        "Read only this authority's rows of SSDA903 files pooled with an LA column (CHILD ids as written); without it, every authority's, each child's id scoped by its LA.";

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _ssda903, _collectionYear, _authority, _cin, _population, _finance, _workforce, _targets, _bands, _comparators })
        {
            command.Options.Add(option);
        }
    }

    public InputArguments From(ParseResult parseResult) => new(
        parseResult.GetValue(_ssda903),
        parseResult.GetValue(_cin),
        parseResult.GetValue(_population),
        parseResult.GetValue(_finance),
        parseResult.GetValue(_workforce),
        parseResult.GetValue(_targets),
        parseResult.GetValue(_bands),
        parseResult.GetValue(_comparators),
        parseResult.GetValue(_collectionYear),
        parseResult.GetValue(_authority));
}
