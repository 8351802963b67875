namespace KnowledgeGraph.Language.Parsing;

/// <summary>One way to extend a beam hypothesis: its total score, the hypothesis it extends and the transition.</summary>
internal readonly record struct BeamCandidate(double Score, int Parent, int Action);

/// <summary>
/// Scratch for beam decoding and beam training: two generations of hypothesis states (the beam and
/// the next beam, swapped after every transition) and their scores. Every hypothesis of a sentence
/// takes exactly 2n transitions in the arc-hybrid system, so the beam stays synchronised and all
/// hypotheses finish together. A hypothesis is a full <see cref="ParserState"/>; branching copies
/// its O(n) live part, which costs less than one state's feature lookups for sentences of usual
/// length. Measured (docs/language.md): width 4 parses in about 2.5 times the greedy time, width 8
/// in 3-5 times, as hypotheses of one beam share most feature keys and so hit the cache.
/// </summary>
internal sealed class BeamWorkspace
{
    private ParserState[] _current = [];
    private ParserState[] _next = [];
    private double[] _scores = [];
    private double[] _nextScores = [];

    /// <summary>Hypotheses of the current beam; the first <see cref="Size"/> are live, best first once a step has run.</summary>
    public ParserState[] Current => _current;

    public double[] Scores => _scores;

    public ParserState[] Next => _next;

    public double[] NextScores => _nextScores;

    public int Size { get; set; }

    public BeamCandidate[] Kept { get; private set; } = [];

    /// <summary>Prepares <paramref name="width"/> hypotheses for a sentence; the beam starts with the one initial state.</summary>
    public void Start(int width, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, int forcedRoot = -1)
    {
        if (_current.Length < width)
        {
            _current = [.. Enumerable.Range(0, width).Select(_ => new ParserState())];
            _next = [.. Enumerable.Range(0, width).Select(_ => new ParserState())];
            _scores = new double[width];
            _nextScores = new double[width];
            Kept = new BeamCandidate[width];
        }

        for (var i = 0; i < width; i++)
        {
            _current[i].Reset(words, tags, forcedRoot);
            _next[i].Reset(words, tags, forcedRoot);
        }

        _scores[0] = 0;
        Size = 1;
    }

    /// <summary>Makes the next beam current (after its first <paramref name="size"/> states were filled).</summary>
    public void Advance(int size)
    {
        (_current, _next) = (_next, _current);
        (_scores, _nextScores) = (_nextScores, _scores);
        Size = size;
    }

    /// <summary>
    /// Keeps the best <paramref name="kept"/>.Length candidates in descending score order. Candidates
    /// are offered in (hypothesis, transition) order and a tie keeps the earlier one, so with width 1
    /// the choice is the greedy parser's (the first best valid transition).
    /// </summary>
    public static void Offer(Span<BeamCandidate> kept, ref int count, BeamCandidate candidate)
    {
        int position;
        if (count == kept.Length)
        {
            if (!(candidate.Score > kept[count - 1].Score))
            {
                return;
            }

            position = count - 1;
        }
        else
        {
            position = count++;
        }

        while (position > 0 && candidate.Score > kept[position - 1].Score)
        {
            kept[position] = kept[position - 1];
            position--;
        }

        kept[position] = candidate;
    }
}
