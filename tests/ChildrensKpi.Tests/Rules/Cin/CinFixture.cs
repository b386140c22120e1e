using System.Collections.Immutable;
using System.Text;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// Small in-memory CIN censuses for the rule tests: the census of 2025-26 (ReferenceDate 2026-03-31, so the census
/// period is 2025-04-01 to 2026-03-31) with the children given, run through <see cref="CinReturnValidator"/> with the
/// 2025-26 rule list. A child's XML is its content; <c>&lt;/Child&gt;&lt;Child&gt;</c> inside it starts a second child.
/// </summary>
internal static class CinFixture
{
    public const string Reference = "2026-03-31";
    public const string C1 = "/Message/Children[1]/Child[1]";
    public const string C2 = "/Message/Children[1]/Child[2]";
    public const string Id1 = C1 + "/ChildIdentifiers[1]";
    public const string Id2 = C2 + "/ChildIdentifiers[1]";
    public const string Ch1 = C1 + "/ChildCharacteristics[1]";
    public const string D1 = C1 + "/CINdetails[1]";
    public const string D2 = C1 + "/CINdetails[2]";
    public const string A1 = D1 + "/Assessments[1]";
    public const string A2 = D1 + "/Assessments[2]";
    public const string S1 = D1 + "/Section47[1]";
    public const string S2 = D1 + "/Section47[2]";
    public const string P1 = D1 + "/ChildProtectionPlans[1]";
    public const string P2 = D1 + "/ChildProtectionPlans[2]";
    public const string Pl1 = D1 + "/CINPlanDates[1]";
    public const string Pl2 = D1 + "/CINPlanDates[2]";
    public const string Dis = Ch1 + "/Disabilities[1]/Disability";

    /// <summary>ChildIdentifiers opening with LAchildID C1 (close with <see cref="EndId"/>).</summary>
    public const string Id = "<ChildIdentifiers><LAchildID>C1</LAchildID>";
    public const string EndId = "</ChildIdentifiers>";

    /// <summary>A born child with a valid UPN, date of birth and sex, for rules that look past the identifiers.</summary>
    public const string Born = Id + "<PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex>" + EndId;

    public static string Census(string referenceDate, string[] children) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>{referenceDate}</ReferenceDate></CollectionDetails></Header>\n<Children>\n"
        + string.Concat(children.Select(c => $"<Child>{c}</Child>\n")) + "</Children>\n</Message>\n";

    public static DfeValidation Run(string referenceDate, params string[] children) => RunIn(new CollectionYear(2025), referenceDate, children);

    public static DfeValidation RunIn(CollectionYear year, string referenceDate, params string[] children)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Census(referenceDate, children));
        return CinReturnValidator.Validate(new InputFile("fixture.xml", () => new MemoryStream(bytes)), year);
    }

    /// <summary>The locators <paramref name="code"/> flags on the 2025-26 census of <paramref name="children"/>, sorted.</summary>
    public static string[] Flagged(string code, params string[] children) => FlaggedOn(code, Reference, children);

    public static string[] FlaggedOn(string code, string referenceDate, params string[] children) =>
        FlaggedIn(new CollectionYear(2025), code, referenceDate, children);

    /// <summary>The locators <paramref name="code"/> of <paramref name="year"/>'s list flags, sorted.</summary>
    public static string[] FlaggedIn(CollectionYear year, string code, string referenceDate, params string[] children)
    {
        var validation = RunIn(year, referenceDate, children);
        var outcome = Assert.Single(validation.Outcomes, o => o.Rule.Code == code);
        Assert.Equal(DfeRuleStatus.Ran, outcome.Status);
        return [.. validation.Findings.Where(f => f.RuleId == "CIN-" + code).Select(f => f.Locator).Order(StringComparer.Ordinal)];
    }

    /// <summary>The expected locators of a theory row: space-separated, sorted; empty for none.</summary>
    public static string[] Expected(string locators) =>
        [.. locators.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    public static ImmutableArray<string> Codes => [.. DfeRuleList.For(DfeReturn.ChildrenInNeed, new CollectionYear(2025)).Select(r => r.Code)];
}
