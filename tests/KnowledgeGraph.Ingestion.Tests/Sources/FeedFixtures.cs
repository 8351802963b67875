using System.Globalization;
using System.Net;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

internal sealed record FeedEntry(string Guid, Uri Link, string Title, string Date);

/// <summary>Feeds and pages written for these tests (invented news in the style of wire copy).</summary>
internal static class FeedFixtures
{
    public static string Rss(string channelTitle, params FeedEntry[] items)
    {
        var body = string.Concat(items.Select(item => $"""
            <item>
              <title>{WebUtility.HtmlEncode(item.Title)}</title>
              <link>{item.Link}</link>
              <guid isPermaLink="false">{item.Guid}</guid>
              <pubDate>{item.Date}</pubDate>
            </item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0">
              <channel>
                <title>{WebUtility.HtmlEncode(channelTitle)}</title>
                <link>https://news.example/</link>
                <description>Test channel</description>
                {body}
              </channel>
            </rss>
            """;
    }

    public static string Atom(string feedTitle, params FeedEntry[] entries)
    {
        var body = string.Concat(entries.Select(entry => $"""
            <entry>
              <id>{entry.Guid}</id>
              <title>{WebUtility.HtmlEncode(entry.Title)}</title>
              <link rel="alternate" href="{entry.Link}"/>
              <updated>{entry.Date}</updated>
            </entry>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>urn:test:feed</id>
              <title>{WebUtility.HtmlEncode(feedTitle)}</title>
              <updated>2026-11-24T00:00:00Z</updated>
              {body}
            </feed>
            """;
    }

    public static string Page(string headline, string paragraph) => $"""
        <!DOCTYPE html>
        <html><head><title>{WebUtility.HtmlEncode(headline)}</title>
        <script>window.analytics = "article";</script></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>{WebUtility.HtmlEncode(headline)}</h1><p>{WebUtility.HtmlEncode(paragraph)}</p></article>
        </body></html>
        """;

    public static string Sentence(int n) => string.Create(CultureInfo.InvariantCulture,
        $"The foreign minister of Valdoria met the defence minister of Ostrava in Lumen on Monday, report number {n} said, and both sides agreed to meet again next month to continue the talks on the border crossings.");
}
