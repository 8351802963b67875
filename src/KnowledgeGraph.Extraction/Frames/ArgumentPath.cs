using System.Collections.Frozen;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Extraction.Frames;

// The parser's word, not the surface tokenizer's (KnowledgeGraph.Extraction.Token).
using Token = KnowledgeGraph.Language.Token;

/// <summary>
/// A short walk over the dependency parse from a trigger to an argument, written in the frame files as steps joined by
/// '/':
/// <list type="bullet">
/// <item><c>nsubj</c>, <c>obl:agent</c>: to the dependents with exactly that relation;</item>
/// <item><c>obl[on|against]</c>: the same, only those with a <c>case</c> word among the listed ("strikes on X");</item>
/// <item><c>^obj</c>: up to the head, when the current word hangs from it by that relation ("launched an attack": from
/// "attack" up to "launched");</item>
/// <item><c>@launch|carry</c> or <c>@$agentive</c>: keep the current word only if its lemma is listed or in the
/// lexicon's word class; <c>@!$aidVerb</c> only if it is not;</item>
/// <item><c>nmod[of]#PROPN</c>: keep only words of that part of speech (a name: "the murder of X by Y" with "by Y" hung
/// on X, since a name takes no by-phrase of its own);</item>
/// <item><c>!obj@$aid</c>: keep the current word only if it has no such dependent ("reaffirmed its support for X in the
/// fight": the subject of a verb whose object is support is not the one who fights);</item>
/// <item><c>&gt;agent</c>: from an event noun to the ones who did it ("the Iranian strikes" → "Iranian"), so that
/// "condemned the Iranian strikes" ends at Iran.</item>
/// </list>
/// </summary>
internal sealed class ArgumentPath
{
    private static readonly string[] EventAgentRelations = ["nmod:poss", "amod", "compound"];

    private readonly Step[] steps;

    private ArgumentPath(string text, Step[] steps)
    {
        Text = text;
        this.steps = steps;
    }

    public string Text { get; }

    public override string ToString() => Text;

    public static ArgumentPath Parse(string text, IReadOnlyDictionary<string, FrozenSet<string>> classes, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<Step>();
        var reporting = classes.TryGetValue("reporting", out var verbs) ? verbs : null;
        var causative = classes.TryGetValue("causative", out var causing) ? causing : null;
        var timeNouns = classes.TryGetValue("timeNoun", out var times) ? times : null;
        var eventNouns = classes.TryGetValue("eventNoun", out var events) ? events : null;
        var agentive = classes.TryGetValue("agentive", out var performing) ? performing : null;
        foreach (var raw in text.Split('/'))
        {
            var part = raw.Trim();
            var filter = (FrozenSet<string>?)null;
            var negated = false;
            var at = part.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                negated = at + 1 < part.Length && part[at + 1] == '!';
                filter = Words(part[(at + (negated ? 2 : 1))..], classes, ruleId, text);
                part = part[..at];
            }

            string? upos = null;
            var hash = part.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                upos = part[(hash + 1)..];
                part = part[..hash];
                if (upos is not ("PROPN" or "NOUN" or "VERB" or "ADJ" or "PRON"))
                {
                    throw new FrameCatalogException($"rule '{ruleId}': '#{upos}' in path '{text}' is not a part of speech a path may require (PROPN, NOUN, VERB, ADJ, PRON).");
                }
            }

            if (part.Length == 0 && filter is null)
            {
                throw new FrameCatalogException($"rule '{ruleId}': empty step in path '{text}'.");
            }

            if (part == ">agent")
            {
                steps.Add(new Step(StepKind.EventAgent, "", null, filter, upos, reporting) { NegatedFilter = negated, Causative = causative, TimeNouns = timeNouns, EventNouns = eventNouns, Agentive = agentive });
                continue;
            }

            var up = part.StartsWith('^');
            var lacks = part.StartsWith('!');
            if (up || lacks)
            {
                part = part[1..];
            }

            FrozenSet<string>? cases = null;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                if (!part.EndsWith(']'))
                {
                    throw new FrameCatalogException($"rule '{ruleId}': unclosed '[' in path '{text}'.");
                }

                cases = Words(part[(bracket + 1)..^1], classes, ruleId, text);
                part = part[..bracket];
            }

            if (part.Length > 0 && !UniversalRelations.IsKnown(part))
            {
                throw new FrameCatalogException($"rule '{ruleId}': '{part}' in path '{text}' is not a Universal Dependencies relation of the parser.");
            }

            if (lacks && part.Length == 0)
            {
                throw new FrameCatalogException($"rule '{ruleId}': '!' in path '{text}' needs a relation.");
            }

            var kind = part.Length == 0 ? StepKind.Filter : up ? StepKind.Up : lacks ? StepKind.Lacks : StepKind.Down;
            steps.Add(new Step(kind, part, cases, filter, upos, reporting) { NegatedFilter = negated, Causative = causative, TimeNouns = timeNouns });
        }

        return new ArgumentPath(text, [.. steps]);
    }

    /// <summary>
    /// The prepositions of a one-step path to a noun modifier (<c>nmod[on|against]</c>), or null for any other path: the
    /// phrases whose attachment a parser without lexical preferences often gets wrong (see <see cref="FollowDisplaced"/>).
    /// </summary>
    public FrozenSet<string>? NounModifierCases =>
        steps.Length == 1 && steps[0] is { Kind: StepKind.Down, Relation: "nmod", Cases: { } cases, Filter: null } ? cases : null;

    /// <summary>
    /// A prepositional phrase the path names that the parse hung one level too high: "made progress in its fight
    /// against X" with "against X" on "made". A phrase that starts right after the noun's own words and hangs from a
    /// word above the noun can belong to either; the event noun's own preposition ("fight against", "strikes on")
    /// decides, which is the lexical preference the parser lacks. Only for <see cref="NounModifierCases"/> paths.
    /// </summary>
    public void FollowDisplaced(AnalyzedSentence sentence, int from, List<int> results)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (NounModifierCases is not { } cases)
        {
            return;
        }

        if (DisplacedPhrase(sentence, from, cases) is var phrase and > 0 && !results.Contains(phrase))
        {
            results.Add(phrase);
        }
    }

    /// <summary>
    /// The prepositional phrase (with one of <paramref name="cases"/>) that starts right after the noun's own words and
    /// hangs from a word above the noun, or 0: "made progress in its fight against X", "condemned the massacre by X".
    /// </summary>
    private static int DisplacedPhrase(AnalyzedSentence sentence, int noun, FrozenSet<string> cases)
    {
        var right = noun;
        foreach (var index in sentence.Subtree(noun))
        {
            right = Math.Max(right, index);
        }

        var next = right + 1;
        if (next > sentence.Count || sentence[next].DepRel != "case" || !cases.Contains(LemmaKey(sentence[next])))
        {
            return 0;
        }

        var phrase = sentence[next].Head;
        var attachedTo = sentence[phrase].Head;
        return phrase > next && attachedTo != 0 && sentence[phrase].DepRel is "obl" or "nmod" && sentence.IsDescendantOf(noun, attachedTo)
            ? phrase
            : 0;
    }

    [ThreadStatic]
    private static List<int>? t_current;

    [ThreadStatic]
    private static List<int>? t_next;

    /// <summary>
    /// The words (1-based indices) the path reaches from <paramref name="from"/>; empty when it leads nowhere. With
    /// <paramref name="fromGerund"/>, the start is an event noun the parse took for a verb's gerund, whose modifiers it
    /// labelled <c>obl</c> and whose place as a subject it labelled <c>csubj</c> or <c>advcl</c>: a first <c>nmod</c> step
    /// accepts the former, a first <c>^nsubj</c> step the latter.
    /// </summary>
    public void Follow(AnalyzedSentence sentence, int from, List<int> results, bool fromGerund = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // Two scratch lists per thread: paths are followed thousands of times per article and allocated none of their own.
        var current = t_current ??= [];
        var next = t_next ??= [];
        current.Clear();
        current.Add(from);
        var first = true;
        foreach (var step in steps)
        {
            next.Clear();
            foreach (var index in current)
            {
                step.Apply(sentence, index, next, gerundAsNoun: first && fromGerund);
            }

            first = false;

            (current, next) = (next, current);
            if (current.Count == 0)
            {
                return;
            }
        }

        foreach (var index in current)
        {
            if (!results.Contains(index))
            {
                results.Add(index);
            }
        }
    }

    private static FrozenSet<string> Words(string list, IReadOnlyDictionary<string, FrozenSet<string>> classes, string ruleId, string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.StartsWith('$'))
            {
                if (!classes.TryGetValue(word[1..], out var members))
                {
                    throw new FrameCatalogException($"rule '{ruleId}': no word class '{word[1..]}' in lexicon.json (path '{path}').");
                }

                words.UnionWith(members);
            }
            else
            {
                words.Add(word);
            }
        }

        return words.Count > 0 ? words.ToFrozenSet(StringComparer.Ordinal) : throw new FrameCatalogException($"rule '{ruleId}': empty word list in path '{path}'.");
    }

    private enum StepKind : byte
    {
        Down,
        Up,
        Filter,
        EventAgent,

        /// <summary><c>!obj@$aid</c>: keep the current word only if no dependent of it matches the step.</summary>
        Lacks,
    }

    private sealed record Step(StepKind Kind, string Relation, FrozenSet<string>? Cases, FrozenSet<string>? Filter, string? Upos, FrozenSet<string>? Reporting)
    {
        /// <summary>The lexicon's causative verbs, whose object is the subject of their open complement.</summary>
        public FrozenSet<string>? Causative { get; init; }

        /// <summary>The lexicon's nouns of time, which a caseless oblique ("last week", "two days") mostly is.</summary>
        public FrozenSet<string>? TimeNouns { get; init; }

        /// <summary>The lexicon's event nouns, which take an agent with "by" of their own.</summary>
        public FrozenSet<string>? EventNouns { get; init; }

        /// <summary>The lexicon's verbs that carry out an event named by their object ("carried out", "launched").</summary>
        public FrozenSet<string>? Agentive { get; init; }

        /// <param name="gerundAsNoun">The word is an event noun the parse took for a gerund: an <c>nmod</c> step also takes
        /// <c>obl</c> dependents, and a <c>^nsubj</c> step also climbs from the subject clause the parse made of it.</param>
        public void Apply(AnalyzedSentence sentence, int index, List<int> output, bool gerundAsNoun = false)
        {
            switch (Kind)
            {
                case StepKind.Down:
                    foreach (var child in sentence.Children(index))
                    {
                        var token = sentence[child];
                        // A noun's modifiers are nmod in UD; the parser sometimes labels them obl ("vowed revenge against
                        // X", "a threat to X" as a predicate), with the same head. An object never has a preposition: one
                        // that opens with one is a mislabelled oblique ("clashes broke out between X and Y troops").
                        if ((token.DepRel == Relation || ((gerundAsNoun || sentence[index].Upos == "NOUN") && Relation == "nmod" && token.DepRel == "obl")
                                || (Relation == "obl" && Cases is not null && token.DepRel == "obj"))
                            && (Cases is null || HasCase(sentence, child, Cases)) && Passes(token))
                        {
                            output.Add(child);
                        }
                    }

                    if (Relation == "obj" && output.Count > 0 && Cases is null && Filter is null)
                    {
                        AddStrandedConjuncts(sentence, index, output);
                    }

                    if (Relation == "obj" && output.Count == 0)
                    {
                        AddMisattachedObjects(sentence, index, output);
                        if (output.Count == 0)
                        {
                            AddSharedObjects(sentence, index, output);
                        }
                    }
                    else if (Relation == "nsubj" && output.Count == 0 && sentence[index] is { DepRel: "advcl", Upos: "VERB", Head: > 0 } complement
                        && sentence[complement.Head].Upos == "ADJ" && HasMark(sentence, index, "to"))
                    {
                        // "X was quick to condemn Y" with the infinitive read as an adverbial clause: an adjective's
                        // infinitive is its complement, whose subject is the adjective's.
                        foreach (var child in sentence.Children(complement.Head))
                        {
                            if (sentence[child].DepRel == "nsubj" && Passes(sentence[child]))
                            {
                                output.Add(child);
                            }
                        }
                    }
                    else if (Relation == "nsubj" && output.Count == 0 && sentence[index] is { DepRel: "acl", Xpos: "VBD" or "VBZ" or "VBP", Head: > 0 } finite
                        && sentence[finite.Head].Upos is "NOUN" or "PROPN" && Passes(sentence[finite.Head]))
                    {
                        // "X imposed sanctions on Y" parsed with the verb as a clause on "X": a finite verb is no reduced
                        // relative (those are participles), so the noun it hangs on is its subject (as for verb triggers,
                        // see FrameRelationRecognizer.InheritSubject).
                        output.Add(finite.Head);
                    }
                    else if (Relation == "nsubj" && output.Count == 0 && sentence[index] is { Xpos: "VBG", Head: > 0 } adjunct
                        && ((adjunct.DepRel == "advcl" && sentence[adjunct.Head].Upos == "VERB"
                                && ((adjunct.Head > index && !sentence.HasDependent(index, "mark")) || HasSubjectControlMark(sentence, index)))
                            || (adjunct.DepRel is "acl" or "advcl" && sentence[adjunct.Head].Upos is "NOUN" or "PROPN")))
                    {
                        // "Speaking after talks with Y, X said ...", "X, speaking after talks with Y, said ...": a free
                        // adjunct's -ing verb before its clause has the clause's subject, a participle on a noun has that
                        // noun (as for verb triggers, see FrameRelationRecognizer.InheritSubject). An unmarked adjunct after
                        // the clause often states a consequence or an aim ("..., seeking talks with Y"), so it is left out;
                        // one introduced by "by", "after", "while" and kin is done by the clause's subject wherever it stands
                        // ("X responded by imposing sanctions on Y"), not one with "for" ("praised Y for imposing ...").
                        if (sentence[adjunct.Head].Upos != "VERB")
                        {
                            if (Passes(sentence[adjunct.Head]))
                            {
                                output.Add(adjunct.Head);
                            }
                        }
                        else
                        {
                            foreach (var child in sentence.Children(adjunct.Head))
                            {
                                if (sentence[child].DepRel == "nsubj" && Passes(sentence[child]))
                                {
                                    output.Add(child);
                                }
                            }
                        }
                    }
                    else if (Relation == "nsubj" && output.Count == 0 && sentence[index] is { DepRel: "xcomp" or "conj", Upos: "VERB", Head: > 0 } controlled
                        && sentence[controlled.Head].Upos == "VERB")
                    {
                        // "X voted to impose sanctions", "X met Y and imposed sanctions": a verb without a subject of its own
                        // shares its governor's (as for verb triggers, see FrameRelationRecognizer.InheritSubject); under a
                        // verb with an object, an infinitive's subject is that object ("urged Y to impose"), not taken here.
                        // A causative that makes its object act ("prompted X to launch strikes", "forced X to retreat")
                        // asserts the act, with the object as its subject.
                        var objectControl = controlled.DepRel == "xcomp" && (sentence.HasDependent(controlled.Head, "obj") || sentence.HasDependent(controlled.Head, "iobj"));
                        var causer = objectControl && Causative is not null && Causative.Contains(LemmaKey(sentence[controlled.Head]));
                        foreach (var child in sentence.Children(controlled.Head))
                        {
                            if (((!objectControl && sentence[child].DepRel == "nsubj") || (causer && sentence[child].DepRel == "obj")) && Passes(sentence[child]))
                            {
                                output.Add(child);
                            }
                        }
                    }

                    break;
                case StepKind.Lacks:
                    foreach (var child in sentence.Children(index))
                    {
                        if (sentence[child].DepRel == Relation && (Cases is null || HasCase(sentence, child, Cases)) && Passes(sentence[child]))
                        {
                            return;
                        }
                    }

                    output.Add(index);
                    break;
                case StepKind.Up:
                    var self = sentence[index];
                    if ((self.DepRel == Relation || (gerundAsNoun && Relation == "nsubj" && IsGerundSubject(sentence, index))
                            || (Relation == "obj" && IsCaselessObliqueObject(sentence, index)))
                        && self.Head > 0 && (Cases is null || HasCase(sentence, index, Cases)) && Passes(sentence[self.Head]))
                    {
                        output.Add(self.Head);
                    }
                    else if (Relation == "obl" && Cases is not null && Filter is not null && self.DepRel == "nmod" && self.Head > 0 && self.Head < index
                        && sentence[self.Head].DepRel == "obj" && sentence[self.Head].Head is var verb and > 0
                        && HasCase(sentence, index, Cases) && Passes(sentence[verb]))
                    {
                        // "killed two soldiers in an ambush" with "in an ambush" hung on the object: a step up to a verb
                        // of the listed lemmas as its oblique is that verb's lexical preference, which the parser lacks, so
                        // the phrase counts as the verb's whichever of the two it was attached to.
                        output.Add(verb);
                    }
                    else if (Relation == "obl" && Cases is not null && Filter is not null && self.DepRel == "obl" && self.Head > index
                        && Reporting is not null && Reporting.Contains(LemmaKey(sentence[self.Head])) && HasCase(sentence, index, Cases)
                        && ReportedClauseBefore(sentence, self.Head, index) is var reported and > 0 && Passes(sentence[reported]))
                    {
                        // "X killed Y in an attack, officials said" with "in an attack" hung on "said": an attribution
                        // put after its report ends the report, so what stands before it belongs to the reported clause.
                        output.Add(reported);
                    }

                    break;
                case StepKind.Filter:
                    if (Passes(sentence[index]))
                    {
                        output.Add(index);
                    }

                    break;
                case StepKind.EventAgent:
                    var before = output.Count;
                    foreach (var child in sentence.Children(index))
                    {
                        var token = sentence[child];
                        if ((Array.IndexOf(EventAgentRelations, token.DepRel) >= 0 || (token.DepRel == "nmod" && HasCase(sentence, child, ByCase)))
                            && Passes(token))
                        {
                            output.Add(child);
                        }
                        else if (token.DepRel == "acl" && token.Xpos == "VBN")
                        {
                            // "the sanctions imposed by X", "executions carried out by X": the participle's agent.
                            foreach (var agent in sentence.Children(child))
                            {
                                if (sentence[agent].DepRel == "obl:agent" && Passes(sentence[agent]))
                                {
                                    output.Add(agent);
                                }
                            }
                        }
                        else if (token.DepRel == "acl:relcl" && Agentive is not null && Agentive.Contains(LemmaKey(token)))
                        {
                            // "the attack (that) X carried out", "the strike, which was launched by X": a relative clause of
                            // a verb that performs the event names its doer. Only those verbs: "the strike, which X
                            // condemned" names a critic.
                            foreach (var agent in sentence.Children(child))
                            {
                                if (sentence[agent].DepRel is "nsubj" or "obl:agent" && sentence[agent].Upos != "PRON" && Passes(sentence[agent]))
                                {
                                    output.Add(agent);
                                }
                            }
                        }
                    }

                    // "condemned the massacre by X" with "by X" hung on the verb: an event noun takes its agent with "by",
                    // an active verb does not.
                    if (output.Count == before && DisplacedPhrase(sentence, index, ByCase) is var displaced and > 0 && Passes(sentence[displaced]))
                    {
                        output.Add(displaced);
                    }

                    // "the killing of aid workers by X" with "by X" hung on the victims: a noun for people or things takes no
                    // by-phrase of its own (events and works do), so it is the event's agent.
                    if (output.Count == before)
                    {
                        var children = sentence.Children(index);
                        for (var c = 0; c < children.Length; c++)
                        {
                            var child = children[c];
                            if (sentence[child] is { DepRel: "nmod", Upos: "NOUN" } patient && HasCase(sentence, child, OfCase)
                                && !(EventNouns?.Contains(LemmaKey(patient)) ?? true))
                            {
                                var grandchildren = sentence.Children(child);
                                for (var g = 0; g < grandchildren.Length; g++)
                                {
                                    var agent = grandchildren[g];
                                    if (sentence[agent].DepRel == "nmod" && HasCase(sentence, agent, ByCase) && Passes(sentence[agent]))
                                    {
                                        output.Add(agent);
                                    }
                                }
                            }
                        }
                    }

                    break;
            }
        }

        private static readonly FrozenSet<string> ByCase = new[] { "by" }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> OfCase = new[] { "of" }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// "carried out three airstrikes on X" with the noun labelled a caseless <c>obl</c> of a verb that has no object:
        /// an event noun right after its verb without a preposition is the verb's object (a caseless oblique is a time
        /// or measure phrase, and event nouns are neither).
        /// </summary>
        private static bool IsCaselessObliqueObject(AnalyzedSentence sentence, int index)
        {
            var self = sentence[index];
            if (self.DepRel != "obl" || self.Upos != "NOUN" || self.Head <= 0 || self.Head > index || sentence[self.Head].Upos != "VERB")
            {
                return false;
            }

            if (!IsCaseless(sentence, index))
            {
                return false;
            }

            foreach (var sibling in sentence.Children(self.Head))
            {
                if (sentence[sibling].DepRel is "obj" or "ccomp" or "xcomp")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the phrase headed by the word has no preposition or subordinator of its own.</summary>
        private static bool IsCaseless(AnalyzedSentence sentence, int index)
        {
            foreach (var child in sentence.Children(index))
            {
                if (sentence[child].DepRel is "case" or "mark")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The reported clause (<c>ccomp</c>) of a verb of saying that comes after it, when the phrase at
        /// <paramref name="phrase"/> stands between that clause and the verb's own subject; 0 otherwise.
        /// </summary>
        private static int ReportedClauseBefore(AnalyzedSentence sentence, int verb, int phrase)
        {
            var reported = 0;
            var subject = 0;
            foreach (var child in sentence.Children(verb))
            {
                if (sentence[child].DepRel == "ccomp" && child < phrase)
                {
                    reported = child;
                }
                else if (sentence[child].DepRel is "nsubj" or "nsubj:pass")
                {
                    subject = child;
                }
            }

            return reported > 0 && subject > phrase ? reported : 0;
        }

        /// <summary>
        /// "Fighting broke out between X and Y" parsed with "Fighting" as a subject clause, or as an adverbial clause of a
        /// verb that then has no subject: the gerund, read as a noun, is that verb's subject. An adverbial gerund
        /// ("Fighting in the north, the army lost ground") leaves its verb a subject of its own.
        /// </summary>
        private static bool IsGerundSubject(AnalyzedSentence sentence, int index)
        {
            var self = sentence[index];
            return self.DepRel is "csubj"
                || (self.DepRel == "advcl" && index < self.Head
                    && !sentence.HasDependent(self.Head, "nsubj") && !sentence.HasDependent(self.Head, "nsubj:pass") && !sentence.HasDependent(self.Head, "expl"));
        }

        /// <summary><c>@!...</c>: the word passes only if its lemma is not listed.</summary>
        public bool NegatedFilter { get; init; }

        private bool Passes(Token token) => (Filter is null || Filter.Contains(LemmaKey(token)) != NegatedFilter) && (Upos is null || token.Upos == Upos);

        /// <summary>Subordinators of an -ing clause whose subject is the main clause's: "by imposing", "after launching".</summary>
        private static readonly FrozenSet<string> SubjectControlMarks = new[] { "by", "after", "while", "upon", "on", "in", "without", "before", "since" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether an -ing clause is introduced by one of <see cref="SubjectControlMarks"/>.</summary>
        private static bool HasSubjectControlMark(AnalyzedSentence sentence, int verb)
        {
            foreach (var child in sentence.Children(verb))
            {
                if (sentence[child].DepRel == "mark" && SubjectControlMarks.Contains(sentence[child].Form))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a phrase has its preposition (<c>case</c>) between one of its words and its head.</summary>
        private static bool HasCaseBetween(AnalyzedSentence sentence, int head, int after)
        {
            foreach (var c in sentence.Children(head))
            {
                if (c > after && c < head && sentence[c].DepRel == "case")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word has a <c>mark</c> of that lemma ("to" of an infinitive).</summary>
        private static bool HasMark(AnalyzedSentence sentence, int word, string lemma)
        {
            foreach (var child in sentence.Children(word))
            {
                if (sentence[child].DepRel == "mark" && LemmaKey(sentence[child]) == lemma)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a verb's conjunct has a subject of its own, or a dependent between the two verbs other than the
        /// coordinator ("X condemned and on Monday sanctioned Y"): then it does not share the first verb's object.
        /// </summary>
        private static bool HasOwnSubjectOrWordsBefore(AnalyzedSentence sentence, int verb, int conjunct)
        {
            foreach (var c in sentence.Children(conjunct))
            {
                if (sentence[c].DepRel is "nsubj" or "nsubj:pass" || (c > verb && c < conjunct && sentence[c].DepRel != "cc"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "killed twelve X fighters" with the counted phrase read as an oblique: a phrase with a number and no preposition
        /// that counts no time ("two days", "last week") is what the verb acted on.
        /// </summary>
        private bool IsCountedNonTime(AnalyzedSentence sentence, int noun) =>
            TimeNouns is not null && !TimeNouns.Contains(LemmaKey(sentence[noun]))
            && sentence.HasDependent(noun, "nummod") && !sentence.HasDependent(noun, "advmod") && !sentence.HasDependent(noun, "case");

        /// <summary>
        /// "condemned X as well as Y" with "Y" hung on the verb as an oblique: a dependent after the object with a
        /// coordinating conjunction of its own and no preposition is the object's conjunct.
        /// </summary>
        private void AddStrandedConjuncts(AnalyzedSentence sentence, int verb, List<int> output)
        {
            var objectEnd = output[^1];
            foreach (var child in sentence.Children(verb))
            {
                if (child > objectEnd && sentence[child] is { DepRel: "obl" or "obl:unmarked", Upos: "PROPN" or "NOUN" }
                    && sentence.HasDependent(child, "cc") && !sentence.HasDependent(child, "case")
                    && Passes(sentence[child]) && !output.Contains(child))
                {
                    output.Add(child);
                }
            }
        }

        /// <summary>
        /// "X condemned and sanctioned Y": a verb with no object of its own shares that of the verb coordinated right after
        /// it, when that verb has no subject of its own (the parse hangs the shared object on the nearer verb).
        /// </summary>
        private void AddSharedObjects(AnalyzedSentence sentence, int verb, List<int> output)
        {
            if (sentence[verb].Upos != "VERB")
            {
                return;
            }

            foreach (var conjunct in sentence.Children(verb))
            {
                if (conjunct <= verb || sentence[conjunct] is not { DepRel: "conj", Upos: "VERB" }
                    || HasOwnSubjectOrWordsBefore(sentence, verb, conjunct))
                {
                    continue;
                }

                foreach (var child in sentence.Children(conjunct))
                {
                    if (sentence[child].DepRel == "obj" && Passes(sentence[child]))
                    {
                        output.Add(child);
                    }
                }
            }
        }

        /// <summary>
        /// A verb's object that the parse mislabelled, when the verb has no object of its own: a name right after the verb
        /// labelled <c>obl</c> or <c>obl:unmarked</c> with no preposition ("killed Hamas commander X in Gaza", "killed army
        /// colonel X"; an oblique without a case marker
        /// is a time or measure phrase, never a name), a bare noun or name labelled <c>xcomp</c> ("murdered journalist X";
        /// the frames' verbs are no verbs of naming, whose complement that would be), or an object hung on one of the verb's oblique nouns ("condemned in
        /// the harshest words the attack", with "attack" as an object of "words": a noun takes no object in UD, nor a modifier without a preposition), or a name
        /// before an oblique's own preposition ("criticised X on Tuesday" with X a compound of "Tuesday").
        /// </summary>
        private void AddMisattachedObjects(AnalyzedSentence sentence, int verb, List<int> output)
        {
            if (sentence[verb].Upos != "VERB")
            {
                return;
            }

            foreach (var oblique in sentence.Children(verb))
            {
                if (oblique > verb && (sentence[oblique] is { DepRel: "obl" or "obl:unmarked", Upos: "PROPN" } || sentence[oblique] is { DepRel: "xcomp", Upos: "PROPN" or "NOUN" })
                    && Passes(sentence[oblique]) && IsCaseless(sentence, oblique))
                {
                    output.Add(oblique);
                    continue;
                }

                if (oblique > verb && sentence[oblique] is { DepRel: "obl", Upos: "NOUN" } && Passes(sentence[oblique]) && IsCaseless(sentence, oblique)
                    && (OpensWithAtLeast(sentence, oblique) || IsCountedNonTime(sentence, oblique)))
                {
                    // "fired at least eight missiles at X" with "at" taken for the phrase's preposition: "at least" and
                    // "at most" count, they introduce no place.
                    output.Add(oblique);
                    continue;
                }

                if (oblique > verb && sentence[oblique].DepRel == "obl")
                {
                    // "criticised X on Tuesday" parsed with X as a compound of "Tuesday": a preposition opens its phrase,
                    // so a name before the oblique's own preposition is no part of it, and right after the verb it is the
                    // object.
                    foreach (var child in sentence.Children(oblique))
                    {
                        if (child > verb && sentence[child] is { DepRel: "compound", Upos: "PROPN" } && Passes(sentence[child])
                            && HasCaseBetween(sentence, oblique, child))
                        {
                            output.Add(child);
                        }
                    }
                }

                if (sentence[oblique].DepRel is not ("obl" or "obl:unmarked") || sentence[oblique].Upos != "NOUN")
                {
                    continue;
                }

                foreach (var child in sentence.Children(oblique))
                {
                    // A plain nmod without a preposition is no English noun modifier (those are nmod:poss, :unmarked,
                    // :tmod): the parse hung the verb's object there ("condemned in the strongest terms the X attack").
                    if (child > oblique && (sentence[child].DepRel == "obj" || (sentence[child].DepRel == "nmod" && IsCaseless(sentence, child)))
                        && Passes(sentence[child]))
                    {
                        output.Add(child);
                    }
                }
            }
        }

        /// <summary>Whether the phrase starts with "at least" or "at most" (a count, not a preposition).</summary>
        private static bool OpensWithAtLeast(AnalyzedSentence sentence, int index)
        {
            var first = LeftmostWord(sentence, index);
            return first < sentence.Count && sentence[first].Form.Equals("at", StringComparison.OrdinalIgnoreCase)
                && sentence[first + 1].Form.ToLowerInvariant() is "least" or "most";
        }

        /// <summary>The first word of the phrase <paramref name="index"/> heads (no allocation: follows the leftmost children).</summary>
        private static int LeftmostWord(AnalyzedSentence sentence, int index)
        {
            var first = index;
            for (var depth = 0; depth < sentence.Count; depth++)
            {
                var children = sentence.Children(first);
                if (children.Length == 0 || children[0] > first)
                {
                    return first;
                }

                first = children[0];
            }

            return first;
        }

        /// <summary>
        /// Whether the phrase headed by <paramref name="index"/> is introduced by one of <paramref name="cases"/>: a case
        /// marker of the head, or the phrase's first word when that is a case marker the parse hung on an inner word
        /// ("from al-Shabaab militants" with "from" under "al"): an English preposition opens its phrase.
        /// </summary>
        private static bool HasCase(AnalyzedSentence sentence, int index, FrozenSet<string> cases)
        {
            foreach (var child in sentence.Children(index))
            {
                var token = sentence[child];
                if (token.DepRel is "case" or "mark" && cases.Contains(LemmaKey(token)))
                {
                    return true;
                }
            }

            var first = LeftmostWord(sentence, index);
            return first < index && sentence[first] is { DepRel: "case" } opener && cases.Contains(LemmaKey(opener));
        }
    }

    /// <summary>The lower-case lemma the frame files are written in.</summary>
    public static string LemmaKey(Token token) =>
        token.Lemma.Length > 0 && char.IsUpper(token.Lemma[0]) ? token.Lemma.ToLowerInvariant() : token.Lemma;
}

/// <summary>The relations the parser is trained to produce (UD English EWT), so a typo in a frame file fails at start.</summary>
internal static class UniversalRelations
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc", "cc:preconj",
        "ccomp", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:pass", "det", "det:predet", "discourse",
        "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:npmod",
        "nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl",
        "obl:agent", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root",
        "vocative", "xcomp",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string relation) => Known.Contains(relation);
}
