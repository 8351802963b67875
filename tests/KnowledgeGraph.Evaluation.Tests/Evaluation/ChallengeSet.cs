using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>
/// The blind challenge set (tests/ChallengeSet, README.md there): own news items in a three-column TSV, written from the
/// annotation guide alone. Converted here into the gold JSONL format the evaluation runner reads, complete for all six
/// types, with entities unscored (the set lists relationships only).
/// </summary>
internal static class ChallengeSet
{
    private static readonly string[] AllTypes = ["MET", "ATTACKED", "SANCTIONED", "KILLED", "CONDEMNED", "THREATENED"];

    /// <summary>The folder the TSV files are copied to beside the test binaries.</summary>
    public static string SourceDirectory => Path.Combine(AppContext.BaseDirectory, "ChallengeSet");

    /// <summary>Writes one gold JSONL file per challenge TSV into <paramref name="targetDirectory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteGoldFiles(string sourceDirectory, string targetDirectory)
    {
        Directory.CreateDirectory(targetDirectory);
        var written = new List<string>();
        foreach (var tsv in Directory.GetFiles(sourceDirectory, "challenge-*.tsv").Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(targetDirectory, Path.GetFileNameWithoutExtension(tsv) + ".jsonl");
            using var writer = new StreamWriter(target);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(tsv))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                writer.WriteLine(ToGoldRecord(line, $"{Path.GetFileName(tsv)}:{lineNumber}"));
            }

            written.Add(target);
        }

        return written;
    }

    /// <summary>One TSV item ("id TAB A|TYPE|B;... or - TAB text") as a gold JSONL record; a malformed item names its line.</summary>
    public static string ToGoldRecord(string line, string origin)
    {
        var columns = line.Split('\t');
        if (columns.Length != 3 || columns[0].Length == 0 || columns[2].Trim().Length == 0)
        {
            throw new InvalidDataException($"{origin}: expected three tab-separated columns (id, relationships or '-', text), found {columns.Length}.");
        }

        var (id, expected, text) = (columns[0], columns[1].Trim(), columns[2]);
        string? title = null;
        if (text.IndexOf(" || ", StringComparison.Ordinal) is var bar and >= 0)
        {
            (title, text) = (text[..bar], text[(bar + 4)..]);
        }

        var names = new List<string>();
        var relationships = new List<object>();
        if (expected != "-")
        {
            foreach (var edge in expected.Split(';'))
            {
                var parts = edge.Split('|');
                if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0 || !Enum.TryParse<RelationshipType>(parts[1], ignoreCase: true, out _))
                {
                    throw new InvalidDataException($"{origin}: '{edge}' is not 'Start|TYPE|End' with one of {string.Join(", ", AllTypes)}.");
                }

                relationships.Add(new { type = parts[1], start = parts[0], end = parts[2] });
                foreach (var name in new[] { parts[0], parts[2] })
                {
                    if (!names.Contains(name, StringComparer.Ordinal))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = "challenge:" + id,
            ["source"] = "challenge",
            ["title"] = title,
            ["text"] = text,
            ["complete"] = true,
            ["complete_types"] = AllTypes,
            ["entities_complete"] = false,
            ["entities_scored"] = false,
            ["entities"] = names.Select(name => new { label = "Unknown", name, aliases = Array.Empty<string>() }).ToArray(),
            ["relationships"] = relationships,
            ["partial_relationships"] = Array.Empty<object>(),
        });
    }
}
