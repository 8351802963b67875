using KnowledgeGraph.Benchmarks;

namespace KnowledgeGraph.Benchmarks.Tests;

public sealed class Neo4jWriteBenchmarkTests
{
    [Fact]
    public async Task RunAsync_SmallRun_EveryStatementReachesTheEndpoint()
    {
        var result = await Neo4jWriteBenchmark.RunAsync(articles: 50, articlesPerBatch: 10, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(50, result.Articles);
        Assert.Equal(5, result.Batches);
        Assert.True(result.Rows > 50 * 4, $"rows {result.Rows}");
        Assert.Equal(result.Statements, result.Requests);
        Assert.True(result.RequestBytes > 0);
        Assert.True(result.RowsPerSecond > 0);
    }
}
