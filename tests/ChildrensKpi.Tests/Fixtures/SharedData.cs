namespace ChildrensKpi.Tests.Fixtures;

/// <summary>
/// The team's shared reference and conformance data, <c>../shared</c> from the repository root (not part of the
/// repository). Tests on it use <see cref="SharedDataFactAttribute"/>: skipped with a reason where the folder is absent,
/// failed instead when <c>CKPI_REQUIRE_SHARED=1</c> (as <c>.ci/run</c> sets), so that CI cannot pass by skipping them.
/// </summary>
internal static class SharedData
{
    /// <summary>The environment variable that turns a missing shared folder from a skip into a failure.</summary>
    public const string RequireVariable = "CKPI_REQUIRE_SHARED";

    /// <summary>The shared folder, whether or not it exists.</summary>
    public static string Root { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared"));

    public static bool IsPresent => Directory.Exists(Root);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>A path inside the shared folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The shared folder is absent (only reached when it is required).</exception>
    public static string Path(params string[] parts) => IsPresent
        ? System.IO.Path.Combine([Root, .. parts])
        : throw new DirectoryNotFoundException($"{Root} is missing and {RequireVariable}=1 requires it.");
}
