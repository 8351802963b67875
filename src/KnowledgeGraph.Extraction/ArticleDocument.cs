using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>A resolved entity of one article while it is being extracted.</summary>
internal sealed class EntityRecord(EntityLabel label, string name, string id)
{
    public EntityLabel Label { get; } = label;

    public string Name { get; } = name;

    /// <summary>The node id (<see cref="NodeIds.ForEntity"/>), unique among an article's records.</summary>
    public string Id { get; } = id;

    public SortedSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

    public int Mentions { get; set; }

    /// <summary>The title the person was introduced with ("Foreign Secretary"), so later roles resolve to them.</summary>
    public string? Title { get; set; }

    /// <summary>A Location's country (canonical name, from the gazetteer); null for other labels.</summary>
    public string? Country { get; set; }
}

/// <summary>One mention of an entity: a token range in one sentence.</summary>
internal readonly record struct Mention(int Start, int End, int Sentence, int Entity, bool IsRole)
{
    /// <summary>A country word that only qualifies a person or role ("his US counterpart", "Iranian General X").</summary>
    public bool IsModifier { get; init; }

    /// <summary>A country or organisation standing for its forces ("US troops"): an event argument, never a MET party.</summary>
    public bool IsForce { get; init; }

    /// <summary>A nationality adjective ("Iranian"), which names an actor only before force or event nouns.</summary>
    public bool IsAdjective { get; init; }

    /// <summary>An adjective or name that qualifies a following common noun ("German companies"): not an argument.</summary>
    public bool QualifiesNoun { get; init; }

    /// <summary>The token after the mention's noun phrase ("US military forces" ends after "forces").</summary>
    public int PhraseEnd { get; init; }
}

/// <summary>Everything the rules know about one article: text, tokens, sentences, mentions, entities.</summary>
internal sealed class ArticleDocument
{
    public ArticleDocument(Article article)
    {
        Article = article;
        Text = article.Text;
        TextSegmenter.Segment(Text, Tokens, Sentences);
    }

    public Article Article { get; }

    public string Text { get; }

    public List<Token> Tokens { get; } = new(1024);

    public List<Sentence> Sentences { get; } = new(64);

    public List<EntityRecord> Entities { get; } = [];

    /// <summary>All mentions of the article, ordered by position.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>For each sentence, the index of its first mention in <see cref="Mentions"/> and the end.</summary>
    public List<(int First, int End)> SentenceMentions { get; } = [];

    public string SentenceText(Sentence sentence) => Text[sentence.Start..sentence.End];

    /// <summary>The article's quotations and transcript turns, built on first use.</summary>
    public Frames.SpeechMap Speech => speech ??= Frames.SpeechMap.Build(this);

    private Frames.SpeechMap? speech;

    /// <summary>
    /// Drops the mentions of one label from <see cref="Mentions"/> and <see cref="SentenceMentions"/> (the entity
    /// records and their counts stay), for a recogniser whose rules were written without that label.
    /// </summary>
    public void RemoveMentions(EntityLabel label)
    {
        if (!Mentions.Exists(m => Entities[m.Entity].Label == label))
        {
            return;
        }

        var kept = new List<Mention>(Mentions.Count);
        for (var sentence = 0; sentence < SentenceMentions.Count; sentence++)
        {
            var (first, end) = SentenceMentions[sentence];
            var start = kept.Count;
            for (var m = first; m < end; m++)
            {
                if (Entities[Mentions[m].Entity].Label != label)
                {
                    kept.Add(Mentions[m]);
                }
            }

            SentenceMentions[sentence] = (start, kept.Count);
        }

        Mentions.Clear();
        Mentions.AddRange(kept);
    }

    public string Surface(int from, int to) => from >= to ? "" : Text[Tokens[from].Start..Tokens[to - 1].End];
}
