using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Evaluation.Tests;

public sealed class EntityNameMatcherTests
{
    private readonly EntityNameMatcher matcher = new(new TestNameResolver());

    private bool Match(string left, string right, string label = "Organisation", string[]? leftAliases = null, string[]? rightAliases = null) =>
        EntityNameMatcher.Matches(matcher.Prepare(left, leftAliases, label), matcher.Prepare(right, rightAliases, label));

    [Theory]
    [InlineData("National Liberation Front", "national liberation front")]
    [InlineData("Société Générale Bank", "Societe Generale Bank")]
    [InlineData("Łódź Council", "Lodz Council")]
    [InlineData("Çalışkan Holding", "CALISKAN HOLDING")]
    [InlineData("Nguyễn Foundation", "Nguyen Foundation")]
    [InlineData("The Northern Alliance", "Northern Alliance")]
    [InlineData("Workers' Party", "Workers Party")]
    [InlineData("Harbour Authority's", "Harbour Authority")]
    [InlineData("Al-Nour Brigade", "al Nour Brigade")]
    [InlineData("U.N.", "UN")]
    [InlineData("Bani Walid Council", "Baniwalid Council")]
    [InlineData("Marco D ' Avanzo", "Marco D'Avanzo")]
    public void Matches_NamesEqualAfterNormalisation_True(string left, string right) =>
        Assert.True(Match(left, right));

    [Theory]
    [InlineData("Northern Alliance", "Southern Alliance")]
    [InlineData("Harbour Authority", "Harbour Authority Police")]
    [InlineData("Theodore Group", "Odore Group")]
    public void Matches_DifferentNames_False(string left, string right) =>
        Assert.False(Match(left, right));

    [Fact]
    public void Normalise_PossessiveAndLeadingThe_Removed() =>
        Assert.Equal("river guard", EntityNameMatcher.Normalise("The  River Guard’s"));

    [Fact]
    public void Matches_AliasOfGoldSide_True() =>
        Assert.True(Match("Popular Mobilisation Units", "Hashd", leftAliases: ["Hashd", "PMU"]));

    [Fact]
    public void Matches_AliasOfPredictedSide_True() =>
        Assert.True(Match("Hashd", "Popular Mobilisation Units", rightAliases: ["Hashd"]));

    [Theory]
    [InlineData("United States", "U.S.")]
    [InlineData("America", "US")]
    [InlineData("the United States", "America")]
    public void Matches_SameCountryThroughResolver_True(string left, string right) =>
        Assert.True(Match(left, right, "Country"));

    [Theory]
    [InlineData("ISIS", "Daesh")]
    [InlineData("ISIL", "Islamic State")]
    public void Matches_SameOrganisationAliasSet_True(string left, string right) =>
        Assert.True(Match(left, right));

    [Fact]
    public void Matches_CountriesResolvingDifferently_False() =>
        Assert.False(Match("America", "Russia", "Country"));

    [Theory]
    [InlineData("SDF", "Syrian Democratic Forces")]
    [InlineData("Syrian Democratic Forces", "SDF")]
    [InlineData("NRC", "National Reconciliation Council")]
    [InlineData("AQAP", "al-Qaeda in the Arabian Peninsula")]
    [InlineData("U.N.", "United Nations")]
    public void Matches_AcronymOfTheOther_True(string left, string right) =>
        Assert.True(Match(left, right));

    [Theory]
    [InlineData("SDF", "Syrian Defence Ministry")]
    [InlineData("Sdf", "Syrian Democratic Forces")]
    [InlineData("SD", "Syrian Democratic Forces")]
    public void Matches_NotTheAcronym_False(string left, string right) =>
        Assert.False(Match(left, right));

    [Theory]
    [InlineData("Trump", "Donald Trump")]
    [InlineData("Donald Trump", "President Donald Trump")]
    [InlineData("President Trump", "Donald J. Trump")]
    [InlineData("Foreign Minister Amara Okafor", "Okafor")]
    public void Matches_PersonNameEndingWithTheOther_True(string left, string right) =>
        Assert.True(Match(left, right, "Person"));

    [Theory]
    [InlineData("Donald Trump", "Donald Tusk")]
    [InlineData("Donald", "Donald Trump")]
    [InlineData("Kafor", "Amara Okafor")]
    public void Matches_PersonNamesNotEndingTheSame_False(string left, string right) =>
        Assert.False(Match(left, right, "Person"));

    [Fact]
    public void Matches_SuffixRuleOutsidePeople_False() =>
        Assert.False(Match("Forces", "Syrian Democratic Forces"));

    [Fact]
    public void Matches_SuffixRuleWhenOneSideIsPerson_True() =>
        Assert.True(EntityNameMatcher.Matches(matcher.Prepare("Okafor", null, "Organisation"), matcher.Prepare("Amara Okafor", null, "Person")));

    [Fact]
    public void Matches_CapitalAndItsCountry_True() =>
        Assert.True(EntityNameMatcher.Matches(matcher.Prepare("Moscow", null, "Location"), matcher.Prepare("Russia", null, "Country")));
}
