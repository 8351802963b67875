using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

internal sealed record FeedItem(string Key, Uri? Link, string? Title, DateOnly? Published);

internal sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>Bad feed XML or an unknown feed format; the message says what is wrong.</summary>
internal sealed class FeedFormatException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with DTDs prohibited, no external resolution and a character cap, so a hostile feed
/// can neither expand entities nor reach files or the network. Dates are read leniently: a malformed date becomes
/// "no date" instead of failing the whole feed.
/// </summary>
internal static class FeedParser
{
    public static ParsedFeed Parse(Stream content, Uri feedUrl, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(content, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter { DateTimeParser = TryParseDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Rss20FeedFormatter { DateTimeParser = TryParseDate };
                if (!formatter.CanRead(reader))
                {
                    throw new FeedFormatException($"not an RSS 2.0 or Atom 1.0 feed (root element <{reader.Name}>)");
                }
            }

            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException exception)
        {
            throw new FeedFormatException($"broken XML: {exception.Message}", exception);
        }

        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = LinkOf(item, feedUrl);
            var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link?.AbsoluteUri;
            if (key is null)
            {
                // Neither guid nor link: nothing stable to remember it by and nothing to fetch.
                continue;
            }

            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            items.Add(new FeedItem(
                key,
                link,
                NullIfBlank(item.Title?.Text),
                date == default ? null : DateOnly.FromDateTime(date.DateTime)));
        }

        return new ParsedFeed(NullIfBlank(feed.Title?.Text), items);
    }

    private static Uri? LinkOf(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var uri = link?.Uri;
        if (uri is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri))
        {
            uri = idUri; // An RSS guid that is a permalink.
        }

        if (uri is null)
        {
            return null;
        }

        if (!uri.IsAbsoluteUri)
        {
            var baseUri = link?.BaseUri is { IsAbsoluteUri: true } linkBase ? linkBase : feedUrl;
            uri = new Uri(baseUri, uri);
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri : null;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static bool TryParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && ZoneOffsets.TryGetValue(text[(lastSpace + 1)..], out var offset))
        {
            text = string.Concat(text.AsSpan(0, lastSpace + 1), offset);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        // RFC 822 day names are optional and sometimes wrong; drop "Tue," and try again.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && DateTimeOffset.TryParse(text[(comma + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        value = default; // Unknown date rather than a rejected feed.
        return true;
    }
}
