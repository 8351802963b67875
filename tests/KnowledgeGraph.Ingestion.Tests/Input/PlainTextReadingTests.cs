using System.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class PlainTextReadingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_DatePrefixFollowedByHeadlineOnSameLine_DateParsedHeadlineIsTitleAndKeptInText()
    {
        var path = folder.Write("strike.txt",
            " date 2023-05-14 Ruritania shelled border posts in Elbonia overnight.\n\nThe Elbonian defence ministry said two soldiers were wounded.\n");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(new DateOnly(2023, 5, 14), article.Published);
        Assert.Equal("Ruritania shelled border posts in Elbonia overnight.", article.Title);
        Assert.Equal("Ruritania shelled border posts in Elbonia overnight.\n\nThe Elbonian defence ministry said two soldiers were wounded.", article.Text);
        Assert.Equal("strike", article.Id);
        Assert.Equal(path, article.Origin);
    }

    [Theory]
    [InlineData("date: 2021-11-02\nLeaders met in Geneva\nThey discussed grain exports.")]
    [InlineData("DATE 2021-11-02\n\nLeaders met in Geneva\nThey discussed grain exports.")]
    [InlineData("Date:2021-11-02\r\nLeaders met in Geneva\r\nThey discussed grain exports.\r\n")]
    [InlineData("date 2021-11-02T09:30:00Z\nLeaders met in Geneva\nThey discussed grain exports.")]
    public async Task ReadAsync_DatePrefixOnItsOwnLine_DateParsedAndPrefixRemoved(string content)
    {
        var path = folder.Write("summit.txt", content);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(new DateOnly(2021, 11, 2), article.Published);
        Assert.Equal("Leaders met in Geneva", article.Title);
        Assert.Equal("Leaders met in Geneva\nThey discussed grain exports.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_NoDatePrefix_NoDateAndFirstLineIsTitle()
    {
        var path = folder.Write("plain.txt", "\n\n   Talks collapse in Vienna  \nDelegates left without a statement.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Null(article.Published);
        Assert.Equal("Talks collapse in Vienna", article.Title);
        Assert.Equal("Talks collapse in Vienna  \nDelegates left without a statement.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_WordDateInsideFirstSentence_NotTakenForPrefix()
    {
        var path = folder.Write("update.txt", "Date of the vote 2024-01-01 was set by parliament.\nMore follows.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Null(article.Published);
        Assert.Equal("Date of the vote 2024-01-01 was set by parliament.", article.Title);
    }

    [Theory]
    [InlineData("date2024-01-01 headline glued to the word")]
    [InlineData("dated 2024-01-01 reports say")]
    [InlineData("date 2024-01-015 is not a date")]
    public async Task ReadAsync_NotExactlyADatePrefix_TextKeptAndNoDate(string content)
    {
        var path = folder.Write("nodate.txt", content);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Null(article.Published);
        Assert.Equal(content, article.Text);
    }

    [Fact]
    public async Task ReadAsync_InvalidDateInPrefix_FailureNamesTheDate()
    {
        var path = folder.Write("baddate.txt", "date 2024-13-45\nA headline\nBody.");

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Equal(path, failure.Origin);
        Assert.Contains("2024-13-45", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("not a valid date", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DatePrefixWithoutText_Failure()
    {
        var path = folder.Write("onlydate.txt", "date 2024-02-02\n\n   \n");

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Contains("no text", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MarkdownHeadings_MarkersRemovedFromTitleAndText()
    {
        var path = folder.Write("brief.md", "date 2022-03-03\n# Sanctions widened on Borduria #\n\nThe council agreed new measures.\n\n## Reaction\nBorduria condemned the move.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("Sanctions widened on Borduria", article.Title);
        Assert.Equal("Sanctions widened on Borduria\n\nThe council agreed new measures.\n\nReaction\nBorduria condemned the move.", article.Text);
        Assert.Equal("brief", article.Id);
    }

    [Fact]
    public async Task ReadAsync_MarkdownFrontMatter_TitleAndDateReadAndTitleLeadsText()
    {
        var path = folder.Write("front.md", "---\ntitle: \"Navy seizes tanker in the Strait\"\ndate: 2023-07-06 10:15:00 +0300\ntags:\n  - shipping\n---\nThe navy boarded the vessel at dawn.\n");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("Navy seizes tanker in the Strait", article.Title);
        Assert.Equal(new DateOnly(2023, 7, 6), article.Published);
        Assert.Equal("Navy seizes tanker in the Strait\n\nThe navy boarded the vessel at dawn.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_MarkdownBetweenHorizontalRules_NotTakenForFrontMatter()
    {
        var path = folder.Write("rules.md", "---\nTroops crossed the river at night.\n---\nMore text.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Contains("Troops crossed the river at night.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MarkdownInvalidFrontMatterDate_Failure()
    {
        var path = folder.Write("frontbad.md", "---\ndate: soon\n---\nText.");

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Contains("front matter date 'soon' is not a valid date", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MarkdownLinksImagesBoldAndQuotes_OnlyWordsRemain()
    {
        var path = folder.Write("links.md",
            "# Talks in [Doha](https://example.com/doha_(city))\n![photo](img.png)\n**Qatar** hosted envoys from [Sudan][1].\n> \"We will return,\" one said.\n\n[1]: https://example.com/sudan\n");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("Talks in Doha", article.Title);
        Assert.Equal("Talks in Doha\n\nQatar hosted envoys from Sudan.\n\"We will return,\" one said.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_MarkdownSyntaxInTxtFile_LeftAsWritten()
    {
        const string content = "Report on [Doha](https://example.com) and **Qatar**\n> quoted";
        var path = folder.Write("links.txt", content);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(content, article.Text);
    }

    [Fact]
    public async Task ReadAsync_HashtagWithoutSpace_NotTreatedAsHeading()
    {
        var path = folder.Write("tag.txt", "#breaking news from the capital\nSecond line.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("#breaking news from the capital", article.Title);
    }

    [Fact]
    public async Task ReadAsync_ControlCharactersAndCarriageReturns_RemovedAndNormalised()
    {
        var path = folder.Write("controls.txt", "Ceasefire\u0007 agreed\r\nBoth sides\u001b confirmed it.\rObservers arrive\u0085today.\u2028Monitors\fleave.\t(Tabs stay.)");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("Ceasefire agreed\nBoth sides confirmed it.\nObservers arrive\ntoday.\nMonitors\nleave.\t(Tabs stay.)", article.Text);
    }

    [Fact]
    public async Task ReadAsync_CypherInjectionLookingText_ComesThroughUnchanged()
    {
        const string hostile = "Minister said '}) MATCH (n) DETACH DELETE n // was a \"test\"; DROP TABLE articles; -- and $param {x: 1}\n`backticks` and \\ backslashes ${injected} <script>alert(1)</script>";
        var path = folder.Write("hostile.txt", hostile);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(hostile, article.Text);
    }

    [Fact]
    public async Task ReadAsync_VeryLongSingleLine_ReadWholeAndTitleShortened()
    {
        var sentence = "The envoy from Freedonia met the foreign minister of Sylvania in the capital. ";
        var longLine = string.Concat(Enumerable.Repeat(sentence, 12_000)).Trim();
        var path = folder.Write("long.txt", longLine);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(longLine, article.Text);
        Assert.NotNull(article.Title);
        Assert.True(article.Title.Length <= 301, $"title has {article.Title.Length} characters");
        Assert.StartsWith("The envoy from Freedonia", article.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf8bom")]
    [InlineData("utf16le")]
    [InlineData("utf16be")]
    [InlineData("utf32le")]
    public async Task ReadAsync_TextWithByteOrderMark_DecodedCorrectly(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf8bom" => new UTF8Encoding(true),
            "utf16le" => new UnicodeEncoding(false, true),
            "utf16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        const string content = "date 2019-07-30 Protests in Zürich — «peaceful», organisers say\nPolice counted 3 000 marchers 🙂.";
        var path = folder.WriteBytes($"{encodingName}.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(content)]);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(new DateOnly(2019, 7, 30), article.Published);
        Assert.Equal("Protests in Zürich — «peaceful», organisers say", article.Title);
        Assert.Equal("Protests in Zürich — «peaceful», organisers say\nPolice counted 3 000 marchers 🙂.", article.Text);
    }
}
