using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>
/// Whether a computation explains its decisions. Reasons are written as interpolated strings handed to
/// <see cref="Decision"/>'s factories with a <see cref="Why"/> beside them, and are only formatted when
/// <see cref="Explain"/> is true: figures-only runs decide every child without building a sentence.
/// </summary>
internal readonly struct Why(bool explain)
{
    /// <summary>Figures only: no reason is formatted.</summary>
    public static Why Silent => default;

    /// <summary>Every reason is formatted.</summary>
    public static Why Explaining { get; } = new(true);

    public bool Explain { get; } = explain;

    /// <summary>The sentence when explaining, else null (the interpolation's holes are not even evaluated).</summary>
    public string? Say([InterpolatedStringHandlerArgument("")] ref ReasonText text) => Explain ? text.Text() : null;

    /// <summary>A sentence already made, kept only when explaining.</summary>
    public string? Say(string text) => Explain ? text : null;
}

/// <summary>Builds a reason's sentence only when its <see cref="Why"/> explains.</summary>
[InterpolatedStringHandler]
internal ref struct ReasonText
{
    private DefaultInterpolatedStringHandler _builder;
    private readonly bool _on;

    public ReasonText(int literalLength, int formattedCount, Why why, out bool shouldAppend)
    {
        _on = shouldAppend = why.Explain;
        _builder = _on ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _builder.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _builder.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _builder.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => _builder.AppendFormatted(value);

    internal string? Text() => _on ? _builder.ToStringAndClear() : null;
}
