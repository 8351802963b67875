using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Runs an extractor over gold JSONL sets and scores it (rules: <see cref="EvaluationScorer"/>, docs/evaluation.md).
/// Each gold record becomes an <see cref="Article"/> (Id = record id, Text, Title, Published = <c>date</c>) exactly
/// as the product would ingest it. Unreadable lines and extractor failures are listed in
/// <see cref="EvaluationReport.Errors"/> and the run goes on; a missing file throws. With an
/// <paramref name="augmenter"/>, each rule graph goes through it before scoring (the product's optional second stage);
/// an augmenter that throws leaves that article scored on its rule graph, with the error listed.
/// </summary>
public sealed class EvaluationRunner(IArticleExtractor extractor, IEntityNameResolver resolver, IGraphAugmenter? augmenter = null)
{
    public Task<EvaluationReport> RunAsync(IReadOnlyList<string> goldPaths, CancellationToken cancellationToken) =>
        RunAsync(goldPaths, DevelopmentHalf.All, cancellationToken);

    /// <summary>Scores only the articles of <paramref name="half"/> (see <see cref="DevelopmentHalves"/>).</summary>
    public async Task<EvaluationReport> RunAsync(IReadOnlyList<string> goldPaths, DevelopmentHalf half, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goldPaths);
        var scorer = new EvaluationScorer(resolver);
        var errors = new List<string>();
        var sets = new List<SetAccumulator>();
        foreach (var path in goldPaths)
        {
            var set = new SetAccumulator(SetName(path));
            sets.Add(set);
            await foreach (var result in GoldJsonlReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (result.Article is not { } gold)
                {
                    errors.Add(result.Error ?? $"{path}:{result.Line}: unreadable");
                    continue;
                }

                if (!half.Includes(gold.Id))
                {
                    continue;
                }

                ArticleGraph graph;
                try
                {
                    graph = extractor.Extract(gold.ToArticle());
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    errors.Add($"{gold.Origin}: extractor failed on '{gold.Id}': {exception.GetType().Name}: {exception.Message}");
                    continue;
                }

                if (augmenter is not null)
                {
                    try
                    {
                        graph = await augmenter.AugmentAsync(graph, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        errors.Add($"{gold.Origin}: augmenter failed on '{gold.Id}' (scored on the rule graph): {exception.GetType().Name}: {exception.Message}");
                    }
                }

                set.Add(gold, scorer.Score(gold, graph));
            }
        }

        var setReports = sets.Select(s => s.Build()).ToArray();
        var overall = SetAccumulator.Combine(EvaluationReport.OverallName, setReports);
        return new EvaluationReport(setReports, overall, errors);
    }

    /// <summary>The set name: the file name without ".jsonl" ("rams.dev").</summary>
    public static string SetName(string path)
    {
        var file = Path.GetFileName(path);
        return file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? file[..^".jsonl".Length] : file;
    }

    private sealed class SetAccumulator(string name)
    {
        private readonly Dictionary<RelationshipType, ScoreRow> relationships =
            GraphVocabulary.RelationshipTypes.ToDictionary(t => t, t => new ScoreRow(t.ToGraphType(), 0, 0, 0, 0, 0));

        private readonly Dictionary<EntityLabel, ScoreRow> entities =
            GraphVocabulary.EntityLabels.ToDictionary(l => l, l => new ScoreRow(l.ToGraphLabel(), 0, 0, 0, 0, 0));

        private readonly List<ArticleFindings> findings = [];
        private readonly List<RuleScore> rules = [];
        private int articles;
        private int entityScoredArticles;

        public void Add(GoldArticle gold, ArticleScore score)
        {
            articles++;
            if (gold.EntitiesScored)
            {
                entityScoredArticles++;
            }

            foreach (var (type, row) in score.Relationships)
            {
                relationships[type] = ScoreRow.Sum(row.Name, [relationships[type], row]);
            }

            foreach (var (label, row) in score.Entities)
            {
                entities[label] = ScoreRow.Sum(row.Name, [entities[label], row]);
            }

            findings.Add(score.Findings);
            rules.AddRange(score.Rules);
        }

        public SetReport Build() =>
            EvaluationReport.BuildSet(name, articles, entityScoredArticles, relationships, entities, findings) with { Rules = RuleScore.Sum(rules) };

        public static SetReport Combine(string name, IReadOnlyList<SetReport> sets)
        {
            var relationshipRows = GraphVocabulary.RelationshipTypes.ToDictionary(
                t => t,
                t => ScoreRow.Sum(t.ToGraphType(), sets.Select(s => s.Find(t.ToGraphType())!)));
            var entityRows = GraphVocabulary.EntityLabels.ToDictionary(
                l => l,
                l => ScoreRow.Sum(l.ToGraphLabel(), sets.Select(s => s.Find(l.ToGraphLabel())!)));
            return EvaluationReport.BuildSet(
                name, sets.Sum(s => s.Articles), sets.Sum(s => s.EntityScoredArticles), relationshipRows, entityRows, [])
                with { Rules = RuleScore.Sum(sets.SelectMany(s => s.Rules)) };
        }
    }
}
