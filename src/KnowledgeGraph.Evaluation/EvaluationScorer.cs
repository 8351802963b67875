using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores one article's extraction against its gold record, by the reference scorer's rules
/// (shared/data/dev/README.md "Scoring rules"; docs/evaluation.md explains every decision).
/// <para>
/// <b>What the article has.</b> Entities: the extracted entities (the MENTIONS) plus every relationship end, one per
/// entity id. Relationships: every extracted relationship, one per (type, start, end) — one per unordered pair for
/// MET — as the graph stores one edge per triple whatever the number of sentences.
/// </para>
/// <para>
/// <b>Entities</b> (only when the gold says <c>entities_scored</c> is not false; never for gold labels the product
/// does not write, such as Location): per label, a maximum one-to-one matching between gold and predicted entities
/// of that label, where two entities may pair when <see cref="EntityNameMatcher.Matches"/> says their names match
/// (normalised equality, any alias of either side, same country or organisation alias set via the resolver,
/// acronym of the other, person name ending with the other).
/// </para>
/// <para>
/// <b>Relationships</b>: per type, a maximum one-to-one matching where a prediction may pair with a gold edge when
/// both ends match by name as above whatever their labels (the person rule applies when either end is a Person),
/// MET in either order; a capital or seat of government matches its country at an end through the resolver
/// (Kremlin / Moscow → Russia). A prediction left unmatched that fits a partial gold relationship (same type, every
/// named end of the partial matches the prediction's end at that position, either position for MET) is ignored.
/// </para>
/// <para>
/// <b>Counting.</b> TP and FN over every article (recall). FP, and the TP used for precision, only in articles
/// complete for the type (<c>complete</c> and, when present, <c>complete_types</c> naming it) or, for entities,
/// with <c>entities_complete</c>.
/// </para>
/// Not thread-safe (the name matcher caches resolver answers); use one instance per run.
/// </summary>
public sealed class EvaluationScorer
{
    private readonly EntityNameMatcher matcher;

    public EvaluationScorer(IEntityNameResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        matcher = new EntityNameMatcher(resolver);
    }

    public ArticleScore Score(GoldArticle gold, ArticleGraph predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var goldByName = GoldEntitiesByName(gold);
        var predictedEntities = PredictedEntities(predicted);

        var missedRelationships = new List<RelationshipFinding>();
        var unmatchedRelationships = new List<RelationshipFinding>();
        var relationshipRows = new Dictionary<RelationshipType, ScoreRow>();
        var predictedRelationships = DistinctRelationships(predicted.Relationships);
        var ruleRows = new List<RuleScore>();
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            relationshipRows[type] = ScoreRelationships(
                type, gold, goldByName, predictedEntities, predictedRelationships, missedRelationships, unmatchedRelationships, ruleRows);
        }

        var missedEntities = new List<EntityFinding>();
        var unmatchedEntities = new List<EntityFinding>();
        var entityRows = new Dictionary<EntityLabel, ScoreRow>();
        foreach (var label in GraphVocabulary.EntityLabels)
        {
            entityRows[label] = gold.EntitiesScored
                ? ScoreEntities(label, gold, predictedEntities.Values, missedEntities, unmatchedEntities)
                : new ScoreRow(label.ToGraphLabel(), 0, 0, 0, 0, 0);
        }

        var findings = new ArticleFindings(
            gold.Id, gold.Origin, missedRelationships, unmatchedRelationships, missedEntities, unmatchedEntities);
        return new ArticleScore(relationshipRows, entityRows, findings) { Rules = RuleScore.Sum(ruleRows) };
    }

    private ScoreRow ScoreEntities(
        EntityLabel label,
        GoldArticle gold,
        IEnumerable<PredictedEntity> predictedEntities,
        List<EntityFinding> missed,
        List<EntityFinding> unmatched)
    {
        var labelName = label.ToGraphLabel();
        var goldEntities = gold.Entities
            .Where(e => string.Equals(e.Label, labelName, StringComparison.Ordinal))
            .Select(e => (Entity: e, Name: matcher.Prepare(e.Name, e.Aliases, e.Label)))
            .ToArray();
        var predictions = predictedEntities.Where(p => p.Entity.Label == label).ToArray();

        var matching = MaximumMatching.Solve(
            goldEntities.Length,
            predictions.Length,
            (g, p) => EntityNameMatcher.Matches(goldEntities[g].Name, predictions[p].Name));

        var measurable = gold.EntityPrecisionMeasurable;
        for (var g = 0; g < goldEntities.Length; g++)
        {
            if (matching.GoldToPrediction[g] < 0)
            {
                var entity = goldEntities[g].Entity;
                missed.Add(new EntityFinding(entity.Label, entity.Name, entity.Aliases, null));
            }
        }

        for (var p = 0; p < predictions.Length; p++)
        {
            if (matching.PredictionToGold[p] < 0)
            {
                var entity = predictions[p].Entity;
                unmatched.Add(new EntityFinding(
                    labelName, entity.Name, entity.Aliases, measurable ? UnmatchedStatus.FalsePositive : UnmatchedStatus.NotScored));
            }
        }

        var tp = matching.Size;
        return new ScoreRow(
            labelName,
            tp,
            measurable ? predictions.Length - tp : 0,
            goldEntities.Length - tp,
            measurable ? tp : 0,
            measurable ? 1 : 0);
    }

    private ScoreRow ScoreRelationships(
        RelationshipType type,
        GoldArticle gold,
        IReadOnlyDictionary<string, GoldEntity> goldByName,
        IReadOnlyDictionary<string, PredictedEntity> predictedEntities,
        IReadOnlyList<PredictedRelationship> predictedRelationships,
        List<RelationshipFinding> missed,
        List<RelationshipFinding> unmatched,
        List<RuleScore> ruleRows)
    {
        var goldEdges = gold.Relationships
            .Where(r => r.Type == type)
            .Select(r => (Edge: r, Start: GoldEnd(r.Start, r.StartLabel, goldByName), End: GoldEnd(r.End, r.EndLabel, goldByName)))
            .ToArray();
        var predictions = predictedRelationships
            .Where(r => r.Edge.Type == type)
            .Select(r => (r.Edge, Start: predictedEntities[r.Edge.StartId], End: predictedEntities[r.Edge.EndId], r.Rules))
            .ToArray();
        var symmetric = type.IsSymmetric();

        var matching = MaximumMatching.Solve(
            goldEdges.Length,
            predictions.Length,
            (g, p) => EndsMatch(goldEdges[g].Start, goldEdges[g].End, predictions[p].Start.Name, predictions[p].End.Name, symmetric));

        for (var g = 0; g < goldEdges.Length; g++)
        {
            if (matching.GoldToPrediction[g] < 0)
            {
                var edge = goldEdges[g].Edge;
                missed.Add(new RelationshipFinding(type, edge.Start, edge.End, edge.Evidence, null));
            }
        }

        var complete = gold.IsCompleteFor(type);
        var falsePositives = 0;
        var statuses = new UnmatchedStatus?[predictions.Length];
        if (matching.Size < predictions.Length)
        {
            var partials = gold.PartialRelationships
                .Where(r => r.Type == type)
                .Select(r => (
                    Start: r.Start is null ? null : GoldEnd(r.Start, null, goldByName),
                    End: r.End is null ? null : GoldEnd(r.End, null, goldByName)))
                .ToArray();
            for (var p = 0; p < predictions.Length; p++)
            {
                if (matching.PredictionToGold[p] >= 0)
                {
                    continue;
                }

                var (edge, start, end, _) = predictions[p];
                UnmatchedStatus status;
                if (partials.Any(partial => FitsPartial(partial.Start, partial.End, start.Name, end.Name, symmetric)))
                {
                    status = UnmatchedStatus.FitsPartial;
                }
                else if (complete)
                {
                    status = UnmatchedStatus.FalsePositive;
                    falsePositives++;
                }
                else
                {
                    status = UnmatchedStatus.NotScored;
                }

                statuses[p] = status;
                unmatched.Add(new RelationshipFinding(type, start.Entity.Name, end.Entity.Name, edge.Evidence, status));
            }
        }

        for (var p = 0; p < predictions.Length; p++)
        {
            var matched = matching.PredictionToGold[p] >= 0 ? 1 : 0;
            var falsePositive = statuses[p] == UnmatchedStatus.FalsePositive ? 1 : 0;
            foreach (var rule in predictions[p].Rules)
            {
                ruleRows.Add(new RuleScore(rule, 1, matched, falsePositive, complete ? matched : 0));
            }
        }

        var tp = matching.Size;
        return new ScoreRow(type.ToGraphType(), tp, falsePositives, goldEdges.Length - tp, complete ? tp : 0, complete ? 1 : 0);
    }

    private static bool EndsMatch(MatchableName goldStart, MatchableName goldEnd, MatchableName start, MatchableName end, bool symmetric) =>
        (EntityNameMatcher.Matches(goldStart, start) && EntityNameMatcher.Matches(goldEnd, end))
        || (symmetric && EntityNameMatcher.Matches(goldStart, end) && EntityNameMatcher.Matches(goldEnd, start));

    private static bool FitsPartial(MatchableName? partialStart, MatchableName? partialEnd, MatchableName start, MatchableName end, bool symmetric)
    {
        bool Fits(MatchableName s, MatchableName e) =>
            (partialStart is null || EntityNameMatcher.Matches(partialStart, s))
            && (partialEnd is null || EntityNameMatcher.Matches(partialEnd, e));

        return Fits(start, end) || (symmetric && Fits(end, start));
    }

    private MatchableName GoldEnd(string name, string? label, IReadOnlyDictionary<string, GoldEntity> goldByName)
    {
        if (goldByName.TryGetValue(name, out var entity) || goldByName.TryGetValue(EntityNameMatcher.Normalise(name), out entity))
        {
            return matcher.Prepare(name, entity.Aliases.Append(entity.Name), label ?? entity.Label);
        }

        return matcher.Prepare(name, null, label);
    }

    private static Dictionary<string, GoldEntity> GoldEntitiesByName(GoldArticle gold)
    {
        var byName = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        foreach (var entity in gold.Entities)
        {
            byName.TryAdd(entity.Name, entity);
        }

        foreach (var entity in gold.Entities)
        {
            byName.TryAdd(EntityNameMatcher.Normalise(entity.Name), entity);
        }

        return byName;
    }

    private Dictionary<string, PredictedEntity> PredictedEntities(ArticleGraph predicted)
    {
        var byId = new Dictionary<string, PredictedEntity>(StringComparer.Ordinal);
        foreach (var mention in predicted.Entities)
        {
            var entity = mention.Entity;
            if (!byId.ContainsKey(entity.Id))
            {
                byId[entity.Id] = new PredictedEntity(entity, matcher.Prepare(entity.Name, entity.Aliases, entity.Label.ToGraphLabel()));
            }
        }

        foreach (var relationship in predicted.Relationships)
        {
            AddEnd(relationship.StartId);
            AddEnd(relationship.EndId);
        }

        return byId;

        void AddEnd(string id)
        {
            if (byId.ContainsKey(id))
            {
                return;
            }

            // An end the extractor did not list among its entities: recover label and name from the node id.
            var label = NodeIds.LabelOf(id) ?? EntityLabel.Organisation;
            var colon = id.IndexOf(':', StringComparison.Ordinal);
            var name = (colon >= 0 ? id[(colon + 1)..] : id).Replace('-', ' ');
            var entity = new Entity(label, name, []);
            byId[id] = new PredictedEntity(entity, matcher.Prepare(name, null, label.ToGraphLabel()));
        }
    }

    /// <summary>One prediction per (type, start, end), the first relationship stating it, with every rule that did.</summary>
    private static List<PredictedRelationship> DistinctRelationships(IReadOnlyList<ExtractedRelationship> relationships)
    {
        var seen = new Dictionary<(RelationshipType, string, string), PredictedRelationship>();
        var distinct = new List<PredictedRelationship>(relationships.Count);
        foreach (var relationship in relationships)
        {
            var (start, end) = (relationship.StartId, relationship.EndId);
            if (relationship.Type.IsSymmetric() && string.CompareOrdinal(start, end) > 0)
            {
                (start, end) = (end, start);
            }

            if (!seen.TryGetValue((relationship.Type, start, end), out var prediction))
            {
                prediction = new PredictedRelationship(relationship, new SortedSet<string>(StringComparer.Ordinal));
                seen.Add((relationship.Type, start, end), prediction);
                distinct.Add(prediction);
            }

            prediction.Rules.Add(string.IsNullOrEmpty(relationship.Rule) ? RuleScore.NoRule : relationship.Rule);
        }

        return distinct;
    }

    private sealed record PredictedRelationship(ExtractedRelationship Edge, SortedSet<string> Rules);

    private sealed record PredictedEntity(Entity Entity, MatchableName Name);
}
