using System.CommandLine;
using ChildrensKpi.Cli.Output;

namespace ChildrensKpi.Cli.Validate;

/// <summary>The <c>validate</c> command of cli-contract.md: every validation finding, without computing indicators.</summary>
internal static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var ssda903 = new Option<string>("--ssda903") { Description = "Folder of SSDA903 files: CSV, the XML return or Excel workbooks (any years; tables recognised by header).", HelpName = "folder" };
        var cin = new Option<string>("--cin") { Description = "Children in need census: an XML file, a flat CSV file, or a folder of them.", HelpName = "file-or-folder" };
        var yearEnding = new Option<string>("--year-ending") { Description = "Last day of the period, yyyy-mm-dd (checked, and shown in the output; the rules themselves need no period).", HelpName = "yyyy-mm-dd" };
        var collectionYear = new Option<string>("--collection-year") { Description = Inputs.InputOptions.CollectionYearDescription, HelpName = "yyyy-yy" };
        var authority = new Option<string>("--authority") { Description = Inputs.InputOptions.AuthorityDescription, HelpName = "code" };
        // The help names the formats validate writes, not every OutputFormat (it writes no Parquet).
        var format = new Option<OutputFormat?>("--format") { Description = "table, csv or json (default: table on a terminal, json when redirected or with --output); with --dfe also xlsx (needs --output).", HelpName = "table|csv|json|xlsx" };
        var pseudonymiseKey = new PseudonymKeyOptions("In every finding");

        var dfe = new Option<bool>("--dfe") { Description = "Run the DfE's validation rules of the return's collection year instead, SSDA903 (--ssda903: its CSV files, XML returns and workbooks) or CIN census (--cin, one file) (each rule's outcome and each finding: rule, kind, table, file, line, fields, value, child)." };
        var previous = new Option<string>("--previous") { Description = "With --dfe: folder of last year's SSDA903 return (CSV, XML or workbooks), for the rules that compare with last year.", HelpName = "folder" };
        var output = new Option<string>("--output") { Description = "With --dfe: write the result to this file instead of standard output; with --format xlsx, the workbook (a Findings and a Rules sheet).", HelpName = "file" };
        var postcodes = new Option<string>("--postcodes") { Description = "With --dfe --ssda903: a postcode lookup CSV (Postcode, Easting, Northing, LaCode), for the rules on the placement's LA, location and distance (without it they are reported not run).", HelpName = "csv" };
        var ofstedProviders = new Option<string>("--ofsted-providers") { Description = "With --dfe --ssda903: the Ofsted provider lists, a CSV (Urn, PlaceCodes, ProviderCodes, Postcode, LaCode, RegistrationEnd), for the URN rules (1008, 219, 221, 224, 227, 228, 229; without it they are reported not run).", HelpName = "csv" };
        var laNumbers = new Option<string>("--la-numbers") { Description = "With --dfe --ssda903: the DfE's local authority numbers, a CSV with a LaNumber column (three digits, e.g. 201), for rule 633 on LA_PERM (without it, reported not run).", HelpName = "csv" };
        var laCode = new Option<string>("--la-code") { Description = "With --dfe: the council's local authority code (e.g. E09000027), for the rules that need it; on pooled files, by default each authority's LA value when it is such a code.", HelpName = "code" };

        var command = new Command("validate", "List every validation finding (rule id, severity, file, line, column, value, message, child id); exit 1 when a row is rejected. With --dfe, the DfE's rules instead; exit 1 when a rule of kind error flags a row.")
        {
            ssda903, collectionYear, authority, cin, yearEnding, format, dfe, previous, laCode, postcodes, ofstedProviders, laNumbers, output,
        };
        pseudonymiseKey.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(ValidateRunner.Run(
            new ValidateArguments(parseResult.GetValue(ssda903), parseResult.GetValue(cin), parseResult.GetValue(yearEnding), parseResult.GetValue(format), pseudonymiseKey.From(parseResult),
                parseResult.GetValue(collectionYear), parseResult.GetValue(dfe), parseResult.GetValue(previous), parseResult.GetValue(laCode), parseResult.GetValue(output), parseResult.GetValue(authority),
                parseResult.GetValue(postcodes), parseResult.GetValue(ofstedProviders), parseResult.GetValue(laNumbers)),
            terminal, cancellationToken)));
        return command;
    }
}
