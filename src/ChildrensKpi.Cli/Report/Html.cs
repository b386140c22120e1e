using System.Net;

namespace ChildrensKpi.Cli.Report;

/// <summary>HTML text escaping, in one place so that no value reaches the page unescaped.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
