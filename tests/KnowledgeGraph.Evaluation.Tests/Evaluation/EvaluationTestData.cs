using System.Text.Json;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>A small name resolver in the shape of the extractor's gazetteer: a few countries, capitals and alias sets.</summary>
internal sealed class TestNameResolver : IEntityNameResolver
{
    private static readonly Dictionary<string, (EntityLabel Label, string Name)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = (EntityLabel.Country, "United States"),
        ["US"] = (EntityLabel.Country, "United States"),
        ["U.S."] = (EntityLabel.Country, "United States"),
        ["America"] = (EntityLabel.Country, "United States"),
        ["Washington"] = (EntityLabel.Country, "United States"),
        ["Russia"] = (EntityLabel.Country, "Russia"),
        ["Moscow"] = (EntityLabel.Country, "Russia"),
        ["Kremlin"] = (EntityLabel.Country, "Russia"),
        ["the Kremlin"] = (EntityLabel.Country, "Russia"),
        ["Islamic State"] = (EntityLabel.Organisation, "Islamic State"),
        ["ISIS"] = (EntityLabel.Organisation, "Islamic State"),
        ["ISIL"] = (EntityLabel.Organisation, "Islamic State"),
        ["Daesh"] = (EntityLabel.Organisation, "Islamic State"),
    };

    public bool TryResolve(string surfaceName, out EntityLabel label, out string canonicalName)
    {
        if (Known.TryGetValue(surfaceName.Trim(), out var hit))
        {
            (label, canonicalName) = hit;
            return true;
        }

        label = default;
        canonicalName = "";
        return false;
    }
}

/// <summary>Returns, for each article id, the graph a test scripted for it (empty otherwise); records what it saw.</summary>
internal sealed class ScriptedExtractor : IArticleExtractor
{
    private readonly Dictionary<string, Func<Article, ArticleGraph>> scripts = new(StringComparer.Ordinal);

    public List<Article> Seen { get; } = [];

    public string Version => "scripted";

    public ScriptedExtractor For(string articleId, IReadOnlyList<Entity> entities, params (RelationshipType Type, Entity Start, Entity End, string Evidence)[] relationships)
    {
        scripts[articleId] = article => Graph(article, entities, relationships);
        return this;
    }

    public ArticleGraph Extract(Article article)
    {
        Seen.Add(article);
        return scripts.TryGetValue(article.Id, out var script) ? script(article) : new ArticleGraph(article, [], []);
    }

    public static ArticleGraph Graph(Article article, IReadOnlyList<Entity> entities, params (RelationshipType Type, Entity Start, Entity End, string Evidence)[] relationships) =>
        new(
            article,
            entities.Select(e => new ArticleEntity(e, 1)).ToArray(),
            relationships.Select((r, i) => new ExtractedRelationship(r.Type, r.Start.Id, r.End.Id, i, r.Evidence, "trigger", null)).ToArray());
}

internal static class Gold
{
    public const string Text = "Officials in the capital said on Tuesday that the talks would resume next week.";

    public static Entity Person(string name, params string[] aliases) => new(EntityLabel.Person, name, aliases);

    public static Entity Country(string name, params string[] aliases) => new(EntityLabel.Country, name, aliases);

    public static Entity Organisation(string name, params string[] aliases) => new(EntityLabel.Organisation, name, aliases);

    public static Entity Base(string name, params string[] aliases) => new(EntityLabel.Base, name, aliases);

    public static Entity Location(string name, params string[] aliases) => new(EntityLabel.Location, name, aliases);

    public static GoldEntity Entity(string label, string name, params string[] aliases) => new(label, name, aliases);

    public static GoldRelationship Edge(RelationshipType type, string start, string end, string? startLabel = null, string? endLabel = null) =>
        new(type, start, end, startLabel, endLabel, "A sentence that states the event.", "trigger");

    public static GoldArticle Article(
        string id = "test:1",
        bool complete = true,
        RelationshipType[]? completeTypes = null,
        bool entitiesComplete = true,
        bool entitiesScored = true,
        GoldEntity[]? entities = null,
        GoldRelationship[]? relationships = null,
        GoldPartialRelationship[]? partials = null) => new()
        {
            Id = id,
            Text = Text,
            Complete = complete,
            CompleteTypes = completeTypes,
            EntitiesComplete = entitiesComplete,
            EntitiesScored = entitiesScored,
            Entities = entities ?? [],
            Relationships = relationships ?? [],
            PartialRelationships = partials ?? [],
            Origin = id,
        };

    /// <summary>Writes gold records (anonymous objects with the JSONL field names) to a temporary file.</summary>
    public static string WriteJsonl(TempFolder folder, string fileName, params object[] records) =>
        folder.Write(fileName, string.Join('\n', records.Select(r => r as string ?? JsonSerializer.Serialize(r))) + "\n");
}
