using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.Support;
using static KnowledgeGraph.Neo4j.Tests.Support.SampleGraphs;

namespace KnowledgeGraph.Neo4j.Tests.Writing;

/// <summary>
/// The many-writers contract (docs/neo4j.md, "Many writers"), against the fake Query API: two sinks write overlapping
/// batches with their transactions open at the same time, and the fake applies each transaction's statements when it
/// commits — which is what Neo4j's write locks make of them, since every transaction first locks its articles
/// (write/nodes/Article.cypher) and then touches only facts keyed by those articles. The result must hold every
/// article's facts exactly once, whatever the interleaving, and no write template may read-modify-write a value
/// that another writer's article shares.
/// </summary>
public sealed partial class ManyWritersContractTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_TwoWritersInterleaved_EveryFactOnceAndArticleLockFirst()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var model = new FactModel(catalog);
        await using var server = await FakeQueryApiServer.StartAsync(model.Answer);
        await using var run = Neo4jTestHost.Create(server.Uri, new Dictionary<string, string?> { ["Neo4j:RequestTimeout"] = "00:00:30" });
        await using var ingest = Neo4jTestHost.Create(server.Uri, new Dictionary<string, string?> { ["Neo4j:RequestTimeout"] = "00:00:30" });
        var (talks, strike) = OwnArticles("w");
        var (otherTalks, _) = OwnArticles("v");

        // Both writers carry the strike article (the worker and an ingest beside it read the same file).
        await Task.WhenAll(
            run.Sink.WriteAsync([talks, strike], Token),
            ingest.Sink.WriteAsync([strike, otherTalks], Token));

        Assert.Equal(2, model.Commits.Count);
        Assert.True(model.Interleaved, "the two transactions were expected to be open at the same time");
        Assert.All(model.Commits, tx => Assert.Equal(catalog.ArticleNodes.Name, tx[0].Name));
        Assert.Equal(
            Expected([talks, strike, otherTalks]).Order(StringComparer.Ordinal),
            model.Facts.Order(StringComparer.Ordinal));
        Assert.Equal(model.Mentions.Distinct(StringComparer.Ordinal).Count(), model.Mentions.Count);
        Assert.Equal(talks.Entities.Count + strike.Entities.Count + otherTalks.Entities.Count, model.Mentions.Count);

        // The strike's facts were sent twice: only retraction by article key before CREATE keeps them single.
        Assert.Equal(2 * strike.Relationships.Count, model.FactRowsSent(strike.Article.NodeId));
    }

    [Fact]
    public void WriteTemplates_NoValueIsReadAndRewritten_ExceptSummarizeWhichLocksFirst()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var writes = catalog.All.Where(t => t.Name.StartsWith("write/", StringComparison.Ordinal) && !t.Name.StartsWith(CypherTemplateCatalog.SummarizeEntitiesFile, StringComparison.Ordinal));

        foreach (var template in writes)
        {
            var code = CypherTemplateCatalog.StripCommentsAndStrings(template.Text);
            Assert.DoesNotMatch(ReadModifyWrite(), code);
            Assert.DoesNotContain("coalesce(", code, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"MERGE\s*\([^)]*\)\s*-\[", code);
        }

        var summarize = CypherTemplateCatalog.StripCommentsAndStrings(catalog.SummarizeEntities(EntityLabel.Person).Text);
        Assert.True(
            summarize.IndexOf("SET entity.summaryPending = false", StringComparison.Ordinal) < summarize.IndexOf("MENTIONS", StringComparison.Ordinal),
            "summarize must take the entity's write lock before it reads the mentions");
    }

    private static IEnumerable<string> Expected(IEnumerable<ArticleGraph> graphs) =>
        graphs.SelectMany(g => g.Relationships.Select(r =>
        {
            var (start, end) = r.Type.IsSymmetric() && string.CompareOrdinal(r.StartId, r.EndId) > 0 ? (r.EndId, r.StartId) : (r.StartId, r.EndId);
            return $"{r.Type.ToGraphType()}|{g.Article.NodeId}|{start}|{end}";
        })).Distinct(StringComparer.Ordinal);

    /// <summary><c>x.p = … x.p …</c> in a SET: a value read and written back.</summary>
    [GeneratedRegex(@"\b(?<v>[a-z]+)\.(?<p>[A-Za-z]+)\s*=[^,;\n]*\b\k<v>\.\k<p>\b")]
    private static partial Regex ReadModifyWrite();

    private sealed record SentStatement(string Name, JsonElement Rows);

    /// <summary>The fake server's state: transactions in flight, and the facts as of the last commit.</summary>
    private sealed class FactModel(CypherTemplateCatalog catalog)
    {
        private readonly ConcurrentDictionary<string, List<SentStatement>> open = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource secondCommitArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly object gate = new();
        private readonly List<SentStatement> everything = [];
        private int transactions;
        private int commits;

        public List<IReadOnlyList<SentStatement>> Commits { get; } = [];

        public List<string> Facts { get; } = [];

        public List<string> Mentions { get; } = [];

        public bool Interleaved { get; private set; }

        public int FactRowsSent(string article)
        {
            lock (gate)
            {
                return everything.Where(s => s.Name.StartsWith(CypherTemplateCatalog.EventFactsFile, StringComparison.Ordinal))
                    .Sum(s => s.Rows.EnumerateArray().Count(r => r.GetProperty("article").GetString() == article));
            }
        }

        public FakeAnswer Answer(Support.RecordedRequest request)
        {
            var transaction = Regex.Match(request.Path, "/query/v2/tx(?:/(?<id>[^/]+))?(?<commit>/commit)?$");
            if (!transaction.Success)
            {
                return FakeQueryApiServer.DocumentedSuccess(request);
            }

            var statement = Parse(request.Body);
            string id;
            if (!transaction.Groups["id"].Success)
            {
                id = "tx" + Interlocked.Increment(ref transactions);
                open[id] = [statement];
                Interleaved |= open.Count > 1;
                Record(statement);
                return new FakeAnswer(202, $$$"""{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"{{{id}}}","expires":"2099-10-22T15:48:29Z"}}""");
            }

            id = transaction.Groups["id"].Value;
            open[id].Add(statement);
            Record(statement);
            if (transaction.Groups["commit"].Success)
            {
                // The first commit waits until the other writer has sent its whole transaction: both were open together.
                if (Interlocked.Increment(ref commits) == 1)
                {
                    secondCommitArrived.Task.Wait(TimeSpan.FromSeconds(20));
                }
                else
                {
                    Apply(id);
                    secondCommitArrived.TrySetResult();
                    return new FakeAnswer(202, FakeQueryApiServer.SuccessBody);
                }

                Apply(id);
            }

            return new FakeAnswer(202, FakeQueryApiServer.SuccessBody);
        }

        private void Record(SentStatement statement)
        {
            lock (gate)
            {
                everything.Add(statement);
            }
        }

        private SentStatement Parse(string body)
        {
            using var document = JsonDocument.Parse(body);
            var text = document.RootElement.GetProperty("statement").GetString();
            var template = catalog.All.Single(t => t.Text == text);
            return new SentStatement(template.Name, document.RootElement.GetProperty("parameters").GetProperty("rows").Clone());
        }

        /// <summary>What Neo4j does with one transaction's statements, as a whole, at its commit.</summary>
        private void Apply(string id)
        {
            open.TryRemove(id, out var statements);
            lock (gate)
            {
                foreach (var statement in statements!)
                {
                    var rows = statement.Rows.EnumerateArray().ToArray();
                    if (statement.Name == catalog.RetractMentions.Name)
                    {
                        var keys = rows.Select(r => r.GetProperty("key").GetString() + "|").ToArray();
                        Mentions.RemoveAll(m => keys.Any(k => m.StartsWith(k, StringComparison.Ordinal)));
                    }
                    else if (statement.Name.StartsWith(CypherTemplateCatalog.RetractFactsFile, StringComparison.Ordinal))
                    {
                        var type = TypeOf(statement.Name);
                        var keys = rows.Select(r => $"{type}|{r.GetProperty("key").GetString()}|").ToArray();
                        Facts.RemoveAll(f => keys.Any(k => f.StartsWith(k, StringComparison.Ordinal)));
                    }
                    else if (statement.Name == catalog.Mentions.Name)
                    {
                        Mentions.AddRange(rows.Select(r => $"{r.GetProperty("article").GetString()}|{r.GetProperty("entity").GetString()}"));
                    }
                    else if (statement.Name.StartsWith(CypherTemplateCatalog.EventFactsFile, StringComparison.Ordinal))
                    {
                        var type = TypeOf(statement.Name);
                        Facts.AddRange(rows.Select(r => $"{type}|{r.GetProperty("article").GetString()}|{r.GetProperty("start").GetString()}|{r.GetProperty("end").GetString()}"));
                    }
                }

                Commits.Add(statements);
            }
        }

        private static string TypeOf(string name) => name[(name.IndexOf('[', StringComparison.Ordinal) + 1)..^1];
    }
}
