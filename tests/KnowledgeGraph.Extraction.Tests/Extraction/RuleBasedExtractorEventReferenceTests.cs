using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Fired munitions, killings with an apposition before the agent, threats by warning, and "condemned the attack" references.</summary>
public sealed class RuleBasedExtractorEventReferenceTests
{
    [Fact]
    public void Extract_LaunchedWaveOfMissilesAgainstForcesAtBase_EmitsAttackedOnCountryAndBase()
    {
        var graph = Extract("Syria launched a wave of ballistic missiles against Turkish forces at the Incirlik Air Base on Sunday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Country("Turkey")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Base("Incirlik Air Base")), graph.Describe());
    }

    [Fact]
    public void Extract_FiresRocketsIntoCountry_EmitsAttacked()
    {
        var graph = Extract("Hezbollah fires dozens of rockets into Israel after border clash");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")), graph.Describe());
    }

    [Theory]
    [InlineData("Syria did not launch missiles against Turkish forces on Sunday.")]
    [InlineData("Syria could launch missiles against Turkish forces within days.")]
    [InlineData("Turkey denied that Syria launched missiles against Turkish forces.")]
    [InlineData("Syria sold missiles to Turkey in 2019.")]
    [InlineData("Syria paraded its missiles at a ceremony attended by Turkish officials.")]
    public void Extract_MissilesNotFiredAtATarget_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_KillingOfPersonWithAppositionByForeignDrone_EmitsKilled()
    {
        var graph = Extract("Protests followed the killing of Colonel Farid Mansour, a senior officer of the Syrian army, by a Turkish drone on Monday.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Turkey"), Person("Farid Mansour")), graph.Describe());
    }

    [Fact]
    public void Extract_WarnedThatItMightStrike_EmitsThreatenedNotAttacked()
    {
        var graph = Extract("Turkey warned that it might strike Syrian military sites if the ceasefire collapses.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Turkey"), Country("Syria")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Turkey warned that Syria might strike Turkish bases.")]
    [InlineData("Turkey warned that it would not strike Syrian military sites.")]
    [InlineData("Turkey denied it had warned that it might strike Syrian military sites.")]
    public void Extract_WarningWithoutOwnPossibleAttack_EmitsNoThreatenedFromWarner(string text)
    {
        var graph = Extract(text);

        Assert.False(graph.Has(RelationshipType.Threatened, Country("Turkey"), Country("Syria")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_CoordinatedClauseAfterPrepositionalName_DoesNotJoinSubjects()
    {
        var graph = Extract("France has kept its sanctions on Syria, and Turkey warned that it might strike Syrian military sites.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Turkey"), Country("Syria")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Threatened, Country("Syria"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedTheStrikeAfterOneAttacker_EmitsCondemnedAttacker()
    {
        var graph = Extract("Syria fired rockets at Turkish forces near the border on Friday. Greek Prime Minister Nikos Arvanitis condemned the strike as reckless.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Nikos Arvanitis"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedTheAttackByUnnamedTarget_UsesTheAttackerOfAnUnnamedTarget()
    {
        var graph = Extract("Fighters of Boko Haram attacked a village school near the border. Nigeria condemned the attack.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Nigeria"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_DenouncedTheSanctionsAfterImposition_EmitsCondemnedImposer()
    {
        var graph = Extract("The European Union imposed new sanctions on Belarus on Monday. Belarusian Foreign Minister Pavel Zhukov denounced the sanctions as illegal.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Pavel Zhukov"), Organisation("European Union")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedTheAttackWithTwoAttackers_EmitsNoCondemned()
    {
        var graph = Extract("Syria fired rockets at Turkish forces on Friday. Turkey launched strikes against Syrian positions on Saturday. Greece condemned the attack.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Theory]
    [InlineData("Syria fired rockets at Turkish forces on Friday. Greece did not condemn the attack.")]
    [InlineData("Syria fired rockets at Turkish forces on Friday. Greece refused to condemn the attack.")]
    [InlineData("Turkey denied that Syria fired rockets at Turkish forces. Greece condemned the attack.")]
    [InlineData("Greece condemned the attack. Syria fired rockets at Turkish forces later that day.")]
    public void Extract_CondemnationWithoutAssertedEarlierAttack_EmitsNoCondemnedOfAttacker(string text)
    {
        var graph = Extract(text);

        Assert.False(graph.Has(RelationshipType.Condemned, Country("Greece"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedTheThreatByHyphenatedGivenName_EmitsCondemnedThreatener()
    {
        var graph = Extract("North Korea threatened Japan with \"a merciless response\" on Sunday. South Korean President Ji-ho Park condemned the threat.");

        Assert.True(graph.HasEntity(Person("Ji-ho Park")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Person("Ji-ho Park"), Country("North Korea")), graph.Describe());
    }

    [Theory]
    [InlineData("Post-war Germany rebuilt its industry within a decade.", "Germany")]
    [InlineData("Anti-war Britain was a myth, the historian said.", "United Kingdom")]
    public void Extract_HyphenatedWordPrefixBeforeCountry_IsNotAGivenName(string text, string country)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Country(country)), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }

    [Theory]
    [InlineData("Turkish troops came under heavy fire from Kurdish fighters of the PKK near the border.", "Kurdistan Workers' Party", "Turkey")]
    [InlineData("Iraqi forces continued to receive sustained machine gun and rocket fire from ISIS on Tuesday.", "Islamic State", "Iraq")]
    [InlineData("The Israeli patrol came under attack by Hezbollah fighters.", "Hezbollah", "Israel")]
    public void Extract_CameUnderFireFrom_EmitsAttackerToSubject(string text, string attacker, string target)
    {
        var graph = Extract(text);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked
            && r.StartId.EndsWith(NodeIds.Slug(attacker), StringComparison.Ordinal) && r.EndId.EndsWith(NodeIds.Slug(target), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Turkish troops could come under fire from Hezbollah.")]
    [InlineData("Turkish troops did not come under fire from Hezbollah.")]
    [InlineData("Turkey claimed its troops came under fire from Hezbollah.")]
    [InlineData("Turkish troops opened fire from Hezbollah positions they had captured.")]
    public void Extract_UnderFireHypotheticalNegatedClaimedOrOwnFire_EmitsNoAttackOnSubject(string text)
    {
        var graph = Extract(text);

        Assert.False(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Turkey")), graph.Describe());
    }

    [Fact]
    public void Extract_KilledAtTheHandsOf_EmitsKilled()
    {
        var graph = Extract("Mayor Ahmed Salim was killed at the hands of Boko Haram militants in 2015.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Boko Haram"), Person("Ahmed Salim")), graph.Describe());
    }

    [Theory]
    [InlineData("Mayor Ahmed Salim may have been killed at the hands of Boko Haram.")]
    [InlineData("Mayor Ahmed Salim was not killed at the hands of Boko Haram, police said.")]
    public void Extract_KilledAtTheHandsOfHypotheticalOrNegated_EmitsNoKilled(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_WarnedItMightStrikeWithoutThat_EmitsThreatened()
    {
        var graph = Extract("Turkey warned it might strike Syrian military sites.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Turkey"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedTheAttackOnUnnamedVictims_EmitsCondemnedSoleAttacker()
    {
        var graph = Extract("Hamas attacked Israel on Saturday. Egypt condemned the attack on civilians.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Egypt"), Organisation("Hamas")), graph.Describe());
    }

    [Fact]
    public void Extract_PraisedTheAttack_EmitsNoCondemned()
    {
        var graph = Extract("Hamas attacked Israel on Saturday. Iran praised the attack.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public void Extract_PersonOfCountryAsSubject_EmitsMetBetweenPeople()
    {
        var graph = Extract("President Amara Lindvall of Norway met Foreign Minister Piotr Zielinski of Poland in Oslo on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Amara Lindvall"), Person("Piotr Zielinski")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Met, Country("Norway"), Person("Piotr Zielinski")), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceAfterPreposition_IsStillNotTheSubject()
    {
        var graph = Extract("Protesters in Norway met police officers outside the parliament.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Theory]
    [InlineData("Foreign Minister Amara Lindvall visited a Russian site near the border.")]
    [InlineData("Foreign Minister Amara Lindvall visited the Russian headquarters of the company.")]
    public void Extract_VisitedAForeignPlace_EmitsNoMetWithTheCountry(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }
}
