using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.AI;

namespace KnowledgeGraph.Llm.Augmentation;

/// <summary>
/// Builds the request: the versioned instructions (an embedded resource of this project), then one user message
/// with the entities the rules found (so the model uses the same names) and the article text, cut at a sentence
/// boundary when it is longer than the configured maximum.
/// </summary>
internal static class PromptBuilder
{
    /// <summary>The instructions' version; a new wording is a new file, so answers stay attributable.</summary>
    public const string PromptVersion = "relationship-extraction.v2";

    public static string Instructions { get; } = LoadInstructions();

    /// <summary>The JSON schema of the answer; its enums are the whitelist itself.</summary>
    public static JsonElement AnswerSchema { get; } = BuildSchema();

    public static List<ChatMessage> Build(ArticleGraph graph, ArticleSentences sentences, int maxArticleCharacters, out bool truncated)
    {
        var article = graph.Article;
        var text = Truncate(article.Text, sentences, maxArticleCharacters, out truncated);
        var user = new StringBuilder(text.Length + 1024);
        user.AppendLine("KNOWN ENTITIES (found in this article; use these names):");
        if (graph.Entities.Count == 0)
        {
            user.AppendLine("(none)");
        }

        foreach (var (entity, _) in graph.Entities)
        {
            user.Append("- ").Append(entity.Label.ToGraphLabel()).Append(": ").Append(entity.Name);
            var others = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (others.Length > 0)
            {
                user.Append(" (also written: ").AppendJoin(", ", others).Append(')');
            }

            user.AppendLine();
        }

        user.AppendLine();
        if (article.Published is { } published)
        {
            user.Append("PUBLISHED: ").AppendLine(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        user.AppendLine("ARTICLE:");
        user.Append(text);
        return
        [
            new ChatMessage(ChatRole.System, Instructions),
            new ChatMessage(ChatRole.User, user.ToString()),
        ];
    }

    /// <summary>The text up to the end of the last sentence that fits; a first sentence longer than the limit is cut hard.</summary>
    internal static string Truncate(string text, ArticleSentences sentences, int maxCharacters, out bool truncated)
    {
        truncated = text.Length > maxCharacters;
        if (!truncated)
        {
            return text;
        }

        var end = 0;
        for (var i = 0; i < sentences.Count && sentences.EndOf(i) <= maxCharacters; i++)
        {
            end = sentences.EndOf(i);
        }

        return text[..(end > 0 ? end : maxCharacters)];
    }

    private static string LoadInstructions()
    {
        var name = $"KnowledgeGraph.Llm.Prompts.{PromptVersion}.md";
        using var stream = typeof(PromptBuilder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The prompt resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static JsonElement BuildSchema()
    {
        static object Enum(IEnumerable<string> values) => new Dictionary<string, object> { ["type"] = "string", ["enum"] = values.ToArray() };
        var text = new Dictionary<string, object> { ["type"] = "string" };
        var labels = Enum(GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()));
        var item = new Dictionary<string, object>
        {
            ["type"] = "object",
            ["properties"] = new Dictionary<string, object>
            {
                ["type"] = Enum(GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType())),
                ["start"] = text,
                ["startLabel"] = labels,
                ["end"] = text,
                ["endLabel"] = labels,
                ["evidence"] = text,
                ["trigger"] = text,
                ["status"] = Enum(["asserted", "denied", "claimed", "hypothetical"]),
            },
            ["required"] = new[] { "type", "start", "startLabel", "end", "endLabel", "evidence", "trigger", "status" },
            ["additionalProperties"] = false,
        };
        var schema = new Dictionary<string, object>
        {
            ["type"] = "object",
            ["properties"] = new Dictionary<string, object>
            {
                ["relationships"] = new Dictionary<string, object> { ["type"] = "array", ["items"] = item },
            },
            ["required"] = new[] { "relationships" },
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema);
    }
}
