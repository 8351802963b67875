using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>One line of a gold set: a record, or the reason it could not be read (naming file and line).</summary>
public sealed record GoldReadResult(string Path, int Line, GoldArticle? Article, string? Error)
{
    public bool IsSuccess => Article is not null;
}

/// <summary>
/// Streams the records of a gold JSONL set (format: shared/data/dev/README.md). A malformed line yields a
/// <see cref="GoldReadResult"/> with an error naming the file and line; the following lines are still read.
/// Blank lines are skipped.
/// </summary>
public static class GoldJsonlReader
{
    public static async IAsyncEnumerable<GoldReadResult> ReadAsync(
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gold set '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(path, lineNumber, line);
        }
    }

    /// <summary>Parses one gold JSONL line; never throws for bad content.</summary>
    public static GoldReadResult ParseLine(string path, int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var article = ParseArticle(document.RootElement, $"{path}:{lineNumber.ToString(CultureInfo.InvariantCulture)}");
            return new GoldReadResult(path, lineNumber, article, null);
        }
        catch (JsonException exception)
        {
            return Failure(path, lineNumber, $"invalid JSON: {exception.Message}");
        }
        catch (GoldFormatException exception)
        {
            return Failure(path, lineNumber, exception.Message);
        }
    }

    private static GoldReadResult Failure(string path, int lineNumber, string reason) =>
        new(path, lineNumber, null, $"{path}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {reason}");

    private static GoldArticle ParseArticle(JsonElement root, string origin)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GoldFormatException($"expected a JSON object, found {root.ValueKind}");
        }

        var id = RequiredString(root, "id");
        return new GoldArticle
        {
            Id = id,
            Text = RequiredString(root, "text"),
            Source = OptionalString(root, "source"),
            Title = OptionalString(root, "title"),
            Date = OptionalDate(root, "date"),
            Url = OptionalString(root, "url"),
            Complete = OptionalBool(root, "complete") ?? false,
            CompleteTypes = OptionalTypeList(root, "complete_types"),
            EntitiesComplete = OptionalBool(root, "entities_complete") ?? false,
            EntitiesScored = OptionalBool(root, "entities_scored") ?? true,
            Entities = Array(root, "entities").Select(ParseEntity).ToArray(),
            Relationships = Array(root, "relationships").Select(ParseRelationship).ToArray(),
            PartialRelationships = Array(root, "partial_relationships").Select(ParsePartial).ToArray(),
            Origin = origin,
        };
    }

    private static GoldEntity ParseEntity(JsonElement element, int index)
    {
        var where = $"entities[{index.ToString(CultureInfo.InvariantCulture)}]";
        RequireObject(element, where);
        var aliases = element.TryGetProperty("aliases", out var aliasElement) && aliasElement.ValueKind == JsonValueKind.Array
            ? aliasElement.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToArray()
            : [];
        return new GoldEntity(RequiredString(element, "label", where), RequiredString(element, "name", where), aliases);
    }

    private static GoldRelationship ParseRelationship(JsonElement element, int index)
    {
        var where = $"relationships[{index.ToString(CultureInfo.InvariantCulture)}]";
        RequireObject(element, where);
        return new GoldRelationship(
            ParseType(RequiredString(element, "type", where), where),
            RequiredString(element, "start", where),
            RequiredString(element, "end", where),
            OptionalString(element, "start_label", where),
            OptionalString(element, "end_label", where),
            OptionalString(element, "evidence", where),
            OptionalString(element, "trigger", where));
    }

    private static GoldPartialRelationship ParsePartial(JsonElement element, int index)
    {
        var where = $"partial_relationships[{index.ToString(CultureInfo.InvariantCulture)}]";
        RequireObject(element, where);
        var start = OptionalString(element, "start", where);
        var end = OptionalString(element, "end", where);
        if (string.IsNullOrWhiteSpace(start) && string.IsNullOrWhiteSpace(end))
        {
            throw new GoldFormatException($"{where}: neither 'start' nor 'end' is named");
        }

        return new GoldPartialRelationship(
            ParseType(RequiredString(element, "type", where), where),
            start,
            end,
            OptionalString(element, "evidence", where));
    }

    private static RelationshipType ParseType(string name, string where) =>
        GraphVocabulary.TryParseType(name, out var type)
            ? type
            : throw new GoldFormatException($"{where}: unknown relationship type '{name}'");

    private static void RequireObject(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new GoldFormatException($"{where}: expected an object, found {element.ValueKind}");
        }
    }

    private static JsonElement[] Array(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().ToArray()
            : throw new GoldFormatException($"'{name}' must be an array, found {element.ValueKind}");
    }

    private static RelationshipType[]? OptionalTypeList(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new GoldFormatException($"'{name}' must be an array, found {element.ValueKind}");
        }

        return element.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String
                ? ParseType(item.GetString()!, name)
                : throw new GoldFormatException($"'{name}' must hold strings, found {item.ValueKind}"))
            .ToArray();
    }

    private static string RequiredString(JsonElement element, string name, string? where = null)
    {
        var value = OptionalString(element, name, where);
        return string.IsNullOrWhiteSpace(value)
            ? throw new GoldFormatException($"{Prefix(where)}missing or empty '{name}'")
            : value;
    }

    private static string? OptionalString(JsonElement element, string name, string? where = null)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new GoldFormatException($"{Prefix(where)}'{name}' must be a string, found {value.ValueKind}");
    }

    private static bool? OptionalBool(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new GoldFormatException($"'{name}' must be true or false, found {value.ValueKind}"),
        };
    }

    private static DateOnly? OptionalDate(JsonElement element, string name)
    {
        var text = OptionalString(element, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GoldFormatException($"'{name}' must be a date YYYY-MM-DD, found '{text}'");
    }

    private static string Prefix(string? where) => where is null ? "" : where + ": ";

    private sealed class GoldFormatException(string message) : Exception(message);
}
