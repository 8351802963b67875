namespace KnowledgeGraph.Language.Tests;

internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test assembly that holds KnowledgeGraph.sln.</summary>
    public static string? RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    /// <summary>The shared UD folder (../shared/data/ud next to the repository), or null when the repository root is not found.</summary>
    public static string? UdDirectory() =>
        RepositoryRoot() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "ud")) : null;
}
