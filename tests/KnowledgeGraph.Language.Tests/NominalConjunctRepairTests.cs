using System.Text.RegularExpressions;

namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// A noun phrase the parse coordinated with a verb ("spoke on the phone to X, and the presidents of Y") becomes a
/// conjunct of the verb's nominal argument; an elliptical clause keeps its own. Sentences written for this test.
/// </summary>
public sealed class NominalConjunctRepairTests
{
    private static readonly LanguageAnalyzer Unrepaired = new(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairNominalConjunctsOfVerbs = false });

    [Theory]
    [InlineData("Rebels seized the airport and the port.", "port", "airport")]
    [InlineData("The minister thanked the mayor, and the governor of the province.", "governor", "mayor")]
    public void Analyze_NounPhraseCoordinatedWithAVerb_BecomesAConjunctOfTheVerbsArgument(string text, string conjunct, string first)
    {
        var after = LanguageAnalyzer.Default.Analyze(text);

        var word = after.Tokens.Single(t => t.Form == conjunct);
        Assert.Equal("conj", word.DepRel);
        Assert.Equal(first, after[word.Head].Form);
    }

    [Theory]
    [InlineData("Chilean jets struck Peru as well as Bolivia on Monday.", "conj", "struck")] // a conjunct of the verb
    [InlineData("Chile announced sanctions against Peru as well as Bolivia.", "obl", "announced")] // an oblique with its own "as well as"
    public void Analyze_NameAfterAsWellAsHungOnTheVerb_IsAConjunctOfTheNameBefore(string text, string parsedAs, string parsedOn)
    {
        // As the frames parse it: the names hinted as proper nouns. The first case is RepairNominalConjunctsOfVerbs', the
        // second RepairPhrasesAfterClosedCoordination's.
        TagHint[] names = [.. Regex.Matches(text, @"\b(Chile|Peru|Bolivia)\b").Select(m => new TagHint(m.Index, m.Length))];
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, parsedAs == "conj"
            ? new LanguageAnalyzerOptions { RepairNominalConjunctsOfVerbs = false }
            : new LanguageAnalyzerOptions { RepairPhrasesAfterClosedCoordination = false });

        var before = unrepaired.Analyze(text, names);
        var after = LanguageAnalyzer.Default.Analyze(text, names);

        var bolivia = before.Tokens.Single(t => t.Form == "Bolivia");
        Assert.Equal((parsedAs, parsedOn), (bolivia.DepRel, before[bolivia.Head].Form));
        bolivia = after.Tokens.Single(t => t.Form == "Bolivia");
        Assert.Equal(("conj", "Peru"), (bolivia.DepRel, after[bolivia.Head].Form));
    }

    [Theory]
    [InlineData("Mara bought apples on Monday and Tomas pears on Tuesday.")]
    [InlineData("The envoys met in Oslo and talked for hours.")]
    public void Analyze_NoNounCoordinatedWithAVerb_ParseUnchanged(string text)
    {
        var before = Unrepaired.Analyze(text);
        var after = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal(before.Tokens.Select(t => (t.Head, t.DepRel)), after.Tokens.Select(t => (t.Head, t.DepRel)));
    }
}
