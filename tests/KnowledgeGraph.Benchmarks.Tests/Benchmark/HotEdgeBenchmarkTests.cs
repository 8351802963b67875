using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Benchmarks.Tests;

public sealed class HotEdgeBenchmarkTests
{
    [Fact]
    public async Task RunAsync_TwoThousandReportsOfOneEvent_EveryArticleWrittenAndNeo4jBatchesOfTheSameShapeEarlyAndLate()
    {
        var sink = new CountingSink();

        var result = await HotEdgeBenchmark.RunAsync(sink, articles: 2_000, batchSize: 100, TestContext.Current.CancellationToken);

        Assert.Equal(2_000, sink.Articles.Count);
        Assert.Equal(2_000, result.StoreSlices.Sum(s => s.Articles));
        Assert.All(sink.Articles, graph => Assert.Single(graph.Relationships));
        Assert.Single(sink.Articles.Select(g => (g.Relationships[0].StartId, g.Relationships[0].EndId)).Distinct());
        Assert.Equal((result.Neo4jEarly.Statements, result.Neo4jEarly.Rows, result.Neo4jEarly.Requests), (result.Neo4jLate.Statements, result.Neo4jLate.Rows, result.Neo4jLate.Requests));
        Assert.Equal(result.Neo4jLate.Statements, result.Neo4jLate.Requests);
    }

    private sealed class CountingSink : IGraphSink
    {
        public List<ArticleGraph> Articles { get; } = [];

        public string Description => "counting";

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

        public Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
        {
            Articles.AddRange(batch);
            return Task.CompletedTask;
        }
    }
}
