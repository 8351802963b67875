using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Language;

/// <summary>
/// One word of an analysed sentence. <see cref="Head"/> is 1-based like CoNLL-U (0 = the root);
/// <see cref="Start"/>/<see cref="Length"/> locate the word in the analysed text (both 0 when the
/// words were supplied pre-tokenised).
/// </summary>
public sealed record Token(
    int Index,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    int Head,
    string DepRel,
    int Start,
    int Length)
{
    public int End => Start + Length;

    /// <summary>The relation without its subtype: "nsubj" for "nsubj:pass".</summary>
    public string BaseRelation => DepRel.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? DepRel[..colon] : DepRel;
}

/// <summary>
/// A tagged, lemmatised and parsed sentence. Token indices are 1-based as in CoNLL-U so that
/// <see cref="Token.Head"/> can be used directly with <see cref="this[int]"/>.
/// </summary>
public sealed class AnalyzedSentence
{
    private readonly Token[] _tokens;
    private readonly int[][] _children;

    public AnalyzedSentence(string text, IReadOnlyList<Token> tokens, bool wasSplitForParsing)
        : this(text, (tokens ?? throw new ArgumentNullException(nameof(tokens))).ToArray(), wasSplitForParsing)
    {
    }

    [SkipLocalsInit]
    private AnalyzedSentence(string text, Token[] tokens, bool wasSplitForParsing)
    {
        Text = text ?? string.Empty;
        _tokens = tokens;
        WasSplitForParsing = wasSplitForParsing;

        // Children per head, counted in scratch that does not outlive the constructor.
        Span<int> counts = _tokens.Length < 256 ? stackalloc int[_tokens.Length + 1] : new int[_tokens.Length + 1];
        counts.Clear();
        foreach (var token in _tokens)
        {
            if (token.Head >= 0 && token.Head <= _tokens.Length)
            {
                counts[token.Head]++;
            }
        }

        _children = new int[_tokens.Length + 1][];
        for (var i = 0; i < _children.Length; i++)
        {
            _children[i] = counts[i] == 0 ? [] : new int[counts[i]];
            counts[i] = 0;
        }

        foreach (var token in _tokens)
        {
            if (token.Head >= 0 && token.Head <= _tokens.Length)
            {
                _children[token.Head][counts[token.Head]++] = token.Index;
            }
        }
    }

    /// <summary>The analyzer's way in: <paramref name="tokens"/> is a fresh array nobody else holds, so it is kept, not copied.</summary>
    internal static AnalyzedSentence OfOwnedTokens(string text, Token[] tokens, bool wasSplitForParsing) => new(text, tokens, wasSplitForParsing);

    /// <summary>The text the tokens' offsets refer to (the words joined by spaces for pre-tokenised input).</summary>
    public string Text { get; }

    public IReadOnlyList<Token> Tokens => _tokens;

    public int Count => _tokens.Length;

    /// <summary>
    /// True when the sentence was longer than the parser's limit and was parsed in chunks whose roots
    /// were attached to the first chunk's root (relation "parataxis"); the tree is still a tree, but
    /// relations across chunk boundaries are not meaningful.
    /// </summary>
    public bool WasSplitForParsing { get; }

    /// <summary>The token with the given 1-based index.</summary>
    public Token this[int index] => _tokens[index - 1];

    /// <summary>1-based index of the root word, or 0 for an empty sentence.</summary>
    public int RootIndex => Array.Find(_tokens, t => t.Head == 0)?.Index ?? 0;

    /// <summary>Dependents of the word at a 1-based index (0 gives the root's dependents), in word order.</summary>
    /// <remarks>
    /// An immutable view of the stored array, not an interface: <c>foreach</c> over an <see cref="IReadOnlyList{T}"/>
    /// allocates an enumerator, and the extractor walks children a few hundred times per sentence.
    /// </remarks>
    public ImmutableArray<int> Children(int index) =>
        ImmutableCollectionsMarshal.AsImmutableArray(index >= 0 && index < _children.Length ? _children[index] : []);

    /// <summary>Dependents attached with exactly this relation (full label, e.g. "nsubj:pass").</summary>
    public IEnumerable<Token> Dependents(int index, string relation)
    {
        // An iterator rather than Select and Where: one allocation per call instead of two iterators and two delegates.
        foreach (var child in Children(index))
        {
            var token = this[child];
            if (string.Equals(token.DepRel, relation, StringComparison.Ordinal))
            {
                yield return token;
            }
        }
    }

    /// <summary>Whether the word has a dependent attached with exactly this relation (full label); allocates nothing.</summary>
    public bool HasDependent(int index, string relation)
    {
        foreach (var child in Children(index))
        {
            if (string.Equals(this[child].DepRel, relation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dependents whose relation is this one or one of its subtypes ("obl" also finds "obl:agent").</summary>
    public IEnumerable<Token> DependentsOfType(int index, string baseRelation) =>
        Children(index).Select(child => this[child]).Where(t => string.Equals(t.BaseRelation, baseRelation, StringComparison.Ordinal));

    /// <summary>The word and its heads up to the root, starting with the word itself.</summary>
    public IReadOnlyList<int> PathToRoot(int index)
    {
        var path = new List<int>();
        var current = index;
        // The tree is acyclic by construction; the bound only protects against misuse with a bad index.
        while (current > 0 && current <= _tokens.Length && path.Count <= _tokens.Length)
        {
            path.Add(current);
            current = _tokens[current - 1].Head;
        }

        return path;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="index"/> (a word dominates itself).</summary>
    public bool IsDescendantOf(int index, int ancestor) => PathToRoot(index).Contains(ancestor);

    /// <summary>All words in the subtree of a word, in word order (the yield of the phrase it heads).</summary>
    public IReadOnlyList<int> Subtree(int index)
    {
        var result = new List<int>();
        var pending = new Stack<int>();
        pending.Push(index);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            result.Add(current);
            foreach (var child in Children(current))
            {
                pending.Push(child);
            }
        }

        result.Sort();
        return result;
    }
}
