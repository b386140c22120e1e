using System.Net;
using System.Text;

namespace ChildrensKpi.Interactive;

/// <summary>An HTML table from headings and rows of text, every cell escaped, so that no value reaches the notebook unescaped.</summary>
internal static class HtmlTable
{
    public static string Of(string? caption, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var html = new StringBuilder("<table>");
        if (caption is not null)
        {
            html.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>");
        }
        html.Append("<thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(heading)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            if (row.Count != headings.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {headings.Count} headings.", nameof(rows));
            }
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell ?? "")).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }
}
