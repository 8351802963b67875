using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Training;

/// <summary>
/// Accuracy figures with gold tokenisation, counted over all syntactic words including
/// punctuation (as in the CoNLL 2018 shared task). LAS compares the FULL label, subtypes included
/// ("nsubj:pass" ≠ "nsubj"), which is stricter than the shared task's main-type LAS.
/// </summary>
public sealed record EvaluationResult(int Words, double Upos, double Xpos, double Lemma, double Uas, double Las, int Sentences);

public static class Evaluator
{
    public static EvaluationResult Evaluate(LanguageAnalyzer analyzer, IReadOnlyList<TreebankSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(sentences);
        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        foreach (var sentence in sentences)
        {
            var analysed = analyzer.Analyze(sentence.Forms);
            for (var i = 0; i < sentence.Count; i++)
            {
                var token = analysed.Tokens[i];
                words++;
                upos += token.Upos == sentence.Upos[i] ? 1 : 0;
                xpos += token.Xpos == sentence.Xpos[i] ? 1 : 0;
                lemma += token.Lemma == sentence.Lemmas[i] ? 1 : 0;
                if (token.Head == sentence.Heads[i])
                {
                    uas++;
                    las += token.DepRel == sentence.Relations[i] ? 1 : 0;
                }
            }
        }

        double Share(long count) => words == 0 ? 0 : (double)count / words;
        return new EvaluationResult((int)words, Share(upos), Share(xpos), Share(lemma), Share(uas), Share(las), sentences.Count);
    }

    internal static double TagAccuracy(PosTagger tagger, IReadOnlyList<TreebankSentence> sentences, TagSet tagSet)
    {
        long words = 0, correct = 0;
        var hashes = new WordHashes();
        var scores = new float[tagSet.Count];
        foreach (var sentence in sentences)
        {
            var tags = new int[sentence.Count];
            tagger.Tag(sentence.Forms, tags, hashes, scores);
            for (var i = 0; i < sentence.Count; i++)
            {
                words++;
                correct += tagger.Upos[tags[i]] == sentence.Upos[i] && tagger.Xpos[tags[i]] == sentence.Xpos[i] ? 1 : 0;
            }
        }

        return words == 0 ? 0 : (double)correct / words;
    }

    internal static int[][] PredictTags(PosTagger tagger, IReadOnlyList<TreebankSentence> sentences)
    {
        var hashes = new WordHashes();
        var scores = new float[tagger.TagCount];
        return [.. sentences.Select(sentence =>
        {
            var tags = new int[sentence.Count];
            tagger.Tag(sentence.Forms, tags, hashes, scores);
            return tags;
        })];
    }

    internal static (double Uas, double Las) AttachmentScores(DependencyParser parser, IReadOnlyList<TreebankSentence> sentences, int[][] tags)
    {
        long words = 0, uas = 0, las = 0;
        var state = new ParserState();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var hashes = sentence.Forms.Select(f => Internal.FeatureHash.LowerText(f)).ToArray();
            var heads = new int[sentence.Count];
            var labels = new int[sentence.Count];
            parser.Parse(hashes, tags[s], heads, labels, state);
            for (var i = 0; i < sentence.Count; i++)
            {
                words++;
                if (heads[i] == sentence.Heads[i])
                {
                    uas++;
                    las += parser.LabelNames[labels[i]] == sentence.Relations[i] ? 1 : 0;
                }
            }
        }

        return words == 0 ? (0, 0) : ((double)uas / words, (double)las / words);
    }
}
