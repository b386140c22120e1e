using System.Collections.Immutable;

namespace ChildrensKpi.Server.Api;

/// <summary>How a request of one kind supplies each kind of input, for messages and the catalogue.</summary>
internal sealed record InputNames(string LookedAfter, string ChildrenInNeed, string Population, string Finance, string Workforce)
{
    /// <summary>Multipart form fields.</summary>
    public static InputNames Upload { get; } = new("ssda903", "cin", "population", "finance", "workforce");

    /// <summary>JSON request properties (the first of each kind's properties: the one without which it has no records).</summary>
    public static InputNames Records { get; } = new("episodes", "referrals", "population", "finance", "workforce");

    public string For(IndicatorInputKinds kind) => kind switch
    {
        IndicatorInputKinds.LookedAfter => LookedAfter,
        IndicatorInputKinds.ChildrenInNeed => ChildrenInNeed,
        IndicatorInputKinds.Population => Population,
        IndicatorInputKinds.Finance => Finance,
        IndicatorInputKinds.Workforce => Workforce,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Name one kind of input at a time."),
    };

    /// <summary>The single kinds in <paramref name="kinds"/>, in declaration order.</summary>
    public static ImmutableArray<IndicatorInputKinds> Kinds(IndicatorInputKinds kinds) =>
        [.. new[] { IndicatorInputKinds.LookedAfter, IndicatorInputKinds.ChildrenInNeed, IndicatorInputKinds.Population, IndicatorInputKinds.Finance, IndicatorInputKinds.Workforce }.Where(k => kinds.HasFlag(k))];
}
