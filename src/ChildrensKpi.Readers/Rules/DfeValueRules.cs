using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The DfE rule that a value the readers cannot use breaks, by table and column (SSDA903) or by item (CIN census): the
/// code a rejection or a warning names in <see cref="Rejection.DfeRuleId"/>, so that the row account says, in the
/// DfE's terms, which rule decided each row, and <c>validate --dfe</c> can tell the rules that cost a row for the
/// indicators from those that do not.
/// </summary>
/// <remarks>
/// <para>An SSDA903 value is "not a valid date" or "not a valid code" in the DfE's words (903-141 DECOM, 903-146
/// PLACE, ...), whether it is unreadable, empty where required, outside the supported years (SSDA903-E008: the DfE's
/// tools cannot read such a date either) or a code not valid in the return's year. Each code here is in the DfE's rule
/// list of every collection year in which its table is collected (a test reads them).</para>
/// <para>A CIN census item is named only where the DfE's rule is about that item alone being missing or invalid
/// (CIN-8500 LAchildID, CIN-8650 PrimaryNeedCode, ...); the census's own date checks are its XML schema's, which has no
/// rule code. The checks between two values (DEC before DECOM, a plan ending before it starts) name their DfE rule on
/// the <see cref="ValidationRule"/> (<see cref="ValidationRule.DfeRuleId"/>) or where they are made.</para>
/// </remarks>
internal static class DfeValueRules
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Ssda903Columns =
        new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["Header"] = new() { ["SEX"] = "101", ["DOB"] = "102", ["ETHNIC"] = "103", ["UASC"] = "105", ["UPN"] = "168", ["MC_DOB"] = "171" },
            ["Episodes"] = new()
            {
                ["DECOM"] = "141", ["RNE"] = "143", ["LS"] = "144", ["CIN"] = "145", ["PLACE"] = "146", ["DEC"] = "147",
                ["REC"] = "149", ["PL_DISTANCE"] = "164", ["PL_LA"] = "169", ["PLACE_PROVIDER"] = "178", ["PL_LOCATION"] = "179",
                ["REASON_PLACE_CHANGE"] = "1009",
            },
            ["UASC"] = new() { ["DUC"] = "104" },
            ["AD1"] = new()
            {
                ["DATE_INT"] = "112", ["DATE_MATCH"] = "113", ["FOSTER_CARE"] = "114", ["NB_ADOPTR"] = "175",
                ["SEX_ADOPTR"] = "176", ["LS_ADOPTR"] = "177",
            },
            ["PlacedAdoption"] = new() { ["DATE_PLACED"] = "115", ["DATE_PLACED_CEASED"] = "116", ["REASON_PLACED_CEASED"] = "120" },
            ["OC2"] = new() { ["SDQ_SCORE"] = "180", ["SDQ_REASON"] = "196" },
            ["OC3"] = new() { ["IN_TOUCH"] = "131", ["ACTIV"] = "132", ["ACCOM"] = "133" },
            ["Reviews"] = new() { ["REVIEW"] = "166", ["REVIEW_CODE"] = "167" },
            ["Missing"] = new() { ["MIS_START"] = "1004", ["MIS_END"] = "1005", ["MISSING"] = "1006" },
            ["PrevPerm"] = new() { ["PREV_PERM"] = "631", ["LA_PERM"] = "633" },
            ["SWEpisodes"] = new() { ["SW_DECOM"] = "SW04STG1", ["SW_DEC"] = "SW05STG1", ["SW_REASON"] = "SW13STG1" },
            ["DoLo"] = new() { ["DOLO_START"] = "700", ["DOLO_END"] = "701" },
        }.ToFrozenDictionary(
            t => t.Key,
            t => t.Value.ToFrozenDictionary(c => c.Key, c => Ssda903Prefix + c.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>The CIN items whose unusable value rejects its record, and the DfE rule that says so.</summary>
    private static readonly FrozenDictionary<string, string> CinRejectingItems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LAchildID"] = "8500", ["CINreferralDate"] = "8600", ["CPPstartDate"] = "8720", ["CPPreviewDate"] = "8842Q",
    }.ToFrozenDictionary(c => c.Key, c => CinPrefix + c.Value, StringComparer.Ordinal);

    /// <summary>The CIN items read leniently (a bad value is a warning and dropped, the record used), and their DfE rule.</summary>
    private static readonly FrozenDictionary<string, string> CinLenientItems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ethnicity"] = "4220", ["Disability"] = "8540", ["ReferralNFA"] = "8568", ["ReasonForClosure"] = "8640",
        ["PrimaryNeedCode"] = "8650", ["ReferralSource"] = "8866", ["InitialCategoryOfAbuse"] = "8905",
        ["LatestCategoryOfAbuse"] = "8910",
    }.ToFrozenDictionary(c => c.Key, c => CinPrefix + c.Value, StringComparer.Ordinal);

    private const string Ssda903Prefix = "903-";
    private const string CinPrefix = "CIN-";

    /// <summary>The SSDA903 tables named here and their columns' rules, for the readers' schemas.</summary>
    public static FrozenDictionary<string, string> Ssda903Table(string table) =>
        Ssda903Columns.TryGetValue(table, out var columns) ? columns : FrozenDictionary<string, string>.Empty;

    /// <summary>The DfE rule a CIN item's unusable value breaks (<c>CIN-8600</c>), or null when the DfE has none of its own.</summary>
    public static string? CinItem(string item) =>
        CinRejectingItems.TryGetValue(item, out var rule) ? rule : CinLenientItems.GetValueOrDefault(item);

    /// <summary>Every (table, column or item, rule id) named here, for the test that each is in the DfE's lists.</summary>
    internal static IEnumerable<(DfeReturn Return, string Table, string Column, string RuleId)> All() =>
        Ssda903Columns.SelectMany(t => t.Value.Select(c => (DfeReturn.Ssda903, t.Key, c.Key, c.Value)))
            .Concat(CinRejectingItems.Concat(CinLenientItems).Select(c => (DfeReturn.ChildrenInNeed, "", c.Key, c.Value)));

    /// <summary>
    /// The DfE rules whose breaking rows the readers reject, so that the indicators do not use them: the rules of the
    /// values above that reject (every SSDA903 one, the CIN rejecting items) and the <see cref="ValidationRules"/> of
    /// severity Reject that name a DfE rule. The other DfE rules (most queries, and the errors about values the
    /// indicators read leniently or not at all) are reported by <c>validate --dfe</c> and cost no row.
    /// </summary>
    public static ImmutableHashSet<string> RejectingRowRules { get; } =
    [
        .. Ssda903Columns.Values.SelectMany(c => c.Values),
        .. CinRejectingItems.Values,
        .. ValidationRules.All.Where(r => r.Severity == ValidationSeverity.Reject && r.DfeRuleId is not null).Select(r => r.DfeRuleId!),
        .. Ssda903.EndBeforeStartRule.All.Select(r => r.DfeRuleId),
    ];
}
