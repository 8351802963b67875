using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Named places as Locations: when a capital is its state and when it is a place, and what is not a place.</summary>
public sealed class RuleBasedExtractorLocationTests
{
    [Theory]
    [InlineData("Helsinki condemned the decision on Monday.")]
    [InlineData("Helsinki imposed new tariffs on steel.")]
    [InlineData("The Helsinki government rejected the offer.")]
    [InlineData("Helsinki-backed volunteers crossed the river.")]
    [InlineData("Helsinki tightens its border controls")]
    public void Extract_CapitalActing_IsItsCountry(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Country("Finland")), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Theory]
    [InlineData("Rockets Hit Tampere Again\nResidents of Tampere spent the night in shelters.", "Tampere")]
    [InlineData("Missiles Strike Helsinki Overnight\nOfficials in Helsinki said air defences were active.", "Helsinki")]
    public void Extract_PlaceInATitleCaseHeadlineThatTheBodyNames_IsALocationThereToo(string text, string place)
    {
        var graph = Extract(text);

        var location = Assert.Single(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
        Assert.Equal(place, location.Entity.Name);
        Assert.Equal(2, location.Mentions);
    }

    [Theory]
    [InlineData("Rockets Hit Tampere Again\nResidents spent the night in shelters.")] // the body does not name it
    [InlineData("Rockets Hit Tampere Again\nThe Tampere Times reported the damage.")] // the body names it only inside a longer name
    public void Extract_PlaceInATitleCaseHeadlineTheBodyDoesNotNameAlone_NotFoundThere(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location && e.Entity.Name == "Tampere");
    }

    [Theory]
    [InlineData("Rockets hit Helsinki overnight.")]
    [InlineData("The delegates gathered in Helsinki for a week.")]
    [InlineData("Helsinki was shelled again before dawn.")]
    [InlineData("Volunteers travelled from Helsinki to the border.")]
    [InlineData("Helsinki residents queued for water.")]
    public void Extract_CapitalAsAPlace_IsALocationInItsCountry(string text)
    {
        var graph = Extract(text);

        var place = graph.Entity(Location("Helsinki"));
        Assert.Equal("Finland", place.Country);
        Assert.False(graph.HasEntity(Country("Finland")), graph.Describe());
    }

    [Fact]
    public void Extract_CityInAPlaceContext_IsALocationWithItsCountry()
    {
        var graph = Extract("Aid trucks reached the city of Lyon after a long delay.");

        Assert.Equal("France", graph.Entity(Location("Lyon")).Country);
    }

    [Fact]
    public void Extract_AmbiguousNameWithoutPlaceContext_IsNotALocation()
    {
        var graph = Extract("Charlotte thanked the volunteers for their patience.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Fact]
    public void Extract_AmbiguousNameAfterAPlacePreposition_IsALocation()
    {
        var graph = Extract("The volunteers met again in Charlotte on Friday.");

        Assert.True(graph.HasEntity(Location("Charlotte")), graph.Describe());
    }

    [Theory]
    [InlineData("The Lyon Gazette reported the story first.")]
    [InlineData("The editor of the Helsinki Courier resigned.")]
    [InlineData("Economists at the San Francisco Federal Reserve disagreed.")]
    [InlineData("The names appeared in Zarvex documents released on Friday.")]
    [InlineData("The pills are listed in Category 4 of the schedule.")]
    public void Extract_CityInsideALongerName_IsNotALocation(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Theory]
    [InlineData("The Lyon City Council approved the budget.", "Lyon City Council")]
    [InlineData("The Helsinki Police Department closed the road.", "Helsinki Police Department")]
    public void Extract_CityInsideAnOrganisationName_IsPartOfTheOrganisation(string text, string organisation)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
        Assert.True(graph.HasEntity(Organisation(organisation)), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceNameThatIsAPersonOfTheArticle_IsThePerson()
    {
        var graph = Extract("The naturalist Charles Darwin sailed for years. Darwin wrote to his sister about it.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Fact]
    public void Extract_LowercaseWord_IsNeverALocation()
    {
        var graph = Extract("They kept reading nice stories by the lakeside.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Fact]
    public void Extract_WorldRegion_IsALocationWithoutCountry()
    {
        var graph = Extract("Drought spread across the Horn of Africa this year.");

        Assert.Null(graph.Entity(Location("Horn of Africa")).Country);
    }

    [Fact]
    public void Extract_UnknownVillageAfterAPlacePreposition_TakesTheCountryItsWordsName()
    {
        var graph = Extract("Shells fell on the Ukrainian village of Zarvanka overnight.");

        Assert.Equal("Ukraine", graph.Entity(Location("Zarvanka")).Country);
    }

    [Theory]
    [InlineData("Artillery pounded the villages of Zarvanka and Ostrel overnight.", new[] { "Zarvanka", "Ostrel" })]
    [InlineData("Artillery pounded the towns of Zarvanka, Ostrel and Lesko overnight.", new[] { "Zarvanka", "Ostrel", "Lesko" })]
    [InlineData("Artillery pounded Zarvanka, a village near the border, overnight.", new[] { "Zarvanka" })]
    [InlineData("Artillery pounded Zarvanka, a small farming town in the south.", new[] { "Zarvanka" })]
    public void Extract_UnknownNamesListedOrDescribedAsPlaces_AreLocations(string text, string[] places)
    {
        var graph = Extract(text);

        foreach (var place in places)
        {
            Assert.True(graph.HasEntity(Location(place)), graph.Describe());
        }
    }

    [Theory]
    [InlineData("Olek Zarvanka, a town councillor, said the shelling continued.")] // the place noun qualifies another noun
    [InlineData("The talks between Zarvanka and Ostrel ended.")] // no plural place noun's "of" lists them
    public void Extract_UnknownNamesNotDescribedAsPlaces_AreNoLocations(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Location);
    }

    [Fact]
    public void Extract_VisitToACity_IsNoMeeting()
    {
        var graph = Extract("Foreign Minister Anna Virtanen visited Lyon on Tuesday.");

        Assert.True(graph.HasEntity(Location("Lyon")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.EndId == Location("Lyon") || r.StartId == Location("Lyon"));
    }

    [Fact]
    public void Extract_FramesAttackOnACity_TargetsTheLocation()
    {
        var extractor = new RuleBasedExtractor(RelationEngine.Frames);

        var graph = extractor.Extract(new Article { Id = "frames", Text = "Russian jets bombed Kharkiv on Tuesday." });

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Location("Kharkiv")), graph.Describe());
    }
}
