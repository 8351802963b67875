using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Model;

public sealed class GraphVocabularyTests
{
    [Fact]
    public void TryParseLabel_Location_IsAWhitelistedNodeLabel()
    {
        Assert.True(GraphVocabulary.TryParseLabel("Location", out var label));
        Assert.Equal(EntityLabel.Location, label);
        Assert.True(GraphVocabulary.IsNodeLabel("Location"));
    }

    [Theory]
    [InlineData("LOCATED_IN", true)]
    [InlineData("MENTIONS", true)]
    [InlineData("ATTACKED", false)]
    public void IsStructuralType_Type_OnlyMentionsAndLocatedIn(string type, bool structural)
    {
        Assert.True(GraphVocabulary.IsRelationshipType(type));
        Assert.Equal(structural, GraphVocabulary.IsStructuralType(type));
    }

    [Fact]
    public void CountryId_LocationWithCountry_IsThatCountrysNodeId() =>
        Assert.Equal("country:belmark", new Entity(EntityLabel.Location, "Port Selwyn", []) { Country = "Belmark" }.CountryId);

    [Theory]
    [InlineData(EntityLabel.Location, null)]
    [InlineData(EntityLabel.Person, "Belmark")]
    public void CountryId_NoCountryOrNotALocation_IsNull(EntityLabel label, string? country) =>
        Assert.Null(new Entity(label, "Selwyn", []) { Country = country }.CountryId);

    [Theory]
    [InlineData(RelationshipType.Attacked, EntityLabel.Country, EntityLabel.Location, true)]
    [InlineData(RelationshipType.Condemned, EntityLabel.Country, EntityLabel.Location, false)]
    [InlineData(RelationshipType.Met, EntityLabel.Person, EntityLabel.Location, false)]
    [InlineData(RelationshipType.Attacked, EntityLabel.Location, EntityLabel.Country, false)]
    [InlineData(RelationshipType.Met, EntityLabel.Person, EntityLabel.Country, true)]
    public void AllowsEnds_LocationEnds_OnlyAsAttackedTarget(RelationshipType type, EntityLabel start, EntityLabel end, bool allowed) =>
        Assert.Equal(allowed, type.AllowsEnds(start, end));
}
