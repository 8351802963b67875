namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// The analyzer keeps its word list and offsets in per-thread scratch that only grows: a sentence analysed after a
/// longer one must not see the longer one's leftovers.
/// </summary>
public sealed class AnalyzerScratchTests
{
    private const string Long = "After a long and noisy meeting in the old harbour office, the ferry company said on Friday that two of its "
        + "oldest boats, both built before the bridge opened, would be sold to a museum in the north by the end of the summer.";

    private const string Short = "The museum thanked Harbourview Ferries.";

    private static List<Token> OnAFreshThread(string text, TagHint[] hints)
    {
        List<Token>? tokens = null;
        var thread = new Thread(() => tokens = [.. LanguageAnalyzer.Default.Analyze(text, hints).Tokens]);
        thread.Start();
        thread.Join();
        return tokens!;
    }

    [Fact]
    public void Analyze_ShortSentenceAfterALongerOne_GivesWhatItGivesOnItsOwn()
    {
        TagHint[] hints = [new(Short.IndexOf("Harbourview", StringComparison.Ordinal), "Harbourview Ferries".Length)];
        var alone = OnAFreshThread(Short, hints);

        var analyzer = LanguageAnalyzer.Default;
        var longer = analyzer.Analyze(Long);
        var after = analyzer.Analyze(Short, hints);

        Assert.True(longer.Count > 2 * after.Count);
        Assert.Equal(alone, after.Tokens);
        Assert.All(after.Tokens, t => Assert.Equal(t.Form, Short.Substring(t.Start, t.Length)));
    }
}
