using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Trade bans and embargoes, "under X sanctions", "sanctions aimed at X", and debates or summits between two people.</summary>
public sealed class RuleBasedExtractorSanctionAndDebateTests
{
    [Theory]
    [InlineData("China is extending its ban on imports of seafood from Japan until next spring.")]
    [InlineData("China imposed a ban on imports of seafood from Japan on Monday.")]
    [InlineData("China's embargo on exports of rare earths to Japan took effect on Monday.")]
    public void Extract_TradeBanFromOrToCountry_EmitsSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("China"), Country("Japan")), graph.Describe());
    }

    [Theory]
    [InlineData("China is lifting its ban on imports of seafood from Japan.")]
    [InlineData("China threatened to impose a ban on imports of seafood from Japan.")]
    [InlineData("China could impose a ban on imports of seafood from Japan.")]
    [InlineData("China did not impose a ban on imports of seafood from Japan.")]
    [InlineData("China denied that it imposed a ban on imports of seafood from Japan.")]
    [InlineData("China announced a ban on smoking in offices across Japan-owned hotels.")]
    public void Extract_TradeBanUndoneHypotheticalOrNotTrade_EmitsNoSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_TheEmbargoRestrictingImportsAfterOneImposer_EmitsSanctionedOnEveryListedCountry()
    {
        var graph = Extract("Moscow announced a ban on imports of dairy products from Finland in August. "
            + "The embargo, restricting imports of most dairy products from Finland, Estonia and Latvia, has hurt farmers across the region.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Russia"), Country("Finland")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Russia"), Country("Estonia")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Russia"), Country("Latvia")), graph.Describe());
    }

    [Fact]
    public void Extract_TheEmbargoWithoutEarlierImposer_EmitsNoSanctioned()
    {
        var graph = Extract("The embargo, restricting imports of most dairy products from Finland, Estonia and Latvia, has hurt farmers across the region.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_UnderOrganisationSanctions_EmitsSanctionedByTheOrganisation()
    {
        var graph = Extract("Eritrea has been under European Union sanctions since 2010.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Country("Eritrea")), graph.Describe());
    }

    [Theory]
    [InlineData("Eritrea is no longer under European Union sanctions.")]
    [InlineData("Eritrea could soon be under European Union sanctions.")]
    public void Extract_UnderSanctionsNegatedOrHypothetical_EmitsNoSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_SanctionsAimedAtCountry_EmitsSanctioned()
    {
        var graph = Extract("Officials discussed the European Union sanctions aimed at curbing Belarus's potash exports.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Country("Belarus")), graph.Describe());
    }

    [Fact]
    public void Extract_HyphenatedPairDebate_EmitsMetBetweenThePeople()
    {
        var graph = Extract("Senator Laura Whitfield and Governor Tom Ashby spoke to reporters on Monday. Millions watched the Whitfield-Ashby debate on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Laura Whitfield"), Person("Tom Ashby")), graph.Describe());
    }

    [Fact]
    public void Extract_DebateBetweenTwoPeople_EmitsMet()
    {
        var graph = Extract("Millions watched the debate between Senator Laura Whitfield and Governor Tom Ashby on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Laura Whitfield"), Person("Tom Ashby")), graph.Describe());
    }

    [Theory]
    [InlineData("Millions would watch a debate between Senator Laura Whitfield and Governor Tom Ashby if one were held.")]
    [InlineData("Governor Tom Ashby refused a planned debate between Senator Laura Whitfield and himself.")]
    [InlineData("Senator Laura Whitfield and Governor Tom Ashby spoke on Monday. A Whitfield-Ashby debate is possible next month, aides claimed.")]
    public void Extract_HypotheticalOrClaimedDebate_EmitsNoMet(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_ExtendedEmbargoAndAddedCountriesToTheList_EmitsSanctionedByLeaderAndState()
    {
        var graph = Extract("In 2019 Chinese President Li Wen extended the embargo through March and added three more countries to the list: Estonia, Latvia and Lithuania.");

        foreach (var target in new[] { "Estonia", "Latvia", "Lithuania" })
        {
            Assert.True(graph.Has(RelationshipType.Sanctioned, Country("China"), Country(target)), graph.Describe());
            Assert.True(graph.Has(RelationshipType.Sanctioned, Person("Li Wen"), Country(target)), graph.Describe());
        }
    }

    [Fact]
    public void Extract_AddedCompanyToSanctionsList_EmitsSanctioned()
    {
        var graph = Extract("The European Union added Hezbollah to its sanctions list on Thursday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Organisation("Hezbollah")), graph.Describe());
    }

    [Theory]
    [InlineData("China added Estonia to the list of partner countries for its student exchange.")]
    [InlineData("China denied that it added Estonia to its sanctions list.")]
    [InlineData("China has not added Estonia to its sanctions list.")]
    [InlineData("Estonia was added to the sanctions list by mistake, officials said.")]
    public void Extract_AddedToNonSanctionListOrDenied_EmitsNoSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_SanctionsByMinisterNotHeadOfState_EmitsOnlyThePerson()
    {
        var graph = Extract("Chinese Trade Minister Li Wen imposed sanctions on Estonia on Monday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Person("Li Wen"), Country("Estonia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("China"), Country("Estonia")), graph.Describe());
    }

    [Theory]
    [InlineData("Canada banned arms exports to Venezuela in 2019.")]
    [InlineData("Canada halted imports of crude oil from Venezuela on Monday.")]
    public void Extract_TradeBanVerb_EmitsSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Country("Venezuela")), graph.Describe());
    }

    [Theory]
    [InlineData("Canada did not ban arms exports to Venezuela.")]
    [InlineData("Canada threatened to ban arms exports to Venezuela.")]
    [InlineData("Arms exports to Venezuela were banned in 2019.")]
    [InlineData("Canada banned smoking in bars to protect workers from Venezuela.")]
    public void Extract_TradeBanVerbNegatedThreatenedOrNotTrade_EmitsNoSanctioned(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_SanctionsAgainstCapital_TargetTheState()
    {
        var graph = Extract("Washington imposed sanctions against Moscow on Monday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_NationalityAdjectiveBeforeAirbase_IsTheAttackTarget()
    {
        var graph = Extract("Ukraine struck a Russian airbase in Crimea overnight.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Ukraine"), Country("Russia")), graph.Describe());
    }

    [Theory]
    [InlineData("Senator Laura Whitfield debated Governor Tom Ashby in Flint on Sunday.")]
    [InlineData("Senator Laura Whitfield and Governor Tom Ashby faced off in the second debate on Sunday.")]
    [InlineData("Senator Laura Whitfield and Governor Tom Ashby sparred over trade during the debate.")]
    public void Extract_PeopleWhoDebated_EmitsMet(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Met, Person("Laura Whitfield"), Person("Tom Ashby")), graph.Describe());
    }

    [Theory]
    [InlineData("Lawmakers debated Iran for hours.")]
    [InlineData("Senator Laura Whitfield and Governor Tom Ashby will face off in the next debate.")]
    public void Extract_DebatedATopicOrAFutureDebate_EmitsNoMet(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Theory]
    [InlineData("Russia was hit with new sanctions by the European Union on Friday.", "European Union", "Russia")]
    [InlineData("The US-imposed sanctions on Venezuela have hurt its oil industry.", "United States", "Venezuela")]
    [InlineData("The sanctions imposed by Washington on Cuba remain in force.", "United States", "Cuba")]
    [InlineData("Iran has been subject to US sanctions for decades.", "United States", "Iran")]
    public void Extract_OtherSanctionPhrasings_EmitSanctioned(string text, string imposer, string target)
    {
        var graph = Extract(text);
        var start = imposer == "European Union" ? Organisation(imposer) : Country(imposer);

        Assert.True(graph.Has(RelationshipType.Sanctioned, start, Country(target)), graph.Describe());
    }

    [Fact]
    public void Extract_HypotheticallyHitWithSanctions_EmitsNoSanctioned()
    {
        var graph = Extract("Iran could be hit with new sanctions by the European Union.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }
}
