using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RuleBasedExtractorRelationshipTests
{
    [Theory]
    [InlineData("Russian warplanes bombed rebel positions held by the Free Syrian Army near the border.", "Russia", "Free Syrian Army")]
    [InlineData("Turkey shelled positions of the People's Protection Units on Sunday.", "Turkey", "People's Protection Units")]
    [InlineData("Hezbollah fighters ambushed an Israeli patrol in the disputed farms area.", "Hezbollah", "Israel")]
    [InlineData("The Taliban attacked Camp Bastion in Helmand overnight.", "Taliban", "Camp Bastion")]
    public void Extract_ActiveAttackVerb_EmitsAttacked(string text, string attacker, string target)
    {
        var graph = Extract(text);

        var found = graph.Relationships.Where(r => r.Type == RelationshipType.Attacked).ToList();
        Assert.Contains(found, r => r.StartId.EndsWith(NodeIds.Slug(attacker), StringComparison.Ordinal) && r.EndId.EndsWith(NodeIds.Slug(target), StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PassiveAttackWithAgent_EmitsAttackerToTarget()
    {
        var graph = Extract("The Pakistani embassy was attacked by al-Shabaab gunmen on Friday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("al-Shabaab"), Country("Pakistan")), graph.Describe());
    }

    [Fact]
    public void Extract_PossessiveAttackNoun_EmitsAttacked()
    {
        var graph = Extract("Officials described Boko Haram's attack on Nigerian troops as the deadliest this year.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Nigeria")), graph.Describe());
    }

    [Fact]
    public void Extract_LightVerbWithStrikesAgainstForcesAtBase_EmitsCountryAndBaseTargets()
    {
        var graph = Extract("Syria launched rocket strikes against Turkish forces at the Incirlik Air Base late on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Country("Turkey")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Base("Incirlik Air Base")), graph.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjectsAndObjects_EmitsEveryPair()
    {
        var graph = Extract("Iraq and Syria attacked Islamic State and al-Qaeda in the border region.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), Organisation("Islamic State")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), Organisation("al-Qaeda")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Organisation("Islamic State")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Organisation("al-Qaeda")), graph.Describe());
    }

    [Fact]
    public void Extract_MetWithCounterpartApposition_EmitsSymmetricMetBetweenPeople()
    {
        var graph = Extract("French Foreign Minister Jean Moulinard met his Egyptian counterpart, Foreign Minister Tarek Halawi, in Cairo.");

        var met = graph.Single(RelationshipType.Met, Person("Jean Moulinard"), Person("Tarek Halawi"));
        Assert.True(string.CompareOrdinal(met.StartId, met.EndId) < 0);
        Assert.Equal("met", met.Trigger);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && r.EndId == Country("Egypt"));
    }

    [Fact]
    public void Extract_HeldTalksWith_EmitsMet()
    {
        var graph = Extract("Chancellor Greta Lindqvist held talks with President Amadou Sissoko in Berlin.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Greta Lindqvist"), Person("Amadou Sissoko")), graph.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjectsHeldTalks_EmitsMetBetweenThem()
    {
        var graph = Extract("President Lena Hartmann and Prime Minister Ivo Petrov held talks in Sofia on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Lena Hartmann"), Person("Ivo Petrov")), graph.Describe());
    }

    [Fact]
    public void Extract_CoordinatedSubjectsMet_EmitsMetBetweenThem()
    {
        var graph = Extract("Prime Minister Aldo Ferrante and President Maria Okonjo met in Rome on Thursday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Aldo Ferrante"), Person("Maria Okonjo")), graph.Describe());
    }

    [Fact]
    public void Extract_ForcesMentionInMetObject_IsNotAMetParty()
    {
        var graph = Extract("General Tomas Reyes met US troops and later visited a hospital.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_ImposedSanctionsOn_EmitsSanctioned()
    {
        var graph = Extract("The European Union imposed sanctions on Belarus after the disputed election.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Country("Belarus")), graph.Describe());
    }

    [Fact]
    public void Extract_PrenominalSanctionsAgainst_EmitsSanctioned()
    {
        var graph = Extract("New US sanctions against Venezuela took effect at midnight.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Country("Venezuela")), graph.Describe());
    }

    [Fact]
    public void Extract_LiftedSanctions_EmitsNothing()
    {
        var graph = Extract("Canada lifted sanctions on Myanmar last year.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_RefusalToLiftStandingSanctions_EmitsSanctioned()
    {
        var graph = Extract("Ministers saw no reason to lift the European Union's sanctions against Iran.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Country("Iran")), graph.Describe());
    }

    [Fact]
    public void Extract_TargetedWithSanctions_EmitsSanctionedNotAttacked()
    {
        var graph = Extract("Japan targeted North Korea with new sanctions on Friday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Japan"), Country("North Korea")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_PassiveSanctionedBy_EmitsSanctioned()
    {
        var graph = Extract("Belarus was sanctioned by Canada over the crackdown.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Country("Belarus")), graph.Describe());
    }

    [Fact]
    public void Extract_BlacklistedVerb_EmitsSanctioned()
    {
        var graph = Extract("Washington blacklisted Hezbollah in a move welcomed by Israel.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Organisation("Hezbollah")), graph.Describe());
    }

    [Fact]
    public void Extract_ActiveKill_EmitsKilled()
    {
        var graph = Extract("Somali commandos killed Abdi Warsame Gedi, a senior al-Shabaab commander, in a raid.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Somalia"), Person("Abdi Warsame Gedi")), graph.Describe());
    }

    [Fact]
    public void Extract_PassiveKillWithAgent_EmitsKillerToVictim()
    {
        var graph = Extract("Colonel Viktor Dragan was assassinated by Ukraine, Russian officials said.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Ukraine"), Person("Viktor Dragan")), graph.Describe());
    }

    [Fact]
    public void Extract_PrenominalAssassinationNoun_EmitsKilled()
    {
        var graph = Extract("Protests followed the Israeli assassination of Hamas commander Yusuf Nasser in Gaza.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), Person("Yusuf Nasser")), graph.Describe());
    }

    [Fact]
    public void Extract_PronounObject_ResolvesToMostRecentPerson()
    {
        var graph = Extract("General Karim Haddad had led the militia for a decade. Jordan killed him in an air raid, officials said.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Jordan"), Person("Karim Haddad")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedActorAdjective_EmitsCondemnedAgainstCountry()
    {
        var graph = Extract("Germany condemned the Russian aggression in the strongest terms.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Germany"), Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedActByPerpetrator_EmitsCondemnedAgainstPerpetrator()
    {
        var graph = Extract("President Amina Diallo condemned the killing of 43 farmers by Boko Haram.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Amina Diallo"), Organisation("Boko Haram")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_DenouncedVerb_EmitsCondemned()
    {
        var graph = Extract("The African Union denounced Mali's military junta.");

        Assert.True(graph.Has(RelationshipType.Condemned, Organisation("African Union"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_ThreatenedToAttack_EmitsThreatenedNotAttacked()
    {
        var graph = Extract("North Korea threatened to attack South Korea if the drills continued.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("North Korea"), Country("South Korea")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_WarnedOfRetaliationAgainst_EmitsThreatened()
    {
        var graph = Extract("Iran warned of swift retaliation against Israel.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Iran"), Country("Israel")), graph.Describe());
    }

    [Theory]
    [InlineData("Greece did not attack Turkey, the ministry said.")]
    [InlineData("Greece never attacked Turkey.")]
    [InlineData("Greece would attack Turkey only as a last resort.")]
    [InlineData("Greece could strike Turkey within hours.")]
    [InlineData("If Greece attacked Turkey, NATO would be split.")]
    [InlineData("Greece plans to attack Turkey next spring.")]
    [InlineData("Turkey claimed that Greece attacked Turkey on Sunday.")]
    [InlineData("Ankara accused Greece of attacking Turkey.")]
    [InlineData("Greece denied that it had attacked Turkey.")]
    [InlineData("Greece allegedly attacked Turkey.")]
    [InlineData("Did Greece attack Turkey?")]
    [InlineData("Greece will not announce further military action against Turkey.")]
    [InlineData("Analysts said Greece may strike Turkey's ports.")]
    [InlineData("Greece is expected to attack Turkey.")]
    [InlineData("Turkey was accused of bombing Greece.")]
    [InlineData("Rumours that Greece attacked Turkey were false.")]
    [InlineData("The UN warned of a possible Greek attack on Turkey.")]
    [InlineData("Plans for a Greek strike on Turkey were shelved.")]
    [InlineData("Athens vowed to attack Turkey.")]
    public void Extract_NegatedHypotheticalOrClaimedAttack_EmitsNoAttacked(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("The UN warned of a possible Greek attack on Turkey.")]
    [InlineData("China refused to condemn Russia.")]
    [InlineData("North Korea said it would not meet South Korea.")]
    [InlineData("The United States is considering sanctions against China.")]
    [InlineData("Germany failed to sanction Russia in 2014.")]
    [InlineData("Iran will hold talks with Saudi Arabia next week.")]
    public void Extract_UnrealizedEventOfAnyType_EmitsNothing(string text)
    {
        var graph = Extract(text);

        Assert.Empty(graph.Relationships);
    }

    [Fact]
    public void Extract_AssassinationWithoutAgent_EmitsNoKilled()
    {
        var graph = Extract("Riots broke out in response to the assassination of Iraqi cleric Hamid al-Rubaie.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_NationalityQualifyingCommonNoun_IsNotTheSubject()
    {
        var graph = Extract("Reports say German companies hosting Syrian government websites met Syria's demands.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_PlaceInsideObjectModifier_IsNotTheTarget()
    {
        var graph = Extract("Al-Shabaab threatens the lives of farmers in Kenya.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_PlaceBeforeRelativeClause_IsNotTheAgent()
    {
        var graph = Extract("Commandos carried out a raid in Yemen that killed Anwar Qasimi.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_HypotheticalNounPhrase_EmitsNothing()
    {
        var graph = Extract("One option would be a French air strike on Libya, officials said.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_SpokeByPhoneWith_EmitsMet()
    {
        var graph = Extract("Chancellor Greta Lindqvist spoke by phone with President Amadou Sissoko on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Greta Lindqvist"), Person("Amadou Sissoko")), graph.Describe());
    }

    [Fact]
    public void Extract_FightAgainstWithPossessivePronoun_EmitsAttackedFromClauseSubject()
    {
        var graph = Extract("Kurdish Peshmerga maintained their positions against Islamic State near the dam.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Peshmerga"), Organisation("Islamic State")), graph.Describe());
    }

    [Fact]
    public void Extract_ReceivedTitledPersonAfterPossessiveCountry_EmitsMetWithThePerson()
    {
        var graph = Extract("Moroccan Prime Minister Karim Alaoui received Tunisia's Foreign Minister Leila Ben Amor in Rabat.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Karim Alaoui"), Person("Leila Ben Amor")), graph.Describe());
    }

    [Fact]
    public void Extract_AttackOnNationalFacility_TargetsTheCountry()
    {
        var graph = Extract("The Houthis launched a drone attack on a Saudi oil facility, a spokesman said.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Houthis"), Country("Saudi Arabia")), graph.Describe());
    }

    [Fact]
    public void Extract_KilledInNationalStrike_NamesTheStrikerAsKiller()
    {
        var graph = Extract("Hamas commander Yusuf Nasser was killed in an Israeli air strike on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), Person("Yusuf Nasser")), graph.Describe());
    }

    [Fact]
    public void Extract_FiredRocketsAt_EmitsAttacked()
    {
        var graph = Extract("Hezbollah fired rockets at northern Israel on Saturday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_CountryBackedGroupAsTarget_IsNotTheCountry()
    {
        var graph = Extract("US aircraft struck three Iranian-backed militia sites in Syria.");

        Assert.DoesNotContain(graph.Relationships, r => r.EndId == Country("Iran"));
    }

    [Fact]
    public void Extract_UnnamedVictimQualifiedByGroup_EmitsNoKilled()
    {
        var graph = Extract("A senior Hamas commander was killed in an Israeli strike, the army said.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_SupportForSideInTheFightAgainst_EmitsAttackedFromThatSide()
    {
        var graph = Extract("The minister reiterated support for Somalia in the fight against al-Shabaab.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Somalia"), Organisation("al-Shabaab")), graph.Describe());
    }

    [Fact]
    public void Extract_ClashedWith_EmitsAttacked()
    {
        var graph = Extract("Armenian forces clashed with Azerbaijan on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Armenia"), Country("Azerbaijan")), graph.Describe());
    }

    [Fact]
    public void Extract_RelativeClauseSubject_EmitsAttackedFromAntecedent()
    {
        var graph = Extract("Hezbollah, which attacked Israeli troops last year, rejected the proposal.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")), graph.Describe());
    }

    [Theory]
    [InlineData("Officials described an attack by Boko Haram on Cameroonian troops near the border.")]
    [InlineData("Boko Haram's fighters attacked Cameroonian troops near the border.")]
    public void Extract_AgentByPhraseOrPossessedForces_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Cameroon")), graph.Describe());
    }

    [Fact]
    public void Extract_PossessiveInvasionOf_EmitsAttacked()
    {
        var graph = Extract("Russia's invasion of Ukraine began in February.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Fact]
    public void Extract_ClaimedResponsibilityForAttack_EmitsAttackedFromClaimant()
    {
        var graph = Extract("Boko Haram claimed responsibility for the attack on Chadian soldiers near the lake.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_NationalStrikeAsSubject_EmitsKilledFromTheCountry()
    {
        var graph = Extract("A French drone strike killed Islamic State commander Omar Diallo in Mali.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("France"), Person("Omar Diallo")), graph.Describe());
    }

    [Fact]
    public void Extract_SameFactTwiceInOneSentence_EmitsOneRelationship()
    {
        var graph = Extract("Kenya attacked al-Shabaab and then attacked al-Shabaab again.");

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_Relationship_CarriesSentenceEvidenceAndTrigger()
    {
        var graph = Extract("Markets were calm.\nEthiopia shelled Eritrea on the disputed border.");

        var attack = graph.Single(RelationshipType.Attacked, Country("Ethiopia"), Country("Eritrea"));
        Assert.Equal(1, attack.SentenceIndex);
        Assert.Equal("Ethiopia shelled Eritrea on the disputed border.", attack.Evidence);
        Assert.Equal("shelled", attack.Trigger);
    }
}
