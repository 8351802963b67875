using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Llm.Augmentation;

/// <summary>Why a proposed relationship was dropped (the tag of <c>kg.llm.relationships.rejected</c>).</summary>
internal enum RejectionReason
{
    Malformed,
    UnknownType,
    UnknownLabel,
    LabelNotAllowed,
    NotAsserted,
    EvidenceNotFound,
    EvidenceSpansSentences,
    EvidenceHedged,
    UnknownEntity,
    LabelConflict,
    SameEntity,
    AlreadyExtracted,
    Duplicate,
    OverLimit,
}

internal sealed record Rejection(int Item, RejectionReason Reason, string Detail);

internal sealed record ValidationResult(
    IReadOnlyList<ExtractedRelationship> Accepted,
    IReadOnlyList<ArticleEntity> NewEntities,
    IReadOnlyList<Rejection> Rejections);

/// <summary>
/// Decides which of the model's proposals become edges, under the product's rules. A proposal is kept only when
/// its type and labels are in <see cref="GraphVocabulary"/>; its status is "asserted"; its evidence is found in the
/// article (whitespace-normalised) within one sentence of the extractor's numbering; that sentence carries none of
/// the negation, attribution, conditional or modal words the rules treat as blocking (nor is a question); both ends
/// are entities of the rule graph (by name or alias, case-insensitive) or names written in the article as whole
/// words (a Country must be one the gazetteer knows); the ends differ; the rules do not already have the edge; and
/// fewer than the maximum were accepted before it.
/// </summary>
internal sealed class RelationshipValidator(IEntityNameResolver resolver)
{
    private const int MinimumEvidenceCharacters = 12;
    private const int MaxNameCharacters = 120;
    private const int MaxTriggerCharacters = 60;

    /// <summary>Words a model may return as an end although they name nobody.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "we", "us", "our", "i", "me", "you",
        "the", "a", "an", "this", "that", "these", "those", "who", "which",
    };

    public ValidationResult Validate(ArticleGraph graph, ArticleSentences sentences, IReadOnlyList<ProposedRelationship> proposals, int maxRelationships)
    {
        var text = graph.Article.Text;
        var locator = new EvidenceLocator(text);
        var known = new KnownEntities(graph.Entities);
        var existing = new HashSet<(RelationshipType, string, string)>();
        foreach (var relationship in graph.Relationships)
        {
            existing.Add(Key(relationship.Type, relationship.StartId, relationship.EndId));
        }

        var accepted = new List<ExtractedRelationship>();
        var acceptedKeys = new HashSet<(RelationshipType, string, string, int)>();
        var newEntities = new Dictionary<string, ArticleEntity>(StringComparer.Ordinal);
        var rejections = new List<Rejection>();
        for (var item = 0; item < proposals.Count; item++)
        {
            var proposal = proposals[item];
            if (accepted.Count >= maxRelationships)
            {
                rejections.Add(new Rejection(item, RejectionReason.OverLimit, $"more than {maxRelationships} relationships proposed"));
                continue;
            }

            if (proposal.Type is null || proposal.Start is null || proposal.End is null || proposal.StartLabel is null
                || proposal.EndLabel is null || proposal.Evidence is null || proposal.Status is null)
            {
                rejections.Add(new Rejection(item, RejectionReason.Malformed, "a required field is missing or not a string"));
                continue;
            }

            if (!GraphVocabulary.TryParseType(proposal.Type.Trim(), out var type))
            {
                rejections.Add(new Rejection(item, RejectionReason.UnknownType, "type is not one of the six relationship types"));
                continue;
            }

            if (!GraphVocabulary.TryParseLabel(proposal.StartLabel.Trim(), out var startLabel) || !GraphVocabulary.TryParseLabel(proposal.EndLabel.Trim(), out var endLabel))
            {
                rejections.Add(new Rejection(item, RejectionReason.UnknownLabel, "a label is not Person, Country, Organisation, Base or Location"));
                continue;
            }

            if (!type.AllowsEnds(startLabel, endLabel))
            {
                rejections.Add(new Rejection(item, RejectionReason.LabelNotAllowed, $"a Location never acts and ends no {type.ToGraphType()} ({startLabel.ToGraphLabel()} -> {endLabel.ToGraphLabel()})"));
                continue;
            }

            if (!string.Equals(proposal.Status.Trim(), "asserted", StringComparison.Ordinal))
            {
                rejections.Add(new Rejection(item, RejectionReason.NotAsserted, "status is not 'asserted'"));
                continue;
            }

            if (EvidenceLocator.Normalise(proposal.Evidence).Length < MinimumEvidenceCharacters || !locator.TryFind(proposal.Evidence, out var evidenceStart, out var evidenceEnd))
            {
                rejections.Add(new Rejection(item, RejectionReason.EvidenceNotFound, "evidence is not a sentence of the article"));
                continue;
            }

            var sentence = sentences.SentenceAt(evidenceStart);
            if (sentence < 0 || evidenceEnd > sentences.EndOf(sentence))
            {
                rejections.Add(new Rejection(item, RejectionReason.EvidenceSpansSentences, "evidence is not within one sentence"));
                continue;
            }

            var trigger = TriggerIn(sentences.TextOf(sentence), proposal.Trigger);
            var blocking = sentences.BlockingWords(sentence, trigger);
            if (blocking.Count > 0)
            {
                rejections.Add(new Rejection(item, RejectionReason.EvidenceHedged, $"evidence sentence {sentence} is hedged ('{blocking[0]}')"));
                continue;
            }

            var start = ResolveEnd(proposal.Start, startLabel, text, known, out var startProblem);
            var end = ResolveEnd(proposal.End, endLabel, text, known, out var endProblem);
            if (start is null || end is null)
            {
                var problem = start is null ? startProblem : endProblem;
                rejections.Add(new Rejection(item, problem.Reason, problem.Detail));
                continue;
            }

            if (start.Id == end.Id)
            {
                rejections.Add(new Rejection(item, RejectionReason.SameEntity, "start and end are the same entity"));
                continue;
            }

            var (startId, endId) = (start.Id, end.Id);
            if (type.IsSymmetric() && string.CompareOrdinal(startId, endId) > 0)
            {
                (startId, endId) = (endId, startId);
            }

            if (existing.Contains(Key(type, startId, endId)))
            {
                rejections.Add(new Rejection(item, RejectionReason.AlreadyExtracted, "the rules already have this relationship"));
                continue;
            }

            if (!acceptedKeys.Add((type, startId, endId, sentence)))
            {
                rejections.Add(new Rejection(item, RejectionReason.Duplicate, "proposed twice for the same sentence"));
                continue;
            }

            foreach (var candidate in (ReadOnlySpan<Candidate>)[start, end])
            {
                if (candidate.IsNew && !newEntities.ContainsKey(candidate.Id))
                {
                    var aliases = candidate.Surface == candidate.Name ? Array.Empty<string>() : [candidate.Surface];
                    newEntities[candidate.Id] = new ArticleEntity(new Entity(candidate.Label, candidate.Name, aliases), Math.Max(1, CountWholeWord(text, candidate.Surface)));
                }
            }

            accepted.Add(new ExtractedRelationship(type, startId, endId, sentence, sentences.TextOf(sentence), trigger, sentences.EventDate(sentence, trigger)));
        }

        return new ValidationResult(accepted, [.. newEntities.Values], rejections);
    }

    private static (RelationshipType, string, string) Key(RelationshipType type, string startId, string endId) =>
        type.IsSymmetric() && string.CompareOrdinal(startId, endId) > 0 ? (type, endId, startId) : (type, startId, endId);

    /// <summary>The model's trigger when it is a word of the evidence sentence (bounded), else empty.</summary>
    private static string TriggerIn(string sentence, string? trigger)
    {
        var word = trigger?.Trim() ?? "";
        return word.Length is > 0 and <= MaxTriggerCharacters && !word.Any(char.IsControl) && IndexOfWholeWord(sentence, word, StringComparison.OrdinalIgnoreCase) >= 0
            ? word
            : "";
    }

    private Candidate? ResolveEnd(string rawName, EntityLabel label, string text, KnownEntities known, out (RejectionReason Reason, string Detail) problem)
    {
        problem = default;
        var name = rawName.Trim();
        if (name.Length is 0 or > MaxNameCharacters || name.Any(IsInvisible) || NotNames.Contains(name))
        {
            problem = (RejectionReason.UnknownEntity, "an end is not a usable name");
            return null;
        }

        if (known.Find(name, label) is { } entity)
        {
            return new Candidate(entity.Id, entity.Label, entity.Name, name, IsNew: false);
        }

        // A name the rules did not find must look like one: "the militants" names nobody.
        if (!name.Any(char.IsUpper))
        {
            problem = (RejectionReason.UnknownEntity, "an end is not a name");
            return null;
        }

        // Canonical forms ("Washington" → United States) so that an end the rules know under another name is one node.
        var canonical = name;
        if (resolver.TryResolve(name, out var resolvedLabel, out var resolvedName))
        {
            if (resolvedLabel != label)
            {
                problem = (RejectionReason.LabelConflict, $"an end labelled {label.ToGraphLabel()} is a known {resolvedLabel.ToGraphLabel()}");
                return null;
            }

            canonical = resolvedName;
            if (known.FindById(NodeIds.ForEntity(label, canonical)) is { } byId)
            {
                return new Candidate(byId.Id, byId.Label, byId.Name, name, IsNew: false);
            }
        }
        else if (label == EntityLabel.Country)
        {
            problem = (RejectionReason.UnknownEntity, "an end labelled Country is not a known country");
            return null;
        }

        if (IndexOfWholeWord(text, name, StringComparison.Ordinal) < 0)
        {
            problem = (RejectionReason.UnknownEntity, "an end is neither an entity of the article nor a name written in it");
            return null;
        }

        var id = NodeIds.ForEntity(label, canonical);
        if (id.Length <= id.IndexOf(':', StringComparison.Ordinal) + 1)
        {
            problem = (RejectionReason.UnknownEntity, "an end has no letters or digits to name a node by");
            return null;
        }

        if (known.FindById(id) is { } sameNode)
        {
            return new Candidate(sameNode.Id, sameNode.Label, sameNode.Name, name, IsNew: false);
        }

        return new Candidate(id, label, canonical, name, IsNew: true);
    }

    /// <summary>Control and format characters (NUL, escapes, bidi overrides) have no place in a name.</summary>
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static int CountWholeWord(string text, string word)
    {
        var count = 0;
        var from = 0;
        while (from < text.Length)
        {
            var at = IndexOfWholeWord(text, word, StringComparison.Ordinal, from);
            if (at < 0)
            {
                break;
            }

            count++;
            from = at + word.Length;
        }

        return count;
    }

    private static int IndexOfWholeWord(string text, string word, StringComparison comparison, int from = 0)
    {
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, comparison);
            if (at < 0)
            {
                return -1;
            }

            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private sealed record Candidate(string Id, EntityLabel Label, string Name, string Surface, bool IsNew);

    /// <summary>The rule graph's entities by name and alias, case-insensitive.</summary>
    private sealed class KnownEntities
    {
        private readonly Dictionary<string, List<Entity>> byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Entity> byId = new(StringComparer.Ordinal);

        public KnownEntities(IReadOnlyList<ArticleEntity> entities)
        {
            foreach (var (entity, _) in entities)
            {
                byId.TryAdd(entity.Id, entity);
                Add(entity.Name, entity);
                foreach (var alias in entity.Aliases)
                {
                    Add(alias, entity);
                }
            }
        }

        /// <summary>The entity of that name with the same label; else the only entity of that name whatever its label.</summary>
        public Entity? Find(string name, EntityLabel label)
        {
            if (!byName.TryGetValue(name, out var matches))
            {
                return null;
            }

            return matches.Find(e => e.Label == label) ?? (matches.Count == 1 ? matches[0] : null);
        }

        public Entity? FindById(string id) => byId.GetValueOrDefault(id);

        private void Add(string name, Entity entity)
        {
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            if (!list.Contains(entity))
            {
                list.Add(entity);
            }
        }
    }
}
