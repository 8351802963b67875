using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Phrasal verbs ("shot down", "shot dead", "gunned down"), verbs that need a person ("hanged", "welcomed"),
/// beheadings, coordinated munitions and qualified meetings.</summary>
public sealed class RuleBasedExtractorPhrasalTests
{
    [Theory]
    [InlineData("Turkey shot down a Russian warplane near the Syrian border.")]
    [InlineData("Turkey downed a Russian jet near the border.")]
    [InlineData("The Russian jet was shot down by Turkey near the border.")]
    public void Extract_ShotDownAircraft_EmitsAttackedOnItsState(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Turkey"), Country("Russia")), graph.Describe());
    }

    [Theory]
    [InlineData("Turkey did not shoot down the Russian jet.")]
    [InlineData("Turkey threatened to shoot down any Russian jet that crossed the border.")]
    public void Extract_ShootDownNegatedOrThreatened_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Mexican police shot dead the reporter Dana Orlik on Friday.")]
    [InlineData("Mexican police gunned down the reporter Dana Orlik on Friday.")]
    [InlineData("The reporter Dana Orlik was shot dead by Mexican police on Friday.")]
    public void Extract_ShotDeadOrGunnedDown_EmitsKilled(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Killed, Country("Mexico"), Person("Dana Orlik")), graph.Describe());
    }

    [Fact]
    public void Extract_Beheaded_EmitsKilled()
    {
        var graph = Extract("Islamic State militants beheaded the aid worker Tomas Brenner in 2014.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Islamic State"), Person("Tomas Brenner")), graph.Describe());
    }

    [Fact]
    public void Extract_HangedAPerson_EmitsKilled()
    {
        var graph = Extract("Iran hanged the dissident Reza Kamali on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Iran"), Person("Reza Kamali")), graph.Describe());
    }

    [Theory]
    [InlineData("Crown Prince Faisal Al-Mansour welcomed President Omar Haddad to Riyadh.")]
    public void Extract_WelcomedAPerson_EmitsMet(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Met, Person("Faisal Al-Mansour"), Person("Omar Haddad")), graph.Describe());
    }

    [Theory]
    [InlineData("The EU welcomed Iran's offer.")]
    [InlineData("Germany welcomed the decision by Russia.")]
    public void Extract_WelcomedSomethingElse_EmitsNoMet(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_CoordinatedMunitionsFiredAt_EmitsAttacked()
    {
        var graph = Extract("Iran launched drones and missiles at Israel in April.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjectsHeldAVirtualMeeting_EmitsMet()
    {
        var graph = Extract("President Lina Moraes and President Omar Haddad held a virtual meeting on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Lina Moraes"), Person("Omar Haddad")), graph.Describe());
    }

    [Fact]
    public void Extract_KillingClauseAfterAnAttack_EmitsKilledByTheAttacker()
    {
        var graph = Extract("Israeli jets struck Gaza City overnight, killing Hamas commander Yusuf Barakeh.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), Person("Yusuf Barakeh")), graph.Describe());
    }

    [Theory]
    [InlineData("Israeli jets struck Hamas on Monday, possibly killing commander Yusuf Barakeh.")]
    [InlineData("Israeli jets would strike Hamas, killing commander Yusuf Barakeh.")]
    [InlineData("Police said the blast, killing commander Yusuf Barakeh, was an accident.")]
    public void Extract_KillingClauseHedgedOrWithoutAssertedAttack_EmitsNoKilled(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_CoordinatedSubjectsSpokeByTelephone_EmitsMet()
    {
        var graph = Extract("Foreign Minister Anna Lindqvist and Foreign Minister Paul Derain spoke by telephone on Sunday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Lindqvist"), Person("Paul Derain")), graph.Describe());
    }

    [Theory]
    [InlineData("President Lina Moraes and President Omar Haddad shook hands at the summit.")]
    [InlineData("President Lina Moraes shook hands with President Omar Haddad at the summit.")]
    public void Extract_ShookHands_EmitsMet(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Met, Person("Lina Moraes"), Person("Omar Haddad")), graph.Describe());
    }

    [Fact]
    public void Extract_RefusedToShakeHands_EmitsNoMet()
    {
        var graph = Extract("President Lina Moraes refused to shake hands with President Omar Haddad.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_Pounded_EmitsAttacked()
    {
        var graph = Extract("Russian jets pounded Ukraine overnight.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceAfterTheSubjectsAttackNoun_IsPassedOver()
    {
        var graph = Extract("A US airstrike in Baghdad killed the commander Hadi Karimi.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("United States"), Person("Hadi Karimi")), graph.Describe());
    }

    [Fact]
    public void Extract_DiedInAQualifiedAttack_EmitsKilledByTheAttacker()
    {
        var graph = Extract("The commander Yahya Nasser died in an Israeli airstrike on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), Person("Yahya Nasser")), graph.Describe());
    }

    [Theory]
    [InlineData("The commander Yahya Nasser may have died in an Israeli airstrike.")]
    [InlineData("The commander Yahya Nasser died in a car accident, not in an Israeli airstrike.")]
    public void Extract_DiedHedgedOrNotInAnAttack_EmitsNoKilled(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_ItAfterAStatesForces_ResolvesToTheState()
    {
        var graph = Extract("Nigeria's army said it had killed the commander Abu Musab in an airstrike.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Nigeria"), Person("Abu Musab")), graph.Describe());
    }

    [Fact]
    public void Extract_TheyAfterAForce_ResolvesToItsState()
    {
        var graph = Extract("Nigerian troops said they had killed the commander Abu Musab.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Nigeria"), Person("Abu Musab")), graph.Describe());
    }

    [Theory]
    [InlineData("Nigerian troops denied they had attacked Chad.")]
    [InlineData("Officials from Nigeria said they had attacked Chad.")]
    public void Extract_TheyDeniedOrNotAForce_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Ukraine said it shot down 20 drones launched by Russia overnight.")]
    [InlineData("Ukrainian air defences shot down Russian missiles over the capital.")]
    public void Extract_InterceptedDronesOrMissiles_AreNotAnAttackOnTheirLauncher(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Ukraine"));
    }

    [Theory]
    [InlineData("Iran vowed revenge against Israel after the killing.")]
    [InlineData("Iran threatened retaliation against Israel.")]
    [InlineData("Iran vowed to retaliate against Israel for the strike.")]
    [InlineData("Iran vowed to strike back against Israel.")]
    public void Extract_VowedOrThreatenedRetaliationAgainst_EmitsThreatenedNeverAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Iran"), Country("Israel")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Iran did not threaten retaliation against Israel.")]
    [InlineData("Iran could vow revenge against Israel.")]
    [InlineData("Iran denied that it had vowed revenge against Israel.")]
    public void Extract_RetaliationVowNegatedHypotheticalOrDenied_EmitsNoThreatened(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Theory]
    [InlineData("Turkey issued an ultimatum to Sweden over the militants.")]
    [InlineData("Turkey gave Sweden an ultimatum on Monday.")]
    public void Extract_Ultimatum_EmitsThreatened(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Turkey"), Country("Sweden")), graph.Describe());
    }

    [Fact]
    public void Extract_HostedAnOrganisationsSummit_EmitsNoMet()
    {
        var graph = Extract("Iraq hosted the Arab League summit in Baghdad.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Theory]
    [InlineData("Israel killed a Hamas commander, Yusuf Barakeh, in Gaza.", "Israel", "Yusuf Barakeh")]
    [InlineData("Iran executed a British-Iranian dual national, Reza Kamali.", "Iran", "Reza Kamali")]
    [InlineData("Iran hanged Iranian-Swedish doctor Reza Kamali after a secret trial.", "Iran", "Reza Kamali")]
    public void Extract_VictimNamedAfterTheirRole_IsThePerson(string text, string killer, string victim)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Killed, Country(killer), Person(victim)), graph.Describe());
    }

    [Fact]
    public void Extract_ArmedGroupClaimedTheKillingOfANamedPerson_EmitsKilled()
    {
        var graph = Extract("The Islamic State claimed the killing of a French priest, Pierre Lenoir.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Islamic State"), Person("Pierre Lenoir")), graph.Describe());
    }
}
