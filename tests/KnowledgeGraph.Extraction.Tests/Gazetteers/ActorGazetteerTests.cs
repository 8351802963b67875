using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public sealed class ActorGazetteerTests
{
    private static ActorGazetteer Gazetteer => ActorGazetteer.Shared;

    [Fact]
    public void Shared_EmbeddedResources_LoadOrganisationsGroupsAndPeople()
    {
        Assert.Contains(Gazetteer.Organisations, o => o.Kind == ActorOrganisationKind.Intergovernmental);
        Assert.Contains(Gazetteer.Organisations, o => o.Kind == ActorOrganisationKind.ArmedGroup);
        Assert.True(Gazetteer.People.Count > 10_000);
    }

    [Theory]
    [InlineData("UN", "United Nations")]
    [InlineData("U.N.", "United Nations")]
    [InlineData("NATO", "North Atlantic Treaty Organization")]
    [InlineData("IAEA", "International Atomic Energy Agency")]
    [InlineData("ETA", "Basque Fatherland and Freedom")]
    public void TryGetOrganisation_Alias_MapsToCanonicalOrganisation(string alias, string canonical)
    {
        Assert.True(Gazetteer.TryGetOrganisation(alias, out var entry));
        Assert.Equal(canonical, entry.Name);
    }

    [Fact]
    public void TryGetOrganisation_ArmedGroup_CarriesItsCountry()
    {
        Assert.True(Gazetteer.TryGetOrganisation("Taliban", out var entry));
        Assert.Equal(ActorOrganisationKind.ArmedGroup, entry.Kind);
        Assert.Equal("Afghanistan", entry.Country);
    }

    [Fact]
    public void TryGetOrganisation_LeaderListedAmongGroupSynonyms_IsNotTheGroup()
    {
        Assert.False(Gazetteer.TryGetOrganisation("Hassan Nasrallah", out _));
    }

    [Fact]
    public void TryMatchLongestOrganisation_TitleBeforeName_FindsTheOrganisation()
    {
        var tokens = new List<Token>();
        TextSegmenter.Segment("NATO Secretary General Ann Example spoke.", tokens, []);

        Assert.True(Gazetteer.TryMatchLongestOrganisation(tokens, 0, out var match));
        Assert.Equal("North Atlantic Treaty Organization", match.Value.Name);
        Assert.Equal(1, match.TokenCount);
    }

    [Fact]
    public void TryGetPerson_LeaderByAlias_HasDatedGovernmentRole()
    {
        Assert.True(Gazetteer.TryGetPerson("Karzai", out var person));
        Assert.Equal("Hamid Karzai", person.Name);
        var role = Assert.Single(person.Roles, r => r.Code == "GOV");
        Assert.Equal("Afghanistan", role.Country);
        Assert.Equal(new DateOnly(2001, 12, 22), role.From);
        Assert.True(role.HeldOn(new DateOnly(2005, 6, 1)));
        Assert.False(role.HeldOn(new DateOnly(1999, 6, 1)));
    }

    [Fact]
    public void TryGetPerson_HyphenatedAndSpacedParticle_AreOnePerson()
    {
        Assert.True(Gazetteer.TryGetPerson("Bashar al-Assad", out var hyphenated));
        Assert.True(Gazetteer.TryGetPerson("Bashar al Assad", out var spaced));
        Assert.Same(hyphenated, spaced);
    }

    [Fact]
    public void Load_SwappedResources_ThrowsNamingTheKind()
    {
        using var people = Resource(ActorGazetteer.PeopleFileName);
        using var organisations = Resource(ActorGazetteer.OrganisationsFileName);

        var error = Assert.Throws<GazetteerDataException>(() => ActorGazetteer.Load(people, "people-as-organisations", organisations, "organisations-as-people"));

        Assert.Contains("'people-as-organisations'", error.Message, StringComparison.Ordinal);
        Assert.Contains("kind 'people'", error.Message, StringComparison.Ordinal);
    }

    private static Stream Resource(string fileName) =>
        typeof(ActorGazetteer).Assembly.GetManifestResourceStream(GazetteerFile.ResourcePrefix + fileName)!;
}
