using System.Collections.Immutable;

namespace ChildrensKpi.Server.Requests;

/// <summary>A child protection plan (<see cref="ProtectionPlan"/>) with its review dates.</summary>
internal sealed record PlanRecord(
    string? Child,
    string? Start,
    string? End = null,
    string? InitialCategory = null,
    int? NumberOfPreviousPlans = null,
    ImmutableArray<string>? Reviews = null);
