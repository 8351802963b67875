using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class HtmlArticleParserTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Border clash reported | The Daily Courier</title>
          <meta property="og:title" content="Syldavia accuses Borduria of border raid">
          <meta property="article:published_time" content="2024-04-18T22:15:00+02:00">
          <link rel="canonical" href="https://news.example.org/world/border-raid">
          <style>body { font-family: serif; }</style>
          <script>var tracking = "Syldavia tracker script text";</script>
        </head>
        <body>
          <header class="site-header"><a href="/">The Daily Courier</a><p>Site header slogan</p></header>
          <nav><ul><li>World</li><li>Business</li><li>Sport</li></ul></nav>
          <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
          <main>
            <article>
              <header><h1>Syldavia accuses Borduria of border raid</h1><p class="byline">By a staff reporter</p></header>
              <p>Syldavia's foreign ministry said on Thursday that Bordurian troops <b>attacked</b> a border post near Klow.</p>
              <div class="ad-slot"><p>Advertisement: buy shoes now</p></div>
              <p>The Bordurian government denied the claim.</p>
              <figure><img src="x.jpg" alt="map"><figcaption>Map of the border region.</figcaption></figure>
              <h2>Reaction</h2>
              <ul><li>The United Nations called for calm.</li><li>Neighbouring states closed crossings.</li></ul>
              <div class="share-tools"><p>Share on social media</p></div>
              <p style="display: none">Hidden teaser text</p>
              <p hidden>Another hidden paragraph</p>
              <script>document.write("inline script text")</script>
              <footer><p>Article footer with tags</p></footer>
            </article>
            <aside><h3>Most read</h3><p>Unrelated story about football</p></aside>
          </main>
          <footer role="contentinfo"><p>Copyright The Daily Courier</p></footer>
          <noscript>Please enable JavaScript</noscript>
        </body>
        </html>
        """;

    [Fact]
    public void Parse_NewsPage_KeepsArticleParagraphsAsLines()
    {
        var content = HtmlArticleParser.Parse(NewsPage);

        var lines = content.Text.Split('\n');
        Assert.Equal(
            [
                "Syldavia accuses Borduria of border raid",
                "By a staff reporter",
                "Syldavia's foreign ministry said on Thursday that Bordurian troops attacked a border post near Klow.",
                "The Bordurian government denied the claim.",
                "Map of the border region.",
                "Reaction",
                "The United Nations called for calm.",
                "Neighbouring states closed crossings.",
            ],
            lines);
    }

    [Theory]
    [InlineData("tracker script")]
    [InlineData("font-family")]
    [InlineData("cookies")]
    [InlineData("Accept all")]
    [InlineData("Business")]
    [InlineData("Site header slogan")]
    [InlineData("Advertisement")]
    [InlineData("Share on social")]
    [InlineData("Hidden teaser")]
    [InlineData("Another hidden")]
    [InlineData("inline script")]
    [InlineData("Article footer")]
    [InlineData("football")]
    [InlineData("Copyright")]
    [InlineData("enable JavaScript")]
    public void Parse_NewsPage_DropsBoilerplate(string boilerplate)
    {
        var content = HtmlArticleParser.Parse(NewsPage);

        Assert.DoesNotContain(boilerplate, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NewsPage_ReadsMetadata()
    {
        var content = HtmlArticleParser.Parse(NewsPage);

        Assert.Equal("Syldavia accuses Borduria of border raid", content.Title);
        Assert.Equal(new DateOnly(2024, 4, 18), content.Published);
        Assert.Equal("https://news.example.org/world/border-raid", content.Url);
    }

    [Fact]
    public void Parse_PageWithoutArticleOrMain_UsesBodyWithoutFurniture()
    {
        const string html = """
            <html><head><title>Minister visits Ankara</title><meta name="date" content="2020-02-03"></head>
            <body>
              <header><h2>Portal</h2></header>
              <div class="content">
                <p>The minister arrived in Ankara on Monday.<br>She met her counterpart.</p>
                <p>Talks   covered
                   energy and trade.</p>
              </div>
              <div role="navigation">Home | Contact</div>
              <footer>All rights reserved</footer>
            </body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("Minister visits Ankara", content.Title);
        Assert.Equal(new DateOnly(2020, 2, 3), content.Published);
        Assert.Null(content.Url);
        Assert.Equal("The minister arrived in Ankara on Monday.\nShe met her counterpart.\nTalks covered energy and trade.", content.Text);
    }

    [Fact]
    public void Parse_TimeElementAndOgUrl_UsedWhenNoMetaDateOrCanonical()
    {
        const string html = """
            <html><head><meta property="og:url" content="https://example.net/a/1"></head>
            <body><article><h1>Drone strike hits depot</h1><time datetime="2018-09-10">10 Sept</time>
            <p>A drone struck a fuel depot, officials said.</p></article></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("Drone strike hits depot", content.Title);
        Assert.Equal(new DateOnly(2018, 9, 10), content.Published);
        Assert.Equal("https://example.net/a/1", content.Url);
        Assert.StartsWith("Drone strike hits depot\n", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonLdDatePublished_Used()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2017-06-05T08:00:00Z"}</script></head>
            <body><main><p>Gulf states cut ties with their neighbour.</p></main></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal(new DateOnly(2017, 6, 5), content.Published);
        Assert.Equal("Gulf states cut ties with their neighbour.", content.Text);
    }

    [Fact]
    public void Parse_HeadlineOutsideArticle_PrependedToText()
    {
        const string html = """
            <html><body><h1>Rebels seize northern town</h1>
            <article><p>Rebel fighters took control of the town after a day of fighting.</p></article></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("Rebels seize northern town", content.Title);
        Assert.Equal("Rebels seize northern town\nRebel fighters took control of the town after a day of fighting.", content.Text);
    }

    [Fact]
    public void Parse_EntitiesAndInlineMarkup_DecodedAndJoined()
    {
        const string html = "<html><body><p>AT&amp;T&#39;s <i>chief</i> met <a href='#'>officials</a>&nbsp;in Brussels.</p></body></html>";

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("AT&T's chief met officials in Brussels.", content.Text);
    }

    [Fact]
    public void Parse_WrapperWithSocialClassHoldingTheStory_NotDropped()
    {
        const string html = """
            <html><body><div class="story has-social-bar">
            <p>Parliament approved the budget after a long debate on defence spending.</p>
            <p>The opposition voted against it.</p>
            <div class="social"><p>Tweet</p></div></div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("Parliament approved the budget after a long debate on defence spending.\nThe opposition voted against it.", content.Text);
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var a = 1;</script><nav>Menu</nav></body></html>")]
    [InlineData("")]
    [InlineData("<html><body><div hidden><p>Invisible</p></div>\n\t  <p>   </p></body></html>")]
    public void Parse_NoReadableText_EmptyText(string html)
    {
        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("", content.Text);
    }

    [Fact]
    public void Parse_DeeplyNestedMarkup_DoesNotOverflow()
    {
        const int depth = 20_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep paragraph.</p>" + string.Concat(Enumerable.Repeat("</div>", depth));

        var content = HtmlArticleParser.Parse(html);

        Assert.Contains("Deep paragraph.", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThousandsOfNestedFurnitureLookingWrappers_ContentKeptAndSmallAdsDropped()
    {
        const int depth = 5_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"promo\">", depth))
            + "<p>The summit ended with a joint declaration on maritime security.</p><div class=\"ad\">Buy now</div>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("The summit ended with a joint declaration on maritime security.", content.Text);
    }

    [Fact]
    public void Parse_SocialTitleWithSiteNameAndHeadlineOutsideArticle_HeadlineLeadsTheText()
    {
        const string html = """
            <html><head><meta property="og:title" content="Earthquake strikes coast - Example News"></head>
            <body><header><h1>Earthquake strikes coast</h1></header>
            <article><p>A strong earthquake struck the coast on Sunday, officials said.</p></article></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        Assert.Equal("Earthquake strikes coast - Example News", content.Title);
        Assert.Equal("Earthquake strikes coast\nA strong earthquake struck the coast on Sunday, officials said.", content.Text);
    }
}
