using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Worker.Progress;

/// <summary>
/// Counts the articles a set of paths will yield (files, JSON Lines records) so a live display can show an ETA.
/// Best effort: used only for display, never for correctness.
/// </summary>
internal static class InputSizeEstimator
{
    public static async Task<long?> CountAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                return null;
            }

            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                var extension = Path.GetExtension(file);
                if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
                {
                    total += await CountRecordsAsync(file, cancellationToken);
                }
                else if (ArticleReader.IsSupportedFile(file))
                {
                    total++;
                }
            }
        }

        return total;
    }

    private static async Task<long> CountRecordsAsync(string file, CancellationToken cancellationToken)
    {
        long count = 0;
        using var reader = new StreamReader(file);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                count++;
            }
        }

        return count;
    }
}
