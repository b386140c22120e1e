namespace ChildrensKpi.Tests.Fixtures;

/// <summary>
/// The shared conformance and reference material, <c>../shared</c> beside the repository (CI checks it out there). A
/// test that reads it is a <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/>: skipped,
/// with the reason, when the folder is absent, unless <c>CKPI_REQUIRE_SHARED=1</c> (as <c>.ci/run</c> sets), when it
/// runs and fails on the missing folder, so that CI cannot pass by skipping.
/// </summary>
internal static class SharedData
{
    public const string RequireVariable = "CKPI_REQUIRE_SHARED";

    public static string Root { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared"));

    public static bool IsPresent => Directory.Exists(Root);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why a shared-data test is skipped, or null when it runs.</summary>
    public static string? SkipReason => IsPresent || IsRequired
        ? null
        : $"Needs the shared conformance data at {Root} (absent); set {RequireVariable}=1 to fail instead of skipping.";

    /// <summary>A path inside the shared folder, which must exist.</summary>
    /// <exception cref="DirectoryNotFoundException">The shared folder is absent (only reached when it is required).</exception>
    public static string Path(params string[] parts)
    {
        if (!IsPresent)
        {
            throw new DirectoryNotFoundException($"{RequireVariable}=1 but the shared conformance data is not at {Root}.");
        }
        return System.IO.Path.Combine([Root, .. parts]);
    }
}
