using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Campaigns and fighting stated as fact in government and military press text: fighting verbs, ground taken from an enemy,
/// efforts to defeat an enemy, support for a side in its fight, weapons used against a party, driving an enemy off, wars and
/// clashes between two sides. Each positive construction has a negated, modal, intended or civil counterpart that asserts nothing.
/// </summary>
public sealed class RuleBasedExtractorCampaignTests
{
    private static readonly string IslamicState = Organisation("Islamic State");

    private static void AssertNoAttack(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
    }

    [Theory]
    [InlineData("Iraqi forces are fighting ISIL in eastern Anbar, a spokesman said.")]
    [InlineData("Iraqi forces fought against ISIL in the old city on Tuesday.")]
    [InlineData("Iraqi forces have been battling ISIL near the river since March.")]
    public void Extract_ForcesFightingAnOrganisation_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("Iraqi forces will fight ISIL in Haditha next month.")]
    [InlineData("Iraqi forces did not fight ISIL in Haditha.")]
    [InlineData("Iraq has vowed to fight ISIL until the group is defeated.")]
    [InlineData("Baghdad denied that Iraqi forces fought ISIL in Haditha.")]
    [InlineData("If Iraqi forces fought ISIL in Haditha, the town would fall.")]
    [InlineData("Iraqi forces fought alongside the Peshmerga in Haditha.")]
    [InlineData("Iraqi forces are fighting ISIL in Haditha, the ministry claimed.")]
    [InlineData("Iraqi forces fought ISIL in Haditha, according to unverified reports.")]
    [InlineData("France fought Germany in the final of the tournament.")]
    [InlineData("The task force is combating ISIL financing across the region.")]
    public void Extract_FightingNegatedIntendedOrNotArmed_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_TriedToCaptureGroundFromFighters_EmitsAttacked()
    {
        var graph = Extract("On Monday, Iraqi Security Forces tried to capture the airport from ISIL fighters.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Iraqi Security Forces"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("The Afghan army recaptured the district of Kunduz from the Taliban on Friday.")]
    [InlineData("Afghan troops retook the town from Taliban control after two days of fighting.")]
    [InlineData("The Afghan army cleared the village of Taliban fighters.")]
    public void Extract_GroundTakenFromAnOrganisation_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Afghanistan"), Organisation("Taliban")), graph.Describe());
    }

    [Theory]
    [InlineData("Iraqi forces will try to retake Haditha from ISIL.")]
    [InlineData("Iraqi forces vowed to liberate Haditha from ISIL.")]
    [InlineData("Iraqi forces plan to seize the airport from ISIL.")]
    [InlineData("The campaign to liberate Haditha from ISIL began in October.")]
    [InlineData("Haditha was liberated from ISIL in July.")]
    [InlineData("Customs officers seized weapons from Hezbollah at the port.")]
    public void Extract_GroundTakingIntendedAgentlessOrGoods_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("The Nigerian military launched an offensive to dislodge Boko Haram from the Sambisa forest.")]
    [InlineData("Nigeria's military campaign to destroy Boko Haram continues in the northeast.")]
    public void Extract_CampaignToDefeatWithItsSide_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Nigeria"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Ministers repeated their determination to defeat the Taliban.")]
    [InlineData("We must defeat the Taliban.")]
    [InlineData("Iraq would launch a campaign to defeat ISIL.")]
    [InlineData("Iraq's plans for a campaign to defeat ISIL were discussed.")]
    [InlineData("Canada is working with its allies to weaken and defeat al-Shabaab.")]
    public void Extract_PureIntentionToDefeat_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("Norway has supported the Afghan army in its efforts to defeat the Taliban.")]
    [InlineData("Norway supports the Afghan army in defeating the Taliban.")]
    public void Extract_SupportedSideInItsEffortsToDefeat_EmitsAttackedBySupportedSide(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Afghanistan"), Organisation("Taliban")), graph.Describe());
        Assert.False(graph.Has(RelationshipType.Attacked, Country("Norway"), Organisation("Taliban")), graph.Describe());
    }

    [Fact]
    public void Extract_AssistingSideToDegradeAndDestroy_EmitsAttackedByAssistedSide()
    {
        var graph = Extract("Britain is assisting the Nigerian government to degrade and finally defeat Boko Haram.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Nigeria"), Organisation("Boko Haram")), graph.Describe());
    }

    [Theory]
    [InlineData("Norway will support the Afghan army in its drive to defeat the Taliban.")]
    [InlineData("Norway is committed to support the Afghan army in defeating the Taliban.")]
    [InlineData("The United States supports Israel in its campaign against the activists of the BDS movement.")]
    [InlineData("Germany supported France in its bid to host the games.")]
    public void Extract_SupportPromisedOrNotMilitary_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("The Taliban used suicide bombers and car bombs against Afghan forces.")]
    [InlineData("The Taliban's use of roadside bombs against Afghan forces has grown.")]
    public void Extract_WeaponsUsedAgainstParty_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Taliban"), Country("Afghanistan")), graph.Describe());
    }

    [Theory]
    [InlineData("Russia used its veto against the United States at the Security Council.")]
    [InlineData("Russia was accused of using chemical weapons against Ukraine.")]
    [InlineData("Russia could use chemical weapons against Ukraine.")]
    [InlineData("Russia threatened to use force against Ukraine.")]
    public void Extract_UseNotAWeaponOrNotAsserted_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("Kurdish Peshmerga fighters drove ISIL out of the town on Sunday.")]
    [InlineData("The Peshmerga repelled ISIL fighters near the dam.")]
    public void Extract_DroveEnemyOff_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Peshmerga"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("Britain pushed Russia out of the G8.")]
    [InlineData("The Peshmerga failed to drive ISIL out of the town.")]
    [InlineData("The Peshmerga could drive ISIL out of the town within weeks.")]
    public void Extract_DrivingOutOfAnOrganisationOrNotAsserted_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("Turkey has been at war with the PKK for decades.")]
    [InlineData("Clashes between Turkish troops and the PKK killed 12 people.")]
    [InlineData("Heavy fighting between Turkish troops and the PKK went on overnight.")]
    public void Extract_WarOrClashesBetweenTwoSides_EmitsAttackedBothWays(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Turkey"), Organisation("Kurdistan Workers' Party")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Kurdistan Workers' Party"), Country("Turkey")), graph.Describe());
    }

    [Theory]
    [InlineData("The United States is not at war with Iran.")]
    [InlineData("Iran would be at war with Israel within days.")]
    [InlineData("The hotline was set up to prevent clashes between Russia and Israel.")]
    [InlineData("Clashes between Turkish troops and the PKK could erupt again.")]
    public void Extract_WarOrClashesNegatedOrAverted_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_DefensivePositionsAgainstFighters_EmitsAttackedBothWays()
    {
        var graph = Extract("Afghan troops held their defensive positions against Taliban fighters along the highway.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Afghanistan"), Organisation("Taliban")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Taliban"), Country("Afghanistan")), graph.Describe());
    }

    [Fact]
    public void Extract_DefensivePositionsOnlyPlanned_EmitsNoAttacked() =>
        AssertNoAttack("Afghan troops will prepare defensive positions against Taliban fighters.");

    [Fact]
    public void Extract_UnqualifiedCampaignInMilitarySentence_EmitsAttacked()
    {
        var graph = Extract("Russia continued its campaign against Ukraine with new airstrikes.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Theory]
    [InlineData("Russia continued its disinformation campaign against Ukraine.")]
    [InlineData("China's campaign against Falun Gong continued.")]
    public void Extract_CampaignNotMilitary_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_ApproximateCountOfStrikes_EmitsAttacked()
    {
        var graph = Extract("Since January the Global Coalition has carried out nearly 3,500 strikes against Daesh.");

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Global Coalition against Daesh"), IslamicState), graph.Describe());
    }

    [Fact]
    public void Extract_ApproximateCountOfStrikesOnlyPossible_EmitsNoAttacked() =>
        AssertNoAttack("The Global Coalition could carry out nearly 3,500 strikes against Daesh next year.");

    [Theory]
    [InlineData("Iraqi forces engaged ISIL fighters near the airport.")]
    [InlineData("Iraqi forces defeated ISIL in Haditha after a month of fighting.")]
    [InlineData("ISIL was driven out of Haditha by Iraqi forces in June.")]
    [InlineData("The Iraqi army launched a counteroffensive against ISIL near Baiji.")]
    public void Extract_EngagedDefeatedOrCounterattackedArmedEnemy_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("American diplomats engaged Iranian officials in Vienna.")]
    [InlineData("Barcelona defeated Real Madrid in the league.")]
    [InlineData("The Labour Party was defeated by the Conservative Party in the election.")]
    [InlineData("Iraqi forces may have defeated ISIL in Haditha.")]
    [InlineData("ISIL was not driven out of Haditha by Iraqi forces.")]
    public void Extract_EngagedOrDefeatedNotArmedOrNotAsserted_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("The Kurdistan Regional Government's liberation of Zummar from ISIL was welcomed.")]
    [InlineData("The recapture of Baiji from ISIL by the Kurdistan Regional Government was announced on Sunday.")]
    public void Extract_LiberationOfPlaceFromEnemy_EmitsAttackedByLiberator(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Organisation("Kurdistan Regional Government"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("The liberation of Haditha from ISIL could take months.")]
    [InlineData("The capture of ISIL fighters by the Peshmerga was reported.")]
    public void Extract_LiberationWithoutLiberatorOrOfPeople_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_WarOnNamedEnemy_EmitsAttacked()
    {
        var graph = Extract("Saudi Arabia's war on the Houthis has killed thousands.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Saudi Arabia"), Organisation("Houthis")), graph.Describe());
    }

    [Theory]
    [InlineData("Senator Dana Whitcombe's war on the Republican Party continued.")]
    [InlineData("Saudi Arabia would wage war on the Houthis if talks failed.")]
    public void Extract_WarOnRhetoricalOrHypothetical_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("Iraqi forces, backed by coalition airstrikes, retook Haditha from ISIL.")]
    [InlineData("Iraqi forces, supported by coalition aircraft, are fighting ISIL in eastern Anbar.")]
    public void Extract_SupportParentheticalBetweenSideAndFight_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), IslamicState), graph.Describe());
    }

    [Theory]
    [InlineData("Iraqi forces, backed by coalition airstrikes, will retake Haditha from ISIL.")]
    [InlineData("Iraqi forces, backed by coalition airstrikes that could arrive soon, retook Haditha from ISIL.")]
    public void Extract_SupportParentheticalWithModal_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_DeterrentDefencesAgainstState_EmitsNoReverseAttack()
    {
        var graph = Extract("NATO strengthened its defences against Russia.");

        Assert.False(graph.Has(RelationshipType.Attacked, Country("Russia"), Organisation("North Atlantic Treaty Organization")), graph.Describe());
    }

    [Fact]
    public void Extract_CampaignAgainstPossessedTarget_EmitsAttackedOnThePossessor()
    {
        var graph = Extract("Russia continued its campaign against Ukraine's energy grid with airstrikes.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Russia"), Country("Ukraine")), graph.Describe());
    }

    [Theory]
    [InlineData("Iraqi engineers cleared the town of ISIL explosives.")]
    [InlineData("Iraqi forces fought ISIL's ideology in the schools.")]
    [InlineData("Russian military attaches were expelled by Britain.")]
    public void Extract_EnemyOnlyQualifiesWhatIsFoughtOrDiplomaticExpulsion_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Fact]
    public void Extract_NameInPrepositionalParenthetical_IsNotTheFightingSide()
    {
        var graph = Extract("The Iraqi government, with support from the Global Coalition, is fighting to retake Haditha from ISIL.");

        Assert.False(graph.Has(RelationshipType.Attacked, Organisation("Global Coalition against Daesh"), IslamicState), graph.Describe());
    }

    [Fact]
    public void Extract_WarBetweenTwoStates_EmitsAttackedBothWays()
    {
        var graph = Extract("The war between Iran and Iraq killed hundreds of thousands.");

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iran"), Country("Iraq")), graph.Describe());
        Assert.True(graph.Has(RelationshipType.Attacked, Country("Iraq"), Country("Iran")), graph.Describe());
    }

    [Theory]
    [InlineData("The trade war between the United States and China escalated.")]
    [InlineData("A war between China and the United States would be catastrophic.")]
    [InlineData("Fears of war between India and Pakistan grew.")]
    [InlineData("The proxy war between Iran and Saudi Arabia continued in Yemen.")]
    public void Extract_WarBetweenFigurativeHypotheticalOrByProxy_EmitsNoAttacked(string text) => AssertNoAttack(text);

    [Theory]
    [InlineData("Afghan security forces have made significant gains against the Taliban in Helmand.")]
    [InlineData("Afghan troops made rapid advances against Taliban fighters south of the city.")]
    public void Extract_GainsAgainstEnemyInFighting_EmitsAttacked(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.Has(RelationshipType.Attacked, Country("Afghanistan"), Organisation("Taliban")), graph.Describe());
    }

    [Theory]
    [InlineData("Afghan troops hope to make gains against the Taliban this year.")]
    [InlineData("Afghan troops could make gains against the Taliban this year.")]
    [InlineData("Labour made gains against the Conservative Party in the north.")]
    public void Extract_GainsHopedOrElectoral_EmitsNoAttacked(string text) => AssertNoAttack(text);
}
