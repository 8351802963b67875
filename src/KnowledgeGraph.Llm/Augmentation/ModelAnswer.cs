using System.Text.Json;

namespace KnowledgeGraph.Llm.Augmentation;

/// <summary>One relationship as the model proposed it: raw strings, nothing trusted yet.</summary>
internal sealed record ProposedRelationship(
    string? Type,
    string? Start,
    string? StartLabel,
    string? End,
    string? EndLabel,
    string? Evidence,
    string? Trigger,
    string? Status);

/// <summary>Reads the model's JSON answer: <c>{"relationships":[{...}]}</c>.</summary>
internal static class ModelAnswer
{
    /// <summary>Answers longer than this are not read (a runaway or hostile answer).</summary>
    public const int MaxAnswerCharacters = 1_000_000;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 16,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// The proposed relationships, or null when the answer is not the expected JSON (then nothing is added).
    /// An item that is not an object, or whose fields are not strings, becomes a proposal with null fields, so it
    /// is rejected and counted like any other invalid proposal.
    /// </summary>
    public static IReadOnlyList<ProposedRelationship>? TryParse(string? text, out string error)
    {
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty answer";
            return null;
        }

        if (text.Length > MaxAnswerCharacters)
        {
            error = $"answer longer than {MaxAnswerCharacters} characters";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(StripCodeFence(text), DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("relationships", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                error = "answer is not an object with a \"relationships\" array";
                return null;
            }

            var proposals = new List<ProposedRelationship>(items.GetArrayLength());
            foreach (var item in items.EnumerateArray())
            {
                proposals.Add(item.ValueKind == JsonValueKind.Object
                    ? new ProposedRelationship(
                        StringOf(item, "type"),
                        StringOf(item, "start"),
                        StringOf(item, "startLabel"),
                        StringOf(item, "end"),
                        StringOf(item, "endLabel"),
                        StringOf(item, "evidence"),
                        StringOf(item, "trigger"),
                        StringOf(item, "status"))
                    : new ProposedRelationship(null, null, null, null, null, null, null, null));
            }

            return proposals;
        }
        catch (JsonException ex)
        {
            error = $"answer is not valid JSON: {ex.Message}";
            return null;
        }
    }

    private static string? StringOf(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Some models wrap JSON in a Markdown code fence despite the response format; the fence is not data.</summary>
    private static string StripCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? trimmed : trimmed[(firstLineEnd + 1)..closing].Trim();
    }
}
