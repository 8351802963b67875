using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// Hand-built article graphs (the extractor lands separately). Sentences are our own, in the style of international
/// news; names are invented. <c>token</c> makes keys unique per test run so a shared database is not disturbed.
/// </summary>
internal static class SampleGraphs
{
    public static Entity Person(string name, string token = "", params string[] aliases) => new(EntityLabel.Person, Scoped(name, token), aliases);

    public static Entity Country(string name, string token = "", params string[] aliases) => new(EntityLabel.Country, Scoped(name, token), aliases);

    public static Entity Organisation(string name, string token = "", params string[] aliases) => new(EntityLabel.Organisation, Scoped(name, token), aliases);

    public static Entity Base(string name, string token = "", params string[] aliases) => new(EntityLabel.Base, Scoped(name, token), aliases);

    public static ExtractedRelationship Relationship(RelationshipType type, Entity start, Entity end, int sentence, string evidence, string trigger, DateOnly? date = null)
    {
        if (type.IsSymmetric() && string.CompareOrdinal(start.Id, end.Id) > 0)
        {
            (start, end) = (end, start);
        }

        return new ExtractedRelationship(type, start.Id, end.Id, sentence, evidence, trigger, date);
    }

    public static ArticleGraph Graph(string id, string text, DateOnly? published, IEnumerable<(Entity Entity, int Mentions)> entities, params ExtractedRelationship[] relationships) =>
        new(
            new Article { Id = id, Text = text, Title = "Title of " + id, Published = published, Url = "https://news.example/" + id, Source = "example-wire", Origin = id + ".txt" },
            entities.Select(e => new ArticleEntity(e.Entity, e.Mentions)).ToArray(),
            relationships);

    /// <summary>Two articles of our own that share a CONDEMNED edge and the entity Northern Front.</summary>
    public static (ArticleGraph Talks, ArticleGraph Strike) OwnArticles(string token)
    {
        var arland = Country("Arland", token, "Arlandic Republic");
        var belmark = Country("Belmark", token);
        var velden = Person("Mara Velden", token, "Velden");
        var reyk = Person("Tomas Reyk", token, "Reyk");
        var front = Organisation("Northern Front", token, "NF");
        var halden = Base("Camp Halden", token);

        const string talksText =
            "Arland's foreign minister Mara Velden met her Belmark counterpart Tomas Reyk in Geneva on Monday. " +
            "Arland condemned the Northern Front for the shelling of border villages.";
        var talks = Graph(
            token + "-talks",
            talksText,
            new DateOnly(2024, 3, 4),
            [(arland, 2), (belmark, 1), (velden, 2), (reyk, 1), (front, 1)],
            Relationship(RelationshipType.Met, velden, reyk, 0, "Arland's foreign minister Mara Velden met her Belmark counterpart Tomas Reyk in Geneva on Monday.", "met", new DateOnly(2024, 3, 4)),
            Relationship(RelationshipType.Condemned, arland, front, 1, "Arland condemned the Northern Front for the shelling of border villages.", "condemned", new DateOnly(2024, 3, 4)));

        const string strikeText =
            "Fighters of the Northern Front attacked Camp Halden on 2 March, the defence ministry said. " +
            "Nobody was hurt. Belmark imposed sanctions on the Northern Front on Friday. " +
            "Arland again condemned the group \"in the strongest terms\".";
        var strike = Graph(
            token + "-strike",
            strikeText,
            new DateOnly(2024, 3, 8),
            [(front, 3), (halden, 1), (belmark, 1), (arland, 1)],
            Relationship(RelationshipType.Attacked, front, halden, 0, "Fighters of the Northern Front attacked Camp Halden on 2 March, the defence ministry said.", "attacked", new DateOnly(2024, 3, 2)),
            Relationship(RelationshipType.Sanctioned, belmark, front, 2, "Belmark imposed sanctions on the Northern Front on Friday.", "imposed sanctions on", new DateOnly(2024, 3, 8)),
            Relationship(RelationshipType.Condemned, arland, front, 3, "Arland again condemned the group \"in the strongest terms\".", "condemned", null));
        return (talks, strike);
    }

    private static string Scoped(string name, string token) => token.Length == 0 ? name : $"{name} {token}";
}
