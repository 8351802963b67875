using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Extracts an article's readable text and metadata from an HTML page with a real HTML parser: the text of
/// &lt;article&gt; (or &lt;main&gt;, else &lt;body&gt;) without navigation, headers, footers, scripts, forms, cookie
/// banners, ads or hidden elements; one line per paragraph, heading or list item. Pure and thread-safe.
/// </summary>
public static class HtmlArticleParser
{
    /// <summary>Share of the content's text above which a "boilerplate-looking" element is kept: it is the content.</summary>
    private const double MaxBoilerplateShare = 0.4;

    private static readonly HashSet<string> AlwaysDroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg", "canvas", "object",
        "embed", "button", "select", "input", "textarea", "label", "dialog", "menu", "head", "link", "meta",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    // Whole words of class/id attributes that mark page furniture rather than article text.
    private static readonly HashSet<string> BoilerplateTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "gdpr", "onetrust", "cmp", "advert", "adverts", "advertisement", "ad", "ads",
        "adsbygoogle", "adslot", "sponsored", "sponsor", "promo", "promotion", "newsletter", "subscribe", "subscription",
        "paywall", "share", "sharing", "social", "related", "recommended", "outbrain", "taboola", "breadcrumb",
        "breadcrumbs", "sidebar", "popup", "modal", "comments", "skip", "toolbar",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    };

    // In priority order: the article's own publication time first, generic "date" metas after.
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "article.published", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
    ];

    public static HtmlArticleContent Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);

        var metas = ReadMetas(document);
        var url = FindUrl(document, metas);
        var root = FindContentRoot(document);
        var published = FindPublished(document, metas, root);
        var headline = FindHeadline(document, root);

        var text = "";
        if (root is not null)
        {
            RemoveBoilerplate(root);
            text = ExtractText(root);
        }

        var socialTitle = Clean(metas.GetValueOrDefault("og:title")) ?? Clean(metas.GetValueOrDefault("twitter:title"));
        var title = socialTitle ?? headline ?? Clean(document.Title);

        // The headline carries facts; a page whose headline sits outside the article body must not lose it. The
        // page's own <h1> is preferred: og:title sometimes carries the site name, <title> usually does.
        var lead = headline ?? socialTitle;
        if (lead is not null && text.Length > 0 && !text.Contains(lead, StringComparison.Ordinal))
        {
            text = lead + "\n" + text;
        }

        return new HtmlArticleContent(title is null ? null : TextNormalizer.LimitTitle(title), text, published, url);
    }

    private static Dictionary<string, string> ReadMetas(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }

        return metas;
    }

    private static string? FindUrl(IDocument document, Dictionary<string, string> metas)
    {
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase)
                && AbsoluteUrl(link.GetAttribute("href")) is { } canonical)
            {
                return canonical;
            }
        }

        return AbsoluteUrl(metas.GetValueOrDefault("og:url"));
    }

    private static string? AbsoluteUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static DateOnly? FindPublished(IDocument document, Dictionary<string, string> metas, IElement? root)
    {
        foreach (var key in PublishedMetaKeys)
        {
            if (DateParsing.TryParse(metas.GetValueOrDefault(key), out var date))
            {
                return date;
            }
        }

        if (FindJsonLdDatePublished(document) is { } fromJsonLd)
        {
            return fromJsonLd;
        }

        var times = (root?.QuerySelectorAll("time[datetime]") ?? Enumerable.Empty<IElement>())
            .Concat(document.QuerySelectorAll("time[datetime]"));
        foreach (var time in times)
        {
            if (DateParsing.TryParse(time.GetAttribute("datetime"), out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? FindJsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished", depth: 0) is { } value && DateParsing.TryParse(value, out var date))
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common on the web; the other date sources still apply.
            }
        }

        return null;
    }

    private static string? FindProperty(JsonElement element, string name, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindProperty(property.Value, name, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindProperty(item, name, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    /// <summary>The largest &lt;article&gt;, else &lt;main&gt;, else the body.</summary>
    private static IElement? FindContentRoot(IDocument document)
    {
        if (document.DocumentElement is not { } html)
        {
            return null;
        }

        var lengths = VisibleTextLengths(html);
        IElement? best = null;
        var bestLength = 0;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            var length = lengths.GetValueOrDefault(article);
            if (length > bestLength)
            {
                best = article;
                bestLength = length;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        return main is not null && lengths.GetValueOrDefault(main) > 0 ? main : document.Body;
    }

    private static string? FindHeadline(IDocument document, IElement? root)
    {
        var h1 = root?.QuerySelector("h1")
            ?? document.Body?.QuerySelectorAll("h1").FirstOrDefault(h => h.Closest("nav, footer, aside, [role=navigation], [role=banner]") is null);
        return h1 is null ? null : Clean(ExtractText(h1).Replace('\n', ' '));
    }

    private static void RemoveBoilerplate(IElement root)
    {
        var textLengths = VisibleTextLengths(root);
        var rootTextLength = textLengths.GetValueOrDefault(root);
        var doomed = new List<IElement>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (IsBoilerplate(element, root, textLengths.GetValueOrDefault(element), rootTextLength))
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplate(IElement element, IElement root, int textLength, int rootTextLength)
    {
        var tag = element.LocalName;
        if (AlwaysDroppedTags.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && DroppedRoles.Contains(role.Trim()))
        {
            return true;
        }

        // An article's own <header> holds its headline and standfirst; only the page's header is furniture.
        if (tag.Equals("header", StringComparison.OrdinalIgnoreCase))
        {
            var article = element.Closest("article");
            return article is null || !IsInside(article, root);
        }

        var looksLikeFurniture = tag.Equals("form", StringComparison.OrdinalIgnoreCase)
            || HasBoilerplateToken(element.GetAttribute("class"))
            || HasBoilerplateToken(element.Id);

        // Guard against wrappers such as <form> around a whole WebForms page or <div class="story has-share-bar">.
        return looksLikeFurniture && textLength <= rootTextLength * MaxBoilerplateShare;
    }

    private static bool IsInside(IElement element, IElement root) => element == root || root.Contains(element);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Contains("DISPLAY:NONE", StringComparison.Ordinal) || compact.Contains("VISIBILITY:HIDDEN", StringComparison.Ordinal);
    }

    private static bool HasBoilerplateToken(string? attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute))
        {
            return false;
        }

        foreach (var token in attribute.Split([' ', '\t', '\n', '-', '_', ':', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (BoilerplateTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Text length under every element of a subtree (script/style content not counted), in one post-order pass, so
    /// judging many nested elements stays linear. Iterative: pages can nest deeply.
    /// </summary>
    private static Dictionary<IElement, int> VisibleTextLengths(IElement root)
    {
        var lengths = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var running = new Stack<int>();
        running.Push(0);
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                var own = running.Pop();
                lengths[(IElement)node] = own;
                running.Push(running.Pop() + own);
                continue;
            }

            if (node is IText text)
            {
                running.Push(running.Pop() + text.Data.Length);
            }
            else if (node is IElement element && element.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                running.Push(0);
                stack.Push((element, true));
                PushChildren(element, stack);
            }
        }

        return lengths;
    }

    /// <summary>Text with block elements on their own lines and whitespace collapsed. Iterative: pages can nest deeply.</summary>
    private static string ExtractText(INode root)
    {
        var raw = new StringBuilder();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                raw.Append('\n');
                continue;
            }

            switch (node)
            {
                case IText text:
                    foreach (var c in text.Data)
                    {
                        raw.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    }

                    break;
                case IElement element:
                    if (AlwaysDroppedTags.Contains(element.LocalName))
                    {
                        break;
                    }

                    var isBlock = BlockTags.Contains(element.LocalName);
                    if (isBlock)
                    {
                        raw.Append('\n');
                        stack.Push((element, true));
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        raw.Append(' ');
                    }

                    PushChildren(element, stack);

                    break;
                default:
                    if (node == root)
                    {
                        PushChildren(node, stack);
                    }

                    break;
            }
        }

        var lines = new List<string>();
        foreach (var line in raw.ToString().Split('\n'))
        {
            var collapsed = CollapseWhitespace(line);
            if (collapsed.Length > 0)
            {
                lines.Add(collapsed);
            }
        }

        return TextNormalizer.Normalize(string.Join('\n', lines));
    }

    /// <summary>
    /// Pushes children last-first so they pop in document order. Indexes the child list: walking PreviousSibling
    /// costs a search of the parent's children per step, quadratic for an element with thousands of children.
    /// </summary>
    private static void PushChildren(INode node, Stack<(INode Node, bool Leaving)> stack)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private static string CollapseWhitespace(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? Clean(string? value) => TextNormalizer.NormalizeOptional(value is null ? null : CollapseWhitespace(value));
}
