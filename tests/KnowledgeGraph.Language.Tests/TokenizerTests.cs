namespace KnowledgeGraph.Language.Tests;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. WordTokenizer.Tokenize(text).Select(t => t.Form)];

    [Theory]
    [InlineData("Freedonia's army didn't attack.", new[] { "Freedonia", "'s", "army", "did", "n't", "attack", "." })]
    [InlineData("They can't and we cannot.", new[] { "They", "ca", "n't", "and", "we", "can", "not", "." })]
    [InlineData("We're sure they'll say it's over", new[] { "We", "'re", "sure", "they", "'ll", "say", "it", "'s", "over" })]
    [InlineData("The US-led force", new[] { "The", "US", "-", "led", "force" })]
    [InlineData("a pre-war deal with co-workers", new[] { "a", "pre-war", "deal", "with", "co-workers" })]
    [InlineData("Mr. Ostrova met U.S. envoys", new[] { "Mr.", "Ostrova", "met", "U.S.", "envoys" })]
    [InlineData("It cost $1,000.50, or 3.5% more.", new[] { "It", "cost", "$", "1,000.50", ",", "or", "3.5", "%", "more", "." })]
    [InlineData("(Sylvania) said: \"No!\"", new[] { "(", "Sylvania", ")", "said", ":", "\"", "No", "!", "\"" })]
    [InlineData("Wait... what?!", new[] { "Wait", "...", "what", "?", "!" })]
    [InlineData("Write to desk@example.org.", new[] { "Write", "to", "desk@example.org", "." })]
    [InlineData("The ministers' talks", new[] { "The", "ministers", "'", "talks" })]
    [InlineData("we're gonna win", new[] { "we", "'re", "gon", "na", "win" })]
    public void Tokenize_EnglishText_SplitsLikeTheTreebank(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("New European Union sanctions target Russia's oil sector.")]
    [InlineData("  leading and trailing spaces\t\r\n")]
    [InlineData("Emoji 🕊️ and symbols ©™ and tabs\tand\u00A0no-break spaces")]
    [InlineData("Ünïcödé wörds, Ελληνικά και 中文字符")]
    [InlineData("\u0000\u0001control\u0007chars\u200Bhere")]
    public void Tokenize_AnyText_OffsetsMapBackExactly(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);

        Assert.NotEmpty(tokens);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(token.Form, text.Substring(token.Start, token.Length));
            Assert.True(token.Start >= previousEnd, "tokens overlap or go backwards");
            Assert.False(string.IsNullOrWhiteSpace(token.Form));
            previousEnd = token.End;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData(null)]
    public void Tokenize_NothingToSplit_ReturnsNoTokens(string? text)
    {
        Assert.Empty(WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_SurrogatePair_StaysInOneToken()
    {
        var tokens = WordTokenizer.Tokenize("peace 😀 now");

        Assert.Contains(tokens, t => t.Form == "😀");
    }
}
