using System.Globalization;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// What a folder holds for the reader: the article files it will read (ordinal path order) and the files it skips
/// because of their type. Hidden files and folders are skipped without being counted (editor and system litter).
/// </summary>
public sealed record FolderListing(IReadOnlyList<string> ArticleFiles, IReadOnlyDictionary<string, int> UnsupportedByExtension, string? Error)
{
    public int Unsupported => UnsupportedByExtension.Values.Sum();

    /// <summary>Why a folder gives no article at all, naming what it skipped; null when it has article files.</summary>
    public string? NothingToReadReason => ArticleFiles.Count > 0 || Error is not null
        ? null
        : Unsupported == 0
            ? $"contains no article files (an empty folder; supported: {InputInventory.SupportedList})"
            : string.Create(CultureInfo.InvariantCulture,
                $"contains no article files: {Unsupported} file(s) skipped with an unsupported type ({InputInventory.DescribeExtensions(UnsupportedByExtension)}; supported: {InputInventory.SupportedList})");
}

/// <summary>
/// What a set of input paths holds before it is read, so that <c>ingest</c> and <c>extract</c> can say what they found
/// and what they skipped (and why) instead of reporting zero articles without a word.
/// </summary>
public sealed record InputInventory(
    int Folders,
    int Files,
    int Missing,
    bool StandardInput,
    int ArticleFiles,
    IReadOnlyDictionary<string, int> UnsupportedByExtension)
{
    public const string SupportedList = ".txt, .md, .html, .htm, .json, .jsonl";

    private static readonly string[] SupportedExtensions = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"];

    private static readonly EnumerationOptions FolderEnumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        // Bounds the walk should a symbolic link make the folder tree cyclic.
        MaxRecursionDepth = 32,
    };

    public int Unsupported => UnsupportedByExtension.Values.Sum();

    public static bool IsSupportedExtension(string extension) =>
        SupportedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks at each path (<c>-</c> is standard input) without reading any file.</summary>
    public static InputInventory Of(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        int folders = 0, files = 0, missing = 0, articleFiles = 0;
        var standardInput = false;
        var unsupported = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                standardInput = true;
            }
            else if (Directory.Exists(path))
            {
                folders++;
                var listing = ListFolder(path);
                articleFiles += listing.ArticleFiles.Count;
                foreach (var (extension, count) in listing.UnsupportedByExtension)
                {
                    unsupported[extension] = unsupported.GetValueOrDefault(extension) + count;
                }
            }
            else if (File.Exists(path))
            {
                files++;
                var extension = Path.GetExtension(path);
                if (IsSupportedExtension(extension))
                {
                    articleFiles++;
                }
                else
                {
                    unsupported[ExtensionName(extension)] = unsupported.GetValueOrDefault(ExtensionName(extension)) + 1;
                }
            }
            else
            {
                missing++;
            }
        }

        return new InputInventory(folders, files, missing, standardInput, articleFiles, unsupported);
    }

    /// <summary>Every file under a folder, recursively: the article files sorted by ordinal path, the others counted.</summary>
    public static FolderListing ListFolder(string folder)
    {
        try
        {
            var articleFiles = new List<string>();
            var unsupported = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in Directory.EnumerateFiles(folder, "*", FolderEnumeration))
            {
                var name = Path.GetFileName(file);
                if (name.Length == 0 || name[0] == '.' || IsInHiddenFolder(folder, file))
                {
                    continue;
                }

                var extension = Path.GetExtension(name);
                if (IsSupportedExtension(extension))
                {
                    articleFiles.Add(file);
                }
                else
                {
                    unsupported[ExtensionName(extension)] = unsupported.GetValueOrDefault(ExtensionName(extension)) + 1;
                }
            }

            articleFiles.Sort(StringComparer.Ordinal);
            return new FolderListing(articleFiles, unsupported, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FolderListing([], new Dictionary<string, int>(), $"folder could not be listed: {ex.Message}");
        }
    }

    /// <summary>One line: "1 folder, 2 files: 5 article files; 2 skipped with an unsupported type (.csv ×1, .pdf ×1); 1 missing".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Folders > 0)
        {
            parts.Add(Count(Folders, "folder"));
        }

        if (Files > 0)
        {
            parts.Add(Count(Files, "file"));
        }

        if (StandardInput)
        {
            parts.Add("standard input");
        }

        var text = string.Join(", ", parts);
        if (Folders + Files > 0 || !StandardInput)
        {
            // Standard input holds records, not files: it adds no article-file count of its own.
            text += string.Create(CultureInfo.InvariantCulture, $"{(text.Length > 0 ? ": " : "")}{Count(ArticleFiles, "article file")}");
        }

        if (Unsupported > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {Unsupported} skipped with an unsupported type ({DescribeExtensions(UnsupportedByExtension)})");
        }

        if (Missing > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {Missing} missing");
        }

        return text;
    }

    internal static string DescribeExtensions(IReadOnlyDictionary<string, int> byExtension) =>
        string.Join(", ", byExtension.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ×{p.Value}")));

    internal static string ExtensionName(string extension) => extension.Length == 0 ? "(no extension)" : extension;

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static bool IsInHiddenFolder(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.') && part is not ("." or ".."));
    }
}
