using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// An article split into sentences exactly as <see cref="RuleBasedExtractor"/> splits it, so that a stage after the
/// extractor (<see cref="IGraphAugmenter"/>) numbers evidence sentences, dates events and recognises denied, claimed
/// or hypothetical wording the same way the rules do. Read-only and cheap to query once built.
/// </summary>
public sealed class ArticleSentences
{
    private readonly ArticleDocument document;

    private ArticleSentences(Article article)
    {
        document = new ArticleDocument(article);
    }

    public static ArticleSentences Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleSentences(article);
    }

    public Article Article => document.Article;

    public int Count => document.Sentences.Count;

    /// <summary>The text of sentence <paramref name="index"/> as the extractor stores it as evidence.</summary>
    public string TextOf(int index) => document.SentenceText(document.Sentences[index]);

    /// <summary>Character offset in <see cref="Article.Text"/> where sentence <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => document.Sentences[index].Start;

    /// <summary>Character offset in <see cref="Article.Text"/> just after sentence <paramref name="index"/>.</summary>
    public int EndOf(int index) => document.Sentences[index].End;

    /// <summary>The sentence containing the character at <paramref name="offset"/>, or -1 (between sentences).</summary>
    public int SentenceAt(int offset)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var sentence = sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>
    /// The words of sentence <paramref name="index"/> that make its events denied, claimed, conditional,
    /// hypothetical or future by the extractor's word lists (negators, attribution blockers, conditionals, modals),
    /// plus "?" when it is a question. Tokens equal to <paramref name="trigger"/> are not counted as modals, so that
    /// "threatened" may be the event itself. Empty when the sentence asserts plainly.
    /// </summary>
    public IReadOnlyList<string> BlockingWords(int index, string? trigger)
    {
        var sentence = document.Sentences[index];
        var tokens = document.Tokens;
        var found = new List<string>();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var text = tokens[i].Text;
            if (Lexicon.AttributionBlockers.Contains(text))
            {
                // "claimed responsibility for the attack" asserts the attack, as in the rules.
                if (!(text is "claimed" or "claims" && i + 1 < sentence.EndToken && tokens[i + 1].Text == "responsibility"))
                {
                    found.Add(text);
                }
            }
            else if (Lexicon.Negators.Contains(text) || Lexicon.Conditionals.Contains(text))
            {
                found.Add(text);
            }
            else if (Lexicon.IsModalAt(tokens, i) && !string.Equals(text, trigger, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(text);
            }
        }

        for (var i = sentence.EndToken - 1; i >= sentence.FirstToken && i >= sentence.EndToken - 3; i--)
        {
            var text = tokens[i].Text;
            if (text == "?")
            {
                found.Add(text);
                break;
            }

            if (text is not ("\"" or "”" or "'" or ")"))
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The event date the extractor would give an event of sentence <paramref name="index"/> triggered by
    /// <paramref name="trigger"/>: the sentence's date nearest the trigger word (its first occurrence; the sentence
    /// start when the word is absent), resolved against the publication date; null when the sentence has no date.
    /// </summary>
    public DateOnly? EventDate(int index, string? trigger)
    {
        var sentence = document.Sentences[index];
        var tokens = document.Tokens;
        var at = sentence.FirstToken;
        if (!string.IsNullOrWhiteSpace(trigger))
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (string.Equals(tokens[i].Text, trigger, StringComparison.OrdinalIgnoreCase))
                {
                    at = i;
                    break;
                }
            }
        }

        var dates = new List<(int Token, DateOnly Date)>();
        EventDateFinder.Find(document, sentence, dates);
        return EventDateFinder.Nearest(dates, at);
    }
}
