using System.Collections.Frozen;

namespace KnowledgeGraph.Language;

/// <summary>
/// Repairs of where the parser ends one clause and starts the next ("Sanctions imposed by X on Y took effect", "The
/// sanctions X imposed took effect", "X said, condemning Y", "X was among those killed by Y"): news builds such sentences
/// far more often than the treebank's web text, and the greedy parser then invents a clause in the middle of a noun
/// phrase or hangs a phrase on the wrong word. All are tree surgery on the finished parse, not a re-parse. See
/// docs/language.md.
/// </summary>
public sealed partial class LanguageAnalyzer
{
    /// <summary>
    /// The parser's label ids these repairs read and write, looked up once per model (-1 when absent); the repairs run only
    /// when the model has them all.
    /// </summary>
    private readonly record struct ClauseRepairLabels(
        int Mark, int Conjunction, int Case, int Oblique, int Agent, int NominalModifier, int DirectObject, int AdverbialClause,
        int Copula, int Subject, int Relative, int ReducedRelative, int Conjunct)
    {
        public bool Available => Mark >= 0 && Conjunction >= 0 && Case >= 0 && Oblique >= 0 && Agent >= 0 && NominalModifier >= 0
            && DirectObject >= 0 && AdverbialClause >= 0 && Copula >= 0 && Subject >= 0 && Relative >= 0 && ReducedRelative >= 0
            && Conjunct >= 0;

        public static ClauseRepairLabels Of(string[] labelNames) => new(
            Array.IndexOf(labelNames, "mark"), Array.IndexOf(labelNames, "cc"), Array.IndexOf(labelNames, "case"), Array.IndexOf(labelNames, "obl"),
            Array.IndexOf(labelNames, "obl:agent"), Array.IndexOf(labelNames, "nmod"), Array.IndexOf(labelNames, "obj"), Array.IndexOf(labelNames, "advcl"),
            Array.IndexOf(labelNames, "cop"), Array.IndexOf(labelNames, "nsubj"), Array.IndexOf(labelNames, "acl:relcl"), Array.IndexOf(labelNames, "acl"),
            Array.IndexOf(labelNames, "conj"));
    }

    /// <summary>
    /// Prepositions that never introduce a finite clause with a noun phrase as its subject. Subordinators that are also
    /// prepositions ("after", "before", "since", "until", "as", "like", "than") are not here, nor "in", "for", "with" and
    /// "about", which introduce clauses in fixed phrases and before wh-words ("in case it is", "about whether").
    /// </summary>
    private static readonly FrozenSet<string> PrepositionsThatIntroduceNoClause = new[]
    {
        "on", "by", "against", "at", "into", "onto", "upon", "from", "to", "of", "over", "across", "through", "toward",
        "towards", "under", "near", "amid", "amidst", "among", "without", "within", "around", "behind", "beyond", "via",
        "alongside", "throughout", "inside", "outside",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Relations that belong to a clause rather than to a noun: they move with the clause's predicate.</summary>
    private static readonly FrozenSet<string> ClauseLevelRelations = new[]
    {
        "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "advcl", "punct", "mark", "cc", "parataxis", "discourse",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Sanctions imposed by X on Y took effect" read with "on" as a subordinator (<c>mark</c>) and Y as the subject of
    /// "took": a preposition that introduces no clause (<see cref="PrepositionsThatIntroduceNoClause"/>), labelled
    /// <c>mark</c> (or, tagged a preposition, <c>cc</c>) of a finite verb after it whose nominal subject starts right after
    /// the preposition, is that noun phrase's <c>case</c>; the noun phrase then modifies the phrase just before the
    /// preposition: the first verb met going up from the word before it (<c>obl</c>, or <c>obl:agent</c> for "by" on a past
    /// participle), else the highest noun reached before leaving that phrase (<c>nmod</c>). Nothing is done after
    /// punctuation, where the phrase before is not the one the preposition continues.
    /// </summary>
    private void RepairPrepositionsReadAsSubordinators(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var xpos = _models.Tagger.Xpos;
        var ids = _clauseRepairLabels;

        for (var preposition = 1; preposition + 2 < heads.Length; preposition++)
        {
            var verb = heads[preposition] - 1;
            var readAsConnective = labels[preposition] == ids.Mark || (labels[preposition] == ids.Conjunction && upos[tags[preposition]] == "ADP");
            if (!readAsConnective || verb <= preposition + 1 || !PrepositionsThatIntroduceNoClause.Contains(forms[preposition])
                || !IsFinitePredicate(tags, heads, labels, labelNames, verb) || upos[tags[preposition - 1]] == "PUNCT")
            {
                continue;
            }

            var subject = SubjectStartingAt(tags, heads, labels, labelNames, verb, preposition + 1);
            if (subject < 0)
            {
                continue;
            }

            var (site, nominal) = (-1, -1);
            for (var word = preposition - 1; word >= 0; word = heads[word] - 1)
            {
                if (upos[tags[word]] == "VERB")
                {
                    site = word;
                    break;
                }

                if (upos[tags[word]] is "NOUN" or "PROPN" or "PRON" or "NUM")
                {
                    nominal = word;
                }

                if (heads[word] == 0 || heads[word] - 1 >= preposition)
                {
                    break;
                }
            }

            site = site >= 0 ? site : nominal;
            if (site < 0)
            {
                continue;
            }

            heads[subject] = site + 1;
            labels[subject] = upos[tags[site]] != "VERB" ? ids.NominalModifier
                : forms[preposition].Equals("by", StringComparison.OrdinalIgnoreCase) && xpos[tags[site]] == "VBN" ? ids.Agent
                : ids.Oblique;
            labels[preposition] = ids.Case;
            heads[preposition] = subject + 1;
        }
    }

    /// <summary>
    /// The -ing forms English uses as prepositions ("including X", "regarding X", "according to X", "following X"); the
    /// treebank's parses give the <c>case</c> relation to no other.
    /// </summary>
    private static readonly FrozenSet<string> PrepositionalParticiples = new[]
    {
        "including", "regarding", "according", "following", "concerning", "depending", "excluding", "considering", "pending",
        "barring", "respecting", "involving", "notwithstanding", "during", "saving", "touching", "beginning", "starting",
        "counting", "excepting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X said, condemning Y" read with "condemning" as the preposition (<c>case</c>) of Y: an -ing form outside
    /// <see cref="PrepositionalParticiples"/> is a verb, and its noun phrase its object. The participle takes the noun's
    /// place in the tree (an adverbial clause where the noun was a clause-level dependent of a verb: complement, object,
    /// oblique) and the noun becomes its <c>obj</c>.
    /// </summary>
    private void RepairParticiplesReadAsPrepositions(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var xpos = _models.Tagger.Xpos;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;

        for (var participle = 0; participle < heads.Length; participle++)
        {
            var noun = heads[participle] - 1;
            if (labels[participle] != ids.Case || xpos[tags[participle]] != "VBG" || noun <= participle || PrepositionalParticiples.Contains(forms[participle])
                || upos[tags[noun]] is not ("NOUN" or "PROPN" or "PRON") || labels[noun] >= labelNames.Length
                || heads[noun] - 1 is var governor && (governor < 0 || upos[tags[governor]] != "VERB")
                || labelNames[labels[noun]] is not ("ccomp" or "obj" or "obl" or "advcl" or "xcomp" or "parataxis"))
            {
                continue;
            }

            (heads[participle], labels[participle]) = (heads[noun], ids.AdverbialClause);
            (heads[noun], labels[noun]) = (participle + 1, ids.DirectObject);
            for (var k = 0; k < participle; k++)
            {
                // The comma before the participle belonged to the noun phrase's clause: it now sets off the clause.
                if (heads[k] == noun + 1 && upos[tags[k]] == "PUNCT")
                {
                    heads[k] = participle + 1;
                }
            }
        }
    }

    /// <summary>
    /// "Rockets were fired into X by Y" with "by Y" hung on the name X: a name takes no by-phrase of its own, so under a
    /// passive participle (with a passive auxiliary, or a reduced relative) that has no agent yet, the phrase is the verb's
    /// agent (<c>obl:agent</c>). On EWT's predicted parses the shape never occurs.
    /// </summary>
    private void RepairAgentsHungOnNames(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var xpos = _models.Tagger.Xpos;
        var ids = _clauseRepairLabels;

        for (var phrase = 1; phrase < heads.Length; phrase++)
        {
            var name = heads[phrase] - 1;
            var verb = name >= 0 ? heads[name] - 1 : -1;
            if (labels[phrase] != ids.NominalModifier || name < 0 || name >= phrase || upos[tags[name]] != "PROPN" || verb < 0 || verb >= name
                || xpos[tags[verb]] != "VBN" || !(labels[verb] == ids.ReducedRelative || HasDependent(heads, labels, labelNames, verb, "aux:pass"))
                || HasDependent(heads, labels, labelNames, verb, "obl:agent") || !HasByCase(forms, heads, labels, ids.Case, phrase))
            {
                continue;
            }

            heads[phrase] = verb + 1;
            labels[phrase] = ids.Agent;
        }
    }

    /// <summary>
    /// "X had spoken by telephone with Y" read with "by telephone" as the agent: an agent belongs to a passive, and a verb
    /// with a subject of its own (<c>nsubj</c>) and neither a passive auxiliary nor a passive subject is active, so the
    /// by-phrase is an ordinary oblique (means or manner). EWT's gold never has the shape; on its predicted parses one word
    /// changes label (wrong before and after).
    /// </summary>
    private void RepairAgentsOfActiveVerbs(Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var ids = _clauseRepairLabels;
        for (var phrase = 0; phrase < heads.Length; phrase++)
        {
            var verb = heads[phrase] - 1;
            if (labels[phrase] == ids.Agent && verb >= 0 && HasDependent(heads, labels, labelNames, verb, "nsubj")
                && !HasDependent(heads, labels, labelNames, verb, "aux:pass") && !HasDependent(heads, labels, labelNames, verb, "nsubj:pass"))
            {
                labels[phrase] = ids.Oblique;
            }
        }
    }

    /// <summary>
    /// "X's army, which has been fighting Y since April, named ..." read with the clause as <c>parataxis</c> or as a
    /// reduced relative (<c>acl</c>) on "army": a clause that opens, after a comma or right after its noun, with "which",
    /// "who" or "whom" as its own subject or object is a relative clause of that noun (<c>acl:relcl</c>). EWT: no
    /// predicted parse has the shape (its two gold <c>parataxis</c> clauses with a wh-word have no comma before it). Also
    /// such a clause read as an adverbial clause of a verb after it (dev: 1 head fixed).
    /// </summary>
    private void RepairRelativeClausesReadAsParataxis(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;
        var parataxis = Array.IndexOf(labelNames, "parataxis");
        if (parataxis < 0)
        {
            return;
        }

        for (var pronoun = 1; pronoun < heads.Length; pronoun++)
        {
            var clause = heads[pronoun] - 1;
            if (clause <= pronoun || labelNames[labels[pronoun]] is not ("nsubj" or "nsubj:pass" or "obj") || !IsRelativeWho(forms[pronoun]))
            {
                continue;
            }

            // "The X forces, which have been fighting Y since April, encircled the city" with the clause an adverbial of
            // the verb after it: a clause cannot relate back to a clause that follows it, so it belongs to the noun before
            // its comma.
            if (labels[clause] == ids.AdverbialClause && heads[clause] - 1 > clause && pronoun >= 2 && forms[pronoun - 1] == ","
                && upos[tags[pronoun - 2]] is "NOUN" or "PROPN")
            {
                heads[clause] = pronoun - 1;
                labels[clause] = ids.Relative;
                continue;
            }

            if (labels[clause] != parataxis && labels[clause] != ids.ReducedRelative)
            {
                continue;
            }

            // A reduced relative (acl) has no subject or relative word of its own at all; right after its noun or after a
            // comma the wh-word opens a relative clause ("a list of who will speak" is a clause of "of", not "list").
            var noun = heads[clause] - 1;
            var opensRelative = forms[pronoun - 1] == "," || (labels[clause] == ids.ReducedRelative && noun == pronoun - 1);
            if (opensRelative && noun >= 0 && noun < pronoun && upos[tags[noun]] is "NOUN" or "PROPN")
            {
                labels[clause] = ids.Relative;
            }
        }
    }

    /// <summary>
    /// "While visiting X, Y met Z", "After cancelling their meeting on Monday, X and Y finally met" read with the names
    /// after the comma as an apposition or a conjunct of the fronted phrase's last noun, and the verb without a subject: a
    /// finite verb has a subject, and the noun phrase that fills the gap between the comma closing a fronted adverbial
    /// (<c>advcl</c>, <c>obl</c>, <c>advmod</c> of the verb) and the verb (adverbs aside) is that subject. EWT: no
    /// predicted parse has the shape.
    /// </summary>
    private void RepairSubjectsReadAsPartOfAFrontedPhrase(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var xpos = _models.Tagger.Xpos;
        var ids = _clauseRepairLabels;
        for (var noun = 2; noun < heads.Length; noun++)
        {
            var joinedTo = heads[noun] - 1;
            if (joinedTo < 0 || joinedTo >= noun || labelNames[labels[noun]] is not ("conj" or "appos" or "list")
                || upos[tags[noun]] is not ("NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }

            var (start, end) = (noun, noun);
            for (var k = 0; k < heads.Length; k++)
            {
                // The comma itself may hang on the names; it is not part of them.
                if (upos[tags[k]] != "PUNCT" && IsWithin(heads, k, noun))
                {
                    start = Math.Min(start, k);
                    end = Math.Max(end, k);
                }
            }

            var verb = end + 1;
            while (verb < heads.Length && upos[tags[verb]] == "ADV")
            {
                verb++;
            }

            if (start < 2 || upos[tags[start - 1]] != "PUNCT" || verb >= heads.Length || upos[tags[verb]] is not ("VERB" or "AUX")
                || !(xpos[tags[verb]] is "VBD" or "VBZ" or "VBP" or "MD" || HasDependent(heads, labels, labelNames, verb, "aux") || HasDependent(heads, labels, labelNames, verb, "aux:pass"))
                || HasSubject(heads, labels, labelNames, verb))
            {
                continue;
            }

            // The word the names were joined to must sit in a phrase fronted before them and hung on the verb.
            var fronted = joinedTo;
            while (fronted >= 0 && heads[fronted] - 1 != verb)
            {
                fronted = heads[fronted] - 1;
            }

            if (fronted < 0 || fronted >= start
                || labelNames[labels[fronted]] is not ("advcl" or "obl" or "obl:tmod" or "obl:unmarked" or "obl:npmod" or "advmod"))
            {
                continue;
            }

            heads[noun] = verb + 1;
            labels[noun] = ids.Subject;
        }
    }

    private static readonly FrozenSet<string> ClauseOpeningPrepositions = new[] { "like", "as", "after", "before", "since", "until", "till", "than" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Fighting between the two sides broke out", "The campaign against X has ..." read with the prepositional phrase as a
    /// second subject of the verb: a subject has no preposition, so a "subject" that opens with one, right after the noun
    /// that is the verb's subject, modifies that noun (<c>nmod</c>). Not "like" or "as", which also open comparisons
    /// hung on the clause ("Weather like this surely keeps ..."), nor words that also open clauses ("Hours after X hit Y, ..."
    /// is a clause under "after"; <see cref="ClauseOpeningPrepositions"/>). EWT: 2 heads fixed on dev, none broken.
    /// </summary>
    private void RepairPrepositionalPhrasesReadAsSecondSubjects(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;
        for (var phrase = 2; phrase < heads.Length; phrase++)
        {
            if (labelNames[labels[phrase]] is not ("nsubj" or "nsubj:pass") || heads[phrase] == 0)
            {
                continue;
            }

            var preposition = -1;
            for (var k = 0; k < phrase; k++)
            {
                if (heads[k] == phrase + 1 && labels[k] == ids.Case && upos[tags[k]] == "ADP")
                {
                    preposition = k;
                    break;
                }
            }

            if (preposition < 1 || ClauseOpeningPrepositions.Contains(forms[preposition]))
            {
                continue;
            }

            // The noun the phrase follows must be another subject of the same verb whose phrase ends right before the
            // preposition: climbing from the word before it reaches that subject.
            var noun = preposition - 1;
            while (noun >= 0 && heads[noun] != heads[phrase])
            {
                noun = heads[noun] - 1;
            }

            if (noun >= 0 && noun < preposition && labelNames[labels[noun]] is "nsubj" or "nsubj:pass" && upos[tags[noun]] is "NOUN" or "PROPN")
            {
                heads[phrase] = noun + 1;
                labels[phrase] = ids.NominalModifier;
            }
        }
    }

    private static bool IsRelativeWho(string form) =>
        form.Equals("which", StringComparison.OrdinalIgnoreCase) || form.Equals("who", StringComparison.OrdinalIgnoreCase)
        || form.Equals("whom", StringComparison.OrdinalIgnoreCase);

    /// <summary>Verbs of saying whose content clause news puts after a time adjunct ("said on Monday that ...").</summary>
    private static readonly FrozenSet<string> SayingVerbForms = new[]
    {
        "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "added", "adds", "confirmed",
        "confirms", "stated", "states", "warned", "warns", "claimed", "claims", "insisted", "insists", "noted", "notes",
        "declared", "declares", "revealed", "reveals", "acknowledged", "acknowledges", "denied", "denies", "wrote", "writes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X said on Monday that its forces had struck Y" read with the clause a relative on "Monday" ("that" its object): a
    /// day's or date's name, or "today", takes no restrictive relative clause, so a "that" clause right after it, under a
    /// verb of saying, with a subject of its own, is the verb's content clause (<c>ccomp</c>) and "that" its <c>mark</c>;
    /// an indirect object the clause's verb was given for want of its object becomes the object. Also, in a content clause
    /// the parse did find, a "that" before the subject read as a second object of the verb is the marker.
    /// </summary>
    private void RepairContentClausesReadAsRelatives(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;
        var contentClause = Array.IndexOf(labelNames, "ccomp");
        var indirectObject = Array.IndexOf(labelNames, "iobj");
        if (contentClause < 0 || indirectObject < 0)
        {
            return;
        }

        for (var clause = 2; clause < heads.Length; clause++)
        {
            var noun = heads[clause] - 1;
            if (labels[clause] != ids.Relative || noun < 1 || noun + 1 >= clause || !forms[noun + 1].Equals("that", StringComparison.OrdinalIgnoreCase)
                || heads[noun + 1] != clause + 1 || !(upos[tags[noun]] is "PROPN" or "NUM" || TimeNouns.Contains(forms[noun]))
                || heads[noun] - 1 is not (var saying and >= 0) || saying >= noun || !SayingVerbForms.Contains(forms[saying])
                || !HasOtherDependent(heads, labels, clause, ids.Subject, noun + 1))
            {
                continue;
            }

            var thatWasObject = labels[noun + 1] == ids.DirectObject;
            heads[clause] = saying + 1;
            labels[clause] = contentClause;
            labels[noun + 1] = ids.Mark;
            for (var k = clause + 1; k < heads.Length && thatWasObject; k++)
            {
                if (heads[k] == clause + 1 && labels[k] == indirectObject)
                {
                    labels[k] = ids.DirectObject;
                    break;
                }
            }
        }

        // "announced today that its navy had seized a tanker" with the content clause found but "that" its second object: a
        // clause-opening "that" before the clause's subject, when the verb has another object, is the marker.
        for (var that = 0; that + 1 < heads.Length; that++)
        {
            var verb = heads[that] - 1;
            if (labels[that] == ids.DirectObject && verb > that && labels[verb] == contentClause && forms[that].Equals("that", StringComparison.OrdinalIgnoreCase)
                && HasOtherDependent(heads, labels, verb, ids.Subject, that) && HasOtherDependent(heads, labels, verb, ids.DirectObject, that))
            {
                labels[that] = ids.Mark;
            }
        }
    }

    /// <summary>
    /// See <see cref="LanguageAnalyzerOptions.RepairTrailingAttribution"/>. The attribution is a comma, a noun phrase of at most
    /// eight words (no verb, no comma), a verb of saying in a finite tense and, before the final full stop, optionally "today",
    /// "yesterday" or "on" and a name ("on Monday"); the clause before the comma has a finite verb of its own.
    /// </summary>
    private void RepairTrailingAttribution(string[] forms, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, Parsing.ParserState state)
    {
        var n = heads.Length;
        var upos = _models.Tagger.Upos;
        var xpos = _models.Tagger.Xpos;
        var labelNames = _models.Parser.LabelNames;
        var subject = Array.IndexOf(labelNames, "nsubj");
        var contentClause = Array.IndexOf(labelNames, "ccomp");
        var punctuation = Array.IndexOf(labelNames, "punct");
        if (n < 6 || subject < 0 || contentClause < 0 || punctuation < 0 || forms[n - 1] is not ("." or "!"))
        {
            return;
        }

        var say = n - 2;
        if (TimeNouns.Contains(forms[say]))
        {
            say--;
        }
        else if (say >= 3 && forms[say - 1].Equals("on", StringComparison.OrdinalIgnoreCase) && upos[tags[say]] == "PROPN")
        {
            say -= 2;
        }

        if (!SayingVerbForms.Contains(forms[say]) || xpos[tags[say]] is not ("VBD" or "VBZ" or "VBP"))
        {
            return;
        }

        var comma = -1;
        for (var k = say - 1; k >= Math.Max(1, say - 9); k--)
        {
            if (forms[k] == ",")
            {
                comma = k;
                break;
            }

            if (upos[tags[k]] is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM" or "PRON" or "ADP" or "PART" or "CCONJ"))
            {
                return;
            }
        }

        if (comma < 2 || comma == say - 1 || !HasFiniteVerbBefore(xpos, tags, comma))
        {
            return;
        }

        // Already read as the treebank reads it: the verb of saying the root, its subject in the phrase (and no other before
        // the comma), a clause before the comma its content.
        if (heads[say] == 0 && HasDependentIn(heads, labels, say, subject, comma + 1, say) && !HasDependentIn(heads, labels, say, subject, 0, comma)
            && HasDependentIn(heads, labels, say, contentClause, 0, comma))
        {
            return;
        }

        var parser = _models.Parser;
        parser.Parse(words[..comma], tags[..comma], heads[..comma], labels[..comma], state);
        var clauseRoot = heads[..comma].IndexOf(0);
        var tail = comma + 1;
        var length = n - 1 - tail;
        parser.Parse(words.Slice(tail, length), tags.Slice(tail, length), heads.Slice(tail, length), labels.Slice(tail, length), state, forcedRoot: say - tail);
        for (var k = tail; k < n - 1; k++)
        {
            heads[k] = heads[k] == 0 ? 0 : heads[k] + tail;
        }

        heads[clauseRoot] = say + 1;
        labels[clauseRoot] = contentClause;
        heads[comma] = say + 1;
        labels[comma] = punctuation;
        heads[n - 1] = say + 1;
        labels[n - 1] = punctuation;

        static bool HasFiniteVerbBefore(string[] xpos, ReadOnlySpan<int> tags, int end)
        {
            for (var k = 0; k < end; k++)
            {
                if (xpos[tags[k]] is "VBD" or "VBZ" or "VBP" or "MD")
                {
                    return true;
                }
            }

            return false;
        }

        static bool HasDependentIn(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int head, int label, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (heads[k] == head + 1 && labels[k] == label)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether the phrase has "by" as its preposition (a <c>case</c> dependent before it).</summary>
    private static bool HasByCase(string[] forms, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int caseMarker, int phrase)
    {
        for (var k = 0; k < phrase; k++)
        {
            if (heads[k] == phrase + 1 && labels[k] == caseMarker && forms[k].Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X was among those killed by Y" read with X the root, "was" its copula and "among those" hung on the copula: a
    /// copula takes no dependents of its own in UD, and in "X be [preposition] Y" the prepositional phrase is the
    /// predicate. The phrase's noun takes the subject's place in the tree, the subject becomes its <c>nsubj</c> and the
    /// copula its <c>cop</c>; the punctuation after the phrase follows the predicate.
    /// </summary>
    private void RepairPredicatesHungOnCopulas(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;

        for (var cop = 1; cop + 2 < heads.Length; cop++)
        {
            var subject = heads[cop] - 1;
            if (labels[cop] != ids.Copula || subject < 0 || subject >= cop || upos[tags[subject]] is not ("NOUN" or "PROPN" or "PRON")
                || HasSubject(heads, labels, labelNames, subject))
            {
                continue;
            }

            var predicate = -1;
            for (var k = cop + 1; k < heads.Length && predicate < 0; k++)
            {
                if (heads[k] == cop + 1 && labels[k] == ids.Oblique && upos[tags[k]] is "NOUN" or "PROPN" or "PRON" && HasDependent(heads, labels, labelNames, k, "case"))
                {
                    predicate = k;
                }
            }

            if (predicate < 0)
            {
                continue;
            }

            (heads[predicate], labels[predicate]) = (heads[subject], labels[subject]);
            (heads[subject], labels[subject]) = (predicate + 1, ids.Subject);
            heads[cop] = predicate + 1;
            for (var k = predicate + 1; k < heads.Length; k++)
            {
                if (heads[k] == subject + 1 && upos[tags[k]] == "PUNCT")
                {
                    heads[k] = predicate + 1;
                }
            }
        }
    }

    /// <summary>
    /// A verb's subject (<c>nsubj</c> or <c>nsubj:pass</c>), a noun or a name, whose phrase starts at word
    /// <paramref name="start"/> (every word from there to the subject lies in its subtree); −1 when there is none.
    /// </summary>
    private int SubjectStartingAt(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int verb, int start)
    {
        var upos = _models.Tagger.Upos;
        for (var subject = start; subject < verb; subject++)
        {
            if (heads[subject] != verb + 1 || labels[subject] >= labelNames.Length || labelNames[labels[subject]] is not ("nsubj" or "nsubj:pass")
                || upos[tags[subject]] is not ("NOUN" or "PROPN"))
            {
                continue;
            }

            for (var k = start; k < subject; k++)
            {
                if (!IsWithin(heads, k, subject))
                {
                    return -1;
                }
            }

            return subject;
        }

        return -1;
    }

    /// <summary>A finite verb (past tense or present) or a predicate with a modal or a finite auxiliary.</summary>
    private bool IsFinitePredicate(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int word)
    {
        var xpos = _models.Tagger.Xpos;
        if (xpos[tags[word]] is "VBD" or "VBZ" or "VBP")
        {
            return true;
        }

        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] == word + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] is "aux" or "aux:pass"
                && xpos[tags[k]] is "MD" or "VBD" or "VBZ" or "VBP")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The sanctions X imposed last week took effect": a relative clause without "that" (a contact clause) inside a
    /// subject, read with "took" joined to "imposed" as if coordinated and "sanctions" either a second subject of
    /// "imposed" or the root; also "Sanctions imposed by X took effect" with "took" hung on the participle. A finite verb
    /// labelled <c>conj</c>, <c>advcl</c>, <c>ccomp</c>, <c>parataxis</c> or (never finite in UD) <c>xcomp</c> of an
    /// earlier verb, with no subject, conjunction or marker of its own and no punctuation or conjunction between the two,
    /// is not coordinated with it or subordinate to it (English joins verbs with "and", "or" or a comma, and subordinates a
    /// finite clause with a marker): it is the predicate of the noun the earlier clause modifies. Three shapes: the earlier
    /// verb has two subjects before it (the first noun is the one modified, the second the relative clause's subject); it
    /// is already that noun's <c>acl:relcl</c> or reduced relative (<c>acl</c>) and the noun is the root (or a clausal
    /// complement, parataxis or conjunct); or it is a past participle with no auxiliary and a subject of its own ("Those
    /// killed by X included Y": a participle without an auxiliary is no finite predicate, so it is a reduced relative on
    /// that noun). The later verb takes the noun's (or the earlier verb's) place in the tree, the noun becomes its
    /// <c>nsubj</c>, the earlier verb the noun's relative clause, and the clause-level dependents outside the relative
    /// clause (a fronted phrase, the final full stop) follow the predicate.
    /// </summary>
    private void RepairZeroRelativeClauses(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var xpos = _models.Tagger.Xpos;
        var ids = _clauseRepairLabels;

        for (var predicate = 2; predicate < heads.Length; predicate++)
        {
            var clause = heads[predicate] - 1;
            if (clause < 1 || clause >= predicate || labels[predicate] >= labelNames.Length
                || labelNames[labels[predicate]] is not ("conj" or "advcl" or "ccomp" or "parataxis" or "xcomp")
                || xpos[tags[predicate]] is not ("VBD" or "VBZ" or "VBP") || upos[tags[clause]] != "VERB"
                || HasSubject(heads, labels, labelNames, predicate) || HasDependent(heads, labels, labelNames, predicate, "cc")
                || HasDependent(heads, labels, labelNames, predicate, "mark") || HasPunctuationOrConjunction(tags, clause + 1, predicate))
            {
                continue;
            }

            var noun = -1;
            if (FirstOfTwoSubjectsBefore(tags, heads, labels, labelNames, clause) is var first and >= 0)
            {
                if (HasPunctuationOrConjunction(tags, first + 1, clause))
                {
                    continue;
                }

                noun = first;
                (heads[predicate], labels[predicate]) = (heads[clause], labels[clause]);
                MoveClauseDependents(heads, labels, labelNames, from: clause, to: predicate, before: first, after: predicate);
            }
            else if ((labels[clause] == ids.Relative || labels[clause] == ids.ReducedRelative) && heads[clause] - 1 is var head and >= 0 && head < clause
                && upos[tags[head]] is "NOUN" or "PROPN" && labels[head] < labelNames.Length
                && labelNames[labels[head]] is "root" or "ccomp" or "parataxis" or "conj")
            {
                noun = head;
                (heads[predicate], labels[predicate]) = (heads[noun], labels[noun]);
                MoveClauseDependents(heads, labels, labelNames, from: noun, to: predicate, before: noun, after: predicate);
            }
            else if (xpos[tags[clause]] == "VBN" && !HasDependent(heads, labels, labelNames, clause, "aux")
                && !HasDependent(heads, labels, labelNames, clause, "aux:pass") && SubjectBefore(tags, heads, labels, labelNames, clause) is var participleSubject and >= 0
                && !HasPunctuationOrConjunction(tags, participleSubject + 1, clause))
            {
                // "Those killed by X included Y" read with "killed" the predicate of "those": a past participle without an
                // auxiliary is no finite predicate, so it is a reduced relative on the noun before it.
                noun = participleSubject;
                (heads[predicate], labels[predicate]) = (heads[clause], labels[clause]);
                MoveClauseDependents(heads, labels, labelNames, from: clause, to: predicate, before: noun, after: predicate);
                (heads[clause], labels[clause]) = (noun + 1, ids.ReducedRelative);
            }

            if (noun < 0)
            {
                continue;
            }

            (heads[noun], labels[noun]) = (predicate + 1, ids.Subject);
            if (labels[clause] != ids.ReducedRelative)
            {
                (heads[clause], labels[clause]) = (noun + 1, ids.Relative);
            }
        }
    }

    /// <summary>The verb's only nominal subject (<c>nsubj</c>) before it, a noun, name or pronoun; −1 when there is none.</summary>
    private int SubjectBefore(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int verb)
    {
        for (var k = 0; k < verb; k++)
        {
            if (heads[k] == verb + 1 && labels[k] < labelNames.Length && labelNames[labels[k]] == "nsubj")
            {
                return _models.Tagger.Upos[tags[k]] is "NOUN" or "PROPN" or "PRON" ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The first of two nominal subjects before <paramref name="verb"/> when it is a noun or a name; −1 if there are fewer.</summary>
    private int FirstOfTwoSubjectsBefore(ReadOnlySpan<int> tags, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int verb)
    {
        var first = -1;
        for (var k = 0; k < verb; k++)
        {
            if (heads[k] != verb + 1 || labels[k] >= labelNames.Length || labelNames[labels[k]] is not ("nsubj" or "nsubj:pass"))
            {
                continue;
            }

            if (first < 0)
            {
                if (_models.Tagger.Upos[tags[k]] is not ("NOUN" or "PROPN"))
                {
                    return -1;
                }

                first = k;
            }
            else
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>Whether any word in [<paramref name="from"/>, <paramref name="to"/>) is punctuation or a conjunction.</summary>
    private bool HasPunctuationOrConjunction(ReadOnlySpan<int> tags, int from, int to)
    {
        var upos = _models.Tagger.Upos;
        for (var k = from; k < to; k++)
        {
            if (upos[tags[k]] is "PUNCT" or "CCONJ" or "SCONJ")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clause-level dependents of <paramref name="from"/> before <paramref name="before"/> or after <paramref name="after"/> move to <paramref name="to"/>.</summary>
    private static void MoveClauseDependents(Span<int> heads, ReadOnlySpan<int> labels, string[] labelNames, int from, int to, int before, int after)
    {
        for (var k = 0; k < heads.Length; k++)
        {
            if (heads[k] == from + 1 && k != to && (k < before || k > after) && labels[k] < labelNames.Length
                && ClauseLevelRelations.Contains(labelNames[labels[k]]))
            {
                heads[k] = to + 1;
            }
        }
    }

    /// <summary>
    /// "X sanctioned two brokers, A and B, on Tuesday" read with "Tuesday" a third conjunct of A: a coordination is closed
    /// by the conjunct that carries its "and" or "or", and a phrase with a preposition is not coordinated with a noun phrase
    /// that has none (adjectives may be: "calm and rested, with time to spare"). A conjunct of a noun or name that starts
    /// after a comma, has a preposition (<c>case</c>) its first conjunct lacks and no coordinator of its own, and follows a
    /// conjunct with its own coordinator is an adjunct of the clause: it goes to the nearest verb above the coordination as
    /// <c>obl</c>. With no verb above, nothing changes.
    /// </summary>
    private void RepairPhrasesAfterClosedCoordination(string[] forms, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;
        for (var phrase = 2; phrase < heads.Length; phrase++)
        {
            var first = heads[phrase] - 1;
            if (labels[phrase] != ids.Conjunct || first < 0 || first >= phrase || upos[tags[first]] is not ("NOUN" or "PROPN")
                || !HasDependent(heads, labels, labelNames, phrase, "case") || HasDependent(heads, labels, labelNames, phrase, "cc")
                || HasDependent(heads, labels, labelNames, first, "case"))
            {
                continue;
            }

            // The phrase's first word other than punctuation (the comma before it is often its own punct dependent).
            var start = phrase;
            for (var k = phrase - 1; k > first; k--)
            {
                if (upos[tags[k]] != "PUNCT" && IsWithin(heads, k, phrase))
                {
                    start = k;
                }
            }

            if (start == 0 || forms[start - 1] != ",")
            {
                continue;
            }

            var closed = false;
            for (var conjunct = first + 1; conjunct < start && !closed; conjunct++)
            {
                closed = heads[conjunct] == first + 1 && labels[conjunct] == ids.Conjunct && HasDependent(heads, labels, labelNames, conjunct, "cc");
            }

            var verb = heads[first] - 1;
            while (verb >= 0 && upos[tags[verb]] != "VERB")
            {
                verb = heads[verb] - 1;
            }

            if (closed && verb >= 0)
            {
                heads[phrase] = verb + 1;
                labels[phrase] = ids.Oblique;
            }
        }
    }

    /// <summary>
    /// "sanctions against X as well as Y" with Y an oblique of the verb that carries the coordinator: a coordinating
    /// conjunction belongs to a conjunct, so a name or noun with its own "and", "or" or "as well as", no preposition of
    /// its own, labelled an oblique (<c>obl</c>) of a verb is a conjunct of the nearest word of the same part of speech
    /// before its coordinator inside that verb's clause.
    /// </summary>
    private void RepairCoordinatedObliques(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var labelNames = _models.Parser.LabelNames;
        var upos = _models.Tagger.Upos;
        var ids = _clauseRepairLabels;
        for (var noun = 2; noun < heads.Length; noun++)
        {
            var verb = heads[noun] - 1;
            if (verb < 0 || verb > noun || upos[tags[noun]] is not ("NOUN" or "PROPN") || upos[tags[verb]] != "VERB"
                || labels[noun] != ids.Oblique || HasDependent(heads, labels, labelNames, noun, "case"))
            {
                continue;
            }

            var coordinator = -1;
            for (var k = verb + 1; k < noun && coordinator < 0; k++)
            {
                if (heads[k] == noun + 1 && labels[k] == ids.Conjunction)
                {
                    coordinator = k;
                }
            }

            if (coordinator < 0)
            {
                continue;
            }

            for (var first = coordinator - 1; first > verb; first--)
            {
                if (upos[tags[first]] == upos[tags[noun]] && IsWithin(heads, first, verb))
                {
                    heads[noun] = first + 1;
                    labels[noun] = ids.Conjunct;
                    break;
                }
            }
        }
    }
}
