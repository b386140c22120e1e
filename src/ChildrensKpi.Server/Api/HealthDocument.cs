namespace ChildrensKpi.Server.Api;

/// <summary><c>GET /health</c>: <c>{"status":"ok"}</c> while the server answers.</summary>
internal sealed record HealthDocument(string Status);
