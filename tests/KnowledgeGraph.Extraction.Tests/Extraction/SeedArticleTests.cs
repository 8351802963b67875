using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// The canonical example: the seed article in shared/seeds (never copied into the repository) must yield the
/// facts an analyst expects, and none of the ones the text only claims or explicitly denies.
/// </summary>
public sealed class SeedArticleTests
{
    private const string SeedFileName = "000_9601ef2afad46e01.txt";

    [Fact]
    public void Extract_SeedArticle_YieldsExpectedEntitiesAndRelationships()
    {
        var graph = ExtractSeed();
        var entities = graph.Entities.Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var person in new[] { "Dominic Raab", "Mike Pompeo", "Donald Trump", "Qasem Soleimani" })
        {
            Assert.Contains(Person(person), entities);
        }

        foreach (var country in new[] { "Iran", "United States", "United Kingdom", "Iraq", "Saudi Arabia" })
        {
            Assert.Contains(Country(country), entities);
        }

        Assert.Contains(Base("Ayn Al-Asad Air Base"), entities);
        var islamicState = graph.Entity(Organisation("Islamic State"));
        Assert.Contains("Daesh", islamicState.Aliases);
        Assert.Single(graph.Entities, e => e.Entity.Aliases.Contains("Daesh") || e.Entity.Name == "Daesh");
        Assert.Contains(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation && (e.Entity.Name == "IAEA" || e.Entity.Name == "International Atomic Energy Agency"));

        Assert.True(graph.Has(RelationshipType.Met, Person("Dominic Raab"), Person("Mike Pompeo")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Base("Ayn Al-Asad Air Base")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("United States")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Country("Iran")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Killed, Country("United States"), Person("Qasem Soleimani")), graph.Describe());

        Assert.False(graph.Has(RelationshipType.Attacked, Person("Qasem Soleimani"), Country("United States")), "only claimed");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Person("Donald Trump"));
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Iran"), Country("United States")), graph.Describe());
    }

    [Fact]
    public void Extract_SeedArticle_DatesTheMissileAttacksAndTheKilling()
    {
        var graph = ExtractSeed();

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.EventDate == new DateOnly(2020, 1, 8));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Killed && r.EventDate == new DateOnly(2020, 1, 2));
    }

    private static ArticleGraph ExtractSeed()
    {
        var path = LocateSeed(out var reason);
        if (path is null)
        {
            Assert.Skip(reason);
        }

        var text = File.ReadAllText(path).TrimStart();
        DateOnly? published = null;

        // The input reader strips a leading "date YYYY-MM-DD " prefix into the publication date; do the same here.
        if (text.StartsWith("date ", StringComparison.Ordinal) && text.Length > 16
            && DateOnly.TryParseExact(text.AsSpan(5, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = date;
            text = text[16..];
        }

        return new RuleBasedExtractor().Extract(new Article { Id = "seed", Text = text, Published = published });
    }

    private static string? LocateSeed(out string reason)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KG_SHARED_DIR") is { Length: > 0 } shared)
        {
            candidates.Add(Path.Combine(shared, "seeds", SeedFileName));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                if (directory.Parent is { } parent)
                {
                    candidates.Add(Path.Combine(parent.FullName, "shared", "seeds", SeedFileName));
                }

                break;
            }
        }

        var found = candidates.FirstOrDefault(File.Exists);
        reason = found is null
            ? $"Seed article not found (looked in: {string.Join(", ", candidates)}); set KG_SHARED_DIR to the shared folder."
            : "";
        return found;
    }
}
