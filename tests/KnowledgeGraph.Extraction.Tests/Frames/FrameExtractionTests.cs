using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests.Frames;

/// <summary>
/// The frame recogniser end to end (mentions, parse, frames, assertion): the issue's "Why" cases and the constructions
/// the frames cover, each in sentences written for this test. A title line comes first because an article's first
/// line is its headline.
/// </summary>
public sealed class FrameExtractionTests
{
    private static readonly RuleBasedExtractor Frames = new(RelationEngine.Frames);

    private static ArticleGraph ExtractWithFrames(string text) =>
        Frames.Extract(new Article { Id = "frames-test", Text = "Report\n\n" + text });

    [Theory]
    [InlineData("The opposition leader launched a blistering attack on Prime Minister Jane Holt.")]
    [InlineData("Senator Ray Cole attacked the governor's record on taxes.")]
    [InlineData("Senator Ray Cole launched a scathing attack on Governor Ana Ruiz over the budget.")]
    [InlineData("A Turkish invasion of Cyprus would trigger sanctions.")]
    [InlineData("A Saudi strike on Yemen could spark a wider war.")]
    [InlineData("Had Peru attacked Chile, the region would have burned.")]
    [InlineData("The strike on Armenia was condemned by Norway.")]
    [InlineData("Peru plans to attack Chile next spring.")]
    [InlineData("Peru denied that it had attacked Chile.")]
    // Out of a position in politics, and clearing of things or of charges, is not force.
    [InlineData("The Labour Party pushed the Conservative Party out of office in the spring.")]
    [InlineData("The Liberal Party drove the Labour Party out of power at the polls.")]
    [InlineData("The court cleared Peru of breaching the treaty with Chile.")]
    [InlineData("Peruvian volunteers cleared the Chilean border road of snow.")]
    [InlineData("The trade conflict between Peru and Chile deepened.")]
    [InlineData("The conflict between Peru and Chile over the budget deepened as the war in the north dragged on.")]
    public void Extract_WordsHypotheticalsAndDenials_EmitNoAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Peruvian troops shelled the Chilean border post, the rebels claimed.")]
    [InlineData("\"Peruvian troops shelled the Chilean border post,\" claimed the rebel spokesman.")]
    [InlineData("\"We destroyed the Chilean border post,\" the Peruvian commander claimed on Friday.")]
    public void Extract_ClauseAttributedToAClaimAfterIt_EmitsNoAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Peruvian troops shelled the Chilean border post, the ministry said.")]
    [InlineData("Peruvian troops shelled the Chilean border post, the ministry confirmed.")]
    public void Extract_ClauseAttributedNeutrallyAfterIt_EmitsAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile attacked Peru.")]
    [InlineData("Chile attacked Peru in 1990.")]
    [InlineData("Chile, backed by Argentina, attacked Peru on Monday.")]
    [InlineData("Chile struck Peru at dawn on Monday.")]
    public void Extract_StateAttackedStateNamedAsThemselves_EmitsAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile attacked Peru in a speech at the United Nations.")]
    [InlineData("Chile verbally attacked Peru on Monday.")]
    [InlineData("Chile attacked Peru over its fishing policy.")]
    [InlineData("Chile hit Peru with new tariffs.")]
    [InlineData("Chile attacked Peru's record on human rights.")]
    [InlineData("The Chilean foreign minister attacked Peru on Monday.")]
    public void Extract_StateAttackedStateInWords_EmitsNoAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_PlaceAfterAnAppositionReadAsAConjunct_IsNoParticipant()
    {
        // The parser makes "in Lima" a conjunct of "Luis Vega"; its own preposition says it is where, not who.
        var graph = ExtractWithFrames("Ana Torres met with Luis Vega, the Chilean president, in Lima.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Ana Torres"), Person("Luis Vega")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == Country("Peru") || r.EndId == Country("Peru")));
    }

    [Theory]
    [InlineData("Chilean jets began the bombardment of Lima.")]
    [InlineData("Chilean jets began bombing Lima on Monday.")]
    public void Extract_AmbiguousPlaceNameAfterForceDoneToPlaces_IsTheLocationAttacked(string sentence)
    {
        // "Lima" names towns in several countries and is a surname: a gerund or noun of force done to places makes it one.
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chile"), Location("Lima")), graph.Describe());
    }

    [Theory]
    [InlineData("The massacre prompted Chile to launch air strikes against Peru.", true)]
    [InlineData("The border raid forced Chile to bomb Peru.", true)]
    [InlineData("The minister urged Chile to bomb Peru.", false)] // a demand: the bombing may not have happened
    [InlineData("The minister persuaded Chile to bomb Peru.", false)]
    public void Extract_CausativeMakesItsObjectAct_ObjectAttacked(string sentence, bool attacked)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(attacked, graph.Has(RelationshipType.Attacked, Country("Chile"), Country("Peru")));
    }

    [Theory]
    [InlineData("The Hezbollah movement attacked an Israeli army post.", true)]
    [InlineData("The Hezbollah group fired rockets at Israel.", true)]
    [InlineData("Fighters of the Hezbollah movement attacked an Israeli army post.", true)]
    [InlineData("Israel struck positions of the Hezbollah movement.", false)]
    public void Extract_KindOfOrganisationWithItsName_IsTheOrganisation(string sentence, bool hezbollahAttacks)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(hezbollahAttacks
            ? graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel"))
            : graph.Has(RelationshipType.Attacked, Country("Israel"), Organisation("Hezbollah")), graph.Describe());
    }

    [Theory]
    [InlineData("Ali Karaki was added to the Chilean sanctions list.")]
    [InlineData("Chile added Ali Karaki to its sanctions list.")]
    [InlineData("Ali Karaki is subject to Chilean sanctions.")]
    [InlineData("The Chilean Treasury designated Ali Karaki on Tuesday.")] // a finance ministry designates for sanctions
    public void Extract_ListedOrSubjectToSanctions_EmitsSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Person("Ali Karaki")), graph.Describe());
    }

    [Fact]
    public void Extract_NeutralisedAThreatOrLostAVote_NoKilled()
    {
        Assert.DoesNotContain(ExtractWithFrames("Kenyan troops neutralised the threat from the bridge.").Relationships, r => r.Type == RelationshipType.Killed);
        Assert.DoesNotContain(ExtractWithFrames("Ahmed Diriye lost the vote in a Kenyan election.").Relationships, r => r.Type == RelationshipType.Killed);
    }

    [Fact]
    public void Extract_DiedAfterBeingShotBy_EmitsKilled()
    {
        var graph = ExtractWithFrames("Ali Karaki died after being shot by Chilean soldiers.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chile"), Person("Ali Karaki")), graph.Describe());
    }

    [Theory]
    [InlineData("Olaf Scholz told Emmanuel Macron during a phone call that Germany would help.", true)]
    [InlineData("Olaf Scholz assured Emmanuel Macron in a meeting on Monday that Germany would help.", true)]
    [InlineData("Olaf Scholz told Emmanuel Macron in a letter that Germany would help.", false)]
    public void Extract_SaidToSomeoneDuringACall_EmitsMet(string sentence, bool met)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(met, graph.Has(RelationshipType.Met, Person("Emmanuel Macron"), Person("Olaf Scholz")));
    }

    [Theory]
    [InlineData("Ahmed Diriye was killed when Kenyan jets struck his convoy.")]
    [InlineData("Ahmed Diriye, killed by Kenyan fire, was buried on Friday.")]
    [InlineData("Ahmed Diriye was among five people killed by Kenyan troops.")]
    [InlineData("Ahmed Diriye lost his life in a Kenyan drone strike.")]
    public void Extract_VictimOfAKillingClause_EmitsKilled(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Killed, Country("Kenya"), Person("Ahmed Diriye")), graph.Describe());
    }

    [Theory]
    [InlineData("Kenyan troops killed twelve al-Shabaab fighters.")] // the counted phrase read as an oblique
    [InlineData("Twelve al-Shabaab fighters were killed by Kenyan troops.")] // a number word opening the sentence is no name
    [InlineData("Kenyan forces killed twelve members of al-Shabaab.")]
    [InlineData("Kenyan troops neutralised twelve al-Shabaab fighters in the forest.")] // military usage for killing
    public void Extract_MembersOfAGroupKilled_TheGroupKilled(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Killed, Country("Kenya"), Organisation("al-Shabaab")), graph.Describe());
    }

    [Theory]
    [InlineData("Peru launched two ballistic missiles on Sunday.\n\nChile condemned the launches.")]
    [InlineData("Peru expelled four Chilean diplomats.\n\nChile condemned the expulsions.")]
    [InlineData("Peru executed the dissident on Monday, and Chile denounced the execution.")]
    [InlineData("Peru deported forty Chilean workers on Monday.\n\nChile denounced the deportations.")]
    public void Extract_CondemnedAnActReportedBefore_CondemnedItsDoer(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("The dissident was executed in Peru on Monday.\n\nChile denounced the execution.")] // a passive names no doer
    [InlineData("Chile denounced the execution.\n\nPeru executed the dissident on Monday.")] // the act comes after
    public void Extract_CondemnedAnActWithNoDoerBefore_NoCondemned(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Theory]
    [InlineData("At the meeting, Luis Vega and Ana Torres agreed to reopen the border.", true)]
    [InlineData("Luis Vega and Ana Torres agreed during talks on Monday to reopen the border.", true)]
    [InlineData("Luis Vega attended a dinner hosted by Ana Torres.", true)]
    [InlineData("Luis Vega and Ana Torres spoke by phone on Monday.", true)]
    [InlineData("Luis Vega and Ana Torres spoke at a rally in Lima.", false)] // each addressed the crowd
    [InlineData("Luis Vega and Ana Torres spoke at a meeting of the Security Council.", false)]
    public void Extract_PartiesOfTalksTheClauseIsSetIn_EmitsMet(string sentence, bool met)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(met, graph.Has(RelationshipType.Met, Person("Ana Torres"), Person("Luis Vega")));
    }

    [Theory]
    [InlineData("Chile and Peru have disputed the border for decades.\n\nFighting between the two sides broke out on Monday.")]
    [InlineData("Chilean and Peruvian troops fought each other near the border.")]
    [InlineData("Chile and Peru attacked each other with missiles.")]
    public void Extract_TwoSidesOrEachOther_AttackedBothWays(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Fact]
    public void Extract_TalksBetweenTheTwoSides_TheJoinedPairMet()
    {
        var graph = ExtractWithFrames("Chile and Peru have disputed the border for decades.\n\nTalks between the two sides resumed on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_StatesFoughtOverRights_NoAttacked()
    {
        var graph = ExtractWithFrames("Chile and Peru fought over fishing rights for decades.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_TwoVerbsShareTheirObject_BothEdges()
    {
        var graph = ExtractWithFrames("Chile condemned and sanctioned Peru on Monday.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile was quick to condemn Peru.", true)]
    [InlineData("Chile was the first to condemn Peru.", true)]
    [InlineData("Chile was ready to condemn Peru.", false)] // ready, eager, likely: not yet done
    [InlineData("Chile was reluctant to condemn Peru.", false)]
    public void Extract_InfinitiveOfAnAdjective_AssertedUnlessIrrealis(string sentence, bool condemned)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(condemned, graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")));
    }

    [Fact]
    public void Extract_ObjectConjunctHungOnTheVerb_BothCondemned()
    {
        // "as well as Bolivia" read as an oblique of the verb with its own conjunction.
        var graph = ExtractWithFrames("Chile condemned Peru as well as Bolivia.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Bolivia")), graph.Describe());
    }

    [Fact]
    public void Extract_JoinedAnotherInCondemning_BothCondemned()
    {
        var graph = ExtractWithFrames("Chile joined Argentina on Monday in condemning Peru.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Country("Argentina"), Country("Peru")), graph.Describe());
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
    // The holder named through what it held.
    [InlineData("Malian soldiers liberated the market town from Boko Haram control.")]
    [InlineData("Malian soldiers seized the ferry port from the control of Boko Haram.")]
    // Driving, pushing or clearing an armed force out of ground ("drove": an irregular past the sentence filter must know).
    [InlineData("Malian soldiers drove Boko Haram out of the river town.")]
    [InlineData("The Malian army has driven Boko Haram back towards the border.")]
    [InlineData("Malian soldiers pushed Boko Haram fighters out of two villages.")]
    [InlineData("Malian soldiers have cleared most of the district of Boko Haram fighters.")]
    [InlineData("Malian soldiers cleared Boko Haram from the hills east of the river.")]
    // A post or a market is a place one is driven out of by force as well.
    [InlineData("Malian soldiers drove Boko Haram fighters out of the border post after heavy fighting.")]
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

    [Theory]
    [InlineData("Britain's foreign secretary condemned the raid.", "secretary")]
    [InlineData("The defence ministers condemned the raid.", "ministers")]
    public void Extract_ExplainParse_TagsOfficeNounsAsNouns(string sentence, string office)
    {
        var sentences = RuleBasedExtractor.Explain(new Article { Id = "explain", Text = "Report\n\n" + sentence });

        var word = Assert.Single(sentences[1].Parse.Tokens, t => t.Form == office);
        Assert.Equal("NOUN", word.Upos);
    }

    [Fact]
    public void Extract_ExplainParse_TagsATriggersPastFormAsAVerb()
    {
        var sentences = RuleBasedExtractor.Explain(new Article { Id = "explain", Text = "Report\n\nTwo days later, Chad struck back at Niger." });

        var struck = Assert.Single(sentences[1].Parse.Tokens, t => t.Form == "struck");
        Assert.Equal("VERB", struck.Upos);
    }

    [Fact]
    public void Explain_NamesOfSeveralWords_AreParsedAsOneWord()
    {
        var sentences = RuleBasedExtractor.Explain(new Article { Id = "explain", Text = "Report\n\nPrime Minister Anna Berg met Tomas Lind." });

        Assert.Equal("Prime Minister Anna Berg met Tomas Lind.", sentences[1].Text);
        Assert.Equal("Berg met Lind.", sentences[1].ParsedText);
        Assert.Equal(["Berg", "met", "Lind", "."], sentences[1].Parse.Tokens.Select(t => t.Form));
    }

    [Fact]
    public void Extract_TitledNameOfAnotherStateAsObject_MetThePerson()
    {
        // A long run of proper nouns after the verb ("met Nigerien Prime Minister Tomas Lind at Government House") was
        // parsed with the nationality as a complement and the name as its oblique.
        var graph = ExtractWithFrames("Prime Minister Anna Berg arrived in Niamey on Monday. She met Nigerien Prime Minister Tomas Lind at Government House.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Berg"), Person("Tomas Lind")) || graph.Has(RelationshipType.Met, Person("Tomas Lind"), Person("Anna Berg")), graph.Describe());
    }

    [Fact]
    public void Extract_TheTwoMinisters_AreTheTwoPeopleJustNamed()
    {
        var graph = ExtractWithFrames("Nigerien Foreign Minister Ali Sangare met his Chadian counterpart, Omar Kolla, in Niamey. The two ministers condemned attacks by Boko Haram on civilians.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Ali Sangare"), Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, Person("Omar Kolla"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_TheTwoMinistersMetInASentenceWithNoName_MetEachOther()
    {
        // No name in the sentence, yet both ends: the sentence filter must still let it through.
        var graph = ExtractWithFrames("Ali Sangare flew to Niamey on Sunday to see Omar Kolla.\n\nThe two ministers met on Monday.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Ali Sangare"), Person("Omar Kolla")), graph.Describe());
    }

    [Fact]
    public void Extract_TheTwoMinistersAfterThreePeople_NoGuess()
    {
        var graph = ExtractWithFrames("Ali Sangare, Omar Kolla and Anna Berg arrived in Niamey. The two ministers condemned attacks by Boko Haram on civilians.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public void Extract_DateAfterACollapsedName_IsTheEventsDate()
    {
        // The trigger's place in the sentence is mapped back through the collapsed names to find the nearest date.
        var graph = ExtractWithFrames("Prime Minister Anna Berg of Sweden met President Tomas Lind of Niger in Niamey on 3 March 2025.");

        var met = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == Person("Anna Berg") || r.EndId == Person("Anna Berg")));
        Assert.Equal(new DateOnly(2025, 3, 3), met.EventDate);
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
    public void Extract_TheGovernmentInNextSentence_IsThePreviousSubject()
    {
        var graph = ExtractWithFrames("Chile recalled its ambassador on Monday. The government also imposed sanctions on Peru.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    // An office given in apposition with a state's possessive ("X, Peru's foreign minister," / "Peru's foreign minister,
    // X,") is the person's title, so a later "the minister" is that person, as with "the foreign minister" after it.
    [InlineData("Luis Vega, Peru's foreign minister, arrived in Santiago on Monday. The minister met Ana Torres at the palace.")]
    [InlineData("Peru's foreign minister, Luis Vega, arrived in Santiago on Monday. The minister met Ana Torres at the palace.")]
    public void Extract_OfficeInAPossessiveApposition_LaterTheMinisterIsThatPerson(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Met, "person:luis-vega", "person:ana-torres"), graph.Describe());
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
    public void Extract_ThisAttackOnATargetAfterAReportedAttack_TheReportedAttackerAttackedIt()
    {
        var graph = ExtractWithFrames("Boko Haram fighters attacked a Nigerien army post near the lake on Monday.\n\nFrance condemned this cowardly attack on Chadian soldiers.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("France"), Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_AnAttackOnATargetWithNoAgent_NoAttacker()
    {
        // An indefinite attack is a new event: the attacker of the one reported before did not necessarily do it.
        var graph = ExtractWithFrames("Boko Haram fighters attacked a Nigerien army post near the lake on Monday.\n\nOn Tuesday an attack on Chadian soldiers killed two.");

        Assert.False(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Theory]
    [InlineData("Warplanes from Canada, Norway, the Netherlands, Saudi Arabia, Peru and Japan bombed Islamic State positions overnight.", RelationshipType.Attacked)]
    [InlineData("Chile, Norway, the Netherlands, Saudi Arabia and Japan condemned Islamic State.", RelationshipType.Condemned)]
    public void Extract_StateReadAsAnAppositionInAList_IsAMemberOfTheList(string sentence, RelationshipType type)
    {
        // The parser reads "Saudi Arabia" after "the Netherlands" as its apposition; one state does not rename another.
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, Country("Saudi Arabia"), Organisation("Islamic State")), graph.Describe());
        Assert.True(graph.Has(type, Country("Norway"), Organisation("Islamic State")), graph.Describe());
    }

    [Theory]
    // A live blog's time stamp and a dateline with a country are not part of the sentence's syntax.
    [InlineData("14:05 GMT - Boko Haram fighters fired two rockets at a Chadian frigate on the lake late on Monday.")]
    [InlineData("0830 GMT: Boko Haram fighters fired two rockets at a Chadian frigate on the lake late on Monday.")]
    [InlineData("BOL, DR Congo — Boko Haram militiamen attacked a Chadian army post overnight.")]
    // A year range is no time stamp.
    [InlineData("Boko Haram fighters shelled Chadian posts in March.\n\n2024 - 2025 saw Boko Haram fighters attack a Chadian army post again.")]
    public void Extract_TimeStampOrDatelineBeforeTheSentence_EdgeFound(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == "country:dr-congo");
    }

    [Fact]
    public void Extract_TwoStatesFightingAThirdParty_NotAgainstEachOther()
    {
        var graph = ExtractWithFrames("Chadian and Nigerien troops have been fighting Boko Haram around the lake since 2015.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Niger"), Organisation("Boko Haram")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Fact]
    public void Extract_TwoStatesFoughtAWar_EachAttackedTheOther()
    {
        var graph = ExtractWithFrames("Chad and Niger fought a brief border war in 1990.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Niger"), Country("Chad")), graph.Describe());
    }

    [Theory]
    [InlineData("Boko Haram fighters attacked a Chadian army post on Monday.\n\nChadian troops fought the attackers for three hours.")]
    [InlineData("Boko Haram fighters attacked a Chadian army post on Monday.\n\nChadian soldiers exchanged fire with the assailants before dawn.")]
    public void Extract_TheAttackersAfterAReportedAttack_AreItsAttackers(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    // A later attack by unnamed gunmen is the one "the attackers" did; fighting both ways names no one side.
    [InlineData("Chadian artillery shelled Boko Haram positions near Bol on Monday.\n\nOn Tuesday unidentified gunmen attacked a market in Mao.\n\nNigerien troops later exchanged fire with the attackers.")]
    [InlineData("Chad and Niger clashed near the border on Monday.\n\nMali condemned the attackers.")]
    public void Extract_TheAttackersAfterAnUnattributedOrMutualEvent_NoOne(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Trigger is "exchanged" or "condemned");
    }

    [Fact]
    public void Extract_TheAttackersWithNoReportedAttack_NoOne()
    {
        var graph = ExtractWithFrames("Chadian soldiers exchanged fire with the attackers before dawn.");

        Assert.Empty(graph.Relationships);
    }

    [Fact]
    public void Extract_PlaceNounWhoseOfNamesThePlace_IsThatPlaceNotTheNationalityBeforeIt()
    {
        var graph = ExtractWithFrames("Chadian jets struck the northern Nigerien town of Diffa on Friday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Location("Diffa")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceNounWithoutANamingOf_StandsForTheNationalityBeforeIt()
    {
        var graph = ExtractWithFrames("Chadian jets struck a Nigerien border town on Friday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    [InlineData("Chad joined Niger in imposing sanctions on Boko Haram.", new[] { "Chad", "Niger" })]
    [InlineData("Chad joined Niger in launching strikes on Boko Haram.", new[] { "Chad", "Niger" })]
    [InlineData("Chad responded by imposing sanctions on Boko Haram.", new[] { "Chad" })]
    [InlineData("After launching strikes on Boko Haram, Chad closed the border.", new[] { "Chad" })]
    public void Extract_GerundOfAnAgentiveVerbAfterAPreposition_ItsNounsAgentIsTheClausesSubject(string text, string[] agents)
    {
        var graph = ExtractWithFrames(text);

        foreach (var agent in agents)
        {
            Assert.Contains(graph.Relationships, r => r.StartId == Country(agent) && r.EndId == Organisation("Boko Haram"));
        }
    }

    [Fact]
    public void Extract_GerundAfterFor_NotDoneByTheClausesSubject()
    {
        // "praised Y for imposing": the object did it, not the one who praised.
        var graph = ExtractWithFrames("Mali praised Chad for imposing sanctions on Boko Haram.");

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Mali") && r.Type == RelationshipType.Sanctioned);
    }

    [Theory]
    [InlineData("Chadian artillery shelled Bol overnight.\n\nMao was also shelled.", "Mao")]
    [InlineData("Chadian artillery shelled Bol on Monday, and Mao was also hit.", "Mao")]
    [InlineData("Chad sanctioned Idris Kalla in May.\n\nMoussa Baro was sanctioned too.", "Moussa Baro")]
    public void Extract_AgentlessPassiveWithAnAdditiveParticle_TheLastEventsAgentDidItToo(string text, string target)
    {
        var graph = ExtractWithFrames(text);

        Assert.Contains(graph.Relationships, r => r.StartId == Country("Chad") && r.EndId.EndsWith(target.ToLowerInvariant().Replace(' ', '-'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chadian artillery shelled Bol overnight.\n\nMao was shelled.")] // nothing says it was the same event
    [InlineData("Chadian artillery shelled Bol overnight.\n\nMao was also shelled by Nigerien drones.")] // its own agent
    [InlineData("Chadian artillery shelled Bol overnight.\n\nMao could also be shelled.")] // not asserted
    public void Extract_PassiveThatDoesNotRepeatTheLastEvent_NoEdgeFromItsAgent(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Chad") && r.EndId.EndsWith("mao", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SanctionedABareNounPhraseReadAsAnOblique_ItIsTheObject()
    {
        var graph = ExtractWithFrames("He also announced that Chad had sanctioned two Boko Haram financiers, Idris Kalla and Moussa Baro.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Person("Idris Kalla")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Person("Moussa Baro")), graph.Describe());
    }

    [Fact]
    public void Extract_TwoPeopleInAppositionToAPlural_BothAreArguments()
    {
        var graph = ExtractWithFrames("Chad imposed sanctions on two Nigerien money changers, Idris Kalla and Moussa Baro.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Person("Idris Kalla")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Person("Moussa Baro")), graph.Describe());
    }

    [Theory]
    [InlineData("Anna Berg met two ministers, Tomas Lind and Karl Ek, in Oslo on Monday.", RelationshipType.Met)]
    [InlineData("Anna Berg met two ministers, Tomas Lind and Karl Ek, in Moscow on Monday.", RelationshipType.Met)]
    [InlineData("Anna Berg met the two envoys, Tomas Lind and Karl Ek, in Ankara.", RelationshipType.Met)]
    [InlineData("Anna Berg condemned two ministers, Tomas Lind and Karl Ek, for their remarks.", RelationshipType.Condemned)]
    public void Extract_TwoPeopleInAppositionToAPluralOffice_BothAreArgumentsAndThePlaceIsNot(string sentence, RelationshipType type)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, Person("Anna Berg"), Person("Tomas Lind")), graph.Describe());
        Assert.True(graph.Has(type, Person("Anna Berg"), Person("Karl Ek")), graph.Describe());
        // The place after the coordination is where it happened (a capital standing for its state would be a third party).
        Assert.Equal(2, graph.Relationships.Count);
    }

    [Theory]
    [InlineData("Anna Berg met officials from Qatar on Monday.", "Qatar")]
    [InlineData("Anna Berg met her counterparts from Qatar on Monday.", "Qatar")]
    [InlineData("Anna Berg met senior ministers from Qatar in Doha.", "Qatar")]
    [InlineData("Officials from India met their counterparts from Qatar in Geneva.", "Qatar")]
    public void Extract_MetOfficialsFromAStateWithThePhraseOnTheVerb_MetThatState(string sentence, string state)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Met
            && (r.StartId == Country(state) || r.EndId == Country(state)) && r.Rule == "met.verb.officials-from");
    }

    [Theory]
    [InlineData("Anna Berg met students from Qatar on Monday.")] // people of a state who do not act for it
    [InlineData("Anna Berg met refugees from Syria at the camp.")]
    [InlineData("Anna Berg met Tomas Lind from the foreign ministry on Monday.")] // a named person is the one met
    public void Extract_MetPeopleFromAStateWhoDoNotActForIt_NoMeetingWithTheState(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.StartId.StartsWith("country:", StringComparison.Ordinal) || r.EndId.StartsWith("country:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Strikes by Peru against Chile intensified in March.")] // the opening noun read as a verb
    [InlineData("Shelling by Peru of Chile intensified in March.")] // and "of Chile" hung on the name
    [InlineData("Bombing by Peru of Chilean towns resumed on Monday.")]
    public void Extract_OpeningEventNounWithItsAgentAndTarget_Attacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
        Assert.Single(graph.Relationships);
    }

    [Theory]
    [InlineData("Chile condemned the killing of two aid workers by Peru.", RelationshipType.Condemned, "Chile")]
    [InlineData("Chile condemned the killing of aid workers by Peruvian forces.", RelationshipType.Condemned, "Chile")]
    [InlineData("The shelling of Chilean villages by Peru continued.", RelationshipType.Attacked, "Peru")]
    public void Extract_ByPhraseHungOnTheEventsObject_IsTheEventsAgent(string sentence, RelationshipType type, string start)
    {
        var graph = ExtractWithFrames(sentence);

        var end = start == "Peru" ? "Chile" : "Peru";
        Assert.True(graph.Has(type, Country(start), Country(end)), graph.Describe());
    }

    [Theory]
    [InlineData("The condemnation by Chile of Peru was swift.")]
    [InlineData("The criticism by Chile of Peru's incursion was unusually sharp.")]
    public void Extract_OfPhraseHungOnTheEventsAgentName_IsTheTarget(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_SanctionsForSupplyingAState_TheStateIsTheReasonNotTheTarget()
    {
        var graph = ExtractWithFrames("Chile imposed sanctions on three Bolivian firms for supplying Peru.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Bolivia")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.EndId == Country("Peru"));
    }

    [Theory]
    [InlineData("Chile imposed sanctions on Peru, and Bolivia followed suit.", RelationshipType.Sanctioned)]
    [InlineData("Chile imposed sanctions on Peru on Monday.\nBolivia followed suit on Tuesday.", RelationshipType.Sanctioned)]
    [InlineData("Chile condemned Peru.\nBolivia did the same.", RelationshipType.Condemned)]
    [InlineData("Chile condemned Peru's incursion, and Bolivia did likewise.", RelationshipType.Condemned)]
    public void Extract_FollowedSuitAfterAnEvent_TheSubjectDidTheSameToTheSameTarget(string text, RelationshipType type)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(type, Country("Chile"), Country("Peru")), graph.Describe());
        var copied = Assert.Single(graph.Relationships, r => r.StartId == Country("Bolivia"));
        Assert.Equal((type, Country("Peru")), (copied.Type, copied.EndId));
        Assert.EndsWith(".followed-suit", copied.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chile condemned Peru.\nBolivia did not follow suit.")] // denied
    [InlineData("Chile condemned Peru.\nBolivia is expected to follow suit.")] // not yet
    [InlineData("Chile condemned Peru.\nThe talks ended.\nBolivia followed suit.")] // not the event just reported
    [InlineData("Anna Berg met Luis Ortega.\nBolivia did the same.")] // a meeting does not say whom the copy met
    public void Extract_FollowedSuitNotAssertedOrNotRightAfterACopiableEvent_NothingCopied(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Bolivia") || r.EndId == Country("Bolivia"));
    }

    [Theory]
    [InlineData("Chilean jets bombed a Peruvian airbase on Monday.", RelationshipType.Attacked)]
    [InlineData("Peru has been under sanctions imposed by Chile since 2020.", RelationshipType.Sanctioned)]
    public void Extract_ChileActsOnPeru_Found(string sentence, RelationshipType type)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_CleftWithWho_TheFocusIsTheSubject()
    {
        var graph = ExtractWithFrames("It was Anna Berg who met Luis Ortega in Lima.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Berg"), Person("Luis Ortega")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile, like Bolivia, condemned Peru.", true)]
    [InlineData("Chile, like Bolivia before it, imposed sanctions on Peru.", true)]
    [InlineData("Chile, unlike Bolivia, condemned Peru.", false)]
    public void Extract_SubjectComparedWithAnotherState_TheOtherDidSoOnlyWithLike(string sentence, bool bolivia)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.StartId == Country("Chile") && r.EndId == Country("Peru"));
        Assert.Equal(bolivia, graph.Relationships.Any(r => r.StartId == Country("Bolivia") && r.EndId == Country("Peru")));
    }

    [Theory]
    [InlineData("Chile retaliated with sanctions on Peru.", RelationshipType.Sanctioned)]
    [InlineData("Chile responded with sanctions on Peru.", RelationshipType.Sanctioned)]
    [InlineData("Chile hit Peru with sanctions.", RelationshipType.Sanctioned)]
    [InlineData("Chile retaliated with airstrikes on Peru.", RelationshipType.Attacked)]
    [InlineData("Chile hit back with strikes on Peruvian positions.", RelationshipType.Attacked)]
    public void Extract_EventNounAsTheMeansOfTheSubjectsResponse_TheSubjectIsItsAgent(string sentence, RelationshipType type)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile agreed with sanctions on Peru in principle.")] // agreeing with sanctions is not imposing them
    [InlineData("Chile will retaliate with sanctions on Peru.")]
    public void Extract_EventNounWithWithButNoResponse_NoEdge(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Empty(graph.Relationships);
    }

    [Theory]
    [InlineData("Luis Ortega's assets were frozen by Chile.")]
    [InlineData("The assets of Luis Ortega were frozen by Chile on Monday.")]
    public void Extract_AssetsFrozenByAState_TheOwnerIsSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Person("Luis Ortega")), graph.Describe());
    }

    [Fact]
    public void Extract_StruckACountedTargetReadAsAParticipleWithAnAgent_Attacked()
    {
        // The parser alone reads "struck" as a participle and the targets as its agent, which English marks with "by".
        var graph = ExtractWithFrames("The Chilean military said it struck more than 100 Peruvian targets.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_LaidSiegeTo_Attacked()
    {
        var graph = ExtractWithFrames("The Peruvian army laid siege to Arica.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Location("Arica")), graph.Describe());
    }

    [Fact]
    public void Extract_TitleCaseHeadlineOverABodyThatNamesThePlace_TheHeadlinesEventIsFound()
    {
        var graph = ExtractWithFrames("Peru Shells Arica Again\nResidents of Arica spent the night in shelters.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Location("Arica")), graph.Describe());
        Assert.StartsWith("Peru Shells Arica", Assert.Single(graph.Relationships).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TwoCommandersInAppositionBeforeAReason_BothAreSanctioned()
    {
        var graph = ExtractWithFrames("Today Britain has also sanctioned two militia commanders, Omar Haddad Bilal and Yusuf Karim Sato, for their role in the killings.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United Kingdom"), Person("Omar Haddad Bilal")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United Kingdom"), Person("Yusuf Karim Sato")), graph.Describe());
    }

    [Theory]
    [InlineData("Iran fired two ballistic missiles into the Sea of Oman on Sunday.")]
    [InlineData("Iran fired two ballistic missiles into the Arabian Sea on Sunday.")]
    public void Extract_MissilesFiredIntoOpenWater_TheSeaIsNotATarget(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_TownNamedAfterABay_IsStillATarget()
    {
        // A place the gazetteer puts in a country is land, whatever its name ends with.
        var graph = ExtractWithFrames("Angolan troops shelled Walvis Bay on Monday.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.EndId == "location:walvis-bay");
    }

    [Theory]
    [InlineData("Chad's strikes on Nigerien air defences last spring were widely reported.")]
    [InlineData("Chadian jets bombed two Nigerien missile factories overnight.")]
    [InlineData("Chadian jets struck a Nigerien weapons cache near the border.")]
    public void Extract_StrikesOnAStatesMilitaryInstallations_AttackedTheState(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    // "after clashes with Y": the subject of the clause is the one who clashed.
    [InlineData("Boko Haram fighters captured the town on Wednesday after two days of clashes with Chadian troops.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Boko Haram fighters withdrew from the town after clashes with Chadian troops.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    // An armed conflict between two parties is fighting both ways; the trade banned names the partner.
    [InlineData("The war was a five-day armed conflict between Armenia and Azerbaijan.", RelationshipType.Attacked, "country:armenia", "country:azerbaijan")]
    [InlineData("The war was a five-day armed conflict between Armenia and Azerbaijan.", RelationshipType.Attacked, "country:azerbaijan", "country:armenia")]
    [InlineData("The African Union voted to impose an embargo on the sale of arms to Niger.", RelationshipType.Sanctioned, "organisation:african-union", "country:niger")]
    // A noun that only modifies an event noun ("arms embargo") keeps the event word a noun.
    [InlineData("The arms embargo that the African Union has maintained on Niger since 2011 remains ineffective.", RelationshipType.Sanctioned, "organisation:african-union", "country:niger")]
    // A hyphenated event noun is one noun (tagged an adjective, it took the verb away from the clause).
    [InlineData("The Chadian counter-offensive in the east drove Nigerien troops back towards Niamey.", RelationshipType.Attacked, "country:chad", "country:niger")]
    // A formation of troops is read through to the troops.
    [InlineData("Boko Haram fighters ambushed a column of Chadian soldiers near the lake.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    public void Extract_EventNounAfterItsModifierOrTroopsInAFormation_EdgeFound(string sentence, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, start, end), graph.Describe());
    }

    [Fact]
    public void Extract_ObjectPronounAfterItsOwnSubject_RefersToSomeoneElse()
    {
        // Binding: "him" is not the subject of its own verb ("himself" would be).
        var graph = ExtractWithFrames("Governor Idris Kalla met tribal elders on Friday, and Interior Minister Moussa Baro telephoned him to offer help.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Idris Kalla"), Person("Moussa Baro")), graph.Describe());
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
    public void Extract_PhoneCallWithANameAndTheLeadersOfTwoStates_MetAllThree()
    {
        // The parser alone coordinates "the presidents" with the verb, not with the name before it.
        var graph = ExtractWithFrames("Chancellor Anna Berg flew to Oslo on Monday.\n\nShe also spoke by telephone to President Tomas Lind, and the presidents of Brazil and Chile.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Berg"), Person("Tomas Lind")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Berg"), Country("Brazil")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Met, Person("Anna Berg"), Country("Chile")), graph.Describe());
    }

    [Theory]
    // The conjunct joins the participant, not the phrase of time or place after it.
    [InlineData("Chancellor Anna Berg spoke to Prime Minister Tomas Lind on Monday, and the president of Chile.", RelationshipType.Met, "person:anna-berg", "country:chile")]
    [InlineData("Boko Haram fighters fired on a Chadian convoy near Bol, and the Nigerien base.", RelationshipType.Attacked, "organisation:boko-haram", "country:niger")]
    public void Extract_ConjunctAfterAPhraseOfTimeOrPlace_JoinsTheParticipant(string sentence, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, start, end), graph.Describe());
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

    [Theory]
    [InlineData("Peru has been under Chilean sanctions since 2019.")]
    [InlineData("Peru has lived under a Chilean embargo for a decade.")]
    public void Extract_StateUnderSanctionsOfAnother_EmitsSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Peru")), graph.Describe());
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

    [Theory]
    [InlineData("Chile threatened retaliation against Peru.")] // "against Peru" hung on the verb
    [InlineData("Chile promised to retaliate against Peru.")]
    [InlineData("Chile pledged revenge against Peru.")]
    [InlineData("Chile warned it would strike Peru if the attacks continued.")] // the clause read as an open complement
    [InlineData("Chile warned that it would hit back at Peru.")]
    [InlineData("Chile's threat to strike Peru alarmed the region.")]
    [InlineData("Chile gave Peru an ultimatum on Monday.")]
    [InlineData("Chile vowed to destroy Peru's navy.")]
    [InlineData("Chile warned that Peru would pay a heavy price.")]
    [InlineData("Chile warned Peru that it would pay a heavy price for the raid.")]
    public void Extract_ThreatOfOwnForceAgainstAParty_EmitsThreatened(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile said it would retaliate against Peru.", true)]
    [InlineData("Chile told reporters they would punish Peru.", true)]
    [InlineData("Chile said it retaliated against Peru.", false)] // a report of a past act, no threat
    [InlineData("Chile said Bolivia would retaliate against Peru.", false)] // a prediction about another party
    [InlineData("Chile denied that it would retaliate against Peru.", false)]
    public void Extract_SaidItWouldRetaliate_IsAThreatBySpeaker(string sentence, bool threatened)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(threatened, graph.Has(RelationshipType.Threatened, Country("Chile"), Country("Peru")));
    }

    [Theory]
    [InlineData("Chile pledged aid to Peru after the floods.")]
    [InlineData("Chile promised talks with Peru.")]
    [InlineData("Chile gave Peru a warning about the weather.")]
    [InlineData("Chile warned that Peru's consumers would pay higher prices.")]
    [InlineData("Chile warned that Bolivia would strike Peru.")] // a prediction about another party
    public void Extract_PledgeOrPredictionWithoutOwnForce_NoThreatened(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
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

    [Theory]
    [InlineData("Malian troops retook Kidal from the rebels in November.")]
    [InlineData("Malian troops recaptured Kidal on Sunday.")]
    public void Extract_RetookANamedTown_AttackedTheTown(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Mali"), Location("Kidal")), graph.Describe());
    }

    [Fact]
    public void Extract_RetookTownFromAPlaceName_NoAttackedOnThePlace()
    {
        // The one something is taken from is whoever held it, never a place.
        var graph = ExtractWithFrames("Malian soldiers recaptured the village from Lyon on Sunday.");

        Assert.False(graph.Has(RelationshipType.Attacked, Country("Mali"), Location("Lyon")), graph.Describe());
    }

    [Theory]
    // A comma-delimited insertion between the subject and its verb (a prepositional phrase, a participle clause, a
    // parenthetical) leaves the verb the sentence's predicate.
    [InlineData("Chile, in a statement on Monday, imposed sanctions on Peru.", RelationshipType.Sanctioned, "country:chile", "country:peru")]
    [InlineData("The Chilean army, backed by drones, attacked Peruvian positions near the border.", RelationshipType.Attacked, "country:chile", "country:peru")]
    [InlineData("Argentina has sanctioned Peru.\n\nChile, for its part, imposed sanctions on Peru.", RelationshipType.Sanctioned, "country:chile", "country:peru")]
    public void Extract_InsertionBetweenSubjectAndVerb_EdgeFound(string text, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(type, start, end), graph.Describe());
    }

    [Theory]
    // A verb coordinated with the verb that carries the object shares its subject and its object.
    [InlineData("Chilean soldiers shot and killed Ana Torres.", RelationshipType.Killed, "country:chile", "person:ana-torres")]
    [InlineData("Chilean troops stormed and seized a Peruvian border post.", RelationshipType.Attacked, "country:chile", "country:peru")]
    // A relative clause that opens the insertion belongs to the subject before it.
    [InlineData("Ana Torres, who met Luis Vega on Monday, said the talks had gone well.", RelationshipType.Met, "person:ana-torres", "person:luis-vega")]
    // A reduced relative with its agent: "positions shelled by X".
    [InlineData("Peruvian positions, shelled by Chile overnight, were abandoned.", RelationshipType.Attacked, "country:chile", "country:peru")]
    public void Extract_CoordinatedVerbsOrRelativeClauseOnTheSubject_EdgeFound(string text, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(type, start, end), graph.Describe());
    }

    [Theory]
    [InlineData("country:peru")]
    [InlineData("country:bolivia")]
    [InlineData("person:luis-vega")]
    public void Extract_OfficesCoordinatedAfterANamedInterlocutor_EachMet(string other)
    {
        var graph = ExtractWithFrames("Ana Torres arrived in Lima on Monday. She also spoke on the telephone to Chilean President Luis Vega, and the presidents of Peru and Bolivia.");

        Assert.True(graph.Has(RelationshipType.Met, "person:ana-torres", other), graph.Describe());
    }

    [Theory]
    // A word that describes the doer restricts the antecedent to a doer of that kind; it does not block it.
    [InlineData("Boko Haram fighters launched an offensive against Nigerien forces.\n\nChad and France condemned the rebel offensive.", true)]
    [InlineData("Nigerien troops launched an offensive against Boko Haram.\n\nChad and France condemned the rebel offensive.", false)]
    public void Extract_EventNounDescribingItsDoer_RefersBackOnlyToADoerOfThatKind(string text, bool condemnedBokoHaram)
    {
        var graph = ExtractWithFrames(text);

        Assert.Equal(condemnedBokoHaram, graph.Has(RelationshipType.Condemned, Country("Chad"), "organisation:boko-haram"));
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    // A headline's present tense read as a plural noun.
    [InlineData("Chile bombs Peruvian border posts\n\nThe raids began at dawn.", RelationshipType.Attacked)]
    [InlineData("Chile sanctions Peruvian banks\n\nThe measures take effect on Monday.", RelationshipType.Sanctioned)]
    public void Extract_HeadlineVerbReadAsAPluralNoun_EdgeFound(string text, RelationshipType type)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(type, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    // The subject after a fronted phrase the parse read as a conjunct inside it; and what the subject did after talks with
    // someone, the subject took part in.
    [InlineData("In a call with Luis Vega, Ana Torres raised the border dispute.")]
    [InlineData("Ana Torres flew home after talks with Luis Vega.")]
    // "their meeting" of a joint subject.
    [InlineData("Ana Torres and Luis Vega held a joint news conference after their meeting.")]
    [InlineData("Ana Torres and Luis Vega ended their talks without agreement.")]
    public void Extract_TalksTheSubjectTookPartIn_EmitsMet(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Met, "person:ana-torres", "person:luis-vega"), graph.Describe());
    }

    [Theory]
    [InlineData("Ana Torres and Luis Vega prepared for their meeting.")]
    [InlineData("Ana Torres and Luis Vega spoke to reporters before their meeting.")]
    public void Extract_TheirMeetingStillAhead_NoMet(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Theory]
    // The set phrases of committing oneself to force, in the warned party's "that" clause.
    [InlineData("Chile warned Peru that it would use force.", true)]
    [InlineData("Chile warned Peru that it would take military action.", true)]
    [InlineData("Chile warned Peru that it would resort to force if the raids continued.", true)]
    [InlineData("Chile warned Peru that Bolivia would use force.", false)] // a prediction about another party
    public void Extract_WarnedThatItWouldUseForce_ThreatenedTheOneWarned(string sentence, bool threatened)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(threatened, graph.Has(RelationshipType.Threatened, Country("Chile"), Country("Peru")));
    }

    [Theory]
    // A free relative names what was condemned through its verb of naming.
    [InlineData("Chile condemned what it called Bolivia's aggression.", "country:chile", "country:bolivia")]
    [InlineData("Chile denounced what it described as Bolivian provocations.", "country:chile", "country:bolivia")]
    // "X was among the countries that condemned Y": the set the clause puts X among.
    [InlineData("Peru was among the countries that condemned Bolivia.", "country:peru", "country:bolivia")]
    // "Countries including X and Y" with "including" read as a participle: its objects are members of the set.
    [InlineData("Countries including Chile and Peru condemned Bolivia.", "country:peru", "country:bolivia")]
    public void Extract_FreeRelativeOrIncludingParticiple_CondemnedFound(string sentence, string start, string end)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Condemned, start, end), graph.Describe());
    }

    [Theory]
    // The act a verb of criticism blames may be violent: the reason does not make the verb force.
    [InlineData("Chile slammed Bolivia for the raid.")]
    [InlineData("Chile blasted Bolivia over its deadly strikes on the border.")]
    public void Extract_CriticismWithAViolentReason_CondemnedNotAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Bolivia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Chile"), Country("Bolivia")), graph.Describe());
    }

    [Theory]
    // A reduced passive relative with its "by" agent, and the set a copula puts its subject among.
    [InlineData("The Peruvian banks sanctioned by Chile lost access to credit.", "country:peru")]
    [InlineData("Ana Torres was among the officials sanctioned by Chile.", "person:ana-torres")]
    [InlineData("Ana Torres is one of ten officials sanctioned by Chile.", "person:ana-torres")]
    // What the sanctions hit is what they were imposed on.
    [InlineData("Peru was hit by Chilean sanctions.", "country:peru")]
    [InlineData("Peru, hit by Chilean sanctions, turned to Bolivia for help.", "country:peru")]
    public void Extract_SanctionedByInAReducedRelative_EmitsSanctioned(string sentence, string target)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), target), graph.Describe());
    }

    [Fact]
    public void Extract_HitBySanctionsOnAnother_OnlyTheNamedTarget()
    {
        var graph = ExtractWithFrames("Peru was hit hard by Chilean sanctions on Bolivia.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Bolivia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_NounTheParseLabelledAnAgentWithoutBy_IsNoAttacker()
    {
        var graph = ExtractWithFrames("Chilean police shot dead the protester Ana Torres during a march in Valparaiso, an inquiry concluded on Monday.");

        Assert.False(graph.Has(RelationshipType.Attacked, "person:ana-torres", Country("Chile")), graph.Describe());
    }

    [Fact]
    public void Extract_CounterpartWithAPossessiveAfterAName_IsThatPersonNotTheState()
    {
        var graph = ExtractWithFrames("Ana Torres, the Chilean foreign minister, and Luis Vega, her Peruvian counterpart, met in Lima.");

        Assert.True(graph.Has(RelationshipType.Met, "person:ana-torres", "person:luis-vega"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == Country("Peru") || r.EndId == Country("Peru")));
    }

    [Theory]
    // Quotation marks that open after a determiner quote words inside the noun phrase, not speech.
    [InlineData("Chad's foreign ministry condemned the \"repeated Nigerien aggression\" and called on the council to act.", RelationshipType.Condemned, "country:chad", "country:niger")]
    [InlineData("Chad's foreign ministry condemned the “repeated Nigerien aggression” and called on the council to act.", RelationshipType.Condemned, "country:chad", "country:niger")]
    public void Extract_ScareQuotesInsideTheObject_EdgeFound(string sentence, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, start, end), graph.Describe());
    }

    [Theory]
    // A response promised to a move of the one warned, with no other actor named, is a threat.
    [InlineData("Chad warned Niger that any incursion across the river would be met with overwhelming force.")]
    [InlineData("Chad warned Niger that any attempt to seize its barges would receive a decisive response.")]
    [InlineData("Chad warned Niger that its patrol boats on the lake were now legitimate targets.")]
    // Quotation marks after a preposition quote words of the phrase, not speech.
    [InlineData("Chad warned Niger that any incursion would be met with \"overwhelming force\".")]
    public void Extract_WarnedOfAResponseToAMove_EmitsThreatened(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    // A prediction of what a third party will do, or a warning of a fact, is not the speaker's threat.
    [InlineData("Chad warned Niger that Mali would respond with force.")]
    [InlineData("Chad warned Niger that grain prices would rise.")]
    // A response that is the subject, a delay with consequences for the economy, another party's army: reports.
    [InlineData("Chad warned Niger that the response was too slow.")]
    [InlineData("Chad warned Niger that any further delay would be a target for criticism.")]
    [InlineData("Chad warned Niger that any delay would have consequences for the economy.")]
    [InlineData("Chad warned Niger that the Malian army would respond with force.")]
    public void Extract_WarnedOfAThirdPartyOrAFact_NoThreatened(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_WarnedThatAClaimHolds_NoThreatened()
    {
        // A warning that something is so is advice, whatever words of war the claim uses.
        var graph = ExtractWithFrames("A lawyer says Lord Ilse Marbach warned Tomas Verhoef in March that the war could be illegal.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_BannedExportsToAState_EmitsSanctioned()
    {
        Assert.True(ExtractWithFrames("Chad has banned exports to Niger.").Has(RelationshipType.Sanctioned, Country("Chad"), Country("Niger")));
        Assert.DoesNotContain(ExtractWithFrames("Chad has banned smoking in Niger.").Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Theory]
    [InlineData("ABECHE (AP) — Chad imposed sanctions on three Malian companies on Monday.")]
    [InlineData("ABECHE, March 3 (Reuters) - Chad imposed sanctions on three Malian companies on Monday.")]
    // A country name of more than ten letters, and capitals with accents.
    [InlineData("ABECHE, Afghanistan — Chad imposed sanctions on three Malian companies on Monday.")]
    [InlineData("BOGOTÁ — Chad imposed sanctions on three Malian companies on Monday.")]
    // Day before month, as British and archive datelines write it.
    [InlineData("ABECHE, 4 November - Chad imposed sanctions on three Malian companies on Monday.")]
    [InlineData("ABECHE, 18 January 1991 - Chad imposed sanctions on three Malian companies on Monday.")]
    public void Extract_LeadWithWireDateline_DatelineIsNotParsedAndItsAgencyIsNoActor(string lead)
    {
        var graph = ExtractWithFrames(lead);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Country("Mali")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId.Contains("reuters", StringComparison.Ordinal) || r.StartId.Contains("associated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chad and Niger are locked in a trade war.")]
    [InlineData("A war of words between Chad and Niger escalated on Monday.")]
    [InlineData("Chad and Niger are fighting over tariffs on cotton.")]
    [InlineData("Chad's president hit the headlines on Monday.")]
    [InlineData("A Chadian truck slammed into Niger's border post on Monday.")]
    public void Extract_FigurativeFightsAndHeadlines_NoAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type is RelationshipType.Attacked or RelationshipType.Condemned);
    }

    [Fact]
    public void Extract_RevengeForAPerson_NoThreatAgainstThem()
    {
        var graph = ExtractWithFrames("Chad vowed revenge for Ali Brahim.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Threatened);
    }

    [Fact]
    public void Extract_RegimeNamedAfterItsLeader_TheStateAttackedNotThePerson()
    {
        var graph = ExtractWithFrames("The Deby regime shelled Nigerien border posts on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId.StartsWith("person:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OfficeFollowedByItsHolder_TheHolderMetNotHisState()
    {
        var graph = ExtractWithFrames("Chadian President Idriss Deby and his Nigerien counterpart Mamadou Tandja held talks in Niamey.");

        Assert.True(graph.Has(RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja") || graph.Has(RelationshipType.Met, "person:mamadou-tandja", "person:idriss-deby"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Niger") || r.EndId == Country("Niger"));
    }

    [Theory]
    [InlineData("Chad blocked the road to Niger.")]
    [InlineData("Chad suspended talks with Niger.")]
    public void Extract_BlockingOrSuspendingWhatIsNotTrade_NoSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_HitOutAt_CondemnedNotAttacked()
    {
        var graph = ExtractWithFrames("Chad hit out at Niger over the dam.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chad"), Country("Niger")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Chad executed its plan to build the dam.")]
    [InlineData("Idriss Deby paid a visit to Niger in May.")]
    [InlineData("Idriss Deby sat in parliament on Monday.")]
    [InlineData("Idriss Deby said he would discuss the dam with his advisers.")]
    public void Extract_ExecutedAPlanOrVisitedACountry_NoEdge(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Empty(graph.Relationships);
    }

    [Fact]
    public void Extract_BlastedACapitalForAReason_CondemnedTheStateNotAnAttack()
    {
        var graph = ExtractWithFrames("Ndjamena blasted Niamey for the new sanctions.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chad"), Country("Niger")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Chadian forces attacked Niamey on Monday.")]
    [InlineData("Chadian forces shelled Niamey for hours on Sunday.")]
    public void Extract_ForceOnACapitalWithATimeAdjunct_StillAttacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad"));
    }

    [Fact]
    public void Extract_AttackedACapitalOverAPolicy_NoAttacked()
    {
        var graph = ExtractWithFrames("Chad's president attacked Niamey over the dam.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_TitleCaseHeadline_ParsedWithItsCommonWordsLowerCased()
    {
        var graph = Frames.Extract(new Article { Id = "headline", Text = "Russia Strikes Ukraine Power Grid Again\n\nThe strikes came overnight." });

        var edge = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Attacked);
        Assert.Equal((Country("Russia"), Country("Ukraine"), 0), (edge.StartId, edge.EndId, edge.SentenceIndex));
    }

    [Fact]
    public void Explain_TitleCaseHeadline_KeepsItsNamesCapitalised()
    {
        var sentences = RuleBasedExtractor.Explain(new Article { Id = "explain", Text = "Russia Strikes Ukraine Power Grid Again\n\nThe strikes came overnight." });

        Assert.Equal(["Russia", "strikes", "Ukraine", "power", "grid", "again"], sentences[0].Parse.Tokens.Select(t => t.Form));
    }

    [Theory]
    [InlineData("Boko Haram fighters attacked Abeche on Monday. Chad condemned the attack on Tuesday.")]
    // The determiner in any casing, at the start of the sentence too.
    [InlineData("Boko Haram fighters attacked Abeche on Monday. That attack was condemned by Chad on Tuesday.")]
    [InlineData("Boko Haram fighters attacked Abeche on Monday. These attacks were condemned by Chad on Tuesday.")]
    // A definite description reaches further than a pronoun: a report's reaction paragraph names "the attack" of its lead.
    [InlineData("Boko Haram fighters attacked Abeche in May. The town was rebuilt. Its market reopened. Schools followed. Chad condemned the attack on Tuesday.")]
    public void Extract_CondemnedTheAttackReportedBefore_CondemnedItsAttacker(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Chad imposed sanctions on three Nigerien banks on Monday.\n\nMali denounced the sanctions on Tuesday.")]
    [InlineData("Chad imposed an arms embargo on Niger in May.\n\nMali condemned the embargo.")]
    // A threat reported before is condemned as its maker's.
    [InlineData("Chad threatened Niger with military action on Monday.\n\nMali condemned the threat on Tuesday.")]
    public void Extract_CondemnedTheSanctionsReportedBefore_CondemnedTheirImposer(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Mali"), Country("Chad")), graph.Describe());
    }

    [Theory]
    // An event whose target no one named: no edge of its own, but the later noun refers to it.
    [InlineData("Chadian forces struck a speedboat on Lake Chad on Wednesday, killing four people aboard.\n\nMali denounced the strike as an execution.")]
    [InlineData("Chad shelled a border village on Monday.\n\nThe shelling damaged a school.\n\nMali condemned the attack.")]
    [InlineData("Chad imposed sanctions on three shipping firms on Friday.\n\nMali condemned the sanctions.")]
    [InlineData("Chad executed three men on Friday.\n\nMali condemned the executions.")]
    // The latest event of the kind is the one meant, even when an older one named its target.
    [InlineData("Niger attacked Benin in May.\n\nChad shelled a border village on Monday.\n\nMali condemned the shelling.")]
    public void Extract_CondemnedAnEventWhoseTargetWasNotNamed_CondemnedItsDoer(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Mali"), Country("Chad")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Mali"), Country("Niger")), graph.Describe());
    }

    [Theory]
    // Not reported as having happened: nothing to refer to.
    [InlineData("Chad may strike a border village soon.\n\nMali condemned the strike.")]
    [InlineData("Chad did not shell the village.\n\nMali condemned the shelling.")]
    // A pronoun's antecedent cannot be checked against a target no one named: "its" is the Union's list, not the firm's.
    [InlineData("The African Union added Sahel Freight and two of its managers to its sanctions list.\n\nMali denounced the listings.")]
    public void Extract_CondemnedAnEventWithNoNamedDoer_NoCondemnedOfAWrongParty(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned && r.EndId != Organisation("African Union"));
    }

    [Theory]
    [InlineData("Halima Oumar hosted a dinner for Tomas Lind on Monday.")]
    [InlineData("Halima Oumar gave a lunch in honour of Tomas Lind at the palace.")]
    public void Extract_MealGivenForAGuest_HostMetTheGuest(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Met, "person:halima-oumar", "person:tomas-lind") || graph.Has(RelationshipType.Met, "person:tomas-lind", "person:halima-oumar"), graph.Describe());
    }

    [Theory]
    [InlineData("Halima Oumar will host a dinner for Tomas Lind next week.")]
    [InlineData("Halima Oumar hosted a dinner for charity on Monday.")]
    public void Extract_MealPlannedOrForNoOne_NoMet(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Theory]
    [InlineData("Halima Oumar, the foreign minister, met her Nigerien counterpart, Tomas Lind, in Niamey on Monday.")]
    [InlineData("Halima Oumar met her Nigerien counterpart Tomas Lind in Niamey.")]
    public void Extract_MetHerCounterpartNamedAfterIt_MetThatPerson(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Met, "person:halima-oumar", "person:tomas-lind") || graph.Has(RelationshipType.Met, "person:tomas-lind", "person:halima-oumar"), graph.Describe());
    }

    [Theory]
    [InlineData("Chadian missiles were launched at Niger on Saturday night.")]
    [InlineData("Dozens of Chadian rockets were fired into Niger overnight.")]
    public void Extract_WeaponsOfAStateFiredAtATargetInThePassive_TheStateAttacked(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Fact]
    public void Extract_WeaponsMadeInAStateFiredInThePassive_NoAttackByTheMaker()
    {
        var graph = ExtractWithFrames("Chadian-made drones were launched at Niamey overnight.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_VictimNamedWithAParticipleInsertion_KilledByTheAgent()
    {
        var graph = ExtractWithFrames("The funeral of Hassan Karimi, killed by an Israeli drone on Friday, drew thousands.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Israel"), "person:hassan-karimi"), graph.Describe());
    }

    [Fact]
    public void Extract_SinceAMonthThenTwoStatesForces_BothAttacked()
    {
        var graph = ExtractWithFrames("Since January, Chadian and Nigerien forces have struck more than 200 Boko Haram targets in the lake region.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Niger"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_StruckSuspectedCampsOfAGroup_AttackedTheGroup()
    {
        // The strike is asserted; "suspected" hedges what the camps are, the parse must still give them to "struck".
        var graph = ExtractWithFrames("N'DJAMENA (Wire) - Chadian warplanes struck suspected Boko Haram camps on islands in Lake Chad overnight, killing at least 30 militants.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_KillingWithTheVictimsRoleAndAFinalAttribution_KilledTheNamedVictim()
    {
        var graph = ExtractWithFrames("A Chadian strike killed Idriss Mahamat, a senior Boko Haram commander, the group said.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), "person:idriss-mahamat"), graph.Describe());
    }

    [Theory]
    [InlineData("Chad struck Abeche on Monday, and it hit Bol on Tuesday.")]
    [InlineData("Chad invaded Niger in May, and it shelled Bol for weeks.")]
    public void Extract_PronounSubjectOfASecondClause_IsTheFirstClausesSubject(string text)
    {
        var graph = ExtractWithFrames(text);

        // Not the nearest name before the pronoun (a town, or the state just invaded).
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), "location:bol"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.EndId == "location:bol" && r.StartId != Country("Chad"));
    }

    [Fact]
    public void Extract_APlaceNamedBeforeAStrike_IsNotItsDoer()
    {
        // "the Parakou strike" names the place struck, not a striker that would be the latest attacker.
        var graph = ExtractWithFrames("Chad attacked Benin on Sunday.\n\nThe Parakou strike killed four people on Monday.\n\nMali condemned the strike.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Mali"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_TheStrikesReportedBeforeEngagedAGroup_OneSidedAttack()
    {
        var graph = ExtractWithFrames("Chadian jets carried out five airstrikes on Monday.\n\nThe strikes engaged three Boko Haram units near the border.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_TheShellingReportedBeforeKilledAPerson_KilledByItsDoer()
    {
        var graph = ExtractWithFrames("Chad shelled a border village on Monday.\n\nThe shelling killed Idriss Mahamat, a teacher.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), "person:idriss-mahamat"), graph.Describe());
    }

    [Fact]
    public void Extract_TheSanctionsHitAStateHard_NoAttackByTheirImposer()
    {
        var graph = ExtractWithFrames("The African Union imposed sanctions on Niger on Monday.\n\nThe sanctions hit Niger hard after months of drought.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Organisation("African Union"), Country("Niger")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Chad condemned the attack on Tuesday.")]
    [InlineData("Boko Haram fighters attacked Abeche in May. The town was rebuilt. Its market reopened. Schools followed. Roads were paved. A clinic opened. Trade resumed. Crops grew. Rains came. Chad condemned the attack on Tuesday.")]
    [InlineData("Boko Haram fighters killed a Chadian soldier on Monday. Chad condemned the attack on Tuesday.")]
    // A word for the ones who did it makes it another event: "the rebel offensive" is not Boko Haram's attack.
    [InlineData("Boko Haram fighters attacked Abeche on Monday. Chad condemned the rebel offensive on Tuesday.")]
    public void Extract_CondemnedAnAttackWithNoReportedAttackNearby_NoCondemned(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public void Extract_CondemnedTheAttackAfterALaterEventWordedOtherwise_TheEventReportedWithTheSameWord()
    {
        // The interception is the later event of force, but "the attack" repeats the word of the first.
        var graph = ExtractWithFrames("Boko Haram attacked Chad overnight with drones. Chad's air force said its units had shot down 14 of the drones. Niger condemned the attack.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Niger"), Organisation("Boko Haram")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Niger"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_CondemnedAnAttackNamingItsOwnAttacker_ThatAttacker()
    {
        var graph = ExtractWithFrames("Boko Haram fighters attacked Abeche on Monday. Chad condemned the attack by Nigerien gunmen.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chad"), Country("Niger")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Chad condemned the raid that Boko Haram carried out on Monday.")]
    [InlineData("Chad condemned the raid, which was carried out by Boko Haram.")]
    [InlineData("Chad condemned the raid, which Boko Haram launched without warning.")]
    public void Extract_RelativeClauseOfAPerformingVerb_CondemnedItsDoer(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_RelativeClauseOfAnotherVerb_NotTheDoer()
    {
        // Niger criticised the raid; it did not carry it out.
        var graph = ExtractWithFrames("Chad condemned the raid, which Niger criticised on Monday.");

        Assert.False(graph.Has(RelationshipType.Condemned, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Fact]
    public void Extract_SanctionsOnACompanyHitTheCountrysExports_NoSanctionOnTheCountry()
    {
        var graph = ExtractWithFrames("Chad's sanctions on Niger's state oil company, Seabright Maritime, have cut the country's exports by half.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), "organisation:seabright-maritime"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    [InlineData("Boko Haram has never been on the Chadian list of terrorist organisations.")]
    [InlineData("Boko Haram was on the list of speakers at the Chadian conference.")]
    public void Extract_NotOnTheListOrAnotherList_NoSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Theory]
    [InlineData("Peter Lindgren was placed under house arrest by Chad.")]
    [InlineData("Chad placed the army under a ban on political activity.")]
    [InlineData("Chad may place Peter Lindgren under sanctions.")]
    public void Extract_PlacedUnderSomethingElseOrOnlyPossibly_NoSanctioned(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_AttackOnAPlaceLaunchedByARelativeClauseAgent_Attacked()
    {
        var graph = ExtractWithFrames("The rocket attack on Abeche, which was launched by Boko Haram, killed four people.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), "location:abeche"), graph.Describe());
    }

    [Fact]
    public void Extract_OfficeInCommasAfterTheName_TheNamedPersonMetNotTheState()
    {
        var graph = ExtractWithFrames("Halima Oumar, the Chadian foreign minister, met Tomas Lind in Niamey.");

        Assert.True(graph.Has(RelationshipType.Met, "person:halima-oumar", "person:tomas-lind") || graph.Has(RelationshipType.Met, "person:tomas-lind", "person:halima-oumar"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Chad") || r.EndId == Country("Chad"));
    }

    [Fact]
    public void Extract_AStatesNamedForces_ActForTheStateAndStayAnOrganisation()
    {
        var graph = ExtractWithFrames("The Israel Defense Forces struck Hamas positions near the border.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Israel"), Organisation("Hamas")), graph.Describe());
        Assert.Contains(graph.Entities, e => e.Entity.Id == Organisation("Israel Defense Forces"));
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Organisation("Israel Defense Forces"));
    }

    [Theory]
    [InlineData("Chancellor Anna Berg and President Tomas Lind met in Ndjamena on Monday. They condemned Boko Haram.", "person:anna-berg", "person:tomas-lind")]
    [InlineData("Chad and Niger signed a border deal on Monday. They also condemned Boko Haram.", "country:chad", "country:niger")]
    public void Extract_TheyAfterAPairJoinedByAnd_BothOfThePair(string text, string first, string second)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, first, Organisation("Boko Haram")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Condemned, second, Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_TheyAfterAnOrganisationNamedInThePlural_ThatOrganisation()
    {
        var graph = ExtractWithFrames("The Houthis stepped up their campaign on Monday. On Tuesday they fired missiles at Saudi Arabia.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Houthis"), Country("Saudi Arabia")), graph.Describe());
    }

    [Fact]
    public void Extract_TheyAfterAnOrganisationNamedInTheSingular_NoEdge()
    {
        var graph = ExtractWithFrames("Boko Haram held a rally on Monday. On Tuesday they fired rockets at Niger.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_TheyWithNoNamedPairBefore_NoEdge()
    {
        var graph = ExtractWithFrames("Residents fled Abeche on Monday. They said Boko Haram had attacked the town.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type != RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Foreign Secretary Anna Berg arrived in Nairobi on Monday. The minister condemned Boko Haram.")]
    [InlineData("Defence Secretary Anna Berg arrived in Nairobi on Monday. The defence minister condemned Boko Haram.")]
    public void Extract_MinisterAfterADepartmentsSecretary_IsThatSecretary(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, "person:anna-berg", Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_MinisterAfterASecretaryOfState_NotBound()
    {
        var graph = ExtractWithFrames("Secretary of State Anna Berg arrived in Nairobi on Monday. The minister condemned Boko Haram.");

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == "person:anna-berg");
    }

    [Fact]
    public void Extract_VisitWithoutMeetingAnyone_NoMet()
    {
        var graph = ExtractWithFrames("On his visit to Niger, the Chadian foreign minister toured a school.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
    }

    [Fact]
    public void Extract_SankShipsOfAState_AttackedButSinkingSharesIsNot()
    {
        Assert.True(ExtractWithFrames("Chadian drones sank two Nigerien patrol boats on the lake.").Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")));
        Assert.DoesNotContain(ExtractWithFrames("Shares in Chad's oil company sank on Monday after Niger's announcement.").Relationships, r => r.Type == RelationshipType.Attacked);
    }

        /// <summary>
    /// News constructions, each in a sentence written for the test: the edge the sentence states. MET is checked in
    /// either direction (it is symmetric).
    /// </summary>
    [Theory]
    // A title that heads a flat name ("Chancellor" → "Ilse Marbach"), and a multi-word title before a speaker.
    [InlineData("Chancellor Ilse Marbach met President Tomas Verhoef in Lisbon on Monday.", RelationshipType.Met, "person:ilse-marbach", "person:tomas-verhoef")]
    [InlineData("Secretary of State Ilse Marbach spoke by phone with Foreign Minister Tomas Verhoef.", RelationshipType.Met, "person:ilse-marbach", "person:tomas-verhoef")]
    // A past tense readable as a participle, with its object: a clause, not a reduced relative.
    [InlineData("Chadian warplanes struck Boko Haram positions overnight, the army said.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Malian forces conducted 12 strikes against Boko Haram targets on Tuesday.", RelationshipType.Attacked, "country:mali", "organisation:boko-haram")]
    // Quantities: what is counted is the argument, and an event under one takes its place.
    [InlineData("Boko Haram fired dozens of rockets into Chad.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    [InlineData("Chad and Niger have held several rounds of talks over the dam.", RelationshipType.Met, "country:chad", "country:niger")]
    // "warned X of retaliation", with X read as an indirect object.
    [InlineData("Chad warned Niger of retaliation.", RelationshipType.Threatened, "country:chad", "country:niger")]
    // A state's soldiers named as victims; a ministry acting for its state.
    [InlineData("Two Malian soldiers were killed by Boko Haram fighters near the border.", RelationshipType.Killed, "organisation:boko-haram", "country:mali")]
    [InlineData("The US Treasury blacklisted four Malian officials.", RelationshipType.Sanctioned, "country:united-states", "country:mali")]
    // A relative clause the parse hung on an earlier noun: the coordination right before the pronoun acts.
    [InlineData("The move follows similar steps by Chad and Niger, which sanctioned Malian companies last month.", RelationshipType.Sanctioned, "country:chad", "country:mali")]
    [InlineData("The move follows similar steps by Chad and Niger, which sanctioned Malian companies last month.", RelationshipType.Sanctioned, "country:niger", "country:mali")]
    // "it" for the force that speaks; launch sites stand for their owner.
    [InlineData("The Chadian army said it struck Boko Haram launch sites after the rocket fire.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // A sentence-initial gerund that is an event noun: fighting between two sides, both ways.
    [InlineData("Fighting between Chad's army and Boko Haram resumed on Saturday, residents said.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Fighting between Chad's army and Boko Haram resumed on Saturday, residents said.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    // A capital in a role a place cannot have is its state.
    [InlineData("Helsinki condemned Oslo.", RelationshipType.Condemned, "country:finland", "country:norway")]
    // "bases", lemmatised "basis", still stands for its owner and makes the context violent.
    [InlineData("Chad has repeatedly attacked Nigerien bases near the lake.", RelationshipType.Attacked, "country:chad", "country:niger")]
    // An event's agent in a participle's by-phrase, or in a "by" phrase the parse hung on the verb.
    [InlineData("Mali denounced the new sanctions imposed by the African Union.", RelationshipType.Condemned, "country:mali", "organisation:african-union")]
    [InlineData("Amnesty International condemned the executions carried out by Chad.", RelationshipType.Condemned, "organisation:amnesty-international", "country:chad")]
    [InlineData("Niger's president condemned the massacre by Boko Haram gunmen.", RelationshipType.Condemned, "country:niger", "organisation:boko-haram")]
    // "X on Monday imposed sanctions", "held talks": a past tense the parse took for an adjective of its object.
    [InlineData("Chad on Monday imposed sanctions on three Malian companies.", RelationshipType.Sanctioned, "country:chad", "country:mali")]
    [InlineData("Later the Chadian president held talks with Irish Taoiseach Sean Dunne in Dublin.", RelationshipType.Met, "country:chad", "person:sean-dunne")]
    // A role that names its country is that country's office holder, not a president named after it.
    [InlineData("The Nigerien president visited Chad on Monday and met President Deby.", RelationshipType.Met, "country:niger", "person:deby")]
    // An event noun's form after an article and one word is the noun ("an arms embargo", not a verb).
    [InlineData("Niger imposed an arms embargo on Chad after the coup.", RelationshipType.Sanctioned, "country:niger", "country:chad")]
    // Offices and delegations meet as people do; visa restrictions are sanctions.
    [InlineData("Niger's president received a delegation from Chad.", RelationshipType.Met, "country:niger", "country:chad")]
    [InlineData("Chad imposed visa restrictions on Nigerien officials.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // "drove X out of" is force; a threat one faces "from X"; a patrol stands for its state.
    [InlineData("A Chad-led offensive drove Boko Haram out of the town.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Niger faces the threat of sanctions from the African Union.", RelationshipType.Threatened, "organisation:african-union", "country:niger")]
    [InlineData("Boko Haram ambushed a Nigerien patrol, killing eight soldiers.", RelationshipType.Attacked, "organisation:boko-haram", "country:niger")]
    // The preposition opens its phrase even when the parse hangs it on the first word of a hyphenated name.
    [InlineData("Malian soldiers came under attack from al-Qaeda militants.", RelationshipType.Attacked, "organisation:al-qaeda", "country:mali")]
    // An object the parse hung on the verb's oblique noun ("in the harshest words") is still the verb's object.
    [InlineData("Chad condemned in the harshest words the Nigerien attack on the border post.", RelationshipType.Condemned, "country:chad", "country:niger")]
    [InlineData("Chadian warplanes dropped bombs on Boko Haram camps.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Nigerien rockets rained down on Abeche overnight.", RelationshipType.Attacked, "country:niger", "location:abeche")]
    // A conjunct hung on a word inside a flat name coordinates with the whole name; a title names the person after it.
    [InlineData("Chancellor Anna Berg and President Tomas Lind met in Ndjamena.", RelationshipType.Met, "person:anna-berg", "person:tomas-lind")]
    // "clash" has no passive: its participle hung on a noun still has that noun as its subject.
    [InlineData("Chadian troops clashed with Nigerien soldiers near the border.", RelationshipType.Attacked, "country:chad", "country:niger")]
    [InlineData("Chadian soldiers skirmished with Nigerien fighters overnight.", RelationshipType.Attacked, "country:niger", "country:chad")]
    [InlineData("Chad imposed export controls on Nigerien companies.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // A noun's modifier the parse labelled obl; a commodity stands for the state that exports it.
    [InlineData("Niger vowed revenge against Chad for the raid.", RelationshipType.Threatened, "country:niger", "country:chad")]
    [InlineData("Chad banned imports of Nigerien gold.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    [InlineData("Chad lashed out at Niger over the border closure.", RelationshipType.Condemned, "country:chad", "country:niger")]
    // A condemnation one publishes is one's own.
    [InlineData("In 1984 Chad published a denunciation of Niger's border policy.", RelationshipType.Condemned, "country:chad", "country:niger")]
    // A military post and a state's communities stand for the state as targets.
    [InlineData("Boko Haram fighters attacked a Chadian army post near the lake on Monday.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    [InlineData("Boko Haram gunmen attacked Nigerien communities near the border.", RelationshipType.Attacked, "organisation:boko-haram", "country:niger")]
    // Visiting a person or an organisation is meeting them.
    [InlineData("Chad's president visited the African Union in Addis Ababa.", RelationshipType.Met, "country:chad", "organisation:african-union")]
    // A finite verb the parse hung on its subject noun, with its object labelled xcomp.
    [InlineData("Chadian agents murdered journalist Ali Brahim in Niamey.", RelationshipType.Killed, "country:chad", "person:ali-brahim")]
    // Seizing a town is occupation by force against it.
    [InlineData("Boko Haram seized Abeche in June.", RelationshipType.Attacked, "organisation:boko-haram", "location:abeche")]
    // Criticism said with a predicate adjective.
    [InlineData("Chad was highly critical of Niger.", RelationshipType.Condemned, "country:chad", "country:niger")]
    [InlineData("Chad remained critical of the Nigerien decision.", RelationshipType.Condemned, "country:chad", "country:niger")]
    // A time word between the subject and the verb.
    [InlineData("Chad's president later met Nigerien officials in Niamey.", RelationshipType.Met, "country:chad", "country:niger")]
    [InlineData("The Chadian foreign minister yesterday held talks with his Nigerien counterpart.", RelationshipType.Met, "country:chad", "country:niger")]
    // ANNOTATION-GUIDE constructions: fighting and war between states; occupation of part of a state; killing in a strike
    // is an attack too; meeting the host's officials on a visit; "hit out at".
    [InlineData("Fighting broke out between Chad and Niger on Tuesday.", RelationshipType.Attacked, "country:chad", "country:niger")]
    [InlineData("Fighting broke out between Chad and Niger on Tuesday.", RelationshipType.Attacked, "country:niger", "country:chad")]
    [InlineData("The war between Chad and Niger entered its second year.", RelationshipType.Attacked, "country:niger", "country:chad")]
    [InlineData("Chadian troops have occupied part of Niger since March.", RelationshipType.Attacked, "country:chad", "country:niger")]
    [InlineData("Boko Haram killed two Nigerien soldiers in an ambush near the lake.", RelationshipType.Attacked, "organisation:boko-haram", "country:niger")]
    [InlineData("A Chadian airstrike killed three Boko Haram fighters.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("On his visit to Niger, the Chadian foreign minister met senior officials.", RelationshipType.Met, "country:chad", "country:niger")]
    [InlineData("Chad hit out at Niger over the dam.", RelationshipType.Condemned, "country:chad", "country:niger")]
    // An office noun is never an adjective; a weapon slamming into a place hit it; punishment for X falls on X.
    [InlineData("Chad's foreign secretary condemned Niger's decision.", RelationshipType.Condemned, "country:chad", "country:niger")]
    [InlineData("Nigerien rockets slammed into Abeche on Monday.", RelationshipType.Attacked, "country:niger", "location:abeche")]
    [InlineData("Chad vowed severe punishment for Niger.", RelationshipType.Threatened, "country:chad", "country:niger")]
    // "V back at X"; a government named after its leader acts for the state he governed.
    [InlineData("Chadian jets struck back at Boko Haram on Tuesday.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("The Deby government imposed sanctions on Niger.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // A by-agent makes an event noun's possessor its patient; a by-phrase hung on a name is the event's; mediators act
    // for their state; blocking imports is a trade ban; an installation as the target makes "strikes" literal.
    [InlineData("Abeche's occupation by Boko Haram ended in June.", RelationshipType.Attacked, "organisation:boko-haram", "location:abeche")]
    [InlineData("Abeche was freed on Monday after its occupation by Boko Haram.", RelationshipType.Attacked, "organisation:boko-haram", "location:abeche")]
    [InlineData("Ali Brahim's murder by Chadian agents shocked Niger.", RelationshipType.Killed, "country:chad", "person:ali-brahim")]
    [InlineData("The assassination of Ali Brahim by Chad raised tensions.", RelationshipType.Killed, "country:chad", "person:ali-brahim")]
    [InlineData("Chadian mediators met a Boko Haram delegation in Niamey.", RelationshipType.Met, "country:chad", "organisation:boko-haram")]
    [InlineData("Chad blocked imports from Niger after the dispute.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    [InlineData("Chad strikes Niger's power grid again", RelationshipType.Attacked, "country:chad", "country:niger")]
    [InlineData("Niger's invasion of Chad began in May.", RelationshipType.Attacked, "country:niger", "country:chad")]
    // A visit paid to a person; a weapon's fire as the passive agent; bombers, commanders and policemen act for their
    // group or state; "executed" people is killing.
    [InlineData("Idriss Deby paid a visit to Mamadou Tandja in Niamey.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Two Nigerien soldiers were killed by Chadian artillery fire.", RelationshipType.Killed, "country:chad", "country:niger")]
    [InlineData("A Boko Haram suicide bomber killed 20 Chadian soldiers.", RelationshipType.Killed, "organisation:boko-haram", "country:chad")]
    [InlineData("Boko Haram gunmen executed ten Nigerien policemen.", RelationshipType.Killed, "organisation:boko-haram", "country:niger")]
    [InlineData("A Chadian drone strike killed a senior Boko Haram commander.", RelationshipType.Killed, "country:chad", "organisation:boko-haram")]
    // Meetings said otherwise: discussing with, shaking hands with, sitting down with, a shared meal or news conference.
    [InlineData("Idriss Deby and Mamadou Tandja discussed the dam in Niamey.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Idriss Deby discussed the dam with Mamadou Tandja in Niamey.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Idriss Deby shook hands with Mamadou Tandja at the border.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Idriss Deby sat down with Mamadou Tandja in Niamey.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Idriss Deby and Mamadou Tandja had lunch in Niamey.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    [InlineData("Idriss Deby held a joint news conference with Mamadou Tandja.", RelationshipType.Met, "person:idriss-deby", "person:mamadou-tandja")]
    // A free adjunct's -ing verb has the main clause's subject.
    [InlineData("Boko Haram ambushed a Nigerien patrol, killing eight Nigerien soldiers.", RelationshipType.Killed, "organisation:boko-haram", "country:niger")]
    // A finite verb the parse hung on its subject, with an event noun object.
    [InlineData("Chad imposed targeted sanctions on Niger's military leaders.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // A name followed by ", <Country>'s <office>," is a person, not "Town, Country"; an office parsed as a second subject
    // is the name's apposition; a relative clause on the event noun; a possessive relative.
    [InlineData("Halima Oumar, Chad's foreign minister, met Tomas Lind in Niamey.", RelationshipType.Met, "person:halima-oumar", "person:tomas-lind")]
    [InlineData("The sanctions that Chad imposed on Niger in 2018 remain in force.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    [InlineData("Turkey, whose jets struck Kurdistan Workers' Party bases last week, vowed more strikes.", RelationshipType.Attacked, "country:turkey", "organisation:kurdistan-workers-party")]
    // Forces loyal to a state act for it.
    [InlineData("Forces loyal to the Chadian government attacked Boko Haram camps.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // A bundle is a quantity.
    [InlineData("Chad adopted a new package of sanctions against Niger.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // An object the parse hung, without a preposition, on the verb's oblique.
    [InlineData("Chad condemns in the strongest terms the Boko Haram attack on a market.", RelationshipType.Condemned, "country:chad", "organisation:boko-haram")]
    // A state's organs act for it, named as "Government of X" or "the Xian Army".
    [InlineData("The Government of Chad launched an offensive against Boko Haram.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("The Chadian Army attacked Boko Haram camps near the border.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("The Chadian Treasury sanctioned three Boko Haram financiers on Tuesday.", RelationshipType.Sanctioned, "country:chad", "organisation:boko-haram")]
    // Fighting: traded fire, a war as a copular predicate, killing in clashes; a continued assault.
    [InlineData("Chad and Boko Haram traded artillery fire near the border.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    [InlineData("The Chadian army has been at war with Boko Haram since 2015.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Chadian soldiers killed 40 Boko Haram fighters in clashes near the border.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Chadian forces pressed their assault on Boko Haram.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // Criticism undergone: "faced criticism from", "drew criticism from", "came under fire from" without violence.
    [InlineData("Anna Berg faced criticism from Peter Lindgren over the delay.", RelationshipType.Condemned, "person:peter-lindgren", "person:anna-berg")]
    [InlineData("Chad drew sharp criticism from Niger for the delay.", RelationshipType.Condemned, "country:niger", "country:chad")]
    [InlineData("Chad came under fire from Niger over its new tariffs.", RelationshipType.Condemned, "country:niger", "country:chad")]
    // One executes or hangs a named person only to kill them.
    [InlineData("Chad executed Peter Lindgren on Tuesday.", RelationshipType.Killed, "country:chad", "person:peter-lindgren")]
    [InlineData("Peter Lindgren was hanged by Chad on Tuesday.", RelationshipType.Killed, "country:chad", "person:peter-lindgren")]
    // "shot" before "dead" is the verb, though "shot" is also a noun.
    [InlineData("Boko Haram gunmen shot dead Peter Lindgren outside his home.", RelationshipType.Killed, "organisation:boko-haram", "person:peter-lindgren")]
    // A span of time as a quantity; talks concluded happened.
    [InlineData("Chad held two days of talks with Niger.", RelationshipType.Met, "country:chad", "country:niger")]
    [InlineData("Chad concluded talks with Niger on Monday.", RelationshipType.Met, "country:chad", "country:niger")]
    // An object never has a preposition: "between X and Y troops" labelled an object is the verb's oblique.
    [InlineData("Clashes broke out between Chadian and Nigerien troops along the border.", RelationshipType.Attacked, "country:niger", "country:chad")]
    // A phrase before a postposed attribution belongs to the reported clause; a person's car or home stands for them.
    [InlineData("Boko Haram fighters killed Peter Lindgren in an attack on his home, local officials said.", RelationshipType.Attacked, "organisation:boko-haram", "person:peter-lindgren")]
    [InlineData("Peter Lindgren was killed by a Chadian drone strike on his car.", RelationshipType.Attacked, "country:chad", "person:peter-lindgren")]
    // A model designation is one word.
    [InlineData("Chadian F-16 jets bombed Boko Haram camps near the border.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // A list of terrorist organisations is a blacklist.
    [InlineData("Chad added Boko Haram to its list of terrorist organisations on Friday.", RelationshipType.Sanctioned, "country:chad", "organisation:boko-haram")]
    // A visit for talks with the host's government.
    [InlineData("Peter Lindgren visited Niger on Monday for talks with the Nigerien government.", RelationshipType.Met, "person:peter-lindgren", "country:niger")]
    // A hyphenated title ("Secretary-General") after an organisation: the organisation qualifies the person.
    [InlineData("UN Secretary-General Peter Lindgren condemned the Boko Haram attack on Monday.", RelationshipType.Condemned, "person:peter-lindgren", "organisation:boko-haram")]
    // A trade ban's "from X" hung on the verb.
    [InlineData("Chad banned imports of cattle and grain from Niger last year.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // "a total of" is a quantity; an event noun labelled a caseless oblique of an object-less verb is its object.
    [InlineData("Chadian forces have conducted a total of 300 strikes against Boko Haram.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("American warplanes carried out three airstrikes on Boko Haram fighters near the border.", RelationshipType.Attacked, "country:united-states", "organisation:boko-haram")]
    // A state's well-known named forces.
    [InlineData("The Royal Air Force struck Boko Haram positions near the border.", RelationshipType.Attacked, "country:united-kingdom", "organisation:boko-haram")]
    // A name labelled a bare oblique right after a verb with no object is the object.
    [InlineData("Boko Haram fighters killed Chadian army colonel Peter Lindgren in an ambush on Sunday.", RelationshipType.Killed, "organisation:boko-haram", "person:peter-lindgren")]
    // "by telephone" of an active verb is a means, not an agent.
    [InlineData("The ministry said Peter Lindgren had spoken by telephone with Tomas Lind about the crisis.", RelationshipType.Met, "person:peter-lindgren", "person:tomas-lind")]
    // The names after a fronted phrase's comma are the subject, not part of the phrase.
    [InlineData("While visiting Abeche, Peter Lindgren met Tomas Lind.", RelationshipType.Met, "person:peter-lindgren", "person:tomas-lind")]
    // A comma-set "which" clause on a noun is its relative clause.
    [InlineData("Chad's army, which has been fighting Boko Haram since April, named a new commander.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Boko Haram, which has been fighting Chad's army since April, encircled the town.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    // "the group's" refers back as "the group" does.
    [InlineData("Boko Haram fighters attacked Abeche on Monday. Chad condemned the group's reckless escalation.", RelationshipType.Condemned, "country:chad", "organisation:boko-haram")]
    // A plural's apposition names all its members, organisations as well as people.
    [InlineData("Chad sanctioned two companies, Orion Electronics and Seabright Maritime, on Monday.", RelationshipType.Sanctioned, "country:chad", "organisation:seabright-maritime")]
    // Placing someone under a measure imposes it on them.
    [InlineData("Peter Lindgren was placed under sanctions by Chad on Friday.", RelationshipType.Sanctioned, "country:chad", "person:peter-lindgren")]
    [InlineData("Chad placed Peter Lindgren under an asset freeze in March.", RelationshipType.Sanctioned, "country:chad", "person:peter-lindgren")]
    // A state's named ministries and seat of government act for it (ANNOTATION-GUIDE: "ministry, government ... act for the Country").
    [InlineData("The State Department designated Orion Electronics as a terrorist entity on Monday.", RelationshipType.Sanctioned, "country:united-states", "organisation:orion-electronics")]
    [InlineData("The White House condemned Boko Haram in a statement.", RelationshipType.Condemned, "country:united-states", "organisation:boko-haram")]
    [InlineData("The Foreign Office condemned the Chadian strikes on Niger.", RelationshipType.Condemned, "country:united-kingdom", "country:chad")]
    [InlineData("The Treasury Department sanctioned Orion Electronics on Monday.", RelationshipType.Sanctioned, "country:united-states", "organisation:orion-electronics")]
    // Being on a list of terrorist organisations is being blacklisted by its owner.
    [InlineData("Boko Haram has been on the Chadian list of terrorist organisations since 2015.", RelationshipType.Sanctioned, "country:chad", "organisation:boko-haram")]
    // After a determiner and a nationality adjective, a trigger form is the head noun ("the Chadian strikes").
    [InlineData("Niger's prime minister condemned the Chadian strikes as a violation of the ceasefire.", RelationshipType.Condemned, "country:niger", "country:chad")]
    // A statement's words are its issuers'.
    [InlineData("Chad and Niger issued a joint statement condemning Boko Haram.", RelationshipType.Condemned, "country:niger", "organisation:boko-haram")]
    [InlineData("The raid drew a statement from Niger criticising Boko Haram.", RelationshipType.Condemned, "country:niger", "organisation:boko-haram")]
    // An -ing adjective before an event noun is hinted an adjective.
    [InlineData("Chad imposed sweeping sanctions on Niger.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    // Rebels act for the group that owns them, never for a state.
    [InlineData("Boko Haram rebels attacked a Chadian army base near the border.", RelationshipType.Attacked, "organisation:boko-haram", "country:chad")]
    // The named members of a set ("including X and Y") are arguments of what is said of the set.
    [InlineData("Chad sanctioned several companies, including Orion Electronics and Seabright Maritime, on Monday.", RelationshipType.Sanctioned, "country:chad", "organisation:seabright-maritime")]
    [InlineData("Chadian troops killed three commanders, including Peter Lindgren.", RelationshipType.Killed, "country:chad", "person:peter-lindgren")]
    // "threatened on Monday to impose ..." with the infinitive parsed as an adverbial clause.
    [InlineData("Chad threatened on Monday to impose sanctions on Niger unless the border reopens.", RelationshipType.Threatened, "country:chad", "country:niger")]
    // Parts of a group are the group.
    [InlineData("Chadian troops clashed with remnants of Boko Haram near the border.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // A sanctions campaign against X; counter-attacking; "they" for a state's forces named in the plural.
    [InlineData("Chad joined the sanctions campaign against Niger on Wednesday.", RelationshipType.Sanctioned, "country:chad", "country:niger")]
    [InlineData("Chadian units counter-attacked Boko Haram fighters near the border.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    [InlineData("Chadian troops were deployed to the border last year, where they fought Boko Haram fighters for months.", RelationshipType.Attacked, "country:chad", "organisation:boko-haram")]
    // The owner of a compound's first noun owns the whole ("Boko Haram weapons depots").
    [InlineData("American F-15E jets bombed two Boko Haram weapons depots near the border.", RelationshipType.Attacked, "country:united-states", "organisation:boko-haram")]
    // "force" and "fire" are violent only as nouns: "forcing a shutdown" leaves "slammed" criticism.
    [InlineData("Peter Lindgren slammed Niger's government for forcing a shutdown of the ministries.", RelationshipType.Condemned, "person:peter-lindgren", "country:niger")]
    public void Extract_NewsConstruction_EmitsTheEdge(string sentence, RelationshipType type, string start, string end)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(type, start, end) || (type == RelationshipType.Met && graph.Has(type, end, start)), graph.Describe());
    }

    [Theory]
    [InlineData("Chad imposed restrictions on gatherings in Niger.")]
    [InlineData("The president received criticism from Niger.")]
    [InlineData("The army attacks the town every night.")]
    // Opposition leaders and rebels do not act for their state.
    [InlineData("Chad held talks with Nigerien opposition leaders.")]
    [InlineData("Chadian rebel fighters attacked Niger.")]
    [InlineData("Niger's president drove a hard bargain with Chad.")]
    // Dropping and raining are force only with weapons.
    [InlineData("Chad dropped its objections to the Nigerien plan.")]
    [InlineData("Chad dropped leaflets on Boko Haram camps.")]
    [InlineData("Praise rained down on Niger after the election.")]
    [InlineData("Chad tightened border controls with Niger.")]
    [InlineData("Chad is not critical of Niger.")]
    [InlineData("The photographer captured Abeche at dawn.")]
    [InlineData("Storms lashed the coast of Chad near Niger.")]
    // A trip to a country is a meeting only with its government, named ("a trip to a place alone is not MET").
    [InlineData("Chad's president visited Niger on Monday.")]
    [InlineData("Niger was visited by Chad's president on Monday.")]
    [InlineData("Police captured the suspect in Abeche.")]
    [InlineData("Chad repaired its critical infrastructure with Nigerien help.")]
    // Traded words are no fire; pressing someone to act is no act.
    [InlineData("Chad and Niger traded accusations over the border.")]
    [InlineData("Chad pressed Niger to impose sanctions on Boko Haram.")]
    [InlineData("Chad-Niger trade rose by ten percent last year.")]
    [InlineData("The plan drew criticism from Niger.")]
    // A passive subject is the verb's object: postponed talks did not happen.
    [InlineData("Talks between Chad and Niger were postponed until June.")]
    [InlineData("Chad executed the plan on Tuesday.")]
    [InlineData("Chadian rebels attacked Niger on Monday.")]
    [InlineData("Niger's president declined to meet Chad's president.")]
    [InlineData("Chad added Niger to its list of priority partners.")]
    [InlineData("Chad hung a portrait of Peter Lindgren in the square.")]
    [InlineData("Chad came under fire over its new tariffs.")]
    public void Extract_NewsConstructionWithoutTheSense_EmitsNothing(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Empty(graph.Relationships);
    }

    [Fact]
    public void Extract_ForceNounWithANamedPersonInApposition_ThePersonNotTheGroup()
    {
        var graph = ExtractWithFrames("Chadian troops killed the Boko Haram commander Peter Lindgren in an operation near the border.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), "person:peter-lindgren"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Killed, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_RelativeClauseOnAStrike_TheStrikesAgentNotTheNearestPlace()
    {
        var graph = ExtractWithFrames("Protests followed the Chadian drone strike in Niamey that killed Peter Lindgren.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), "person:peter-lindgren"), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), "person:peter-lindgren"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Killed, Country("Niger"), "person:peter-lindgren"), graph.Describe());
    }

    [Fact]
    public void Extract_OfficeWithAHyphenatedNameInApposition_TheNamedHolderMet()
    {
        var graph = ExtractWithFrames("Chad's intelligence chief, Kim Dong-hwan, met Peter Lindgren in Niamey last month.");

        Assert.True(graph.Has(RelationshipType.Met, "person:kim-dong-hwan", "person:peter-lindgren") || graph.Has(RelationshipType.Met, "person:peter-lindgren", "person:kim-dong-hwan"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Chad") || r.EndId == Country("Chad"));
    }

    [Fact]
    public void Extract_OfficeFollowedByACommaAndItsHolder_TheHolderNotTheState()
    {
        var graph = ExtractWithFrames("A Boko Haram delegation met Niger's intelligence chief, Peter Lindgren, in Niamey on Sunday to discuss a truce.");

        Assert.True(graph.Has(RelationshipType.Met, Organisation("Boko Haram"), "person:peter-lindgren") || graph.Has(RelationshipType.Met, "person:peter-lindgren", Organisation("Boko Haram")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Country("Niger") || r.EndId == Country("Niger"));
    }

    [Theory]
    [InlineData("Chadian jets struck Boko Haram camps on Monday. Local officials said the raids hit the outskirts of Bol.", true)]
    [InlineData("Local officials said the raids hit the outskirts of Bol.", false)]
    public void Extract_DefiniteStrikeAsSubject_TheReportedAttackersAgentAndAPlacesOutskirtsAreThePlace(string text, bool attackReportedBefore)
    {
        var graph = ExtractWithFrames(text);

        Assert.Equal(attackReportedBefore, graph.Relationships.Any(r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:bol", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Boko Haram fighters attacked Bol on Monday. The United Nations Secretary-General condemned the attack.", "organisation:united-nations")]
    [InlineData("Boko Haram fighters attacked Bol on Monday. The United Nations Secretary-General, Peter Lindgren, deplored the attack.", "person:peter-lindgren")]
    public void Extract_HyphenatedTitleAfterAnOrganisation_TheOrganisationOrTheNamedHolderCondemned(string text, string condemner)
    {
        var graph = ExtractWithFrames(text);

        Assert.Equal([condemner], graph.Relationships.Where(r => r.Type == RelationshipType.Condemned).Select(r => r.StartId));
    }

    [Fact]
    public void Extract_ProxyNounWithANamedOrganisationInApposition_ThatOrganisationNotTheState()
    {
        var graph = ExtractWithFrames("Chad imposed sanctions on Niger's state oil company, Sahel Petroleum, on Monday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Chad"), "organisation:sahel-petroleum"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    [InlineData("A court in Niamey found Peter Lindgren guilty of killing Anna Berg.", true)]
    [InlineData("Peter Lindgren was convicted of murdering Anna Berg in 2019.", true)]
    [InlineData("Peter Lindgren was found not guilty of killing Anna Berg.", false)]
    [InlineData("Peter Lindgren was accused of killing Anna Berg.", false)]
    [InlineData("Peter Lindgren was charged with killing Anna Berg.", false)]
    public void Extract_CourtFinding_ConvictionIsKilledAndChargesAreNot(string text, bool killed)
    {
        var graph = ExtractWithFrames(text);

        Assert.Equal(killed, graph.Has(RelationshipType.Killed, "person:peter-lindgren", "person:anna-berg"));
    }

    [Fact]
    public void Extract_TroopsUnderFireFromAGroup_AttackedNotCondemned()
    {
        var graph = ExtractWithFrames("Chadian troops came under fire from Boko Haram near the border.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Boko Haram"), Country("Chad")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Theory]
    [InlineData("The Free Chadian Army attacked Niger on Monday.")] // "Free" makes it a body of its own, a rebel army
    [InlineData("The Chadian Democratic Forces attacked Niger on Monday.")]
    public void Extract_OrganisationNamedAfterAStateWithOtherWords_StaysTheOrganisation(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId.StartsWith("organisation:", StringComparison.Ordinal) && r.EndId == Country("Niger"));
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Chad"), Country("Niger")), graph.Describe());
    }

    [Theory]
    [InlineData("Chadian forces shelled Abeche on Sunday.")] // "shelled", lemmatised "shel"
    [InlineData("Abeche was hit by a wave of Chadian drones overnight.")] // the agent is what the quantity counts
    [InlineData("Shelling of Abeche by Chadian forces continued overnight.")] // a gerund that is an event noun
    [InlineData("The attack by Chadian forces on Abeche lasted all night.")] // "on Abeche" hung on the attacker
    public void Extract_NewsConstruction_ChadAttackedAPlace(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Japan reaffirmed its support for Nigeria in the fight against Boko Haram.")]
    [InlineData("Japan has helped Nigeria in its fight against Boko Haram.")]
    public void Extract_SupportForAFighter_TheSupportedFightsNotTheSupporter(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Nigeria"), Organisation("Boko Haram")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Japan"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_SubjectTakingPartInAFight_IsTheFighter()
    {
        var graph = ExtractWithFrames("Japan has lost two soldiers in the fight against Boko Haram.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Japan"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Nigeria pressed on with its fight against Boko Haram.", true)]
    [InlineData("Nigeria continued with its offensive against Boko Haram.", true)]
    [InlineData("Nigeria pressed for an offensive against Boko Haram.", false)] // a demand
    public void Extract_ContinuativeVerbWithWith_CarriesTheEventOn(string sentence, bool attacked)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(attacked, graph.Has(RelationshipType.Attacked, Country("Nigeria"), Organisation("Boko Haram")));
    }

    [Theory]
    [InlineData("Piet Vermeer is in talks with Sarah Okafor about the border.")]
    [InlineData("Piet Vermeer has been in talks with Sarah Okafor since Monday.")]
    public void Extract_CopularInTalksWith_EmitsMet(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Met, "person:piet-vermeer", "person:sarah-okafor")
            || graph.Has(RelationshipType.Met, "person:sarah-okafor", "person:piet-vermeer"), graph.Describe());
    }

    [Theory]
    [InlineData("The Israeli army has received rocket fire from Hezbollah positions every night.", true)]
    [InlineData("Israeli troops received sustained rocket fire from Hezbollah positions overnight.", true)] // parsed with the verb as the root
    [InlineData("The Israeli army has received rocket fire from Lebanese territory every night.", false)] // a territory fires nothing
    public void Extract_FireFromAGroupsPositions_TheGroupAttacked(string sentence, bool hezbollah)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(hezbollah, graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")));
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Lebanon"), Country("Israel")), graph.Describe());
    }

    [Theory]
    [InlineData("Lena Brandt visited Kazakhstan on Monday, where she met the prime minister.", true)]
    [InlineData("Lena Brandt travelled to Kazakhstan on Monday and met the foreign minister.", true)]
    [InlineData("While in Kazakhstan, Lena Brandt met senior officials.", true)]
    [InlineData("Lena Brandt travelled to Kazakhstan on Monday and met students.", false)] // not the host's leaders
    [InlineData("Lena Brandt met the foreign minister on Monday.", false)] // no host named
    public void Extract_UnnamedLeadersMetOnAVisit_MetTheHostCountry(string sentence, bool met)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(met, graph.Has(RelationshipType.Met, "person:lena-brandt", Country("Kazakhstan")) || graph.Has(RelationshipType.Met, Country("Kazakhstan"), "person:lena-brandt"));
    }

    [Fact]
    public void Extract_NamedHolderMetOnAVisit_MetTheHolderNotTheHost()
    {
        var graph = ExtractWithFrames("Lena Brandt travelled to Kazakhstan and met the foreign minister, Aigerim Sadykova.");

        Assert.False(graph.Has(RelationshipType.Met, "person:lena-brandt", Country("Kazakhstan")) || graph.Has(RelationshipType.Met, Country("Kazakhstan"), "person:lena-brandt"), graph.Describe());
    }

    [Theory]
    [InlineData("The African Union voted to impose sanctions on Chad.", true)]
    [InlineData("The African Union met on Monday and imposed sanctions on Chad.", true)]
    [InlineData("Niger urged the African Union to impose sanctions on Chad.", false)] // the one urged would impose, and only wished for
    public void Extract_LightVerbUnderAControllingVerb_SharesItsSubject(string sentence, bool sanctioned)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(sanctioned, graph.Has(RelationshipType.Sanctioned, Organisation("African Union"), Country("Chad")));
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Niger"), Country("Chad")), graph.Describe());
    }

    [Fact]
    public void Extract_RaidConductedKillingAPerson_AttackedAndKilled()
    {
        var graph = ExtractWithFrames("US forces conducted a raid in northern Syria, killing Omar Hadi.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("United States"), "person:omar-hadi"), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Killed, Country("United States"), "person:omar-hadi"), graph.Describe());
    }

    [Fact]
    public void Extract_ArmouredDivisions_ActForTheirState()
    {
        var graph = ExtractWithFrames("Syrian armoured divisions attacked Israeli positions on the Golan Heights.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Syria"), Country("Israel")), graph.Describe());
        // With an object, "on X" is where the positions are, not a second target.
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FiredOnAPlaceWithoutObject_PlaceIsTheTarget()
    {
        var graph = ExtractWithFrames("Chadian troops fired on Abeche overnight.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ruth Alder said: \"I met Lars Berg this morning.\"")]
    [InlineData("\"I met Lars Berg this morning,\" Ruth Alder told reporters.")]
    [InlineData("Ruth Alder said: \"The talks were useful. I met Lars Berg twice.\"")] // the quotation opens in the sentence before
    public void Extract_FirstPersonInAnAttributedQuotation_IsTheSpeaker(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Met, "person:lars-berg", "person:ruth-alder"), graph.Describe());
    }

    [Theory]
    [InlineData("I met Lars Berg this morning, the columnist Ruth Alder writes.")] // the article's own voice
    [InlineData("A spokesman said: \"I met Lars Berg this morning.\"")] // a speaker with no name
    [InlineData("Ruth Alder said: \"We met Lars Berg this morning.\"")] // "we" is not resolved
    [InlineData("Foreign Minister Ruth Alder said the talks would resume. A diplomat who asked not to be named said: \"I met Lars Berg twice.\"")] // the attribution next to the quotation names no one
    [InlineData("\"I met Lars Berg twice,\" she added. Ruth Alder left on Monday.")]
    public void Extract_FirstPersonWithoutANamedSpeaker_NoEdge(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == "person:ruth-alder" || r.EndId == "person:ruth-alder"));
    }

    [Fact]
    public void Extract_TranscriptTurn_FirstPersonIsTheLabelledSpeakerUntilTheNextLabel()
    {
        var graph = Frames.Extract(new Article
        {
            Id = "frames-test",
            Title = "Remarks by Ambassador Nora Quill after the Council Meeting",
            Text = "AMBASSADOR QUILL: Good morning.\n\nEarlier this morning I met the Chadian ambassador, Idriss Mahamat.\n\n"
                + "QUESTION: Did you also meet Omar Saleh?\n\nI met Omar Saleh last year.",
        });

        // The speaker is named in full only in the title; the label gives the surname.
        Assert.True(graph.Has(RelationshipType.Met, "person:idriss-mahamat", "person:nora-quill"), graph.Describe());
        // After "QUESTION:" the one speaking is not the ambassador.
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == "person:omar-saleh" || r.EndId == "person:omar-saleh"));
    }

    [Fact]
    public void Extract_QuestionTurnUnderATitleCaseHeadline_NamesNoOne()
    {
        var graph = Frames.Extract(new Article { Id = "frames-test", Title = "Envoy Takes Question On Border Talks", Text = "QUESTION: Last week I met Otto Lind in Geneva." });

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met);
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person && e.Entity.Name != "Otto Lind");
    }

    [Fact]
    public void Extract_DatelineWithAColonBeforeAnAttributedQuotation_TheAttributionNamesTheSpeaker()
    {
        var graph = Frames.Extract(new Article { Id = "frames-test", Title = "Protests Rock Islamabad", Text = "ISLAMABAD: Opposition leader Karl Weiss said on Monday: \"I met Otto Lind in Lahore.\"" });

        Assert.True(graph.Has(RelationshipType.Met, "person:karl-weiss", "person:otto-lind"), graph.Describe());
        Assert.Equal(2, graph.Entities.Count(e => e.Entity.Label == EntityLabel.Person));
    }

    [Theory]
    [InlineData("Canada has sanctioned two Hamas financiers, Omar Hadi and Ali Sami.")]
    [InlineData("Canada imposed sanctions on two Hamas commanders, Omar Hadi and Ali Sami.")]
    public void Extract_SanctionsOnNamedPeopleInApposition_SanctionThemNotTheirGroup(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), "person:omar-hadi"), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), "person:ali-sami"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Organisation("Hamas")), graph.Describe());
    }

    [Fact]
    public void Extract_SanctionsOnAStatesPeopleIncludingANamedOne_SanctionTheNamedOneNotTheState()
    {
        var graph = ExtractWithFrames("Canada has frozen the assets of three Russian generals, including Major General Oleg Surkin.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), "person:oleg-surkin"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_CompanyNamedAfterAComma_IsTheSanctionedNotItsState()
    {
        var graph = ExtractWithFrames("Canada sanctioned an Iranian shipping company, Blue Star Shipping, on Monday.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Organisation("Blue Star Shipping")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Country("Iran")), graph.Describe());
    }

    [Theory]
    [InlineData("The Dutch Foreign Minister, Mr Hendrik Visser, arrived on Monday.\n\nThe Foreign Minister condemned Iran on Tuesday.")]
    [InlineData("Hendrik Visser, the Dutch foreign minister, spoke in parliament.\n\nThe minister condemned Iran.")]
    public void Extract_OfficeIntroducedInApposition_LaterTheOfficeIsThatPerson(string text)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Has(RelationshipType.Condemned, "person:hendrik-visser", Country("Iran")), graph.Describe());
    }

    [Fact]
    public void Extract_PersonIntroducedWithoutOffice_LaterTheMinisterIsNotThem()
    {
        var graph = ExtractWithFrames("Hendrik Visser spoke in parliament.\n\nThe minister condemned Iran.");

        Assert.False(graph.Has(RelationshipType.Condemned, "person:hendrik-visser", Country("Iran")), graph.Describe());
    }

    [Fact]
    public void Extract_NationsListedAfterStrikesOnOneGroup_EachAttackedThatGroup()
    {
        var graph = ExtractWithFrames("Allied jets bombed Boko Haram camps near the lake on Monday.\n\n"
            + "The partners that carried out raids over the valley include Chad, Niger and Cameroon.");

        foreach (var nation in new[] { "Chad", "Niger", "Cameroon" })
        {
            Assert.True(graph.Has(RelationshipType.Attacked, Country(nation), Organisation("Boko Haram")), graph.Describe());
        }
    }

    [Fact]
    public void Extract_StrikesWithoutTargetAfterStrikesOnTwoGroups_NoTargetGuessed()
    {
        var graph = ExtractWithFrames("Coalition aircraft struck Boko Haram and al-Shabaab targets on Monday.\n\n"
            + "Chad also conducted strikes in the region on Tuesday.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad"));
    }

    [Fact]
    public void Extract_StrikesWithoutTargetBeforeAnyGroupIsAttacked_NoTargetGuessed()
    {
        var graph = ExtractWithFrames("Chad conducted strikes in the region on Tuesday.\n\nCoalition aircraft struck Boko Haram targets on Wednesday.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad"));
    }

    [Fact]
    public void Extract_TheGroupItselfStrikingWithoutTarget_IsNotItsOwnTarget()
    {
        var graph = ExtractWithFrames("Chadian jets struck Boko Haram targets on Monday.\n\nBoko Haram carried out raids in the region on Tuesday.");

        Assert.DoesNotContain(graph.Relationships, r => r.StartId == Organisation("Boko Haram") && r.EndId == Organisation("Boko Haram"));
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_OneNationStrikingWithoutTargetAfterStrikesOnOneGroup_AttackedThatGroup()
    {
        // The second sentence names one party only, so it is parsed because an enemy is known.
        var graph = ExtractWithFrames("Coalition aircraft conducted ten strikes against Boko Haram targets on Monday.\n\nChad also conducted strikes on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
    }

    [Fact]
    public void Extract_LiberationOfAPlace_IsNoAttackOnThePlace()
    {
        var graph = ExtractWithFrames("Niger welcomed Chad's liberation of Abeche on Monday.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_LiberationOfAPlaceFromAGroup_IsAnAttackOnTheGroup()
    {
        var graph = ExtractWithFrames("Niger welcomed Chad's liberation of Abeche from Boko Haram on Monday.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Chad"), Organisation("Boko Haram")), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President Anna Berg and President Jon Dahl met in Oslo.\n\nThe leaders condemned Iran's missile launch.", true)]
    [InlineData("President Anna Berg, President Jon Dahl and President Eva Lund met in Oslo.\n\nThe leaders condemned Iran's missile launch.", false)] // three: which two is unclear
    public void Extract_TheLeadersAfterTwoNamedPeople_AreThoseTwo(string text, bool resolved)
    {
        var graph = ExtractWithFrames(text);

        Assert.Equal(resolved, graph.Has(RelationshipType.Condemned, "person:anna-berg", Country("Iran")));
        Assert.Equal(resolved, graph.Has(RelationshipType.Condemned, "person:jon-dahl", Country("Iran")));
    }

    [Theory]
    [InlineData("Iraq fired at least eight Scud missiles at Israel early this morning.")]
    [InlineData("Iraq fired at most two missiles at Israel on Friday.")]
    public void Extract_WeaponsCountedWithAtLeast_AreTheObjectNotAPlace(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_VerbOfHelpingInAFight_TheHelpedFightsNotTheHelper()
    {
        var graph = ExtractWithFrames("Poland supported the Ukrainian army in the fight against Russia.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Ukraine"), Country("Russia")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Poland"), Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_ShellsFiredOnAPlace_PlaceIsTheTarget()
    {
        var graph = ExtractWithFrames("Chadian forces fired artillery shells on Abeche overnight.");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Country("Chad") && r.EndId.StartsWith("location:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TheMinistersOfAnotherSet_AreNotTheTwoJustNamed()
    {
        var graph = ExtractWithFrames("Anna Berg and Karl Weiss met in Paris on Monday.\n\nThe ministers of the Nordic states condemned Russia on Tuesday.");

        Assert.False(graph.Has(RelationshipType.Condemned, "person:anna-berg", Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_OfficeOfSomeoneElseInApposition_DoesNotMakeThePersonThatOffice()
    {
        var graph = ExtractWithFrames("Anna Berg, the president's spokeswoman, told reporters the talks went well.\n\nLater the president met Chancellor Otto Lind in Vienna.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Met && (r.StartId == "person:anna-berg" || r.EndId == "person:anna-berg"));
    }

    [Theory]
    [InlineData("Iraqi Prime Minister Ali Hadi condemned the US strikes on Monday.", true)]
    [InlineData("Iraqi Prime Minister Ali Hadi said that when the US strikes Iran, Iraq will suffer.", false)] // a clause: "strikes" is its verb
    public void Extract_StateNameBeforeAnEventNounInAnObject_TheEventNounIsANoun(string sentence, bool condemned)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(condemned, graph.Has(RelationshipType.Condemned, "person:ali-hadi", Country("United States")));
    }

    [Fact]
    public void Extract_PlaceUsedByAGroup_StandsForTheGroup()
    {
        var graph = ExtractWithFrames("British jets conducted a precision strike on cave hideouts used by Boko Haram fighters.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("United Kingdom"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Iran warned the United States that it would respond to any strike on its territory.", true)]
    [InlineData("Iran warned the United States that prices would rise.", false)] // a warning, no threat
    [InlineData("Iran warned the United States that Iraq would attack its bases.", false)] // a prediction about another party
    [InlineData("Iran warned the United States that Iraq would respond to any strike.", false)]
    public void Extract_WarningOfOwnRetaliation_IsAThreat(string sentence, bool threatened)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(threatened, graph.Has(RelationshipType.Threatened, Country("Iran"), Country("United States")));
    }

    [Theory]
    [InlineData("Omar Hadi, killed in a Taliban ambush last year, was buried in Kabul.")]
    [InlineData("Omar Hadi was killed in a Taliban ambush last year.")]
    public void Extract_KilledInAnAttackReadAsActiveOrPassive_TheSubjectIsTheVictim(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Taliban"), "person:omar-hadi"), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Taliban"), "person:omar-hadi"), graph.Describe());
        Assert.DoesNotContain(graph.Relationships, r => r.StartId == "person:omar-hadi");
    }

    [Fact]
    public void Extract_SoldiersKilledInAnAttack_ReducedRelativeOnTheVictims()
    {
        var graph = ExtractWithFrames("We mourn the six US soldiers killed in today's Taliban attack near the base.");

        Assert.True(graph.Has(RelationshipType.Killed, Organisation("Taliban"), Country("United States")), graph.Describe());
    }

    [Fact]
    public void Extract_IncludingHungOnATimeWord_NamesMembersOfThePluralBefore()
    {
        var graph = ExtractWithFrames("Canada imposed a travel ban on nine Malian officials on Tuesday, including the army commander Omar Sidibe.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Canada"), "person:omar-sidibe"), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Canada"), Country("Mali")), graph.Describe());
    }

    [Fact]
    public void Extract_EventThatDrewCondemnation_ItsActorIsCondemned()
    {
        var graph = ExtractWithFrames("Chad's execution of Ali Musa drew swift condemnation from Norway.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Norway"), Country("Chad")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Norway"), "person:ali-musa"), graph.Describe());
    }

    [Fact]
    public void Extract_FireReceivedFromAGroupWithTheSourceOnTheVerb_TheGroupAttacked()
    {
        var graph = ExtractWithFrames("Israeli forces continued to receive heavy fire from Hezbollah fighters.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Hezbollah"), Country("Israel")), graph.Describe());
    }

    [Theory]
    [InlineData("Sanctions imposed by Peru on Chile took effect on Friday.")]
    [InlineData("The sanctions that Peru imposed on Chile entered into force on Monday.")]
    [InlineData("The sanctions Peru imposed on Chile took effect on Friday.")]
    public void Extract_SanctionsDescribedInsideALongSubject_SanctionedFromTheParticipleOrRelativeClause(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Theory]
    [InlineData("The talks that Ana Ruiz held with Omar Sidibe in Lima lasted three hours.")]
    [InlineData("The talks Ana Ruiz held with Omar Sidibe in Lima ended without a deal.")]
    public void Extract_TalksNamedInARelativeClauseOfALightVerb_Met(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Met, Person("Ana Ruiz"), Person("Omar Sidibe")), graph.Describe());
    }

    [Theory]
    [InlineData("The strike Peru launched on Chile killed nine people.")]
    [InlineData("The missiles Peru fired at Chile landed in the sea.")]
    public void Extract_AttackInAContactRelativeClauseOfTheSubject_Attacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Theory]
    [InlineData("The claim that Peru attacked Chile was false.")]
    [InlineData("The fear that Peru would attack Chile grew.")]
    public void Extract_ContentClauseOfANounThatIsNotAnEvent_NoEdge(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Empty(graph.Relationships);
    }

    [Theory]
    [InlineData("Peru attacked Chile, not Bolivia, on Monday.")]
    [InlineData("Peru attacked Chile rather than Bolivia.")]
    [InlineData("Peru attacked not Bolivia but Chile.")]
    public void Extract_ParticipantSetAsideByContrast_NoEdgeToIt(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Bolivia")), graph.Describe());
    }

    [Fact]
    public void Extract_NotOnlyButAlso_BothParticipants()
    {
        var graph = ExtractWithFrames("Peru attacked not only Bolivia but also Chile.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Bolivia")), graph.Describe());
    }

    [Fact]
    public void Extract_ContrastedSubject_OnlyTheOtherCondemns()
    {
        var graph = ExtractWithFrames("Chile, not Bolivia, condemned Peru.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Condemned, Country("Bolivia"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_ListedAsATerroristOrganisation_Sanctioned()
    {
        var graph = ExtractWithFrames("The United States listed Hamas as a terrorist organisation in 1997.");

        Assert.True(graph.Has(RelationshipType.Sanctioned, Country("United States"), Organisation("Hamas")), graph.Describe());
    }

    [Theory]
    [InlineData("Peru listed its bonds in London on Monday.")]
    [InlineData("The Peruvian minister listed three reasons for the delay in Chile.")]
    public void Extract_ListedWithoutATerrorOrSanctionsSense_NoEdge(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Sanctioned);
    }

    [Fact]
    public void Extract_SubjectInterruptedByAWhoseClause_EdgeFromTheSubject()
    {
        var graph = ExtractWithFrames("Egypt, whose troops guard the border, condemned Israel on Monday.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Egypt"), Country("Israel")), graph.Describe());
    }

    [Fact]
    public void Extract_ObjectRelativeClauseInsideTheSubject_KilledFromTheClause()
    {
        var graph = ExtractWithFrames("Omar Hadi, whom Chad executed last year, was a journalist.");

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), Person("Omar Hadi")), graph.Describe());
    }

    [Theory]
    [InlineData("Speaking after talks with Luis Vega, Ana Torres said the deal was off.")]
    [InlineData("Ana Torres, speaking after talks with Luis Vega, said the deal was off.")]
    public void Extract_TalksInAParticipleAdjunctOfTheSpeaker_Met(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Met, Person("Ana Torres"), Person("Luis Vega")), graph.Describe());
    }

    [Fact]
    public void Extract_AccusedOfBombingAPlace_NoEdge()
    {
        var graph = ExtractWithFrames("Chile accused Peru of bombing Arica airport.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_QuotationThenSaidCondemning_SpeakerCondemns()
    {
        var graph = ExtractWithFrames("\"This is a barbaric act,\" Ana Torres said, condemning Peru.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Ana Torres"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_WarnedOfRetaliatorySteps_Threatened()
    {
        var graph = ExtractWithFrames("Chile warned Peru of \"retaliatory steps\" if it closed the border.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile said Peru attacked its positions.")]
    [InlineData("Chile said Peruvian troops had attacked its positions.")]
    [InlineData("Chile said Peruvian troops had attacked it.")]
    [InlineData("Chile said Peruvian troops had crossed the border and attacked its positions.")]
    [InlineData("Chile said Peruvian troops attacked Chilean positions.")]
    public void Extract_PronounForTheTargetAfterTheAttackersName_TheOtherState(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Fact]
    public void Extract_ItsOwnPositions_NoEdgeToAnotherState()
    {
        var graph = ExtractWithFrames("Chile said Peru had shelled its own positions.");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Fact]
    public void Extract_ThreatenedSanctionsWithTheTargetOnTheVerb_Threatened()
    {
        var graph = ExtractWithFrames("Chile threatened sanctions on Peru on Monday.");

        Assert.True(graph.Has(RelationshipType.Threatened, Country("Chile"), Country("Peru")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Sanctioned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Theory]
    [InlineData("Dozens of rockets were fired into Chile by Peru.")]
    [InlineData("Rockets fired by Peru struck northern Chile.")]
    [InlineData("Chile said Peru had launched 90 drones and six missiles at it overnight.")]
    [InlineData("Chile said Peru had fired missiles at it overnight.")]
    public void Extract_WeaponsFiredAtTheTarget_PassiveReducedRelativeOrPronoun_Attacked(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Theory]
    [InlineData("Peru imposed sanctions on Bolivia. Chile renewed its travel bans on Bolivian officials.", "Chile")]
    [InlineData("Peru attacked Bolivia. Chile reiterated its condemnation of Bolivia.", "Chile")]
    public void Extract_PossessorOfTheEventNounAsObject_IsTheSubjectItself(string text, string subject)
    {
        var graph = ExtractWithFrames(text);

        Assert.True(graph.Relationships.Any(r => r.StartId == Country(subject) && r.EndId == Country("Bolivia") && r.Type != RelationshipType.Attacked), graph.Describe());
        Assert.False(graph.Relationships.Any(r => r.StartId == Country("Peru") && r.EndId == Country("Bolivia") && r.Evidence.StartsWith("Chile", StringComparison.Ordinal)), graph.Describe());
    }

    [Fact]
    public void Extract_JoinedACommunityInCondemning_TheNamedJoinerCondemns()
    {
        var graph = ExtractWithFrames("Chile joins the international community in condemning Peru.");

        Assert.True(graph.Has(RelationshipType.Condemned, Country("Chile"), Country("Peru")), graph.Describe());
    }

    [Fact]
    public void Extract_JoinedInRefusingToCondemn_NoEdge()
    {
        var graph = ExtractWithFrames("Chile joined Bolivia in refusing to condemn Peru.");

        Assert.Empty(graph.Relationships);
    }

    [Theory]
    [InlineData("Ana Torres paid a courtesy call on Luis Vega.", true)]
    [InlineData("Ana Torres made a call on Luis Vega to resign.", false)]
    public void Extract_PaidACallOnSomeone_Met(string sentence, bool met)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(met, graph.Has(RelationshipType.Met, Person("Ana Torres"), Person("Luis Vega")));
    }

    [Theory]
    [InlineData("Hamas jihadists attacked Haifa.", "Hamas")]
    [InlineData("FARC guerrillas attacked a Colombian army post.", "FARC")]
    public void Extract_FightersNamedAfterTheirGroup_TheGroupAttacks(string sentence, string group)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.StartId == Organisation(group));
    }

    [Fact]
    public void Extract_MercenariesOfANationality_NotTheState()
    {
        var graph = ExtractWithFrames("Peruvian mercenaries attacked Chilean positions.");

        Assert.False(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }

    [Theory]
    [InlineData("Arica has been under siege by Peru since May.", true)]
    [InlineData("Arica is under attack from Peruvian forces.", true)]
    [InlineData("The Chilean minister is under attack from Peru over the budget.", false)]
    [InlineData("The Chilean minister came under attack from Peru over the budget.", false)]
    public void Extract_UnderSiegeOrAttackAsPredicate_Attacked(string sentence, bool attacked)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.Equal(attacked, graph.Relationships.Any(r => r.Type == RelationshipType.Attacked && r.StartId == Country("Peru")));
    }

    [Theory]
    [InlineData("Omar Hadi was among those killed by Chadian troops.")]
    [InlineData("Omar Hadi was among the five people killed by Chadian troops.")]
    [InlineData("Those killed by Chadian troops included Omar Hadi.")]
    public void Extract_NamedAmongThoseKilled_Killed(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Killed, Country("Chad"), Person("Omar Hadi")), graph.Describe());
    }

    [Theory]
    [InlineData("Chile suffered one of the largest Peruvian air attacks of the war.")]
    [InlineData("Chile has endured some of the heaviest Peruvian shelling of the conflict.")]
    public void Extract_EventNounInAPartitive_ReadThroughThePartitive(string sentence)
    {
        var graph = ExtractWithFrames(sentence);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Peru"), Country("Chile")), graph.Describe());
    }
}
