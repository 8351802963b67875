using System.Collections.Frozen;
using KnowledgeGraph.Language.Conllu;
using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language;

public sealed class LanguageAnalyzerOptions
{
    /// <summary>
    /// Sentences with more words than this are parsed in chunks of at most this many words (cut
    /// after punctuation where possible). Tagging and lemmatisation always see the whole sentence.
    /// </summary>
    public int MaxParseWords { get; init; } = 200;

    /// <summary>Input longer than this many characters is truncated before tokenisation (bounds time and memory).</summary>
    public int MaxTextLength { get; init; } = 100_000;

    /// <summary>
    /// Re-parse a sentence whose parse reads a past participle with a direct object as a reduced relative clause
    /// ("warplanes struck the base" as "warplanes [that were] struck ..."), with that word as a past tense instead:
    /// a passive participle has no direct object. See docs/language.md for what it does on the treebank.
    /// </summary>
    public bool RepairParticiplesWithObjects { get; init; } = true;

    /// <summary>
    /// Give a verb without a subject the noun phrase the parse stranded before it on a time word: "the minister later
    /// held talks" with "minister" hung on "later", "the minister yesterday held talks" with "yesterday" as the subject
    /// and "minister" as its compound. News puts time words between subject and verb far more often than the treebank's
    /// web text does. Also the subject read as part of a fronted phrase before its comma ("While visiting X, Y met Z").
    /// See docs/language.md for what it does on the treebank.
    /// </summary>
    public bool RepairStrandedSubjects { get; init; } = true;

    /// <summary>
    /// Re-parse a sentence that has no verb at its root but a past tense (VBD) hung as a clause modifying the root's noun
    /// phrase ("The two leaders met in Oslo" read as "leaders [who] met in Oslo", "Troops received fire" with "troops" as
    /// the root), with that verb forced to be the root: a finite past tense does not form a reduced relative clause, and a
    /// sentence whose only finite verb modifies a noun is a noun phrase. See docs/language.md for what it does on the
    /// treebank.
    /// </summary>
    public bool RepairFiniteVerbUnderNominalRoot { get; init; } = true;

    /// <summary>
    /// Re-attach a noun phrase the parse coordinated with a verb ("spoke to X, and the presidents of Y" with "presidents" a
    /// conjunct of "spoke") to the verb's nominal argument before it: English coordinates like with like, and a noun
    /// phrase joins a clause only as an elliptical clause, which keeps a dependent of a clause (subject, object, orphan,
    /// auxiliary, copula, marker). See docs/language.md for what it does on the treebank.
    /// </summary>
    public bool RepairNominalConjunctsOfVerbs { get; init; } = true;

    /// <summary>
    /// Re-parse a sentence whose root is its subject's noun because a comma-delimited insertion stood between the subject
    /// and its verb ("X, who met Y on Monday, said ...", "X, in a statement, imposed sanctions on Y" with the verb hung
    /// inside the insertion or read as an adjective), with the verb right after the insertion's closing comma forced to be
    /// the root (a participle there followed by a noun phrase becomes a past tense: a passive participle takes no direct
    /// object). A noun phrase with no verb of its own before the insertion is the subject the insertion interrupts. See
    /// docs/language.md for what it does on the treebank.
    /// </summary>
    public bool RepairPredicateAfterInsertion { get; init; } = true;

    /// <summary>
    /// Give back to the phrase before it a preposition the parse read as a subordinator ("Sanctions imposed by X on Y took
    /// effect" with "on" the <c>mark</c> of "took" and Y its subject): "on", "by", "against" and the like introduce no
    /// finite clause with a noun phrase as its subject. See docs/language.md for what it does on the treebank.
    /// </summary>
    public bool RepairPrepositionsReadAsSubordinators { get; init; } = true;

    /// <summary>
    /// Read a relative clause without "that" inside a subject as one ("The sanctions X imposed took effect", parsed with
    /// "took" coordinated with "imposed" and no conjunction between them): a finite verb joined to another with no
    /// conjunction or punctuation is the predicate of the noun the first clause modifies. See docs/language.md.
    /// </summary>
    public bool RepairZeroRelativeClauses { get; init; } = true;

    /// <summary>
    /// Take out of a coordination a prepositional phrase the parse added to it after the coordination was closed
    /// ("sanctioned two brokers, X and Y, on Tuesday" with "Tuesday" a conjunct of X): it is an adjunct of the clause; and
    /// put into one a name the parse made an oblique of the verb although it carries its own coordinator ("sanctions
    /// against X as well as Y"). See docs/language.md.
    /// </summary>
    public bool RepairPhrasesAfterClosedCoordination { get; init; } = true;

    /// <summary>
    /// Read "her" as the possessive the parse shows it is ("met her Japanese counterpart" tagged with "her" the object and
    /// "counterpart" a second, unmarked noun phrase of the verb): only a verb of giving or telling takes two bare noun
    /// phrases ("gave her flowers"), so after any other verb "her" opens the noun phrase that follows it. The sentence is
    /// re-parsed with the possessive tag. See docs/language.md.
    /// </summary>
    public bool RepairPossessiveReadAsObject { get; init; } = true;

    /// <summary>
    /// Parse a sentence-final attribution apart from the clause it attributes ("An X strike killed Y, a senior commander,
    /// the group said."): the clause before the comma and the attribution ("the group said", "officials said on Monday")
    /// are parsed each on its own and joined as the treebank joins them, the verb of saying the root and the clause its
    /// <c>ccomp</c>. Only when the whole-sentence parse did not already read it so. See docs/language.md.
    /// </summary>
    public bool RepairTrailingAttribution { get; init; } = true;
}

/// <summary>What a <see cref="TagHint"/> knows about its words.</summary>
public enum TagHintKind : byte
{
    /// <summary>A name (a gazetteer match, a recognised person): its capitalised words are PROPN/NNP.</summary>
    ProperNoun,

    /// <summary>A nationality adjective ("Iraqi troops"): its capitalised words are ADJ/JJ.</summary>
    Adjective,

    /// <summary>A word that is only ever a verb ("condemns"): the tagger chooses among the verb tags.</summary>
    Verb,

    /// <summary>A word that is a noun or a verb ("target", "strikes"): never a preposition or an adverb.</summary>
    NounOrVerb,

    /// <summary>A common noun ("embargo" in "an arms embargo"): the tagger chooses singular or plural.</summary>
    Noun,

    /// <summary>A lower-case adjective the tagger takes for a verb ("sweeping" in "imposed sweeping sanctions"): ADJ/JJ.</summary>
    CommonAdjective,
}

/// <summary>
/// A stretch of the text another component knows something about, so the tagger need not guess. A tagger trained on web
/// text guesses unknown names and rare verbs poorly ("Norway condemns ..." as ADV + NOUN), and one wrong tag there
/// derails the parse.
/// </summary>
public readonly record struct TagHint(int Start, int Length, TagHintKind Kind = TagHintKind.ProperNoun)
{
    public int End => Start + Length;
}

/// <summary>
/// Tokenise → tag → lemmatise → parse. Thread-safe: the models are immutable and every thread
/// gets its own scratch buffers, so one instance can serve concurrent callers. Never throws on
/// any text; an empty or whitespace-only text gives an empty sentence.
/// </summary>
public sealed partial class LanguageAnalyzer
{
    private const string ChunkRelation = "parataxis";
    private static readonly Lazy<LanguageAnalyzer> DefaultAnalyzer = new(() => new LanguageAnalyzer(LanguageModels.Embedded));

    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly LanguageModels _models;
    private readonly LanguageAnalyzerOptions _options;
    private readonly StrandedSubjectLabels _strandedSubjectLabels;
    private readonly ClauseRepairLabels _clauseRepairLabels;
    private long _splitSentences;
    private long _truncatedTexts;

    public LanguageAnalyzer(LanguageModels models, LanguageAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        _models = models;
        _options = options ?? new LanguageAnalyzerOptions();
        if (_options.MaxParseWords < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxParseWords must be at least 2.");
        }

        _strandedSubjectLabels = StrandedSubjectLabels.Of(models.Parser.LabelNames);
        _clauseRepairLabels = ClauseRepairLabels.Of(models.Parser.LabelNames);
    }

    /// <summary>A shared analyzer over the embedded models.</summary>
    public static LanguageAnalyzer Default => DefaultAnalyzer.Value;

    public LanguageModels Models => _models;

    /// <summary>How many sentences so far exceeded <see cref="LanguageAnalyzerOptions.MaxParseWords"/> and were parsed in chunks.</summary>
    public long SplitSentenceCount => Interlocked.Read(ref _splitSentences);

    /// <summary>How many texts so far were longer than <see cref="LanguageAnalyzerOptions.MaxTextLength"/> and were truncated.</summary>
    public long TruncatedTextCount => Interlocked.Read(ref _truncatedTexts);

    /// <summary>Analyses one sentence of raw text; token offsets refer to <paramref name="sentenceText"/>.</summary>
    public AnalyzedSentence Analyze(string? sentenceText) => Analyze(sentenceText, []);

    /// <summary>
    /// Analyses one sentence of raw text with <paramref name="hints"/> (character spans into it) on some of its words:
    /// names get the proper-noun (or adjective) tag, verbs a verb tag; everything else is tagged and parsed as usual.
    /// </summary>
    public AnalyzedSentence Analyze(string? sentenceText, ReadOnlySpan<TagHint> hints)
    {
        var text = sentenceText ?? string.Empty;
        if (text.Length > _options.MaxTextLength)
        {
            Interlocked.Increment(ref _truncatedTexts);
            var cut = _options.MaxTextLength;
            // Do not cut a surrogate pair in half.
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text[..cut];
        }

        // The word list and the offsets are per-thread scratch (Run reads only their first forms.Length entries); the
        // forms are the tokens' own strings and stay.
        var workspace = t_workspace ??= new Workspace();
        var tokens = workspace.TextTokens;
        tokens.Clear();
        WordTokenizer.Tokenize(text, tokens);
        var forms = new string[tokens.Count];
        workspace.EnsureOffsets(tokens.Count);
        var starts = workspace.Starts;
        var lengths = workspace.Lengths;
        for (var i = 0; i < tokens.Count; i++)
        {
            forms[i] = tokens[i].Form;
            starts[i] = tokens[i].Start;
            lengths[i] = tokens[i].Length;
        }

        return Run(text, forms, starts, lengths, hints);
    }

    /// <summary>
    /// Analyses pre-tokenised words (gold tokenisation). Offsets refer to the words joined by single
    /// spaces, which is what <see cref="AnalyzedSentence.Text"/> holds.
    /// </summary>
    public AnalyzedSentence Analyze(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var forms = new string[words.Count];
        var starts = new int[words.Count];
        var lengths = new int[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // An empty or null word would break the one-word-per-slot contract; "_" is CoNLL-U's blank.
            forms[i] = string.IsNullOrEmpty(words[i]) ? "_" : words[i];
            starts[i] = position;
            lengths[i] = forms[i].Length;
            position += forms[i].Length + 1;
        }

        return Run(string.Join(' ', forms), forms, starts, lengths, []);
    }

    /// <summary>
    /// Fills LEMMA, UPOS, XPOS, HEAD and DEPREL of every word line with predictions; ID, FORM,
    /// FEATS, DEPS, MISC, comments, multiword tokens and empty nodes are left as they were.
    /// </summary>
    public void Annotate(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var analysed = Analyze(sentence.Forms);
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            var token = analysed.Tokens[i];
            word.Lemma = token.Lemma;
            word.Upos = token.Upos;
            word.Xpos = token.Xpos;
            word.Head = token.Head;
            word.DepRel = token.DepRel;
        }
    }

    private AnalyzedSentence Run(string text, string[] forms, int[] starts, int[] lengths, ReadOnlySpan<TagHint> hints)
    {
        var n = forms.Length;
        if (n == 0)
        {
            return new AnalyzedSentence(text, [], wasSplitForParsing: false);
        }

        var workspace = t_workspace ??= new Workspace();
        workspace.Ensure(n, _models.Tagger.TagCount, _models.Parser.LabelNames.Length);
        var tagger = _models.Tagger;
        var tags = workspace.Tags.AsSpan(0, n);
        if (hints.IsEmpty)
        {
            tagger.Tag(forms, tags, workspace.Hashes, workspace.Scores);
        }
        else
        {
            var forced = workspace.Forced.AsSpan(0, n);
            ForceHintedTags(forms, starts, lengths, hints, forced);
            tagger.Tag(forms, tags, workspace.Hashes, workspace.Scores, forced);
            if (_options.RepairParticiplesWithObjects)
            {
                ReadHeadlineVerb(forms, tags, forced);
            }
        }

        if (_options.RepairParticiplesWithObjects)
        {
            ReadPerfectAuxiliaries(forms, tags);
            ReadTimePrepositions(forms, tags, hints.IsEmpty ? default : workspace.Forced.AsSpan(0, n));
        }

        var lower = workspace.Hashes.Lower;
        var heads = workspace.Heads.AsSpan(0, n);
        var labels = workspace.Labels.AsSpan(0, n);
        var split = ParseInChunks(lower.AsSpan(0, n), tags, heads, labels, workspace.State, forms);
        if (_options.RepairParticiplesWithObjects && !split && RepairParticiples(forms, tags, heads, labels, hints.IsEmpty ? default : workspace.Forced.AsSpan(0, n)))
        {
            split = ParseInChunks(lower.AsSpan(0, n), tags, heads, labels, workspace.State, forms);
        }

        if (_options.RepairPossessiveReadAsObject && !split && PossessiveReadAsObject(forms, tags, heads, labels, hints.IsEmpty ? default : workspace.Forced.AsSpan(0, n)) is var possessive and >= 0)
        {
            tags[possessive] = tagger.PossessivePronounTag;
            split = ParseInChunks(lower.AsSpan(0, n), tags, heads, labels, workspace.State, forms);
        }

        if (_options.RepairFiniteVerbUnderNominalRoot && !split && FiniteVerbUnderNominalRoot(forms, tags, heads, labels) is var verb and >= 0)
        {
            _models.Parser.Parse(lower.AsSpan(0, n), tags, heads, labels, workspace.State, forcedRoot: verb);
        }
        else if (_options.RepairFiniteVerbUnderNominalRoot && !split && NounCoordinatedWithAFiniteVerb(forms, tags, heads, labels) is var (noun, finite) and (>= 0, _))
        {
            tags[noun] = tags[finite];
            _models.Parser.Parse(lower.AsSpan(0, n), tags, heads, labels, workspace.State);
        }
        else if (_options.RepairFiniteVerbUnderNominalRoot && !split
            && NounReadAsAnOpeningVerb(tags, heads, labels, hints.IsEmpty ? default : workspace.Forced.AsSpan(0, n)) is var nounTag and >= 0)
        {
            tags[0] = nounTag;
            _models.Parser.Parse(lower.AsSpan(0, n), tags, heads, labels, workspace.State);
        }
        else if (_options.RepairPredicateAfterInsertion && !split
            && PredicateAfterInsertion(forms, tags, heads, labels, hints.IsEmpty ? default : workspace.Forced.AsSpan(0, n)) is var (predicate, subject, opening) and (>= 0, _, _))
        {
            if (tags[predicate] == tagger.ParticipleTag)
            {
                tags[predicate] = tagger.PastTenseTag;
            }

            _models.Parser.Parse(lower.AsSpan(0, n), tags, heads, labels, workspace.State, forcedRoot: predicate);
            AttachInsertedRelativeClause(tags, heads, labels, subject, opening, predicate);
        }

        // After every repair that parses the whole sentence again, which would undo them.
        if (_options.RepairTrailingAttribution && !split)
        {
            RepairTrailingAttribution(forms, lower.AsSpan(0, n), tags, heads, labels, workspace.State);
        }

        if (_options.RepairParticiplesWithObjects && !split)
        {
            RepairHedgingParticiples(forms, tags, heads, labels);
        }

        if (_options.RepairPrepositionsReadAsSubordinators && !split && _clauseRepairLabels.Available)
        {
            RepairPrepositionsReadAsSubordinators(forms, tags, heads, labels);
            RepairParticiplesReadAsPrepositions(forms, tags, heads, labels);
            RepairAgentsHungOnNames(forms, tags, heads, labels);
            RepairPredicatesHungOnCopulas(tags, heads, labels);
            RepairContentClausesReadAsRelatives(forms, tags, heads, labels);
        }

        if (_options.RepairZeroRelativeClauses && !split && _clauseRepairLabels.Available)
        {
            RepairZeroRelativeClauses(tags, heads, labels);
        }

        if (_options.RepairPhrasesAfterClosedCoordination && !split && _clauseRepairLabels.Available)
        {
            RepairPhrasesAfterClosedCoordination(forms, tags, heads, labels);
            RepairCoordinatedObliques(tags, heads, labels);
        }

        if (split)
        {
            Interlocked.Increment(ref _splitSentences);
        }
        else if (_options.RepairStrandedSubjects)
        {
            RepairStrandedSubjects(forms, tags, heads, labels);
        }

        if (_options.RepairNominalConjunctsOfVerbs && !split)
        {
            RaiseNounsHungOnConjunctions(tags, heads, labels);
            RepairNominalConjunctsOfVerbs(forms, tags, heads, labels);
        }

        // Last: labels that depend on the final shape of the clause (an earlier repair may still move a subject).
        if (_options.RepairPrepositionsReadAsSubordinators && !split && _clauseRepairLabels.Available)
        {
            RepairAgentsOfActiveVerbs(heads, labels);
            RepairRelativeClausesReadAsParataxis(forms, tags, heads, labels);
            RepairPrepositionalPhrasesReadAsSecondSubjects(forms, tags, heads, labels);
        }

        // The general case of the stranded subjects' fronted-phrase shapes (RepairStrandedSubjects): any fronted adverbial,
        // names joined with "and", adverbs before the verb.
        if (_options.RepairStrandedSubjects && !split && _clauseRepairLabels.Available)
        {
            RepairSubjectsReadAsPartOfAFrontedPhrase(tags, heads, labels);
        }

        var parser = _models.Parser;
        var result = new Token[n];
        for (var i = 0; i < n; i++)
        {
            var tag = tags[i];
            var relation = labels[i] < parser.LabelNames.Length ? parser.LabelNames[labels[i]] : ChunkRelation;
            result[i] = new Token(
                i + 1,
                forms[i],
                _models.Lemmatizer.Lemmatize(forms[i], tag),
                tagger.Upos[tag],
                tagger.Xpos[tag],
                heads[i],
                relation,
                starts[i],
                lengths[i]);
        }

        return AnalyzedSentence.OfOwnedTokens(text, result, split);
    }

    /// <summary>
    /// "X bombs Y positions", "X sanctions Y banks": in a sentence with no finite verb, modal or auxiliary at all (a headline
    /// as tagged), a word the caller hinted as a noun or a verb (<see cref="TagHintKind.NounOrVerb"/>), tagged a plural noun
    /// ending in "s", right after a name and right before the start of a noun phrase, is the sentence's verb (VBZ): a name
    /// followed by a plural noun and another noun phrase has nothing to be a clause with. Hints exist only in the product,
    /// so the treebank cannot measure this.
    /// </summary>
    private void ReadHeadlineVerb(string[] forms, Span<int> tags, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        var upos = tagger.Upos;
        var xpos = tagger.Xpos;
        if (tagger.ThirdPersonPresentTag < 0)
        {
            return;
        }

        var candidate = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            if (upos[tags[i]] == "AUX" || xpos[tags[i]] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return;
            }

            if (candidate < 0 && i > 0 && i + 1 < tags.Length && forced[i] == PosTagger.AnyNounOrVerb && xpos[tags[i]] == "NNS"
                && forms[i].EndsWith('s') && upos[tags[i - 1]] == "PROPN" && upos[tags[i + 1]] is "DET" or "ADJ" or "PROPN" or "NOUN" or "NUM" or "PRON")
            {
                candidate = i;
            }
        }

        if (candidate >= 0)
        {
            tags[candidate] = tagger.ThirdPersonPresentTag;
        }
    }

    private static readonly string[] PerfectAuxiliaryForms = ["have", "has", "had", "'ve", "'d"];
    private static readonly string[] FloatingQuantifiers = ["each", "both", "all"];

    /// <summary>Whether the word is one of the (lower-case) forms, in any case, without allocating.</summary>
    private static bool IsAnyOf(string word, string[] forms)
    {
        foreach (var form in forms)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X and Y have each condemned Z" read with "have" as the main verb and "each condemned Z" as its object: a form of
    /// "have" before a floating quantifier ("each", "both", "all") and a past participle is the perfect auxiliary, the
    /// quantifier floating off the subject. Tagged as the auxiliary of the same tense before parsing. Not for "have"
    /// right before a participle, which is as often the main verb with an adjectival participle ("have limited funds",
    /// "had broken windows": measured on the treebank), nor across an adverb ("have newly painted walls").
    /// </summary>
    private void ReadPerfectAuxiliaries(string[] forms, Span<int> tags)
    {
        var tagger = _models.Tagger;
        for (var i = 0; i + 1 < tags.Length; i++)
        {
            if (tagger.Upos[tags[i]] != "VERB" || !IsAnyOf(forms[i], PerfectAuxiliaryForms))
            {
                continue;
            }

            var next = i + 2;
            if (next < tags.Length && IsAnyOf(forms[i + 1], FloatingQuantifiers)
                && tags[next] == tagger.ParticipleTag && tagger.ClassOf("AUX", tagger.Xpos[tags[i]]) is var auxiliary and >= 0
                && tagger.ClassOf("ADV", "RB") is var adverb and >= 0)
            {
                // The floating quantifier modifies the verb phrase as an adverb would ("have already condemned").
                tags[i] = auxiliary;
                tags[i + 1] = adverb;
            }
        }
    }

    /// <summary>Names of months and days, which a subordinator before them makes a time phrase ("since January").</summary>
    private static readonly FrozenSet<string> CalendarNames = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Since January, X and Y forces have struck ...": "since", "until", "after" or "before" right before a month's or a
    /// day's name (or a year) and a comma opens a time phrase, not a clause (ADP/IN, not SCONJ/IN); tagged a subordinator,
    /// the parse makes the name the subject of a clause that swallows the real subject. Forced (hinted) tags are kept.
    /// </summary>
    private void ReadTimePrepositions(string[] forms, Span<int> tags, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        if (tagger.ClassOf("ADP", "IN") is not (var preposition and >= 0))
        {
            return;
        }

        for (var i = 0; i + 2 < tags.Length; i++)
        {
            if (tagger.Upos[tags[i]] == "SCONJ" && (forced.IsEmpty || forced[i] < 0)
                && forms[i].ToLowerInvariant() is "since" or "until" or "after" or "before"
                && (CalendarNames.Contains(forms[i + 1]) || (forms[i + 1].Length == 4 && forms[i + 1].All(char.IsAsciiDigit)))
                && forms[i + 2] == ",")
            {
                tags[i] = preposition;
            }
        }
    }

    /// <summary>Participles that, before a noun, say who is only suspected to be what the noun says.</summary>
    private static readonly FrozenSet<string> HedgingParticiples = new[] { "suspected", "alleged", "presumed", "purported", "reputed" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "struck suspected rebel camps", "killed two alleged smugglers" parsed with the hedging participle a clause of its own
    /// (<c>xcomp</c>, <c>ccomp</c>, <c>advcl</c>) that takes the noun phrase as its object away from the verb before it:
    /// the participle right after a verb with no object of its own, before its object, modifies that noun (<c>amod</c>), and
    /// the noun phrase is the verb's object. Tree surgery, as the treebank's reading of such participles is the parser's own
    /// whenever it gets the clause right.
    /// </summary>
    private void RepairHedgingParticiples(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var directObject = Array.IndexOf(labelNames, "obj");
        var adjectival = Array.IndexOf(labelNames, "amod");
        if (directObject < 0 || adjectival < 0)
        {
            return;
        }

        for (var i = 1; i + 1 < heads.Length; i++)
        {
            var verb = heads[i] - 1;
            if (verb != i - 1 || !HedgingParticiples.Contains(forms[i]) || upos[tags[i]] != "VERB" || upos[tags[verb]] != "VERB"
                || labelNames[labels[i]] is not ("xcomp" or "ccomp" or "advcl") || HasDependent(heads, labels, labelNames, verb, "obj"))
            {
                continue;
            }

            var noun = -1;
            for (var k = i + 1; k < heads.Length; k++)
            {
                if (heads[k] == i + 1 && labels[k] == directObject)
                {
                    noun = k;
                    break;
                }
            }

            if (noun < 0 || HasDependent(heads, labels, labelNames, i, "nsubj"))
            {
                continue;
            }

            // What else hung on the participle (places, times, clauses) belongs to the verb.
            for (var k = 0; k < heads.Length; k++)
            {
                if (heads[k] == i + 1 && k != noun)
                {
                    heads[k] = verb + 1;
                }
            }

            heads[noun] = verb + 1;
            heads[i] = noun + 1;
            labels[i] = adjectival;
        }
    }

    /// <summary>Participles of naming verbs, whose passive keeps the name as a complement ("a group called X").</summary>
    private static readonly FrozenSet<string> NamingParticiples = new[]
    {
        "called", "named", "dubbed", "titled", "entitled", "labelled", "labeled", "termed", "nicknamed", "christened", "styled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Past participles (VBN) the parse attached as a clause modifying a noun (<c>acl</c>) while giving them a direct
    /// object and no auxiliary become past tenses (VBD), and the sentence is parsed again. In English only the passive
    /// participle forms reduced relatives ("the town shelled overnight"), and a passive verb's object is its subject:
    /// "the rebels seized the airport" is a clause, not "the rebels [who were] seized". The exceptions keep a second
    /// complement in the passive: ditransitives ("the officials given the award", rare) and verbs of naming ("a group
    /// called X"), which are left alone. Forced (hinted) tags are kept. True when a tag changed.
    /// </summary>
    private bool RepairParticiples(string[] forms, Span<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        if (tagger.PastTenseTag < 0 || tagger.ParticipleTag < 0)
        {
            return false;
        }

        var changed = false;
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] != tagger.ParticipleTag || labels[i] >= labelNames.Length || (!forced.IsEmpty && forced[i] >= 0))
            {
                continue;
            }

            if ((labelNames[labels[i]] == "acl" && !NamingParticiples.Contains(forms[i])
                    && (HasDependent(heads, labels, labelNames, i, "obj") || HasBareNominalComplement(tags, heads, labels, labelNames, tagger.Upos, i))
                    && !HasDependent(heads, labels, labelNames, i, "aux") && !HasDependent(heads, labels, labelNames, i, "aux:pass"))
                || IsVerbReadAsAdjectiveOfItsObject(tags, heads, labels, labelNames, tagger.Upos, forced, tagger.ProperNounTag, i)
                || IsHintedVerbInAVerblessSentence(tags, labels, labelNames, tagger, forced, i)
                || IsParticipleBetweenNounPhrasesInAVerblessSentence(forms, tags, labels, labelNames, tagger, i)
                || IsReducedRelativeCoordinatedWithATransitiveParticiple(forms, tags, heads, labels, labelNames, tagger, i)
                || IsVerbBetweenAPluralCompoundAndItsNoun(tags, heads, labels, labelNames, tagger, i)
                || HasAgentWithoutBy(forms, heads, labels, labelNames, i))
            {
                tags[i] = tagger.PastTenseTag;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "X said it struck more than 100 targets" read with "struck" a participle and "targets" its agent: an agent
    /// (<c>obl:agent</c>) always has "by"; a participle with a subject, no auxiliary and a bare noun phrase labelled as its
    /// agent is a past tense with its object.
    /// </summary>
    private bool HasAgentWithoutBy(string[] forms, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int participle)
    {
        var caseMarker = _clauseRepairLabels.Case;
        if (caseMarker < 0 || !HasSubject(heads, labels, labelNames, participle) || HasDependent(heads, labels, labelNames, participle, "aux")
            || HasDependent(heads, labels, labelNames, participle, "aux:pass"))
        {
            return false;
        }

        for (var agent = participle + 1; agent < heads.Length; agent++)
        {
            if (heads[agent] == participle + 1 && labels[agent] < labelNames.Length && labelNames[labels[agent]] == "obl:agent"
                && !HasByCase(forms, heads, labels, caseMarker, agent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the minister held talks", "the Union on Monday imposed sanctions", "the minister later held talks" read as "held
    /// talks" with "minister" as the subject of the noun or hung elsewhere: a participle attached as an adjective to the
    /// sentence's root noun, which has no copula, with a noun phrase of the root's before the participle that does not
    /// modify a noun (a subject, or a noun the parse left stranded). A noun is a predicate with a subject only with a
    /// copula; compounds, possessives and names ("google nazi stolen art") are modifiers and do not count, except a name
    /// the caller hinted that ends right before the participle ("Chad banned imports of X").
    /// </summary>
    private static bool IsVerbReadAsAdjectiveOfItsObject(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, ReadOnlySpan<int> forced, int properNounTag, int i)
    {
        var head = heads[i] - 1;
        if (labelNames[labels[i]] != "amod" || head <= i || heads[head] != 0 || HasDependent(heads, labels, labelNames, head, "cop"))
        {
            return false;
        }

        for (var k = 0; k < i; k++)
        {
            // A name the caller knows ("Chad banned imports", hinted as a name) is an actor, not a noun modifier, even when
            // the parse made it a compound of the noun after the participle.
            var knownName = !forced.IsEmpty && properNounTag >= 0 && forced[k] == properNounTag && k + 1 < heads.Length && (k + 1 == i || forced[k + 1] == properNounTag);
            if (labels[k] < labelNames.Length && (knownName || labelNames[labels[k]] is not ("compound" or "nmod:poss" or "flat" or "amod" or "appos"))
                && upos[tags[k]] is "NOUN" or "PROPN" or "PRON" && IsWithin(heads, k, head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X said troops attacked positions" read as one noun phrase, "troops" a compound and "attacked" an adjective of
    /// "positions": a participle labelled <c>amod</c> right after a plural noun labelled <c>compound</c> of the same noun is
    /// the verb between a subject and its object (English compounds take the singular, "troop movements"; a plural compound
    /// followed by a participle and its noun is a clause). On EWT's predicted parses the shape never occurs.
    /// </summary>
    private static bool IsVerbBetweenAPluralCompoundAndItsNoun(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, PosTagger tagger, int i)
    {
        var head = heads[i] - 1;
        return i > 0 && labelNames[labels[i]] == "amod" && head > i + 1 && tagger.Xpos[tags[i - 1]] == "NNS"
            && labels[i - 1] < labelNames.Length && labelNames[labels[i - 1]] == "compound" && heads[i - 1] - 1 == head;
    }

    /// <summary>
    /// The first past tense (VBD, 0-based) that the parse attached as <c>acl</c> (not a relative clause with a pronoun,
    /// which is <c>acl:relcl</c>) to a noun phrase before it that is, or is coordinated or apposed with, the root of a
    /// sentence whose root is not a verb and has no copula or auxiliary; -1 when there is none. The verb has no subject
    /// or marker of its own: the noun phrase before it is its subject.
    /// </summary>
    private int FiniteVerbUnderNominalRoot(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        var upos = tagger.Upos;
        if (tagger.PastTenseTag < 0)
        {
            return -1;
        }

        var root = heads.IndexOf(0);
        if (root < 0 || upos[tags[root]] is not ("NOUN" or "PROPN" or "ADJ" or "NUM" or "PRON"))
        {
            return -1;
        }

        if (HasCopulaOrAuxiliary(heads, labels, labelNames, root))
        {
            return -1;
        }

        for (var i = 0; i < heads.Length; i++)
        {
            var head = heads[i] - 1;
            if (tags[i] != tagger.PastTenseTag || head < 0 || head > i || labels[i] >= labelNames.Length || labelNames[labels[i]] != "acl"
                || HasSubject(heads, labels, labelNames, i)
                || HasDependent(heads, labels, labelNames, i, "mark") || HasDependent(heads, labels, labelNames, i, "obl:agent")
                || !IsNominalSpineOfRoot(heads, labels, labelNames, head, root))
            {
                continue;
            }

            // The tagger also gives VBD to headline passives ("Hundreds displaced after raid"): without an object, only a
            // sentence that ends like one is read as a clause.
            if (!HasDependent(heads, labels, labelNames, i, "obj") && !HasDependent(heads, labels, labelNames, i, "ccomp")
                && !HasDependent(heads, labels, labelNames, i, "xcomp") && forms[^1] is not ("." or "!" or "?"))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// The verb right after a comma-delimited insertion that follows a nominal root ("X, who met Y, said ...", "X, in a
    /// statement on Monday, imposed sanctions ..."): the root must have no copula or auxiliary and no verb before the
    /// insertion's opening comma, the sentence must end like one, and the verb must be a finite verb (VBD, VBZ, VBP) or a
    /// participle followed by the start of a noun phrase (not a verb of naming, nor a tag a hint fixed), with no subject
    /// of its own. Also when the root is the verb of a relative clause that opens the insertion right after the first
    /// comma ("X, whose troops guard Y, condemned Z" read with "guard" the root): the subject is then the head of the noun
    /// phrase before that comma, and the verb comes after the root. So too when the root is a past participle right after
    /// the first comma ("the funeral of X, killed by Y, drew thousands"). The verb, the subject and the opening comma
    /// (0-based), or −1 when there is none.
    /// </summary>
    private (int Verb, int Subject, int Opening) PredicateAfterInsertion(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        var upos = tagger.Upos;
        var n = heads.Length;
        if (tagger.PastTenseTag < 0 || tagger.ParticipleTag < 0 || forms[^1] is not ("." or "!" or "?"))
        {
            return (-1, -1, -1);
        }

        var root = heads.IndexOf(0);
        if (root < 0)
        {
            return (-1, -1, -1);
        }

        // Either the subject's noun is the root, or the verb of a relative clause that opens the insertion is ("X, whose
        // troops guard Y, condemned Z" with "guard" the root and "condemned" its conjunct).
        var rootIsNominal = upos[tags[root]] is "NOUN" or "PROPN" or "PRON";
        if (rootIsNominal ? HasCopulaOrAuxiliary(heads, labels, labelNames, root) : upos[tags[root]] != "VERB")
        {
            return (-1, -1, -1);
        }

        var opening = -1;
        for (var k = 0; k < n && opening < 0; k++)
        {
            if (upos[tags[k]] is "VERB" or "AUX")
            {
                return (-1, -1, -1);
            }

            if ((k > root || !rootIsNominal) && forms[k] == ",")
            {
                opening = k;
            }
        }

        if (opening < 1)
        {
            return (-1, -1, -1);
        }

        var subject = root;
        if (!rootIsNominal)
        {
            // A relative pronoun opens the insertion, or the root is a past participle right after the comma ("the funeral
            // of X, killed by Y on Friday, drew thousands" read with "killed" the root): a reduced relative.
            var relative = root > opening + 1 && tagger.Xpos[tags[opening + 1]] is "WP" or "WDT" or "WP$";
            var participle = root == opening + 1 && tags[root] == tagger.ParticipleTag && !NamingParticiples.Contains(forms[root]);
            if (!relative && !participle)
            {
                return (-1, -1, -1);
            }

            // The head of the noun phrase before the opening comma.
            subject = opening - 1;
            while (heads[subject] > 0 && heads[subject] - 1 < opening)
            {
                subject = heads[subject] - 1;
            }

            if (upos[tags[subject]] is not ("NOUN" or "PROPN" or "PRON"))
            {
                return (-1, -1, -1);
            }
        }

        for (var comma = rootIsNominal ? opening + 2 : root + 1; comma < n - 2; comma++)
        {
            var verb = comma + 1;
            if (forms[comma] == "," && !rootIsNominal && upos[tags[verb]] == "AUX" && labels[verb] < labelNames.Length && labelNames[labels[verb]] == "cop"
                && heads[verb] - 1 is var predicate and > 0 && predicate > verb && !HasSubject(heads, labels, labelNames, predicate))
            {
                // "X, whom Y executed, was a journalist": the copula's predicate.
                return (predicate, subject, opening);
            }

            if (forms[comma] != "," || upos[tags[verb]] != "VERB" || HasSubject(heads, labels, labelNames, verb))
            {
                continue;
            }

            var xpos = tagger.Xpos[tags[verb]];
            if (xpos is "VBD" or "VBZ" or "VBP")
            {
                return (verb, subject, opening);
            }

            if (tags[verb] == tagger.ParticipleTag && !NamingParticiples.Contains(forms[verb]) && (forced.IsEmpty || forced[verb] < 0)
                && upos[tags[verb + 1]] is "DET" or "NOUN" or "PROPN" or "ADJ" or "NUM" or "PRON")
            {
                return (verb, subject, opening);
            }
        }

        return (-1, -1, -1);
    }

    /// <summary>
    /// After the re-parse of <see cref="PredicateAfterInsertion"/>: an insertion that opens with a relative pronoun ("X, who
    /// met Y, said ...") is a relative clause on the subject before it, whatever the re-parse hung it on (the verb after
    /// it, as an adverbial clause). The clause's head is the pronoun's head (for "whose", its noun's head), inside the
    /// insertion; it is attached to the subject as <c>acl:relcl</c>. A subject the parse hung inside the clause is first
    /// made the subject of the predicate, when that has none.
    /// </summary>
    private void AttachInsertedRelativeClause(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, int subject, int opening, int predicate)
    {
        var labelNames = _models.Parser.LabelNames;
        var relative = Array.IndexOf(labelNames, "acl:relcl");
        var pronoun = opening + 1;
        if (pronoun < predicate && tags[pronoun] == _models.Tagger.ParticipleTag)
        {
            AttachInsertedParticiple(heads, labels, subject, opening, predicate);
            return;
        }

        if (relative < 0 || pronoun >= predicate || _models.Tagger.Xpos[tags[pronoun]] is not ("WP" or "WDT" or "WP$"))
        {
            return;
        }

        var clause = heads[pronoun] - 1;
        if (_models.Tagger.Xpos[tags[pronoun]] == "WP$" && clause >= 0)
        {
            clause = heads[clause] - 1;
        }

        if (clause <= opening || clause >= predicate)
        {
            return;
        }

        if (IsWithin(heads, subject, clause))
        {
            // The noun before the insertion hung inside it (a vocative or a second subject of the clause's verb): before a
            // relative pronoun it is what the clause modifies, and the subject of the predicate after it if that has none.
            var subjectLabel = HasDependent(heads, labels, labelNames, predicate, "aux:pass") ? _strandedSubjectLabels.PassiveSubject : _strandedSubjectLabels.Subject;
            if (subject >= opening || subjectLabel < 0 || HasSubject(heads, labels, labelNames, predicate))
            {
                return;
            }

            heads[subject] = predicate + 1;
            labels[subject] = subjectLabel;
        }

        heads[clause] = subject + 1;
        labels[clause] = relative;
    }

    /// <summary>
    /// After the re-parse of <see cref="PredicateAfterInsertion"/> for an insertion that is a past participle ("the funeral of
    /// X, killed by Y on Friday, drew thousands"): the participle is a reduced relative (<c>acl</c>) on the name or noun
    /// right before the comma, and the subject before the insertion, if the re-parse hung it on the participle, is the
    /// predicate's.
    /// </summary>
    private void AttachInsertedParticiple(Span<int> heads, Span<int> labels, int subject, int opening, int predicate)
    {
        var labelNames = _models.Parser.LabelNames;
        var reducedRelative = Array.IndexOf(labelNames, "acl");
        var participle = opening + 1;
        if (reducedRelative < 0 || heads[participle] - 1 is var governor && governor > opening && governor < predicate)
        {
            return;
        }

        // The noun right before the comma, up through the parts of a name ("Hassan Karimi").
        var modified = opening - 1;
        while (heads[modified] - 1 is var head and >= 0 && head < opening && labelNames[labels[modified]] is "flat" or "flat:name" or "compound" && head != participle)
        {
            modified = head;
        }

        if (heads[subject] == participle + 1 && subject < opening && !HasSubject(heads, labels, labelNames, predicate))
        {
            heads[subject] = predicate + 1;
            labels[subject] = HasDependent(heads, labels, labelNames, predicate, "aux:pass") ? _strandedSubjectLabels.PassiveSubject : _strandedSubjectLabels.Subject;
        }

        if (IsWithin(heads, modified, participle))
        {
            return;
        }

        heads[participle] = modified + 1;
        labels[participle] = reducedRelative;
    }

    /// <summary>
    /// "Soldiers shot and killed X" read with "shot" as a noun: either the root, with "killed" its conjunct, or the subject
    /// of "killed" with "and" between them. A bare noun (no determiner, modifier, case or copula of its own) right before
    /// "and"/"or" and a finite verb (VBD, VBZ, VBP) with no other subject, after a noun phrase, is a verb of that tense:
    /// English coordinates like with like, a finite verb without a subject shares the subject of the verb it is coordinated
    /// with, and a conjunction does not stand between a subject and its verb. The noun and the verb (0-based), or −1.
    /// </summary>
    private (int Noun, int Verb) NounCoordinatedWithAFiniteVerb(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        var upos = tagger.Upos;
        for (var noun = 1; noun + 2 < heads.Length; noun++)
        {
            var verb = noun + 2;
            if (upos[tags[noun]] != "NOUN" || forms[noun + 1] is not ("and" or "or") || upos[tags[noun - 1]] is not ("NOUN" or "PROPN" or "PRON")
                || upos[tags[verb]] != "VERB" || tagger.Xpos[tags[verb]] is not ("VBD" or "VBZ" or "VBP")
                || labels[noun] >= labelNames.Length || labels[verb] >= labelNames.Length)
            {
                continue;
            }

            var nounIsRootWithVerbAsConjunct = heads[noun] == 0 && heads[verb] == noun + 1 && labelNames[labels[verb]] == "conj"
                && !HasSubject(heads, labels, labelNames, verb);
            var nounIsSubjectOfVerb = heads[noun] == verb + 1 && labelNames[labels[noun]] == "nsubj";
            if (!nounIsRootWithVerbAsConjunct && !nounIsSubjectOfVerb)
            {
                continue;
            }

            var bare = true;
            for (var k = 0; k < heads.Length && bare; k++)
            {
                bare = !(heads[k] == noun + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] is "det" or "case" or "cop" or "aux" or "nummod" or "amod" or "nmod:poss");
            }

            if (bare)
            {
                return (noun, verb);
            }
        }

        return (-1, -1);
    }

    /// <summary>Verbs that take two bare noun phrases ("gave her flowers", "told her the news"), as lemmas.</summary>
    private static readonly FrozenSet<string> DoubleObjectVerbs = new[]
    {
        "give", "send", "tell", "show", "offer", "hand", "lend", "bring", "buy", "get", "make", "pay", "owe", "teach", "ask",
        "promise", "call", "name", "elect", "appoint", "consider", "find", "leave", "wish", "cost", "save", "deny", "grant",
        "award", "sell", "write", "read", "cook", "pass", "throw", "serve", "allow", "bake", "fetch", "feed", "guarantee",
        "issue", "mail", "post", "refuse", "spare", "take", "text", "email", "cable", "wire", "book", "order", "rename", "dub",
        "crown", "declare", "keep", "think", "like", "want", "prefer", "see", "hear", "let", "have", "help", "bid", "forgive",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of time and number of times, which make a bare adverbial phrase ("reminded her several times").</summary>
    private static readonly FrozenSet<string> AdverbialNouns = new[]
    {
        "time", "times", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
        "minute", "minutes", "morning", "mornings", "evening", "evenings", "afternoon", "afternoons", "weekend", "weekends",
        "today", "tonight", "yesterday", "tomorrow", "once", "twice", "way", "lot", "bit", "moment", "while", "decade", "decades",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The index of a "her" the tagger read as an object pronoun while the parse hangs a bare noun phrase right after it on
    /// the same verb (see <see cref="LanguageAnalyzerOptions.RepairPossessiveReadAsObject"/>), or -1.
    /// </summary>
    private int PossessiveReadAsObject(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        if (tagger.PossessivePronounTag < 0)
        {
            return -1;
        }

        for (var k = 0; k + 1 < heads.Length; k++)
        {
            if (!forms[k].Equals("her", StringComparison.OrdinalIgnoreCase) || tagger.Xpos[tags[k]] != "PRP" || (!forced.IsEmpty && forced[k] >= 0)
                || labelNames[labels[k]] is not ("obj" or "iobj") || heads[k] - 1 is not (var verb and >= 0) || verb > k
                || tagger.Upos[tags[verb]] != "VERB" || DoubleObjectVerbs.Contains(_models.Lemmatizer.Lemmatize(forms[verb], tags[verb]).ToLowerInvariant()))
            {
                continue;
            }

            // The noun phrase right after "her": its words up to its head hang on the head, and the head on the same verb,
            // bare (no preposition of its own).
            for (var noun = k + 1; noun < heads.Length && tagger.Upos[tags[noun]] is "ADJ" or "NOUN" or "PROPN" or "NUM"; noun++)
            {
                if (heads[noun] - 1 == verb && labelNames[labels[noun]] is "obl:unmarked" or "obl" or "obj" or "obl:tmod" or "iobj"
                    && tagger.Upos[tags[noun]] is "NOUN" or "PROPN" && !AdverbialNouns.Contains(forms[noun])
                    && !HasDependent(heads, labels, labelNames, noun, "case") && HangsOnUpTo(heads, k + 1, noun))
                {
                    return k;
                }
            }
        }

        return -1;

        // Every word from "from" to the head reaches it through words of the phrase ("her Japanese counterpart X").
        static bool HangsOnUpTo(ReadOnlySpan<int> heads, int from, int noun)
        {
            for (var w = from; w < noun; w++)
            {
                var up = heads[w] - 1;
                for (var steps = 0; up != noun && up > w && up < noun && steps < heads.Length; steps++)
                {
                    up = heads[up] - 1;
                }

                if (up != noun)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// "Strikes by X on Y intensified", "Shelling by X of Y resumed" read with the first word a verb (VBZ, VBG) and the
    /// later verb hung on it without a subject: a sentence does not open with a finite verb that has no subject, and a
    /// finite verb with no subject of its own further on needs one, so the opening word, followed by a preposition,
    /// is that verb's subject, a noun (NNS for the -s form, NN for the -ing form). The noun tag to give the first word,
    /// or −1. A word the caller hinted is left alone.
    /// </summary>
    private int NounReadAsAnOpeningVerb(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> forced)
    {
        var tagger = _models.Tagger;
        var labelNames = _models.Parser.LabelNames;
        if (heads.Length < 4 || (!forced.IsEmpty && forced[0] >= 0) || tagger.Xpos[tags[0]] is not ("VBZ" or "VBG")
            || tagger.Xpos[tags[1]] != "IN" || HasSubject(heads, labels, labelNames, 0))
        {
            return -1;
        }

        for (var verb = 2; verb < heads.Length; verb++)
        {
            // A past participle with no auxiliary is the tagger's other reading of a past tense ("resumed", "intensified").
            if (tagger.Upos[tags[verb]] == "VERB" && !HasSubject(heads, labels, labelNames, verb) && HangsOnNounsUpTo(tags, heads, verb, 0)
                && (tagger.Xpos[tags[verb]] is "VBD" or "VBZ" or "VBP"
                    || (tagger.Xpos[tags[verb]] == "VBN" && !HasCopulaOrAuxiliary(heads, labels, labelNames, verb))))
            {
                return tagger.Xpos[tags[0]] == "VBZ" ? tagger.PluralNounTag : tagger.SingularNounTag;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="word"/> hangs on <paramref name="ancestor"/> through nouns and names only (no other verb's
    /// clause between them).
    /// </summary>
    private bool HangsOnNounsUpTo(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, int word, int ancestor)
    {
        for (var (w, steps) = (heads[word] - 1, 0); w >= 0 && steps <= heads.Length; (w, steps) = (heads[w] - 1, steps + 1))
        {
            if (w == ancestor)
            {
                return true;
            }

            if (_models.Tagger.Upos[tags[w]] is not ("NOUN" or "PROPN" or "PRON" or "NUM"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="word"/> (0-based) has a copula or an auxiliary: a nominal root with one is a clause.</summary>
    private static bool HasCopulaOrAuxiliary(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int word)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] - 1 == word && labels[k] < labelNames.Length && labelNames[labels[k]] is "cop" or "aux" or "aux:pass")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> is the root or reaches it only through coordination, apposition, flat names and compounds.</summary>
    private static bool IsNominalSpineOfRoot(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int word, int root)
    {
        for (var steps = 0; word != root; steps++)
        {
            if (steps > heads.Length || word < 0 || labels[word] >= labelNames.Length
                || labelNames[labels[word]] is not ("conj" or "appos" or "flat" or "compound"))
            {
                return false;
            }

            word = heads[word] - 1;
        }

        return true;
    }

    /// <summary>
    /// For a word read as a conjunct inside a fronted phrase ("In a call with X, Y raised ..."): the verb (0-based) the
    /// phrase hangs on, when the phrase opens the sentence with a preposition, ends with the comma right before the word's
    /// own phrase, its coordination has no conjunction ("and", "or"), and the verb comes after the word and has no subject;
    /// otherwise −1.
    /// </summary>
    private static int FrontedPhraseVerb(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, int word)
    {
        var first = word;
        for (var c = 0; c < word; c++)
        {
            if (heads[c] == word + 1 && upos[tags[c]] != "PUNCT")
            {
                first = Math.Min(first, c);
            }
        }

        if (first < 2 || forms[first - 1] != "," || upos[tags[0]] != "ADP")
        {
            return -1;
        }

        var conjunctHead = heads[word] - 1;
        for (var c = 0; c < heads.Length; c++)
        {
            // No "and"/"or" on the word or on any conjunct of the same coordination.
            if (labels[c] < labelNames.Length && labelNames[labels[c]] == "cc"
                && (heads[c] == word + 1 || (heads[c] - 1 is var owner && owner >= 0 && heads[owner] == conjunctHead + 1 && labelNames[labels[owner]] == "conj")))
            {
                return -1;
            }
        }

        // Up from the conjunct's head to the fronted oblique that holds it.
        var phrase = conjunctHead;
        for (var steps = 0; phrase >= 0 && steps <= heads.Length; steps++)
        {
            if (labels[phrase] < labelNames.Length && labelNames[labels[phrase]] == "obl" && phrase < first && IsWithin(heads, 0, phrase))
            {
                var verb = heads[phrase] - 1;
                return verb > word && upos[tags[verb]] == "VERB" && !HasSubject(heads, labels, labelNames, verb) ? verb : -1;
            }

            phrase = heads[phrase] - 1;
        }

        return -1;
    }

    /// <summary>Whether the sentence has a quotation mark (speech, where a vocative addresses someone).</summary>
    private static bool HasQuotation(string[] forms)
    {
        foreach (var form in forms)
        {
            if (form is "\"" or "“" or "”" or "``" or "''" or "‘" or "’")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Time words that can stand between a subject and its verb ("the minister yesterday held talks"); like a day's name
    /// they take no restrictive relative clause and may close an attribution ("officials said today").
    /// </summary>
    private static readonly FrozenSet<string> TimeNouns = new[] { "yesterday", "today", "tonight", "tomorrow" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The noun right after the coordination that <paramref name="first"/> opens, when it is the subject of <paramref name="verb"/>
    /// and has no name or adjective before it of its own; else -1.
    /// </summary>
    private static int ModifiedSubjectAfter(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, ReadOnlySpan<int> tags, int first, int verb)
    {
        if (verb < 0)
        {
            return -1;
        }

        var last = first;
        while (last + 1 < heads.Length && IsWithin(heads, last + 1, first))
        {
            last++;
        }

        var noun = last + 1;
        if (noun >= heads.Length || upos[tags[noun]] != "NOUN" || heads[noun] != verb + 1
            || labels[noun] >= labelNames.Length || labelNames[labels[noun]] is not ("nsubj" or "nsubj:pass"))
        {
            return -1;
        }

        for (var k = 0; k < noun; k++)
        {
            if (heads[k] == noun + 1 && labelNames[labels[k]] is "amod" or "compound" or "nmod:poss")
            {
                return -1;
            }
        }

        return noun;
    }

    /// <summary>Units of time that "last", "next" or "this" make a point in time ("last year", "this week", "last Monday").</summary>
    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "year", "week", "month", "night", "weekend", "spring", "summer", "autumn", "fall", "winter", "morning", "evening",
        "afternoon", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="head"/> has a dependent with that label other than <paramref name="except"/>.</summary>
    private static bool HasOtherDependent(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int head, int label, int except)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (k != except && heads[k] == head + 1 && labels[k] == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "yesterday", "today" (<see cref="TimeNouns"/>) or "last year", "this week", "next Monday" (a unit of time with
    /// "last", "next" or "this" right before it).
    /// </summary>
    private static bool IsPointInTime(string[] forms, ReadOnlySpan<int> heads, int noun) =>
        TimeNouns.Contains(forms[noun])
        || (noun > 0 && TimeUnits.Contains(forms[noun]) && heads[noun - 1] == noun + 1 && forms[noun - 1].ToLowerInvariant() is "last" or "next" or "this");

    /// <summary>
    /// Moves a subject the parse stranded on a time word back to its verb (see
    /// <see cref="LanguageAnalyzerOptions.RepairStrandedSubjects"/>). Two shapes, both only for a verb with no subject of
    /// its own: a noun attached as <c>obl:unmarked</c> to an adverb between it and the verb ("the minister later held"),
    /// and a time noun taken for the subject with the real subject as its compound ("the minister yesterday held").
    /// </summary>
    private void RepairStrandedSubjects(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var tagger = _models.Tagger;
        if (!_strandedSubjectLabels.Available)
        {
            return;
        }

        var (subject, passiveSubject, unmarked, compound, directObject, mark) = _strandedSubjectLabels;

        for (var k = 0; k < heads.Length; k++)
        {
            var head = heads[k] - 1;
            if (labels[k] == unmarked && upos[tags[k]] is "NOUN" or "PROPN" or "PRON" && head > k && upos[tags[head]] == "ADV"
                && heads[head] - 1 is var adverbHead && adverbHead > head && upos[tags[adverbHead]] == "VERB"
                && !HasSubject(heads, labels, labelNames, adverbHead))
            {
                heads[k] = adverbHead + 1;
                labels[k] = HasDependent(heads, labels, labelNames, adverbHead, "aux:pass") ? passiveSubject : subject;
            }
            else if (labels[k] == compound && upos[tags[k]] == "PROPN" && head > k + 1 && upos[tags[head]] == "NOUN"
                && IsCountedRightAfter(tags, heads, labels, labelNames, upos, k, head)
                && heads[head] - 1 is var counted && counted >= 0 && counted < k && upos[tags[counted]] == "VERB"
                && labels[head] < labelNames.Length && labelNames[labels[head]] is "obl:unmarked" or "obj"
                && !HasDependent(heads, labels, labelNames, counted, "ccomp") && !HasDependent(heads, labels, labelNames, counted, "xcomp"))
            {
                // "has met X three times" read with X a compound of "times": a noun's compound comes after its number ("three
                // border posts"), never right before it, so the name is the verb's object and the count a measure of the verb.
                labels[head] = unmarked;
                heads[k] = counted + 1;
                labels[k] = directObject;
            }
            else if (labels[k] == unmarked && head == k + 1 && forms[head] is "later" or "earlier" && heads[head] - 1 is var verb && verb >= 0 && verb < k
                && upos[tags[verb]] == "VERB" && IsDefiniteNounPhrase(forms, tags, heads, labels, labelNames, upos, k)
                && !HasDependent(heads, labels, labelNames, verb, "obj") && !HasDependent(heads, labels, labelNames, verb, "ccomp")
                && !HasDependent(heads, labels, labelNames, verb, "xcomp"))
            {
                // "met the French president later" read like "two days later": a measure of time is indefinite or
                // counted ("a week later", "two days earlier"), a definite person or name after a verb with no object is
                // its object.
                heads[k] = verb + 1;
                labels[k] = directObject;
            }
            else if (head >= 0 && head < k && labelNames[labels[k]] == "appos" && upos[tags[k]] is "NOUN" or "PROPN" or "PRON"
                && labels[head] < labelNames.Length && labelNames[labels[head]] == "obl"
                && HasDependent(heads, labels, labelNames, head, "case") && heads[head] - 1 is var governor && governor > k
                && upos[tags[governor]] == "VERB" && !HasSubject(heads, labels, labelNames, governor))
            {
                // "In London, the foreign secretary, X, met Y" with the subject read as an apposition of the fronted
                // phrase: a prepositional phrase of place or time takes no person in apposition, and the verb has no
                // subject of its own. The subject's own apposition ("X") follows it.
                for (var a = k + 1; a < governor; a++)
                {
                    if (heads[a] == head + 1 && labelNames[labels[a]] == "appos")
                    {
                        heads[a] = k + 1;
                    }
                }

                heads[k] = governor + 1;
                labels[k] = HasDependent(heads, labels, labelNames, governor, "aux:pass") ? passiveSubject : subject;
            }
            else if (head >= 0 && head < k && k > 0 && forms[k - 1] == "," && labelNames[labels[k]] == "conj" && upos[tags[k]] is "PROPN" or "ADJ"
                && labels[head] < labelNames.Length && labelNames[labels[head]] is "obl" or "obl:tmod" or "obl:unmarked"
                && ModifiedSubjectAfter(heads, labels, labelNames, upos, tags, k, heads[head] - 1) is var modifiedSubject and >= 0)
            {
                // "Since January, X and Y forces have struck Z" with X (and Y) read as a conjunct of the fronted time phrase:
                // a name or an adjective right after the comma that closes the phrase, whose coordination ends right before
                // the subject noun of the verb the phrase hangs on, modifies that noun.
                heads[k] = modifiedSubject + 1;
                labels[k] = upos[tags[k]] == "ADJ" && Array.IndexOf(labelNames, "amod") is var adjectival and >= 0 ? adjectival : compound;
            }
            else if (head >= 0 && head < k && labelNames[labels[k]] == "conj" && upos[tags[k]] is "NOUN" or "PROPN" or "PRON"
                && FrontedPhraseVerb(forms, tags, heads, labels, labelNames, upos, k) is var frontedVerb && frontedVerb > k)
            {
                // "In a call with X, Y raised Z" with Y read as a conjunct of X: a conjunct with no conjunction anywhere in
                // its coordination, right after the comma that closes a fronted phrase, is the subject of the verb the
                // phrase hangs on when that verb has none.
                heads[k] = frontedVerb + 1;
                labels[k] = HasDependent(heads, labels, labelNames, frontedVerb, "aux:pass") ? passiveSubject : subject;
            }
            else if (head > k && labelNames[labels[k]] == "vocative" && upos[tags[k]] is "NOUN" or "PROPN" && upos[tags[head]] == "VERB"
                && tagger.Xpos[tags[head]] is "VBD" or "VBZ" or "VBN" && !HasSubject(heads, labels, labelNames, head)
                && k + 1 < heads.Length && forms[k + 1] == "," && !HasQuotation(forms))
            {
                // "X, too, condemned Y" with X read as a vocative: news prose outside quotations addresses no one, and a
                // verb that is not an imperative (a past tense, a third-person present or a participle; not VBP, which
                // formulas of thanks to a named person share with the imperative) with no subject of its own has the name set off
                // before it as its subject.
                heads[k] = head + 1;
                labels[k] = HasDependent(heads, labels, labelNames, head, "aux:pass") ? passiveSubject : subject;
            }
            else if (labels[k] == subject && MeasureNouns.Contains(forms[k]) && head > k && upos[tags[head]] == "VERB"
                && mark >= 0 && StrandedClauseSubject(forms, tags, heads, labels, labelNames, upos, k, head) is var (clauseSubject, conjunction) && clauseSubject >= 0)
            {
                // "weeks before Russia invaded Ukraine" read with "weeks" as the subject and "before Russia" as its
                // modifier: a measure of time does not invade; the name right before the verb is its subject and "before"
                // opens the clause, which the measure measures (the treebank: measure obl:unmarked, "before" a mark).
                heads[clauseSubject] = head + 1;
                labels[clauseSubject] = HasDependent(heads, labels, labelNames, head, "aux:pass") ? passiveSubject : subject;
                heads[conjunction] = head + 1;
                labels[conjunction] = mark;
                labels[k] = unmarked;
                if (heads[head] > 0)
                {
                    heads[k] = heads[head];
                }
            }
            else if (labels[k] == subject && IsPointInTime(forms, heads, k) && head > k && HasOtherDependent(heads, labels, head, subject, k))
            {
                // "The government this week imposed tariffs" read with two subjects: the point in time is an adjunct.
                labels[k] = unmarked;
            }
            else if (labels[k] == subject && IsPointInTime(forms, heads, k) && head > k)
            {
                var stranded = -1;
                for (var c = k - 1; c >= 0 && stranded < 0; c--)
                {
                    if (heads[c] == k + 1 && labels[c] == compound && upos[tags[c]] is "NOUN" or "PROPN")
                    {
                        stranded = c;
                    }
                }

                if (stranded < 0)
                {
                    continue;
                }

                // The subject's own words before it (determiner, adjectives) stay with it.
                for (var c = 0; c < stranded; c++)
                {
                    if (heads[c] == k + 1)
                    {
                        heads[c] = stranded + 1;
                    }
                }

                heads[stranded] = head + 1;
                labels[stranded] = subject;
                labels[k] = unmarked;
            }
        }
    }

    /// <summary>
    /// See <see cref="LanguageAnalyzerOptions.RepairNominalConjunctsOfVerbs"/>. The conjunct needs its own "and" or "or" and
    /// nothing of a clause; it goes to the verb's object, or, with none, to the last nominal argument between the verb and
    /// it that sets no scene and is not inside the conjunct. Labels stay as they are.
    /// </summary>
    /// <summary>
    /// "Spoke to X, and the presidents of Y" with "presidents" hung on "and" and "and" on the final full stop: a
    /// coordinating conjunction heads no noun in UD, it is the <c>cc</c> of the conjunct after it. A noun or name the parse
    /// hung on a conjunction that itself hangs on punctuation becomes a conjunct of the word that punctuation belongs to,
    /// with the conjunction as its <c>cc</c>; <see cref="RepairNominalConjunctsOfVerbs"/> then decides what it is joined
    /// to.
    /// </summary>
    private void RaiseNounsHungOnConjunctions(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var conjunct = Array.IndexOf(labelNames, "conj");
        var coordinator = Array.IndexOf(labelNames, "cc");
        if (conjunct < 0 || coordinator < 0)
        {
            return;
        }

        for (var noun = 1; noun < heads.Length; noun++)
        {
            var conjunction = heads[noun] - 1;
            if (conjunction < 0 || conjunction >= noun || upos[tags[noun]] is not ("NOUN" or "PROPN") || upos[tags[conjunction]] != "CCONJ")
            {
                continue;
            }

            var punctuation = heads[conjunction] - 1;
            if (punctuation < 0 || upos[tags[punctuation]] != "PUNCT" || heads[punctuation] == 0)
            {
                continue;
            }

            heads[noun] = heads[punctuation];
            labels[noun] = conjunct;
            heads[conjunction] = noun + 1;
            labels[conjunction] = coordinator;
        }
    }

    private void RepairNominalConjunctsOfVerbs(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, ReadOnlySpan<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        for (var i = 0; i < heads.Length; i++)
        {
            var verb = heads[i] - 1;
            if (verb < 0 || verb >= i || labels[i] >= labelNames.Length || labelNames[labels[i]] != "conj" || upos[tags[i]] is not ("NOUN" or "PROPN")
                || upos[tags[verb]] != "VERB" || HasSubject(heads, labels, labelNames, i))
            {
                continue;
            }

            var coordinated = false;
            var clauseLike = false;
            for (var k = 0; k < heads.Length; k++)
            {
                if (heads[k] != i + 1 || labels[k] >= labelNames.Length)
                {
                    continue;
                }

                var relation = labelNames[labels[k]];
                // "and", "or", and the multiword "as well as" (its first word the cc, the rest fixed to it).
                coordinated |= relation == "cc" && (forms[k].ToLowerInvariant() is "and" or "or"
                    || (forms[k].Equals("as", StringComparison.OrdinalIgnoreCase) && k + 2 < heads.Length && heads[k + 1] == k + 1 && heads[k + 2] == k + 1
                        && forms[k + 1].Equals("well", StringComparison.OrdinalIgnoreCase) && forms[k + 2].Equals("as", StringComparison.OrdinalIgnoreCase)));
                clauseLike |= relation is not ("cc" or "punct" or "det" or "amod" or "compound" or "flat" or "nummod" or "nmod" or "nmod:poss" or "case" or "appos" or "conj" or "acl" or "acl:relcl");
            }

            if (!coordinated || clauseLike)
            {
                continue;
            }

            var target = -1;
            for (var k = verb + 1; k < i && target < 0; k++)
            {
                if (heads[k] == verb + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] == "obj" && upos[tags[k]] is "NOUN" or "PROPN" or "PRON")
                {
                    target = k;
                }
            }

            for (var k = i - 1; k > verb && target < 0; k--)
            {
                // Not a phrase of place or time ("near Bol", "in Goma", "on Monday"): those set the scene, they are not
                // what the verb coordinates its participants with.
                if (labels[k] < labelNames.Length && labelNames[labels[k]] is "obl" or "nmod" or "iobj" && upos[tags[k]] is "NOUN" or "PROPN"
                    && IsWithin(heads, k, verb) && !IsWithin(heads, k, i) && !IsSceneSetting(forms, heads, labels, labelNames, k))
                {
                    target = k;
                }
            }

            if (target < 0)
            {
                continue;
            }

            heads[i] = target + 1;
        }
    }

    /// <summary>Prepositions of place and time, and names of days and months: a phrase with them sets the scene.</summary>
    private static readonly FrozenSet<string> SceneWords = new[]
    {
        "in", "near", "during", "after", "before", "since", "until", "around", "outside", "inside", "across", "throughout", "within",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "morning", "afternoon", "evening", "night",
        "week", "weekend", "month", "year", "day",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsSceneSetting(string[] forms, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int noun)
    {
        if (SceneWords.Contains(forms[noun]))
        {
            return true;
        }

        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] == noun + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] == "case" && SceneWords.Contains(forms[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plural measures of time that stand before "before"/"after" ("weeks before X invaded").</summary>
    private static readonly FrozenSet<string> MeasureNouns = new[] { "minutes", "hours", "days", "weeks", "months", "years", "decades" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For a measure of time read as a verb's subject: its "before"/"after"/"since"/"until" modifier's noun or name, when
    /// that phrase ends right before the verb ("weeks [before Russia] invaded"), and the preposition; (-1, -1) otherwise.
    /// </summary>
    private static (int Subject, int Conjunction) StrandedClauseSubject(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels,
        string[] labelNames, string[] upos, int measure, int verb)
    {
        for (var x = measure + 1; x < verb; x++)
        {
            if (heads[x] != measure + 1 || labels[x] >= labelNames.Length || labelNames[labels[x]] != "nmod" || upos[tags[x]] is not ("PROPN" or "NOUN" or "PRON"))
            {
                continue;
            }

            var conjunction = -1;
            var last = x;
            for (var c = measure + 1; c < verb; c++)
            {
                if (heads[c] == x + 1 && labels[c] < labelNames.Length && labelNames[labels[c]] == "case" && forms[c].ToLowerInvariant() is "before" or "after" or "since" or "until")
                {
                    conjunction = c;
                }

                if (IsWithin(heads, c, x))
                {
                    last = Math.Max(last, c);
                }
            }

            if (conjunction >= 0 && last == verb - 1)
            {
                return (x, conjunction);
            }
        }

        return (-1, -1);
    }

    /// <summary>The parser's label ids the stranded-subject repair writes, looked up once per model (-1 when absent).</summary>
    /// <remarks><see cref="Mark"/> is needed by one shape only ("weeks before X invaded"), so it is not part of <see cref="Available"/>.</remarks>
    private readonly record struct StrandedSubjectLabels(int Subject, int PassiveSubject, int Unmarked, int Compound, int DirectObject, int Mark)
    {
        public bool Available => Subject >= 0 && PassiveSubject >= 0 && Unmarked >= 0 && Compound >= 0 && DirectObject >= 0;

        public static StrandedSubjectLabels Of(string[] labelNames) => new(
            Array.IndexOf(labelNames, "nsubj"), Array.IndexOf(labelNames, "nsubj:pass"), Array.IndexOf(labelNames, "obl:unmarked"),
            Array.IndexOf(labelNames, "compound"), Array.IndexOf(labelNames, "obj"), Array.IndexOf(labelNames, "mark"));
    }

    /// <summary>
    /// Whether the word right after <paramref name="modifier"/> is a number (<c>nummod</c>) of <paramref name="head"/>: not
    /// across a hyphen, where the two make one designation ("AK-47 rounds").
    /// </summary>
    private static bool IsCountedRightAfter(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, int modifier, int head)
    {
        var number = modifier + 1;
        return number < head && heads[number] == head + 1 && upos[tags[number]] == "NUM" && labels[number] < labelNames.Length
            && labelNames[labels[number]] == "nummod";
    }

    /// <summary>A name, a pronoun, or a noun with "the" or a possessive and no number: a definite referent, not a measure.</summary>
    private static bool IsDefiniteNounPhrase(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, int k)
    {
        if (upos[tags[k]] is "PROPN" or "PRON")
        {
            return true;
        }

        var definite = false;
        for (var c = 0; c < heads.Length; c++)
        {
            if (heads[c] != k + 1 || labels[c] >= labelNames.Length)
            {
                continue;
            }

            var relation = labelNames[labels[c]];
            if (relation == "nummod")
            {
                return false;
            }

            if ((relation == "det" && forms[c].Equals("the", StringComparison.OrdinalIgnoreCase)) || relation == "nmod:poss")
            {
                definite = true;
            }
        }

        return definite;
    }

    private static bool HasSubject(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int verb) =>
        HasDependent(heads, labels, labelNames, verb, "nsubj") || HasDependent(heads, labels, labelNames, verb, "nsubj:pass")
        || HasDependent(heads, labels, labelNames, verb, "expl") || HasDependent(heads, labels, labelNames, verb, "csubj");

    /// <summary>
    /// An object the parse labelled <c>xcomp</c>: a noun or name with no preposition or marker ("agents murdered journalist
    /// X" with X as a complement of "murdered"). Outside verbs of naming, which are excluded before, a passive participle
    /// takes no bare nominal complement either.
    /// </summary>
    private static bool HasBareNominalComplement(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, string[] upos, int w)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] == w + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] == "xcomp" && upos[tags[k]] is "NOUN" or "PROPN"
                && !HasDependent(heads, labels, labelNames, k, "mark") && !HasDependent(heads, labels, labelNames, k, "case"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The two ministers condemned attacks by X" read as "condemned attacks" (an adjective) in a sentence with no verb: a
    /// word the caller hinted as only ever a verb ("condemned", "killed": <see cref="TagHintKind.Verb"/>), tagged as a
    /// participle modifying a noun, in a sentence with no finite verb, modal or auxiliary at all, is its past tense.
    /// Only hinted words: on unhinted web text, re-reading participles in verbless sentences was wrong more often than
    /// right (captions and fragments; see docs/language.md).
    /// </summary>
    private static bool IsHintedVerbInAVerblessSentence(ReadOnlySpan<int> tags, ReadOnlySpan<int> labels, string[] labelNames, PosTagger tagger, ReadOnlySpan<int> forced, int i)
    {
        if (forced.IsEmpty || forced[i] != PosTagger.AnyVerb || labelNames[labels[i]] != "amod")
        {
            return false;
        }

        return IsVerbless(tags, labels, labelNames, tagger);
    }

    /// <summary>
    /// "Air Force jets conducted strikes on X." read with "conducted" as an adjective of "strikes": in a sentence that ends
    /// like one (a full stop) and has no finite verb, auxiliary or copula, a past participle the parse made an adjective,
    /// right after a noun and right before the start of a noun phrase, is the sentence's past tense.
    /// </summary>
    private static bool IsParticipleBetweenNounPhrasesInAVerblessSentence(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> labels, string[] labelNames, PosTagger tagger, int i)
    {
        if (labelNames[labels[i]] != "amod" || i == 0 || i + 1 >= tags.Length || forms[^1] != "."
            || tagger.Upos[tags[i - 1]] is not ("NOUN" or "PROPN") || tagger.Upos[tags[i + 1]] is not ("DET" or "NOUN" or "ADJ" or "NUM" or "PROPN"))
        {
            return false;
        }

        return IsVerbless(tags, labels, labelNames, tagger);
    }

    /// <summary>
    /// "Troops stormed and seized a border post" read as "troops [who were] stormed and seized ...": two participles
    /// coordinated in a clause modifying a noun (<c>acl</c>), with no auxiliary, whose second conjunct has a direct object,
    /// are both past tenses. Conjuncts share their voice, and a passive participle has no direct object (verbs of naming
    /// excepted, as above). The second is checked against a first that this pass may already have re-tagged.
    /// </summary>
    private static bool IsReducedRelativeCoordinatedWithATransitiveParticiple(string[] forms, ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, PosTagger tagger, int i)
    {
        var label = labelNames[labels[i]];
        int first;
        if (label == "acl")
        {
            first = i;
        }
        else if (label == "conj" && heads[i] > 0 && (tags[heads[i] - 1] == tagger.ParticipleTag || tags[heads[i] - 1] == tagger.PastTenseTag)
            && labels[heads[i] - 1] < labelNames.Length
            && labelNames[labels[heads[i] - 1]] == "acl")
        {
            first = heads[i] - 1;
        }
        else
        {
            return false;
        }

        if (NamingParticiples.Contains(forms[first]) || HasDependent(heads, labels, labelNames, first, "aux") || HasDependent(heads, labels, labelNames, first, "aux:pass"))
        {
            return false;
        }

        for (var k = first + 1; k < heads.Length; k++)
        {
            if (heads[k] == first + 1 && tags[k] == tagger.ParticipleTag && labels[k] < labelNames.Length && labelNames[labels[k]] == "conj"
                && !NamingParticiples.Contains(forms[k]) && HasDependent(heads, labels, labelNames, k, "obj")
                && !HasDependent(heads, labels, labelNames, k, "aux") && !HasDependent(heads, labels, labelNames, k, "aux:pass")
                && !HasSubject(heads, labels, labelNames, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence with no finite verb, modal, auxiliary or copula: a noun phrase as the parse stands.</summary>
    private static bool IsVerbless(ReadOnlySpan<int> tags, ReadOnlySpan<int> labels, string[] labelNames, PosTagger tagger)
    {
        for (var k = 0; k < tags.Length; k++)
        {
            if (tagger.Xpos[tags[k]] is "VBD" or "VBZ" or "VBP" or "MD" || (labels[k] < labelNames.Length && labelNames[labels[k]] is "aux" or "aux:pass" or "cop"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether word <paramref name="k"/> (0-based) lies in the subtree of word <paramref name="ancestor"/>.</summary>
    private static bool IsWithin(ReadOnlySpan<int> heads, int k, int ancestor)
    {
        for (var w = k; w >= 0; w = heads[w] - 1)
        {
            if (w == ancestor)
            {
                return true;
            }

            if (heads[w] == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="w"/> (0-based) has a dependent with this relation among the words of <paramref name="heads"/>.</summary>
    private static bool HasDependent(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int w, string relation)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] == w + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] == relation)
            {
                return true;
            }
        }

        return false;
    }

    private void ForceHintedTags(string[] forms, int[] starts, int[] lengths, ReadOnlySpan<TagHint> hints, Span<int> forced)
    {
        forced.Fill(PosTagger.Free);
        var word = 0;
        foreach (var hint in hints)
        {
            var tag = hint.Kind switch
            {
                TagHintKind.ProperNoun => _models.Tagger.ProperNounTag,
                TagHintKind.Adjective or TagHintKind.CommonAdjective => _models.Tagger.AdjectiveTag,
                TagHintKind.Verb => PosTagger.AnyVerb,
                TagHintKind.Noun => PosTagger.AnyNoun,
                _ => PosTagger.AnyNounOrVerb,
            };
            if (tag == PosTagger.Free)
            {
                continue;
            }

            // Words are in text order and so, usually, are the hints: a linear merge, restarting if a hint goes back.
            if (word > 0 && starts[word - 1] >= hint.Start)
            {
                word = 0;
            }

            while (word < forms.Length && starts[word] < hint.End)
            {
                var form = forms[word];
                // Only a name's capitalised words: "of", "al", hyphens and "'s" inside a name keep their own tags.
                if (starts[word] >= hint.Start && starts[word] + lengths[word] <= hint.End && form.Length > 0
                    && (hint.Kind is TagHintKind.Verb or TagHintKind.NounOrVerb or TagHintKind.Noun or TagHintKind.CommonAdjective || char.IsUpper(form[0])))
                {
                    forced[word] = tag;
                }

                word++;
            }
        }
    }

    private bool ParseInChunks(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, ParserState state, string[] forms)
    {
        var parser = _models.Parser;
        var n = words.Length;
        var max = _options.MaxParseWords;
        if (n <= max)
        {
            parser.Parse(words, tags, heads, labels, state);
            return false;
        }

        var firstRoot = 0;
        var start = 0;
        while (start < n)
        {
            var end = Math.Min(n, start + max);
            if (end < n)
            {
                // Prefer to cut just after punctuation in the second half of the window.
                for (var k = end - 1; k > start + (max / 2); k--)
                {
                    if (forms[k].Length > 0 && char.IsPunctuation(forms[k][0]))
                    {
                        end = k + 1;
                        break;
                    }
                }
            }

            var length = end - start;
            parser.Parse(words.Slice(start, length), tags.Slice(start, length), heads.Slice(start, length), labels.Slice(start, length), state);
            for (var i = start; i < end; i++)
            {
                if (heads[i] == 0)
                {
                    if (firstRoot == 0)
                    {
                        firstRoot = i + 1;
                    }
                    else
                    {
                        heads[i] = firstRoot;
                        labels[i] = Array.IndexOf(parser.LabelNames, ChunkRelation) is var id and >= 0 ? id : int.MaxValue;
                    }
                }
                else
                {
                    heads[i] += start;
                }
            }

            start = end;
        }

        return true;
    }

    private sealed class Workspace
    {
        public WordHashes Hashes { get; } = new();
        public ParserState State { get; } = new();
        public int[] Tags { get; private set; } = new int[64];
        public int[] Forced { get; private set; } = new int[64];
        public int[] Heads { get; private set; } = new int[64];
        public int[] Labels { get; private set; } = new int[64];
        public float[] Scores { get; private set; } = [];
        public List<TextToken> TextTokens { get; } = [];
        public int[] Starts { get; private set; } = new int[64];
        public int[] Lengths { get; private set; } = new int[64];

        public void EnsureOffsets(int words)
        {
            if (Starts.Length < words)
            {
                var size = Math.Max(words, Starts.Length * 2);
                Starts = new int[size];
                Lengths = new int[size];
            }
        }

        public void Ensure(int words, int tagCount, int labelCount)
        {
            if (Tags.Length < words)
            {
                var size = Math.Max(words, Tags.Length * 2);
                Tags = new int[size];
                Forced = new int[size];
                Heads = new int[size];
                Labels = new int[size];
            }

            if (Scores.Length < Math.Max(tagCount, labelCount))
            {
                Scores = new float[Math.Max(tagCount, labelCount)];
            }
        }
    }
}
