using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Evaluation.Tests.Gold;

namespace KnowledgeGraph.Evaluation.Tests;

public sealed class EvaluationScorerTests
{
    private const string Evidence = "An invented sentence naming both sides.";

    private readonly EvaluationScorer scorer = new(new TestNameResolver());

    private ArticleScore Score(GoldArticle gold, IReadOnlyList<Entity> entities, params (RelationshipType, Entity, Entity, string)[] relationships) =>
        scorer.Score(gold, ScriptedExtractor.Graph(gold.ToArticle(), entities, relationships));

    private static void AssertCounts(ScoreRow row, int tp, int fp, int fn)
    {
        Assert.Equal(tp, row.Tp);
        Assert.Equal(fp, row.Fp);
        Assert.Equal(fn, row.Fn);
    }

    [Fact]
    public void Score_EntityWithOtherLabel_NotMatched()
    {
        var gold = Article(entities: [Entity("Person", "Jordan Hale")]);

        var score = Score(gold, [Organisation("Jordan Hale")]);

        AssertCounts(score.Entities[EntityLabel.Person], tp: 0, fp: 0, fn: 1);
        AssertCounts(score.Entities[EntityLabel.Organisation], tp: 0, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_TwoPredictionsForOneGoldEntity_OnlyOneMatches()
    {
        var gold = Article(entities: [Entity("Person", "Amara Okafor")]);

        var score = Score(gold, [Person("Okafor"), Person("Amara Okafor")]);

        AssertCounts(score.Entities[EntityLabel.Person], tp: 1, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_GreedyPairingWouldLoseAMatch_MaximumMatchingFindsBoth()
    {
        // "Okafor" fits both gold people, "Amara Okafor" only the first; a greedy pass over gold order would give
        // "Okafor" to the first and leave the second unmatched.
        var gold = Article(entities: [Entity("Person", "Amara Okafor"), Entity("Person", "Chidi Okafor")]);

        var score = Score(gold, [Person("Okafor"), Person("Amara Okafor")]);

        AssertCounts(score.Entities[EntityLabel.Person], tp: 2, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_GoldLocations_ScoredAgainstPredictedLocationsOnly()
    {
        var gold = Article(entities: [Entity("Location", "Harbour Province"), Entity("Location", "Port Selwyn"), Entity("Country", "Russia")]);

        var score = Score(gold, [Country("Russia"), Location("Harbour Province"), Location("Dorn Valley"), Organisation("Port Selwyn")]);

        AssertCounts(score.Entities[EntityLabel.Location], tp: 1, fp: 1, fn: 1);
        AssertCounts(score.Entities[EntityLabel.Country], tp: 1, fp: 0, fn: 0);
        AssertCounts(score.Entities[EntityLabel.Organisation], tp: 0, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_UnknownGoldLabel_NeitherFoundNorMissed()
    {
        var gold = Article(entities: [Entity("Weapon", "Harbour Cannon"), Entity("Country", "Russia")]);

        var score = Score(gold, [Country("Russia")]);

        Assert.All(score.Entities.Values, row => Assert.Equal(0, row.Fn));
        AssertCounts(score.Entities[EntityLabel.Country], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_EntitiesNotScored_NoEntityCounts()
    {
        var gold = Article(entitiesScored: false, entities: [Entity("Person", "Amara Okafor")]);

        var score = Score(gold, [Person("Someone Else")]);

        Assert.All(score.Entities.Values, row => AssertCounts(row, tp: 0, fp: 0, fn: 0));
    }

    [Fact]
    public void Score_EntitiesIncomplete_FalsePositivesNotCounted()
    {
        var gold = Article(entitiesComplete: false, entities: [Entity("Person", "Amara Okafor"), Entity("Person", "Lena Brandt")]);

        var score = Score(gold, [Person("Amara Okafor"), Person("Someone Else")]);

        var row = score.Entities[EntityLabel.Person];
        AssertCounts(row, tp: 1, fp: 0, fn: 1);
        Assert.Equal(0, row.TpInComplete);
        Assert.Null(row.Precision);
        Assert.Equal(0.5, row.Recall);
    }

    [Fact]
    public void Score_RelationshipEndsMissingFromMentions_CountAsEntities()
    {
        var gold = Article(entities: [Entity("Country", "Russia"), Entity("Organisation", "Islamic State")]);
        var russia = Country("Russia");
        var islamicState = Organisation("Islamic State");

        var score = Score(gold, [], (RelationshipType.Attacked, russia, islamicState, Evidence));

        AssertCounts(score.Entities[EntityLabel.Country], tp: 1, fp: 0, fn: 0);
        AssertCounts(score.Entities[EntityLabel.Organisation], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_MetInEitherOrder_Matches()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Met, "Amara Okafor", "Lena Brandt", "Person", "Person")]);

        var score = Score(gold, [], (RelationshipType.Met, Person("Lena Brandt"), Person("Amara Okafor"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Met], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_DirectedRelationshipReversed_MissAndFalsePositive()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Attacked, "Islamic State", "Russia")]);

        var score = Score(gold, [], (RelationshipType.Attacked, Country("Russia"), Organisation("Islamic State"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 0, fp: 1, fn: 1);
        Assert.Single(score.Findings.MissedRelationships);
        var falsePositive = Assert.Single(score.Findings.UnmatchedRelationships);
        Assert.Equal(UnmatchedStatus.FalsePositive, falsePositive.Status);
        Assert.Equal(Evidence, falsePositive.Evidence);
    }

    [Fact]
    public void Score_RelationshipOfOtherType_NotMatched()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Attacked, "Islamic State", "Russia")]);

        var score = Score(gold, [], (RelationshipType.Threatened, Organisation("Islamic State"), Country("Russia"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 0, fp: 0, fn: 1);
        AssertCounts(score.Relationships[RelationshipType.Threatened], tp: 0, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_RelationshipEndsWithOtherLabels_MatchByName()
    {
        var gold = Article(
            entities: [Entity("Organisation", "Harbour Guard"), Entity("Location", "Port Selwyn")],
            relationships: [Edge(RelationshipType.Attacked, "Harbour Guard", "Port Selwyn", "Organisation", "Location")]);

        var score = Score(gold, [], (RelationshipType.Attacked, Person("Harbour Guard"), Base("Port Selwyn"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_RelationshipEndsThroughAliasesAndResolver_Match()
    {
        var gold = Article(
            entities: [Entity("Country", "United States", "U.S."), Entity("Organisation", "Syrian Democratic Forces")],
            relationships: [Edge(RelationshipType.Met, "United States", "Syrian Democratic Forces")]);

        var america = Country("America");
        var sdf = Organisation("SDF");

        var score = Score(gold, [america, sdf], (RelationshipType.Met, america, sdf, Evidence));

        AssertCounts(score.Relationships[RelationshipType.Met], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_CapitalAtRelationshipEnd_MatchesItsCountry()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Condemned, "Russia", "Lena Brandt", "Country", "Person")]);

        var score = Score(gold, [], (RelationshipType.Condemned, Organisation("Kremlin"), Person("Brandt"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Condemned], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_TwoPredictionsForOneGoldEdge_OneFalsePositive()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Attacked, "Islamic State", "Russia")]);

        var score = Score(
            gold,
            [],
            (RelationshipType.Attacked, Organisation("ISIS"), Country("Russia"), Evidence),
            (RelationshipType.Attacked, Organisation("Daesh"), Country("Russia"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 1, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_SameTripleFromTwoSentences_CountsOnce()
    {
        var gold = Article(relationships: [Edge(RelationshipType.Attacked, "Islamic State", "Russia")]);
        var islamicState = Organisation("Islamic State");
        var russia = Country("Russia");

        var score = Score(
            gold,
            [],
            (RelationshipType.Attacked, islamicState, russia, "First sentence."),
            (RelationshipType.Attacked, islamicState, russia, "Second sentence."));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_PredictionFittingPartialRelationship_Ignored()
    {
        var gold = Article(partials: [new GoldPartialRelationship(RelationshipType.Attacked, "Islamic State", null, "Militants struck a convoy.")]);

        var score = Score(
            gold,
            [],
            (RelationshipType.Attacked, Organisation("ISIL"), Country("Russia"), Evidence),
            (RelationshipType.Attacked, Country("Russia"), Organisation("ISIL"), Evidence));

        // The first fits the partial (named start matches); the second has the named end at the wrong position.
        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 0, fp: 1, fn: 0);
        Assert.Equal(
            [UnmatchedStatus.FitsPartial, UnmatchedStatus.FalsePositive],
            score.Findings.UnmatchedRelationships.Select(f => f.Status));
    }

    [Fact]
    public void Score_PartialOfOtherType_DoesNotExempt()
    {
        var gold = Article(partials: [new GoldPartialRelationship(RelationshipType.Killed, "Islamic State", null, null)]);

        var score = Score(gold, [], (RelationshipType.Attacked, Organisation("Islamic State"), Country("Russia"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 0, fp: 1, fn: 0);
    }

    [Fact]
    public void Score_PartialMetNamedEndOnEitherSide_Ignored()
    {
        var gold = Article(partials: [new GoldPartialRelationship(RelationshipType.Met, null, "Lena Brandt", null)]);

        var score = Score(gold, [], (RelationshipType.Met, Person("Lena Brandt"), Person("Amara Okafor"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Met], tp: 0, fp: 0, fn: 0);
    }

    [Fact]
    public void Score_ArticleNotComplete_FalsePositivesNotCounted()
    {
        var gold = Article(complete: false, relationships: [Edge(RelationshipType.Attacked, "Islamic State", "Russia")]);

        var score = Score(
            gold,
            [],
            (RelationshipType.Attacked, Organisation("Islamic State"), Country("Russia"), Evidence),
            (RelationshipType.Attacked, Organisation("Islamic State"), Country("United States"), Evidence));

        var row = score.Relationships[RelationshipType.Attacked];
        AssertCounts(row, tp: 1, fp: 0, fn: 0);
        Assert.Equal(0, row.TpInComplete);
        Assert.Equal(0, row.CompleteArticles);
        Assert.Equal(UnmatchedStatus.NotScored, Assert.Single(score.Findings.UnmatchedRelationships).Status);
    }

    [Fact]
    public void Score_CompleteTypesNarrowed_OnlyListedTypesCountFalsePositives()
    {
        var gold = Article(completeTypes: [RelationshipType.Attacked]);

        var score = Score(
            gold,
            [],
            (RelationshipType.Attacked, Organisation("Islamic State"), Country("Russia"), Evidence),
            (RelationshipType.Sanctioned, Country("United States"), Country("Russia"), Evidence));

        AssertCounts(score.Relationships[RelationshipType.Attacked], tp: 0, fp: 1, fn: 0);
        AssertCounts(score.Relationships[RelationshipType.Sanctioned], tp: 0, fp: 0, fn: 0);
        Assert.Equal(1, score.Relationships[RelationshipType.Attacked].CompleteArticles);
        Assert.Equal(0, score.Relationships[RelationshipType.Sanctioned].CompleteArticles);
    }
}
