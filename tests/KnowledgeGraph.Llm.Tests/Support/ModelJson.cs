using System.Text.Json;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>Writes answers in the shape the prompt asks the model for.</summary>
internal static class ModelJson
{
    public static string Relationship(string type, string start, string startLabel, string end, string endLabel, string evidence, string status = "asserted", string trigger = "") =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = type,
            ["start"] = start,
            ["startLabel"] = startLabel,
            ["end"] = end,
            ["endLabel"] = endLabel,
            ["evidence"] = evidence,
            ["trigger"] = trigger,
            ["status"] = status,
        });

    public static string Answer(params string[] relationships) => $$"""{"relationships":[{{string.Join(",", relationships)}}]}""";
}
