using System.Text;

namespace KnowledgeGraph.Testing;

/// <summary>A fresh folder under the system temp folder, deleted (best effort) when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kg-tests-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes UTF-8 text (no BOM) to a path relative to the folder, creating subfolders; returns the full path.</summary>
    public string Write(string relativePath, string content) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
            // A test that made a folder read-only on purpose; the OS temp cleaner gets it.
        }
    }
}
