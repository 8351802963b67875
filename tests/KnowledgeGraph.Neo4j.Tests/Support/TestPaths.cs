namespace KnowledgeGraph.Neo4j.Tests.Support;

internal static class TestPaths
{
    /// <summary>The repository root: the folder holding KnowledgeGraph.sln above the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The templates copied next to the test binaries (the default Neo4j:TemplatesPath).</summary>
    public static string Templates => Path.Combine(AppContext.BaseDirectory, "cypher");

    /// <summary>The shared data folder: KG_SHARED_DIR, else ../shared next to the repository; null when absent.</summary>
    public static string? SharedDirectory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("KG_SHARED_DIR");
            if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
            {
                return fromEnvironment;
            }

            var sibling = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(sibling) ? sibling : null;
        }
    }

    /// <summary>A fresh copy of the templates folder that a test may break; deleted when disposed.</summary>
    public static TemporaryFolder CopyTemplates()
    {
        var target = new TemporaryFolder("kg-cypher-");
        foreach (var file in Directory.EnumerateFiles(Templates, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target.Path, Path.GetRelativePath(Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}

/// <summary>A folder under the system's temporary folder, removed with its contents when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
