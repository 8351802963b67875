using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Ingestion.Tests.Input;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The repository's own sample articles (samples/) yield the facts an analyst reads in them, and none they deny.</summary>
public sealed class SampleArticlesTests
{
    [Fact]
    public async Task Extract_AirBaseStrikeSample_YieldsAttackKillingAndCondemnations()
    {
        var graph = await ExtractSampleAsync("2024-03-02-air-base-strike.txt");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("United States")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Base("Al Harir Air Base")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Killed, Country("United States"), Person("Hossein Tavakoli")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Person("Karim al-Jaberi"), Country("Iran")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Person("Mark Ellison"), Country("Iran")), graph.Describe());

        // "Tehran denied that its forces had targeted Iraqi troops"; "no American personnel were killed".
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("Iraq")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed && r.EndId == Country("United States"));
    }

    [Fact]
    public async Task Extract_SanctionsSample_YieldsSanctionAndItsDenunciationButNoClaimedAttack()
    {
        var graph = await ExtractSampleAsync("2024-03-05-sanctions.md");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Country("Iran")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Person("Reza Karimi"), Country("United States")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned && r.StartId == Organisation("European Union"));
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("United States"));
    }

    [Fact]
    public async Task Extract_BorderTalksSample_YieldsMeetingsAndKenyasCondemnation()
    {
        var graph = await ExtractSampleAsync("2024-05-14-border-talks.html");

        Assert.True(graph.Has(RelationshipType.Met, Person("Amina Wekesa"), Person("Dawit Alemu")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Country("Kenya"), Organisation("al-Shabaab")), graph.Describe());
    }

    [Fact]
    public async Task Extract_WireSamples_YieldMeetingThreatAndCondemnations()
    {
        var graphs = await ExtractSamplesAsync("wire-2024-06.jsonl");
        var all = graphs.SelectMany(g => g.Relationships).ToList();
        bool Has(RelationshipType type, string start, string end) => graphs.Any(g => g.Has(type, start, end));

        Assert.True(Has(RelationshipType.Met, Person("Sofia Lindqvist"), Person("Ali Rostami")), string.Join("\n", graphs.Select(g => g.Describe())));
        Assert.True(Has(RelationshipType.Threatened, Country("Israel"), Country("Iran")));
        Assert.True(Has(RelationshipType.Condemned, Person("Min-jun Park"), Country("North Korea")));
        Assert.True(Has(RelationshipType.Condemned, Organisation("United Nations"), Organisation("Islamic State")));

        // "Israel warned that it might strike" is a threat, not an attack; "no sign that it had attacked any vessel".
        Assert.DoesNotContain(all, r => r.Type == RelationshipType.Attacked);
    }

    private static async Task<ArticleGraph> ExtractSampleAsync(string fileName) => Assert.Single(await ExtractSamplesAsync(fileName));

    private static async Task<List<ArticleGraph>> ExtractSamplesAsync(string fileName)
    {
        var samples = FindRepositorySamples();
        if (samples is null)
        {
            Assert.Skip("samples/ not found beside KnowledgeGraph.sln");
        }

        var results = await ReaderTestHelpers.CreateReader().ReadAllAsync(Path.Combine(samples, fileName));
        var extractor = new RuleBasedExtractor();
        return results.Select(r => extractor.Extract(Assert.IsType<ArticleReadResult.Success>(r).Article)).ToList();
    }

    private static string? FindRepositorySamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                var samples = Path.Combine(folder.FullName, "samples");
                return Directory.Exists(samples) ? samples : null;
            }
        }

        return null;
    }
}
