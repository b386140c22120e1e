using System.Text;

namespace ChildrensKpi.Readers;

/// <summary>An element of one <c>Child</c> of a CIN census, held in memory only while that child is validated.</summary>
internal sealed class CinNode(string name, long line)
{
    private StringBuilder? _text;

    public string Name { get; } = name;

    public long Line { get; } = line;

    public List<CinNode> Children { get; } = [];

    /// <summary>The element's own text, trimmed; null when it has none.</summary>
    public string? Text => _text?.ToString().Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The length of the text appended so far, untrimmed.</summary>
    public int TextLength => _text?.Length ?? 0;

    public void AppendText(ReadOnlySpan<char> text) => (_text ??= new StringBuilder()).Append(text);

    public IEnumerable<CinNode> Named(string name) => Children.Where(c => c.Name == name);

    /// <summary>The first element at <paramref name="relativePath"/> (names joined by <c>/</c>) below this one, or null.</summary>
    public CinNode? Find(string relativePath)
    {
        var node = this;
        foreach (var name in relativePath.Split('/'))
        {
            node = node.Children.Find(c => c.Name == name);
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }
}
