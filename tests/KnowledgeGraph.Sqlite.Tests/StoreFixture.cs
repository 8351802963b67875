using KnowledgeGraph.Export;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Sqlite.Tests;

/// <summary>A real store file in a temporary folder, deleted afterwards.</summary>
internal sealed class TemporaryStore : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kg-store-").FullName;

    public TemporaryStore()
    {
        Store = Open();
    }

    public SqliteGraphStore Store { get; }

    public string Folder => directory;

    public SqliteGraphStore Open(string name = "graph.db") =>
        new(Options.Create(new StoreOptions { Path = Path.Combine(directory, name) }));

    /// <summary>The JSONL export of a store, both files concatenated, for byte comparisons.</summary>
    public async Task<string> ExportAsync(SqliteGraphStore store)
    {
        var output = Path.Combine(directory, "export-" + Guid.NewGuid().ToString("N"));
        await new JsonlGraphExporter().ExportAsync(store, output, CancellationToken.None);
        return await File.ReadAllTextAsync(Path.Combine(output, JsonlGraphExporter.NodesFileName))
            + "---\n"
            + await File.ReadAllTextAsync(Path.Combine(output, JsonlGraphExporter.RelationshipsFileName));
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle still closing is not worth failing a test over; the OS temp cleaner gets it.
        }
    }
}

/// <summary>Hand-built article graphs (the extractor is tested elsewhere).</summary>
internal static class Graphs
{
    /// <summary>The extractor version the hand-built graphs carry.</summary>
    public const string Version = "test-rules-1";

    public static readonly Entity Iran = new(EntityLabel.Country, "Iran", ["Iranian", "Tehran"]);
    public static readonly Entity UnitedStates = new(EntityLabel.Country, "United States", ["US", "Washington"]);
    public static readonly Entity AlAsad = new(EntityLabel.Base, "Al Harir Air Base", []);
    public static readonly Entity Minister = new(EntityLabel.Person, "Amira Haddad", ["Haddad"]);

    public static ArticleGraph Article(string id, string text, DateOnly? published, params (Entity Start, RelationshipType Type, Entity End, int Sentence, string Evidence, DateOnly? Date)[] facts)
    {
        var article = new Article { Id = id, Text = text, Title = "Title of " + id, Published = published, Url = "https://news.example/" + id, Source = "Example Wire" };
        var entities = facts.SelectMany(f => new[] { f.Start, f.End })
            .GroupBy(e => e.Id)
            .Select(g => new ArticleEntity(g.First(), g.Count()))
            .OrderBy(e => e.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var relationships = facts
            .Select(f => new ExtractedRelationship(f.Type, f.Start.Id, f.End.Id, f.Sentence, f.Evidence, f.Type.ToGraphType().ToLowerInvariant(), f.Date))
            .ToList();
        return new ArticleGraph(article, entities, relationships) { ExtractorVersion = Version };
    }

    public static ArticleGraph Strike(string id, int sentence = 0, string text = "Iran struck the base.") =>
        Article(id, text, new DateOnly(2024, 3, 2), (Iran, RelationshipType.Attacked, AlAsad, sentence, "Iran struck the base on Friday.", new DateOnly(2024, 3, 1)));

    public static ArticleGraph Sanctions(string id) =>
        Article(id, "Washington imposed sanctions on Tehran.", new DateOnly(2024, 3, 5), (UnitedStates, RelationshipType.Sanctioned, Iran, 0, "Washington imposed sanctions on Tehran.", null));
}
