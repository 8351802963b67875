using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>One annotated article of a gold JSONL set (format: shared/data/dev/README.md).</summary>
public sealed record GoldArticle
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Source { get; init; }

    public string? Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    /// <summary>Every event of the annotated kinds was annotated, so precision can be measured.</summary>
    public bool Complete { get; init; }

    /// <summary>When present, narrows <see cref="Complete"/> to these relationship types.</summary>
    public IReadOnlyList<RelationshipType>? CompleteTypes { get; init; }

    /// <summary>Every named entity is listed, so entity precision can be measured.</summary>
    public bool EntitiesComplete { get; init; }

    /// <summary>False when the set's entity labels are guesses (RAMS): entities are then not scored at all.</summary>
    public bool EntitiesScored { get; init; } = true;

    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    public IReadOnlyList<GoldRelationship> Relationships { get; init; } = [];

    public IReadOnlyList<GoldPartialRelationship> PartialRelationships { get; init; } = [];

    /// <summary>Where the record was read from ("file.jsonl:12").</summary>
    public string Origin { get; init; } = "";

    /// <summary>True when false positives of <paramref name="type"/> count in this article.</summary>
    public bool IsCompleteFor(RelationshipType type) =>
        Complete && (CompleteTypes is null || CompleteTypes.Contains(type));

    /// <summary>True when false-positive entities count in this article.</summary>
    public bool EntityPrecisionMeasurable => EntitiesScored && EntitiesComplete;

    /// <summary>The article the extractor sees: the gold record without its annotations.</summary>
    public Article ToArticle() => new()
    {
        Id = Id,
        Text = Text,
        Title = Title,
        Published = Date,
        Url = Url,
        Source = Source,
        Origin = Origin,
    };
}

/// <summary>
/// A gold entity. <see cref="Label"/> is kept as written: gold sets also carry <c>Location</c>, which the product
/// never writes (it is not scored as an entity, but may be a relationship end).
/// </summary>
public sealed record GoldEntity(string Label, string Name, IReadOnlyList<string> Aliases);

/// <summary>A gold relationship between two named entities (names from the article's entities).</summary>
public sealed record GoldRelationship(
    RelationshipType Type,
    string Start,
    string End,
    string? StartLabel,
    string? EndLabel,
    string? Evidence,
    string? Trigger);

/// <summary>An event with one named end; the other end (<c>null</c>) is a pronoun or a description.</summary>
public sealed record GoldPartialRelationship(RelationshipType Type, string? Start, string? End, string? Evidence);
