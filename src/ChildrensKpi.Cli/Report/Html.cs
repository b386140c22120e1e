using System.Net;

namespace ChildrensKpi.Cli.Report;

/// <summary>HTML text escaping, in one place so that no value reaches the page unescaped.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>
    /// Encodes an indicator id with a line-break opportunity after each underscore, so that a long id
    /// (<c>CIN_BY_NEED_NOT_STATED</c>) wraps in a narrow column instead of pushing the headline table off a landscape page.
    /// </summary>
    public static string BreakableId(string id) => Encode(id).Replace("_", "_<wbr>", StringComparison.Ordinal);
}
