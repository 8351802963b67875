using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RuleBasedExtractorDateAndDeterminismTests
{
    private static readonly DateOnly Published = new(2021, 3, 12); // a Friday

    [Theory]
    [InlineData("Chad attacked Boko Haram on 8 January 2020.", 2020, 1, 8)]
    [InlineData("Chad attacked Boko Haram on January 2, 2020.", 2020, 1, 2)]
    [InlineData("Chad attacked Boko Haram on 2 March.", 2021, 3, 2)]
    [InlineData("Chad attacked Boko Haram on 20 December.", 2020, 12, 20)]
    [InlineData("Chad attacked Boko Haram yesterday.", 2021, 3, 11)]
    [InlineData("Chad attacked Boko Haram on Tuesday.", 2021, 3, 9)]
    [InlineData("Chad attacked Boko Haram on Friday.", 2021, 3, 12)]
    [InlineData("Chad attacked Boko Haram on Jan. 3.", 2021, 1, 3)]
    public void Extract_DateInSentence_ResolvesEventDate(string text, int year, int month, int day)
    {
        var graph = Extract(text, Published);

        var attack = graph.Single(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram"));
        Assert.Equal(new DateOnly(year, month, day), attack.EventDate);
    }

    [Fact]
    public void Extract_RelativeDateWithoutPublication_HasNoEventDate()
    {
        var graph = Extract("Chad attacked Boko Haram yesterday.");

        Assert.Null(graph.Single(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")).EventDate);
    }

    [Fact]
    public void Extract_NoDateInSentence_HasNoEventDate()
    {
        var graph = Extract("Chad attacked Boko Haram.", Published);

        Assert.Null(graph.Single(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")).EventDate);
    }

    [Fact]
    public void Extract_SameArticleTwice_ReturnsIdenticalGraphs()
    {
        const string text = """
            Qatar hosted Sudanese Prime Minister Idris Kamal on Sunday. Kamal met Emir Tamim in Doha.

            Sudanese forces shelled positions of the Rapid Support Forces (RSF) near Khartoum, and the RSF attacked an army base.
            The African Union condemned the fighting.
            """;
        var first = Extract(text, Published);
        var second = new RuleBasedExtractor().Extract(new Article { Id = "test", Text = text, Published = Published });

        Assert.Equal(first.Entities.Select(Describe), second.Entities.Select(Describe));
        Assert.Equal(first.Relationships, second.Relationships);
        Assert.NotEmpty(first.Relationships);
    }

    [Fact]
    public void Extract_ConcurrentCalls_AgreeWithSequentialResult()
    {
        const string text = "Libya shelled Tunisia. The Arab League condemned Libya on Monday.";
        var expected = Extract(text, Published).Relationships;

        var results = new ArticleGraph[16];
        Parallel.For(0, results.Length, i => results[i] = Extract(text, Published));

        Assert.All(results, r => Assert.Equal(expected, r.Relationships));
    }

    [Fact]
    public void Extract_Relationships_AreSortedAndSymmetricOnesOrdered()
    {
        var graph = Extract("Zambia met Angola. Kenya attacked Somalia and Ethiopia condemned Kenya. Mali met Benin.", Published);

        var sorted = graph.Relationships.OrderBy(r => r.SentenceIndex).ThenBy(r => r.Type).ThenBy(r => r.StartId, StringComparer.Ordinal).ThenBy(r => r.EndId, StringComparer.Ordinal);
        Assert.Equal(sorted, graph.Relationships);
        Assert.All(graph.Relationships.Where(r => r.Type == RelationshipType.Met), r => Assert.True(string.CompareOrdinal(r.StartId, r.EndId) < 0));
        Assert.All(graph.Relationships, r => Assert.NotEqual(r.StartId, r.EndId));
    }

    private static string Describe(ArticleEntity entity) =>
        $"{entity.Entity.Id}|{entity.Entity.Name}|{string.Join(",", entity.Entity.Aliases)}|{entity.Mentions}";
}

public sealed class RuleBasedExtractorRobustnessTests
{
    [Fact]
    public void Extract_HugeTextWithoutPunctuation_FinishesQuicklyWithBoundedSentences()
    {
        var text = string.Concat(Enumerable.Repeat("Iran and Iraq officials met Kenya forces near Camp Alpha and President Ana Ruiz said ", 5_000));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var graph = Extract(text);

        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.All(graph.Relationships, r => Assert.True(r.Evidence.Length < 2_000));
        Assert.NotEmpty(graph.Entities);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("?!... -- ()")]
    [InlineData("'s 's n't")]
    [InlineData("A")]
    public void Extract_DegenerateText_ReturnsEmptyGraph(string text)
    {
        var graph = Extract(text);

        Assert.Empty(graph.Relationships);
        Assert.Empty(graph.Entities);
    }
}
