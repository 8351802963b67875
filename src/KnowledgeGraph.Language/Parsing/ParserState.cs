namespace KnowledgeGraph.Language.Parsing;

/// <summary>
/// Arc-hybrid configuration (Kuhlmann et al. 2011) with the root at the END of the buffer
/// (Ballesteros &amp; Nivre 2013): the root can only take a dependent when the stack holds exactly
/// one word, so every parse has exactly one root. Words are 0..n-1, <see cref="Root"/> = n and
/// <see cref="None"/> = n+1 is a padding node whose word, tag and children are "nothing", which
/// keeps feature extraction free of branches. Reused across sentences; grows, never shrinks.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;
    public const int LeftArc = 1;
    public const int RightArc = 2;
    public const int NoLabel = 0xFF;

    private int[] _stack = new int[64];
    private bool[] _onStack = new bool[66];

    public int Length { get; private set; }

    public int Root => Length;

    public int None => Length + 1;

    public int StackSize { get; private set; }

    /// <summary>Index of the first buffer word; equals <see cref="Root"/> when only the root is left.</summary>
    public int BufferFront { get; private set; }

    public int[] Heads { get; private set; } = new int[66];
    public int[] Labels { get; private set; } = new int[66];
    public int[] Left1 { get; private set; } = new int[66];
    public int[] Left2 { get; private set; } = new int[66];
    public int[] Right1 { get; private set; } = new int[66];
    public int[] Right2 { get; private set; } = new int[66];
    public int[] LeftCount { get; private set; } = new int[66];
    public int[] RightCount { get; private set; } = new int[66];
    public ulong[] LeftLabels { get; private set; } = new ulong[66];
    public ulong[] RightLabels { get; private set; } = new ulong[66];
    public ulong[] Words { get; private set; } = new ulong[66];
    public ulong[] Tags { get; private set; } = new ulong[66];

    // The per-node arrays that change as arcs are made (the same arrays as the properties above),
    // so that a beam hypothesis can be copied column by column.
    private int[][] _intColumns;
    private ulong[][] _labelSetColumns;

    public ParserState()
    {
        _intColumns = [Heads, Labels, Left1, Left2, Right1, Right2, LeftCount, RightCount];
        _labelSetColumns = [LeftLabels, RightLabels];
    }

    public bool IsTerminal => StackSize == 0 && BufferFront == Length;

    public int S0 => StackSize > 0 ? _stack[StackSize - 1] : None;

    public int S1 => StackSize > 1 ? _stack[StackSize - 2] : None;

    public int S2 => StackSize > 2 ? _stack[StackSize - 3] : None;

    public int B0 => BufferFront;

    public int B1 => BufferFront + 1 <= Length ? BufferFront + 1 : None;

    public int B2 => BufferFront + 2 <= Length ? BufferFront + 2 : None;

    public bool OnStack(int node) => _onStack[node];

    /// <summary>
    /// A word (0-based) the parse must make the root, or -1. The transitions keep it reachable: it is shifted only onto
    /// an empty stack (everything before it is attached first, to it or below it), and once on the stack it takes no
    /// head but the root, so it stays at the bottom until the buffer holds only the root.
    /// </summary>
    public int ForcedRoot { get; private set; } = -1;

    /// <summary>Scratch for beam decoding (the hypotheses' states), created on first use; greedy parsing never touches it.</summary>
    public BeamWorkspace? Beam { get; set; }

    public static readonly ulong RootWord = 0x524F4F54;
    public static readonly ulong NoneWord = 0x4E4F4E45;
    public static readonly ulong RootTag = 0xFFF0;
    public static readonly ulong NoneTag = 0xFFF1;

    public void Reset(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, int forcedRoot = -1)
    {
        var n = words.Length;
        Length = n;
        ForcedRoot = forcedRoot;
        EnsureCapacity(n);
        for (var i = 0; i < n + 2; i++)
        {
            _onStack[i] = false;
            Heads[i] = -1;
            Labels[i] = NoLabel;
            Left1[i] = n + 1;
            Left2[i] = n + 1;
            Right1[i] = n + 1;
            Right2[i] = n + 1;
            LeftCount[i] = 0;
            RightCount[i] = 0;
            LeftLabels[i] = 0;
            RightLabels[i] = 0;
        }

        for (var i = 0; i < n; i++)
        {
            Words[i] = words[i];
            Tags[i] = (ulong)tags[i];
        }

        Words[n] = RootWord;
        Tags[n] = RootTag;
        Words[n + 1] = NoneWord;
        Tags[n + 1] = NoneTag;
        StackSize = 0;
        BufferFront = 0;
    }

    private void EnsureCapacity(int n)
    {
        if (Heads.Length < n + 2)
        {
            var size = Math.Max(n + 2, Heads.Length * 2);
            _stack = new int[size];
            _onStack = new bool[size];
            Heads = new int[size];
            Labels = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
            Words = new ulong[size];
            Tags = new ulong[size];
            _intColumns = [Heads, Labels, Left1, Left2, Right1, Right2, LeftCount, RightCount];
            _labelSetColumns = [LeftLabels, RightLabels];
        }
    }

    /// <summary>
    /// Makes this state's configuration (stack, buffer, arcs) a copy of <paramref name="other"/>'s: a beam
    /// hypothesis branching off. Both states must have been <see cref="Reset"/> with the same sentence,
    /// so words and tags are not copied. Only the first Length + 2 entries are live, so a copy costs
    /// O(sentence length), not O(capacity).
    /// </summary>
    public void CopyConfigurationFrom(ParserState other)
    {
        var live = other.Length + 2;
        ForcedRoot = other.ForcedRoot;
        StackSize = other.StackSize;
        BufferFront = other.BufferFront;
        other._stack.AsSpan(0, StackSize).CopyTo(_stack);
        other._onStack.AsSpan(0, live).CopyTo(_onStack);
        for (var c = 0; c < _intColumns.Length; c++)
        {
            other._intColumns[c].AsSpan(0, live).CopyTo(_intColumns[c]);
        }

        for (var c = 0; c < _labelSetColumns.Length; c++)
        {
            other._labelSetColumns[c].AsSpan(0, live).CopyTo(_labelSetColumns[c]);
        }
    }

    public bool IsValid(int action) => action switch
    {
        Shift => BufferFront < Length && (BufferFront != ForcedRoot || StackSize == 0),
        LeftArc => StackSize >= 1 && (BufferFront < Length ? S0 != ForcedRoot : StackSize == 1),
        RightArc => StackSize >= 2 && S0 != ForcedRoot,
        _ => false,
    };

    /// <summary>Head the arc action would give to <see cref="S0"/>.</summary>
    public int HeadFor(int action) => action == LeftArc ? B0 : S1;

    public void Apply(int action, int label)
    {
        if (action == Shift)
        {
            _onStack[BufferFront] = true;
            _stack[StackSize++] = BufferFront++;
            return;
        }

        var dependent = _stack[--StackSize];
        _onStack[dependent] = false;
        var head = action == LeftArc ? B0 : _stack[StackSize - 1];
        AddArc(head, dependent, label);
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] == None || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == None || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Right1[head] == None || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == None || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }

    /// <summary>
    /// Dynamic-oracle cost (Goldberg &amp; Nivre 2013): how many gold arcs that are still reachable
    /// become unreachable if <paramref name="action"/> is taken. <paramref name="gold"/> uses the
    /// internal indexing (root = n).
    /// </summary>
    public int Cost(int action, ReadOnlySpan<int> gold)
    {
        var cost = 0;
        if (action == Shift)
        {
            var b = BufferFront;
            var s0 = S0;
            for (var k = 0; k < StackSize; k++)
            {
                if (gold[_stack[k]] == b)
                {
                    cost++;
                }
            }

            var head = gold[b];
            if (head != s0 && head < Length && _onStack[head])
            {
                cost++;
            }

            return cost;
        }

        var dependent = S0;
        var goldHead = gold[dependent];
        if (action == LeftArc)
        {
            if (goldHead != B0 && (goldHead == S1 || InBuffer(goldHead)))
            {
                cost++;
            }
        }
        else if (InBuffer(goldHead))
        {
            cost++;
        }

        for (var k = BufferFront; k < Length; k++)
        {
            if (gold[k] == dependent)
            {
                cost++;
            }
        }

        return cost;
    }

    private bool InBuffer(int node) => node == Length || (node >= BufferFront && node < Length);
}
