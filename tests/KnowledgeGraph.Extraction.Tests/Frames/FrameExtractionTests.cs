using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests.Frames;

/// <summary>
/// The frame recogniser end to end (mentions, parse, frames, assertion): the "Why" cases and the constructions
/// the frames cover, each in sentences written for this test. A title line comes first because an article's first
/// line is its headline.
/// </summary>
public sealed class FrameExtractionTests
{
    private static readonly RuleBasedExtractor Frames = new(RelationEngine.Frames);

    private static ArticleGraph ExtractWithFrames(string sentence) =>
        Frames.Extract(new Article { Id = "frames-test", Text = "Report\n\n" + sentence });

    [Theory]
    [InlineData("The opposition leader launched a blistering attack on Prime Minister Jane Holt.")]
    [InlineData("Senator Ray Cole attacked the governor's record on taxes.")]
    [InlineData("A Turkish invasion of Cyprus would trigger sanctions.")]
    [InlineData("A Saudi strike on Yemen could spark a wider war.")]
    [InlineData("Had Peru attacked Chile, the region would have burned.")]
    [InlineData("The strike on Armenia was condemned by Norway.")]
    [InlineData("Peru plans to attack Chile next spring.")]
    [InlineData("Peru denied that it had attacked Chile.")]
    public void Extract_WordsHypotheticalsAndDenials_EmitNoAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_RelativeClauseInsideSubject_CondemnerIsTheMainSubject()
    {
        var graph = ExtractWithFrames("Chile, which borders Peru, condemned Bolivia.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Bolivia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Peru"), Country("Bolivia")), graph.Describe());
    }

    [Theory]
    [InlineData("Norway criticised Hungary over the decision.")]
    [InlineData("Norway strongly condemned Hungary on Tuesday.")]
    public void Extract_CriticismOrCondemnation_EmitsCondemned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Norway"), Country("Hungary")), graph.Describe());
    }

    [Fact]
    public void Extract_SanctionsOnCompaniesOfAState_SanctionsTheState()
    {
        var graph = ExtractWithFrames("The African Union imposed sanctions on three Malian companies.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("African Union"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_HeldTalksWith_EmitsMetBetweenStates()
    {
        var graph = ExtractWithFrames("Kenya held talks with Uganda on Friday.");

        Assert.True(graph.Has(RelationshipType.Met, Country("Kenya"), Country("Uganda")), graph.Describe());
    }

    [Fact]
    public void Extract_PronounSubjectAfterNamingSentence_MetResolvesToTheNamedPerson()
    {
        var graph = ExtractWithFrames("Prime Minister Mark Rutte arrived in Ankara on Monday. He met President Recep Tayyip Erdogan.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Mark Rutte"), Person("Recep Tayyip Erdogan")), graph.Describe());
    }

    [Fact]
    public void Extract_LedCoalitionCarriedOutAirstrikes_TheLeaderAttacked()
    {
        var graph = ExtractWithFrames("The Saudi-led coalition carried out airstrikes against the Houthis.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Saudi Arabia"), Organisation("Houthis")), graph.Describe());
    }

    [Fact]
    public void Extract_FightAgainst_OneWayAttackedNotReciprocal()
    {
        var graph = ExtractWithFrames("Polish troops continued their fight against the Taliban in the mountains.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Poland"), Organisation("Taliban")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Organisation("Taliban"), Country("Poland")), graph.Describe());
    }

    [Fact]
    public void Extract_FightAgainstArmedGroupWithoutWeaponWords_StillViolent()
    {
        // No weapon, unit or casualty word: the armed group on the other side is what makes the fight a fight.
        var graph = ExtractWithFrames("Ukraine continued its fight against the Taliban.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Ukraine"), Organisation("Taliban")), graph.Describe());
    }

    [Fact]
    public void Extract_PressedOnInTheFight_CircumstanceIsNotAnIntention()
    {
        // "press" is a verb of demand ("pressed for sanctions"), but "in its fight" is where, not what, it is about.
        var graph = ExtractWithFrames("The Ukrainian army pressed on in its fight against Russia.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Ukraine"), Country("Russia")), graph.Describe());
    }

    [Theory]
    [InlineData("Malian soldiers recaptured the town from Boko Haram on Sunday.")]
    [InlineData("Malian soldiers retook the town from Boko Haram on Sunday.")]
    public void Extract_RetookTownFromGroup_AttackedTheGroup(string sentence)
    {
        // "retook": an irregular form the treebank-trained lemmatiser does not know.
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Mali"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_ArrestedPersonSeized_NoAttacked()
    {
        // Seizing a person is an arrest or a kidnapping, never an attack on them.
        var graph = ExtractWithFrames("Turkish police seized Ahmet Demir at the airport.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_DefiniteFightUnderAWish_StillAsserted()
    {
        // The fight exists whatever the volunteers hope: a definite event noun is presupposed above its own clause.
        var graph = ExtractWithFrames("Volunteers hope to join the Kenyan army's campaign against al-Shabaab.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Kenya"), Organisation("al-Shabaab")), graph.Describe());
    }

    [Fact]
    public void Extract_ExplainParse_TagsRecognisedNamesAsProperNouns()
    {
        var sentences = RuleBasedExtractor.Explain(new Article { Id = "explain", Text = "Report\n\nNorway condemns the raid." });

        var norway = Assert.Single(sentences[1].Parse.Tokens, t => t.Form == "Norway");
        Assert.Equal("PROPN", norway.Upos);
    }

    [Fact]
    public void Extract_ExchangedFireWith_AttackedBothWays()
    {
        var graph = ExtractWithFrames("Armenia exchanged artillery fire with Azerbaijan overnight.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Armenia"), Country("Azerbaijan")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Azerbaijan"), Country("Armenia")), graph.Describe());
    }

    [Fact]
    public void Extract_ExchangedViews_NoAttacked()
    {
        var graph = ExtractWithFrames("Armenia exchanged views with Azerbaijan on the treaty.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_JointSubjectsHeldTalks_EmitsMet()
    {
        var graph = ExtractWithFrames("Kenya and Uganda held talks in Nairobi on Friday.");

        Assert.True(graph.Has(RelationshipType.Met, Country("Kenya"), Country("Uganda")), graph.Describe());
    }

    [Fact]
    public void Extract_TheGroupInNextSentence_ResolvesToTheNamedGroup()
    {
        var graph = ExtractWithFrames("Hezbollah fired rockets at Israel on Monday. The group also attacked a Syrian army base.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_TheCountryInNextSentence_PrefersThePreviousSubject()
    {
        // Iran is the nearer state, but "the country" opening a sentence continues the previous sentence's subject.
        var graph = ExtractWithFrames("Norway imposed sanctions on Iran last year. The country also condemned Syria on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Norway"), Country("Syria")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Iran"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_CountryWithItsOwnModifier_NotAnAnaphor()
    {
        // "the neighbouring country" names no antecedent of its own: no edge rather than a guess.
        var graph = ExtractWithFrames("Norway imposed sanctions on Iran last year. The neighbouring country later condemned Syria.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public void Extract_StrikeAsSubjectOfKill_TheStrikersKilled()
    {
        var graph = ExtractWithFrames("An Israeli airstrike killed Hamas commander Yusuf Haddad in Gaza.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), Person("Yusuf Haddad")), graph.Describe());
    }

    [Fact]
    public void Extract_MissileAsSubjectOfHit_TheLauncherAttacked()
    {
        var graph = ExtractWithFrames("A Russian missile hit a Ukrainian army base on Sunday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Fact]
    public void Extract_ThreeAlsoAttendedTheNamedMeeting_EachPairMet()
    {
        var graph = ExtractWithFrames("The ministers held an emergency meeting in Oslo on Friday. Jonas Berg, Anna Lind and Karl Moe also attended.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Jonas Berg"), Person("Anna Lind")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Met, Person("Jonas Berg"), Person("Karl Moe")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Lind"), Person("Karl Moe")), graph.Describe());
    }

    [Fact]
    public void Extract_AttendedAFuneral_NoMet()
    {
        var graph = ExtractWithFrames("Jonas Berg and Anna Lind attended the funeral in Oslo.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_MetTheMinisterNamedInApposition_TheMinisterNotHisState()
    {
        var graph = ExtractWithFrames("Jane Doe met the Iraqi Foreign Minister, Ali Hassan in London today.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Jane Doe"), Person("Ali Hassan")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Met, Person("Jane Doe"), Country("Iraq")), graph.Describe());
    }

    [Fact]
    public void Extract_SanctionsImposedOnByReducedRelative_EmitsSanctioned()
    {
        var graph = ExtractWithFrames("The sanctions imposed on Syria by the European Union hurt its economy.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("European Union"), Country("Syria")), graph.Describe());
    }

    [Fact]
    public void Extract_VowedToRetaliateAgainst_EmitsThreatened()
    {
        var graph = ExtractWithFrames("Iran vowed to retaliate against Israel for the strike.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Iran"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_VowedToHelp_NoThreatened()
    {
        var graph = ExtractWithFrames("Iran vowed to help Israel after the earthquake.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Theory]
    [InlineData("Finland attacked Lyon on Monday.")]
    [InlineData("Finland launched missiles and drones at Lyon.")]
    public void Extract_StateAttacksACity_AttackedTheLocation(string sentence)
    {
        // A place as the target makes "attacked" literal, with no weapon word needed.
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Finland"), Location("Lyon")), graph.Describe());
    }

    [Fact]
    public void Extract_CapitalThatActs_CondemnsAsItsState()
    {
        var graph = ExtractWithFrames("Helsinki condemned France on Monday.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Finland"), Country("France")), graph.Describe());
    }

    [Fact]
    public void Extract_RetookTownFromAPlaceName_NoAttackedOnThePlace()
    {
        // The one something is taken from is whoever held it, never a place.
        var graph = ExtractWithFrames("Malian soldiers recaptured the village from Lyon on Sunday.");

        Assert.False(graph.Has(RelationshipType.Attacked, Country("Mali"), Location("Lyon")), graph.Describe());
    }

    [Fact]
    public void Extract_TitleHeadedNamesAsSubjectAndObject_EmitsMet()
    {
        var graph = ExtractWithFrames("Chancellor Ilse Marbach met President Tomas Verhoef in Lisbon on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Ilse Marbach"), Person("Tomas Verhoef")), graph.Describe());
    }

    [Fact]
    public void Extract_MultiWordTitleBeforeSpeakerOfPhoneCall_EmitsMet()
    {
        var graph = ExtractWithFrames("Secretary of State Ilse Marbach spoke by phone with Foreign Minister Tomas Verhoef.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Ilse Marbach"), Person("Tomas Verhoef")), graph.Describe());
    }

    [Fact]
    public void Extract_PastTenseReadableAsParticipleWithObject_EmitsAttacked()
    {
        var graph = ExtractWithFrames("Chadian warplanes struck Boko Haram positions overnight, the army said.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_LightVerbParticipleWithStrikesAgainstTargets_EmitsAttacked()
    {
        var graph = ExtractWithFrames("Malian forces conducted 12 strikes against Boko Haram targets on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Mali"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_RegularInflectionTheLemmatiserMisses_StillATrigger()
    {
        var graph = ExtractWithFrames("Chadian forces shelled Abeche on Sunday.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuantityOfWeaponsFiredIntoAState_EmitsAttacked()
    {
        var graph = ExtractWithFrames("Boko Haram fired dozens of rockets into Chad.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_WarnedOfRetaliation_EmitsThreatened()
    {
        var graph = ExtractWithFrames("Chad warned Niger of retaliation.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Fact]
    public void Extract_WarnedThatAClaimHolds_NoThreatened()
    {
        // A warning that something is so is advice, whatever words of war the claim uses.
        var graph = ExtractWithFrames("A lawyer says Lord Ilse Marbach warned Tomas Verhoef in March that the war could be illegal.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_StateSoldiersKilledByGroupFighters_EmitsKilledOfTheState()
    {
        var graph = ExtractWithFrames("Two Malian soldiers were killed by Boko Haram fighters near the border.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Boko Haram"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_PassiveByAQuantityOfWeapons_AgentIsWhatIsCounted()
    {
        var graph = ExtractWithFrames("Abeche was hit by a wave of Chadian drones overnight.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mali denounced the new sanctions imposed by the African Union.", "Mali", "African Union")]
    [InlineData("Amnesty International condemned the executions carried out by Chad.", "Amnesty International", "Chad")]
    [InlineData("Niger's president condemned the massacre by Boko Haram gunmen.", "Niger", "Boko Haram")]
    public void Extract_CondemnedAnEventWhoseAgentFollowsWithBy_EndIsThatAgent(string sentence, string condemner, string actor)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Condemned && r.StartId.EndsWith(Slug(condemner), StringComparison.Ordinal) && r.EndId.EndsWith(Slug(actor), StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MinistryOfAStateBlacklists_StateSanctions()
    {
        var graph = ExtractWithFrames("The US Treasury blacklisted four Malian officials.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_BannedExportsToAState_EmitsSanctioned()
    {
        Assert.True(ExtractWithFrames("Chad has banned exports to Niger.").Has(RelationshipType.Sanctioned, Country("Chad"), Country("Niger")));
        Assert.DoesNotContain(ExtractWithFrames("Chad has banned smoking in Niger.").Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_RoundsOfTalksHeldByJointSubjects_EmitsMet()
    {
        var graph = ExtractWithFrames("Chad and Niger have held several rounds of talks over the dam.");

        Assert.True(graph.Has(RelationshipType.Met, Country("Chad"), Country("Niger")) || graph.Has(RelationshipType.Met, Country("Niger"), Country("Chad")), graph.Describe());
    }

[Theory]
    [InlineData("ABECHE (AP) — Chad imposed sanctions on three Malian companies on Monday.")]
    [InlineData("ABECHE, March 3 (Reuters) - Chad imposed sanctions on three Malian companies on Monday.")]
    public void Extract_LeadWithWireDateline_DatelineIsNotParsedAndItsAgencyIsNoActor(string lead)
    {
        var graph = ExtractWithFrames(lead);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Country("Mali")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId.Contains("reuters", StringComparison.Ordinal) || r.StartId.Contains("associated", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RelativeClauseHungOnAnEarlierNoun_PartiesBeforeTheCommaAct()
    {
        var graph = ExtractWithFrames("The move follows similar steps by Chad and Niger, which sanctioned Malian companies last month.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Country("Mali")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Niger"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_PronounForTheForceThatSpeaks_StruckTheGroupsSites()
    {
        var graph = ExtractWithFrames("The Chadian army said it struck Boko Haram launch sites after the rocket fire.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_SentenceInitialGerundOfFightingBetween_AttackedBothWays()
    {
        var graph = ExtractWithFrames("Fighting between Chad's army and Boko Haram resumed on Saturday, residents said.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_GerundShellingOfAPlaceByForces_EmitsAttacked()
    {
        var graph = ExtractWithFrames("Shelling of Abeche by Chadian forces continued overnight.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CapitalAsTheObjectOfCondemnation_IsItsState()
    {
        var graph = ExtractWithFrames("Helsinki condemned Oslo.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Finland"), Country("Norway")), graph.Describe());
    }

    [Fact]
    public void Extract_SankShipsOfAState_AttackedButSinkingSharesIsNot()
    {
        Assert.True(ExtractWithFrames("Chadian drones sank two Nigerien patrol boats on the lake.").Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")));
        Assert.DoesNotContain(ExtractWithFrames("Shares in Chad's oil company sank on Monday after Niger's announcement.").Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_PluralTheLemmatiserReadsAsAnotherWord_StillStandsForItsOwner()
    {
        // "bases" is lemmatised as "basis".
        var graph = ExtractWithFrames("Chad has repeatedly attacked Nigerien bases near the lake.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

        private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
