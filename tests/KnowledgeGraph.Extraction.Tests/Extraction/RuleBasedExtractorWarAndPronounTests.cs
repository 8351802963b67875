using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Declarations of war, "assailed", "it" standing for a state, "his regime" for its ruler, and quantities of people.</summary>
public sealed class RuleBasedExtractorWarAndPronounTests
{
    [Theory]
    [InlineData("Paraguay declared war on Bolivia in 1932.")]
    [InlineData("Paraguay has waged war against Bolivia for three years.")]
    [InlineData("Paraguay and Bolivia signed a truce, but Paraguay stayed armed until May, when it declared war on Bolivia.")]
    public void Extract_DeclaredOrWagedWar_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Paraguay"), Country("Bolivia")), graph.Describe());
    }

    [Theory]
    [InlineData("Paraguay threatened to declare war on Bolivia.")]
    [InlineData("Paraguay would declare war on Bolivia if the talks failed.")]
    [InlineData("Paraguay did not declare war on Bolivia.")]
    [InlineData("Paraguay denied that it had declared war on Bolivia.")]
    public void Extract_WarDeclarationThreatenedHypotheticalOrDenied_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_ItBetweenTwoCandidateStates_EmitsNoAttacked()
    {
        // "it" could be either state the clause names: no antecedent is safe.
        var graph = Extract("Peru accused Chile of massing troops on the border, and it struck Bolivia on Monday.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_SentenceInitialItAfterSoleSubject_EmitsAttackedByThatState()
    {
        var graph = Extract("Ecuador moved two brigades to the border last week. It shelled Peru on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Ecuador"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_ItAsObjectOfEarlierVerb_IsNotTheAgent()
    {
        var graph = Extract("Ecuador sold it and attacked Peru.");

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Ecuador") && r.EndId == Country("Ecuador"));
    }

    [Fact]
    public void Extract_Assailed_EmitsAttacked()
    {
        var graph = Extract("Senator Maren Holt has assailed Governor Tomas Reyk over the budget.");

        Assert.True(graph.Has(RelationshipType.Attacked, Person("Maren Holt"), Person("Tomas Reyk")), graph.Describe());
    }

    [Fact]
    public void Extract_HisRegimeKilledQuantityOfNationals_EmitsKilledByTheRuler()
    {
        var graph = Extract("President Arvid Kessel ruled for a decade, and his regime executed thousands of Chileans.");

        Assert.True(graph.Has(RelationshipType.Killed, Person("Arvid Kessel"), Country("Chile")), graph.Describe());
    }

    [Fact]
    public void Extract_HyphenatedPairBeforeDebate_EmitsMetBetweenTheTwo()
    {
        var graph = Extract("About 1,000 people gathered to watch the first Halvorsen-Okafor debate on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Halvorsen"), Person("Okafor")), graph.Describe());
        Assert.False(graph.HasEntity(Person("Halvorsen-Okafor")), graph.Describe());
    }

    [Theory]
    [InlineData("Viewers are about to watch the first Halvorsen-Okafor debate.")]
    [InlineData("The Halvorsen-Okafor debate was cancelled.")]
    public void Extract_HyphenatedPairDebateNotYetHeld_EmitsNoMet(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_HyphenatedSurnameWithoutPairNoun_StaysOnePerson()
    {
        var graph = Extract("Minister Anna Halvorsen-Okafor met Foreign Minister Paul Derain in Oslo.");

        Assert.True(graph.HasEntity(Person("Anna Halvorsen-Okafor")), graph.Describe());
    }

    [Fact]
    public void Extract_TheLatestToBeThreatenedBy_EmitsThreatenedOnEachSubject()
    {
        var graph = Extract("President Lina Moraes and Brazil are the latest to be threatened by Hezbollah in a video posted online.");

        Assert.True(graph.Has(RelationshipType.Threatened, Organisation("Hezbollah"), Country("Brazil")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Threatened, Organisation("Hezbollah"), Person("Lina Moraes")), graph.Describe());
    }

    [Fact]
    public void Extract_TheNextToBeThreatened_EmitsNoThreatened()
    {
        var graph = Extract("Brazil could be the next to be threatened by Hezbollah, officials fear.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_LoneNameThatWhoRefersTo_IsAPerson()
    {
        var graph = Extract("The young officer learned his trade from Vossberg, who later ordered the strike on Armenia.");

        Assert.True(graph.HasEntity(Person("Vossberg")), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceBeforeWhoAfterOf_IsNotAPerson()
    {
        var graph = Extract("The governor of Calvera, who also leads the ruling party, denied the report.");

        Assert.False(graph.HasEntity(Person("Calvera")), graph.Describe());
    }

    [Fact]
    public void Extract_PassiveOverrunBy_EmitsAttackedFromTheAgent()
    {
        var graph = Extract("Armenian positions were overrun by Azerbaijani troops on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Azerbaijan"), Country("Armenia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Armenia"), Country("Azerbaijan")), graph.Describe());
    }

    [Fact]
    public void Extract_CommaAndOpensNewClause_NameBeforeIsNotTheSubject()
    {
        var graph = Extract("The envoy was asked to speak to the Russians, and the king met Defence Minister Yonah Lev in Amman.");

        Assert.False(graph.Has(RelationshipType.Met, Country("Russia"), Person("Yonah Lev")), graph.Describe());
    }

    [Theory]
    [InlineData("Iran struck Israel at dawn, the ministry claimed.")]
    [InlineData("Iran struck Israel at dawn, according to allegations by the ministry.")]
    [InlineData("Iran struck Israel at dawn, a report the government denied.")]
    public void Extract_ClaimOrDenialAfterTheEvent_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_ReportingClauseWithoutClaim_KeepsTheEvent()
    {
        var graph = Extract("Iran struck Israel at dawn, a spokesman said.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_SupporterNamedInAnAside_IsNotTheAttacker()
    {
        var graph = Extract("The Iraqi government, with support from the United States, attacked ISIL positions near the border.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), Organisation("Islamic State")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("United States"), Organisation("Islamic State")), graph.Describe());
    }

    [Theory]
    [InlineData("Israel did not confirm it had attacked Iran.")]
    [InlineData("Israel declined to say whether it had attacked Iran.")]
    public void Extract_ItInsideANegatedOrOpenComplement_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_ItInsideAPlainReport_EmitsAttacked()
    {
        var graph = Extract("Israel said it had struck Iran overnight.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Israel"), Country("Iran")), graph.Describe());
    }

    [Fact]
    public void Extract_MonthMayInsideTheSentence_IsNotAModal()
    {
        var graph = Extract("Peru shelled Ecuador in May, killing two soldiers.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Ecuador")), graph.Describe());
    }

    [Fact]
    public void Extract_GunmenFromAGroup_ActForTheGroup()
    {
        var graph = Extract("Gunmen from al-Shabaab attacked Kenyan police officers near the border on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("al-Shabaab"), Country("Kenya")), graph.Describe());
    }

    [Theory]
    [InlineData("Ukrainian troops repelled an assault by Russian forces near the river.")]
    [InlineData("Ukrainian troops repulsed a Russian offensive near the river.")]
    [InlineData("Ukrainian troops fended off an attack by Russian forces.")]
    public void Extract_RepelledAnAttackByOthers_EmitsAttackedOnTheRepeller(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Fact]
    public void Extract_CouldNotRepel_StillNoRepelledEdge()
    {
        var graph = Extract("Ukrainian troops could not repel the Russian assault.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_TwoSidesClashed_EmitsAttackedBothWays()
    {
        var graph = Extract("India and China clashed along the border in June.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("India"), Country("China")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("China"), Country("India")), graph.Describe());
    }

    [Theory]
    [InlineData("India and China clashed over the trade talks.")]
    [InlineData("India and China could clash along the border.")]
    public void Extract_ClashOverAnIssueOrHypothetical_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_SubjectWithParenthesisedAcronym_IsStillTheSubject()
    {
        var graph = Extract("The Kurdistan Workers' Party (PKK) killed two Turkish soldiers near the border.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Kurdistan Workers' Party"), Country("Turkey")), graph.Describe());
    }

    [Fact]
    public void Extract_ItAfterAPossessedSubject_ResolvesToThePossessed()
    {
        var graph = Extract("Lebanon's Hezbollah said it attacked Israeli positions with guided missiles.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Lebanon"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_NationalityQualifyingAVictimsRole_VictimIsThePerson()
    {
        var graph = Extract("Taliban fighters killed Afghan police chief Jalal Omarzai in Kandahar.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Taliban"), Person("Jalal Omarzai")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Killed, Organisation("Taliban"), Country("Afghanistan")), graph.Describe());
    }

    [Fact]
    public void Extract_PassiveByStateAgents_EmitsKilledByTheState()
    {
        var graph = Extract("The journalist Karim Sadeq was murdered by Saudi agents inside the consulate.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Saudi Arabia"), Person("Karim Sadeq")), graph.Describe());
    }

    [Theory]
    [InlineData("Indian and Pakistani troops exchanged fire across the line of control.")]
    [InlineData("Indian forces exchanged heavy fire with Pakistan overnight.")]
    public void Extract_ExchangedFire_EmitsAttackedBothWays(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("India"), Country("Pakistan")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Pakistan"), Country("India")), graph.Describe());
    }

    [Theory]
    [InlineData("India and Pakistan exchanged prisoners on Monday.")]
    [InlineData("India and Pakistan did not exchange fire.")]
    public void Extract_ExchangedSomethingElseOrNegated_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Egypt mediated talks between Israel and Hamas.")]
    [InlineData("Qatar hosted indirect talks between Iran and the United States.")]
    public void Extract_IndirectOrMediatedTalksBetween_EmitsNoMet(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_TalksBetween_EmitsMet()
    {
        var graph = Extract("Talks between India and China took place in Delhi on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Country("India"), Country("China")), graph.Describe());
    }

    [Theory]
    [InlineData("Israel's military said its jets struck Hezbollah targets.")]
    [InlineData("Israel said its jets had struck Hezbollah targets in Lebanon.")]
    public void Extract_ItsForcesAsSubject_AttackByTheirState(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Israel"), Organisation("Hezbollah")), graph.Describe());
    }

    [Fact]
    public void Extract_ItsForcesInADeniedClause_EmitsNoAttacked()
    {
        var graph = Extract("Israel denied its jets had struck Lebanon.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_ArmedGroupClaimedTheAttack_EmitsAttacked()
    {
        var graph = Extract("The Taliban claimed the attack on the Pakistani army base, officials said.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Taliban"), Country("Pakistan")), graph.Describe());
    }

    [Theory]
    [InlineData("Russia claimed the attack on Ukraine was staged.")]
    [InlineData("The Taliban claimed the attack on Pakistan had been planned by others.")]
    [InlineData("Russia claimed the attack on Ukraine.")]
    public void Extract_ClaimOfSomethingElseOrByAState_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }
}
