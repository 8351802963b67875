using System.Collections.Frozen;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Extraction.Frames;

// The parser's word, not the surface tokenizer's (KnowledgeGraph.Extraction.Token).
using Token = KnowledgeGraph.Language.Token;

/// <summary>Why an event the frames found is not an edge: the text does not assert that it happened.</summary>
internal enum NonAssertion : byte
{
    None,
    Question,
    Negated,
    Modal,
    Conditional,
    Counterfactual,
    Irrealis,
    Claimed,
    Hedged,
    Purpose,
}

/// <summary>
/// One assertion check for every frame, over the parse: is the event the trigger names stated as having happened? It is
/// not when the sentence asks, when the trigger or the clause it sits in is negated ("did not attack", "no sanctions"),
/// modal or future ("would", "could", "will"), conditional ("if", "unless") or counterfactual ("had Iran attacked"),
/// the complement of a plan, wish, attempt, demand or threat ("plans to attack", "called for sanctions", "threatened
/// to strike" — the threat itself is a THREATENED event, the strike is not an attack), the complement of a claim,
/// denial, accusation or allegation ("denied attacking", "accused X of killing"), hedged ("allegedly", "the alleged
/// attack", "a possible strike") or a purpose ("to defeat X"). Neutral attribution ("said", "according to",
/// "reportedly") keeps the statement: the annotation guide counts a credible source's report as asserted.
/// A hypothetical noun phrase ("an attack on X would trigger a war") is caught by the clause it sits in.
/// </summary>
internal sealed class AssertionLayer(FrameCatalog catalog)
{
    private static readonly FrozenSet<string> IrrealisNouns = new[]
    {
        "plan", "threat", "call", "demand", "proposal", "possibility", "prospect", "risk", "fear", "danger", "rumour",
        "rumor", "allegation", "claim", "accusation", "denial", "warning", "intention", "bid", "attempt", "effort",
        "plot", "scenario", "option", "idea", "question", "speculation", "suggestion", "talk", "hope", "desire", "vow",
        "pledge", "promise", "readiness", "preparation", "threatening", "likelihood", "chance", "suspicion",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WithCase = new[] { "with" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ToMark = new[] { "to" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OfMark = new[] { "of" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FromOrOnMark = new[] { "from", "on" }.ToFrozenSet(StringComparer.Ordinal);

    // Prepositions of time and place: an oblique they introduce is where or when, not what, the verb is about.
    private static readonly FrozenSet<string> CircumstanceCases = new[]
    {
        "in", "during", "after", "before", "at", "since", "amid", "amidst", "following", "despite", "through", "throughout",
        "within", "near", "until", "till", "inside", "outside", "across", "along", "around",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> negation = catalog.Class("negation");
    private readonly FrozenSet<string> modal = catalog.Class("modal");
    private readonly FrozenSet<string> conditional = catalog.Class("conditional");
    private readonly FrozenSet<string> claim = catalog.Class("claim");
    private readonly FrozenSet<string> irrealis = catalog.Class("irrealis");
    private readonly FrozenSet<string> continuative = catalog.Class("continuative");
    private readonly FrozenSet<string> hedge = catalog.Class("hedge");

    public NonAssertion Check(AnalyzedSentence sentence, int trigger)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Text.TrimEnd().EndsWith('?'))
        {
            return NonAssertion.Question;
        }

        if (InInvertedConditional(sentence, trigger))
        {
            return NonAssertion.Counterfactual;
        }

        var current = trigger;
        var isNoun = sentence[trigger].Upos is "NOUN" or "PROPN";
        // "the army's fight against X", "the invasion": a definite or possessed event noun presupposes its event, so a
        // plan, wish, demand or negation above its own clause ("sought to join the army's fight", "called for an end to
        // the invasion") does not cancel it. Its own clause still decides ("called for the sanctions"), and a claim or
        // a denial anywhere above still counts.
        var presupposed = isNoun && IsDefinite(sentence, trigger);
        for (var depth = 0; depth < 12 && current > 0; depth++)
        {
            // The noun's own markers (depth 0) and those of the clause it sits in (depth 1) always count: "the strike
            // could spark a war" is still hypothetical.
            var own = OwnMarkers(sentence, current, isNoun);
            if (own != NonAssertion.None)
            {
                return presupposed && depth > 1 && own != NonAssertion.Claimed ? NonAssertion.None : own;
            }

            if (sentence[current].Head == 0)
            {
                return NonAssertion.None;
            }

            if (GovernorReason(sentence, current, isNoun) is { } stop)
            {
                return presupposed && depth > 0 && stop != NonAssertion.Claimed ? NonAssertion.None : stop;
            }

            isNoun = sentence[sentence[current].Head].Upos is "NOUN" or "PROPN";
            current = sentence[current].Head;
        }

        return NonAssertion.None;
    }

    /// <summary>
    /// Whether a governor's lemma is in a word class, also when the lemmatiser dropped a final "e" of a regular past
    /// ("declined" → "declin"), as it does for words it did not see in training.
    /// </summary>
    /// <summary>
    /// A verb the irrealis class lists, alone ("plan", "refrain") or with its particle ("ruled out attacking X", "held off
    /// on striking X": "rule out", "hold off").
    /// </summary>
    private bool IsIrrealisVerb(AnalyzedSentence sentence, int verb, string lemma)
    {
        if (InClass(irrealis, lemma))
        {
            return true;
        }

        // No string per check: this runs for governors of triggers.
        Span<char> buffer = stackalloc char[48];
        var children = sentence.Children(verb);
        for (var c = 0; c < children.Length; c++)
        {
            var particle = sentence[children[c]];
            if (particle.DepRel != "compound:prt" || lemma.Length + 1 + particle.Form.Length > buffer.Length)
            {
                continue;
            }

            var phrasal = buffer[..(lemma.Length + 1 + particle.Form.Length)];
            lemma.AsSpan().CopyTo(phrasal);
            phrasal[lemma.Length] = ' ';
            particle.Form.AsSpan().ToLowerInvariant(phrasal[(lemma.Length + 1)..]);
            if (irrealis.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrasal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InClass(FrozenSet<string> words, string lemma)
    {
        if (words.Contains(lemma))
        {
            return true;
        }

        if (lemma.Length is <= 2 or > 30 || lemma[^1] == 'e')
        {
            return false;
        }

        // No string per check: this runs for every governor of every trigger.
        Span<char> withE = stackalloc char[lemma.Length + 1];
        lemma.AsSpan().CopyTo(withE);
        withE[^1] = 'e';
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(withE);
    }

    /// <summary>What the word's governor makes of it: a reason to stop (possibly <see cref="NonAssertion.None"/>), or null to look further up.</summary>
    private NonAssertion? GovernorReason(AnalyzedSentence sentence, int current, bool isNoun)
    {
        var token = sentence[current];
        var head = token.Head;
        var governorLemma = ArgumentPath.LemmaKey(sentence[head]);
        switch (token.DepRel)
        {
            case "xcomp" or "ccomp" or "csubj" or "csubj:pass":
                if (InClass(claim, governorLemma))
                {
                    return NonAssertion.Claimed;
                }

                if (IsIrrealisVerb(sentence, head, governorLemma) || IrrealisNouns.Contains(governorLemma) || governorLemma == "go" && token.DepRel == "xcomp")
                {
                    return NonAssertion.Irrealis;
                }

                return null;
            case "advcl" or "advcl:relcl":
                if (HasChild(sentence, current, "mark", conditional))
                {
                    return NonAssertion.Conditional;
                }

                // "refrained from attacking X", "was prevented from striking X", "held off on striking X": "from" or "on"
                // after a verb of holding back or preventing names what did not happen.
                if (HasChild(sentence, current, "mark", FromOrOnMark) && IsIrrealisVerb(sentence, head, governorLemma))
                {
                    return NonAssertion.Irrealis;
                }

                // "X was quick to condemn Y" read as an adverbial clause: an adjective's infinitive is its complement,
                // irrealis after "ready", "eager", "likely" and the like, and otherwise up to the adjective's clause.
                if (sentence[head].Upos == "ADJ" && HasChild(sentence, current, "mark", ToMark))
                {
                    return InClass(irrealis, governorLemma) ? NonAssertion.Irrealis : null;
                }

                if (IsPurpose(sentence, current))
                {
                    return NonAssertion.Purpose;
                }

                // "accused X of attacking Y", "denied killing him": the clause is the claim's content.
                if (InClass(claim, governorLemma))
                {
                    return NonAssertion.Claimed;
                }

                // "guilty of killing X", "capable of striking X": a clause with "of" completes its governor, whose own
                // markers ("not guilty") and clause then decide.
                if (HasChild(sentence, current, "mark", OfMark))
                {
                    return null;
                }

                // An adverbial clause is asserted on its own: "after Russia attacked, NATO would respond".
                return NonAssertion.None;
            case "acl":
                if (InClass(irrealis, governorLemma) || IrrealisNouns.Contains(governorLemma) || InClass(claim, governorLemma))
                {
                    return NonAssertion.Irrealis;
                }

                // "accused X of bombing Y" with the clause hung on X: still the content of the accusation.
                if (HasChild(sentence, current, "mark", OfMark) && sentence[head] is { DepRel: "obj", Head: > 0 } accused
                    && InClass(claim, ArgumentPath.LemmaKey(sentence[accused.Head])))
                {
                    return NonAssertion.Claimed;
                }

                if (IsPurpose(sentence, current))
                {
                    return NonAssertion.Purpose;
                }

                return NonAssertion.None;
            case "acl:relcl":
                // A relative clause states its own fact: "Turkey, which has sanctioned Syria, ...".
                return NonAssertion.None;
            case "nsubj" or "nsubj:pass" or "obj" or "iobj" or "obl" or "obl:agent" or "nmod" or "appos" or "conj" or "parataxis" or "nmod:poss":
                if (isNoun && token.DepRel is "obj" or "nsubj" or "nsubj:pass" or "obl")
                {
                    // The event noun is an argument of its clause: that clause's verb decides ("called for sanctions",
                    // "denied the attack", "an attack on X would trigger a war").
                    // An oblique is the verb's content ("called for sanctions", "accused of the attack", "warned
                    // against strikes") unless a preposition of time or place makes it a circumstance ("pushed on in
                    // the fight", "hoped after the attack"), which the clause does not put in doubt.
                    // A passive subject is the verb's object ("talks were postponed", "the attack was denied").
                    var content = token.DepRel is "obj" or "nsubj:pass" || (token.DepRel == "obl" && !HasChild(sentence, current, "case", CircumstanceCases));
                    if (InClass(claim, governorLemma) && content)
                    {
                        return NonAssertion.Claimed;
                    }

                    // A verb that carries its event on takes it as object or with "with" ("pressed its assault", "pressed
                    // on with the offensive", "continued with its campaign"), never as a wish ("pressed for sanctions").
                    var carriedOn = InClass(continuative, governorLemma)
                        && (token.DepRel is "obj" or "nsubj:pass" || (token.DepRel == "obl" && HasChild(sentence, current, "case", WithCase)));
                    if (InClass(irrealis, governorLemma) && content && !carriedOn)
                    {
                        return NonAssertion.Irrealis;
                    }
                }

                if (isNoun && token.DepRel == "nmod" && (IrrealisNouns.Contains(governorLemma) || InClass(claim, governorLemma)))
                {
                    return NonAssertion.Irrealis;
                }

                if (token.DepRel == "parataxis")
                {
                    // "“X shelled Y,” claimed the rebels": the quoted clause hangs on the claim after it.
                    return current < head && InClass(claim, governorLemma) && EndsWithComma(sentence, head - 1)
                        ? NonAssertion.Claimed
                        : NonAssertion.None;
                }

                return null;
            default:
                return NonAssertion.None;
        }
    }

    /// <summary>A noun with a definite article, a demonstrative or a possessor: "the attack", "this war", "Russia's invasion", "its fight".</summary>
    private static bool IsDefinite(AnalyzedSentence sentence, int noun)
    {
        foreach (var child in sentence.Children(noun))
        {
            var token = sentence[child];
            if (token.DepRel == "nmod:poss" || (token.DepRel == "det" && token.Lemma.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those"))
            {
                return true;
            }
        }

        return false;
    }

    private NonAssertion OwnMarkers(AnalyzedSentence sentence, int index, bool isNoun)
    {
        var auxHave = 0;
        var subject = 0;
        foreach (var child in sentence.Children(index))
        {
            var token = sentence[child];
            var lemma = ArgumentPath.LemmaKey(token);
            switch (token.DepRel)
            {
                case "advmod" or "det" or "cc:preconj" when negation.Contains(lemma) || negation.Contains(token.Form.ToLowerInvariant()):
                    return NonAssertion.Negated;
                case "advmod" or "amod" when hedge.Contains(lemma) || hedge.Contains(token.Form.ToLowerInvariant()):
                    return NonAssertion.Hedged;
                case "aux" or "aux:pass" when modal.Contains(lemma) || modal.Contains(token.Form.ToLowerInvariant()):
                    return NonAssertion.Modal;
                case "aux" when lemma == "have":
                    auxHave = child;
                    break;
                case "mark" when conditional.Contains(lemma):
                    return NonAssertion.Conditional;
                // "left without meeting X", "without a shot fired": the clause or noun "without" introduces did not happen.
                case "mark" or "case" when lemma == "without":
                    return NonAssertion.Negated;
                case "nsubj" or "nsubj:pass":
                    subject = child;
                    if (!isNoun && IsNegativeSubject(sentence, child))
                    {
                        return NonAssertion.Negated;
                    }

                    break;
                case "parataxis" or "xcomp" or "ccomp" or "conj" or "advcl" when !isNoun && child > index && InClass(claim, lemma) && IsPostposedAttribution(sentence, child):
                    return NonAssertion.Claimed;
            }

            // "there will be no sanctions" / "no attack took place": the determiner of the noun.
            if (isNoun && token.DepRel == "det" && lemma == "no")
            {
                return NonAssertion.Negated;
            }
        }

        // "Had Iran attacked Israel, ...": the auxiliary before its subject, with no "if".
        if (auxHave > 0 && subject > 0 && auxHave < subject && sentence[auxHave].Form is "Had" or "had")
        {
            return NonAssertion.Counterfactual;
        }

        return NonAssertion.None;
    }

    /// <summary>
    /// "Neither X nor Y condemned Z", "No country condemned Z", "None of them met Z": a negative subject denies the clause
    /// for every one it names. Only "neither" before a coordination, the determiner "no" and the negative pronouns
    /// count ("not only X but also Y" affirms).
    /// </summary>
    private static bool IsNegativeSubject(AnalyzedSentence sentence, int subject)
    {
        var form = sentence[subject].Form;
        if (form.Equals("none", StringComparison.OrdinalIgnoreCase) || form.Equals("nobody", StringComparison.OrdinalIgnoreCase)
            || form.Equals("nothing", StringComparison.OrdinalIgnoreCase) || form.Equals("neither", StringComparison.OrdinalIgnoreCase)
            || (form.Equals("one", StringComparison.OrdinalIgnoreCase) && subject > 1 && sentence[subject - 1].Form.Equals("no", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var child in sentence.Children(subject))
        {
            var token = sentence[child];
            if ((token.DepRel == "cc:preconj" && token.Form.Equals("neither", StringComparison.OrdinalIgnoreCase))
                || (token.DepRel == "det" && token.Form.Equals("no", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Had X attacked Y, the region would have burned", however the parse hung it: a sentence that opens with "Had" and
    /// a subject and a participle, and whose main clause after the comma is modal, puts everything before that comma in a
    /// counterfactual.
    /// </summary>
    private bool InInvertedConditional(AnalyzedSentence sentence, int trigger)
    {
        if (sentence.Count < 5 || sentence[1].Form != "Had" || sentence[2].Upos is not ("PROPN" or "NOUN" or "PRON" or "DET" or "ADJ"))
        {
            return false;
        }

        var comma = 0;
        var participle = false;
        for (var i = 3; i <= sentence.Count; i++)
        {
            if (sentence[i].Form == ",")
            {
                comma = i;
                break;
            }

            participle |= sentence[i].Xpos is "VBN" or "VBD";
        }

        // "Had talks with X, ..." (a headline's past tense) has no participle of its own before the comma.
        if (comma == 0 || trigger >= comma || !participle)
        {
            return false;
        }

        for (var i = comma + 1; i <= sentence.Count; i++)
        {
            if (modal.Contains(sentence[i].Form.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X attacked Y, the minister claimed": a claim verb after the clause, set off by a comma, with its own subject and no
    /// complement or conjunction of its own, says whose claim the whole clause is (UD makes it a parataxis; the parser may
    /// say xcomp, ccomp, conj or, with no marker, advcl).
    /// </summary>
    private static bool IsPostposedAttribution(AnalyzedSentence sentence, int verb)
    {
        if (verb < 2 || !EndsWithComma(sentence, verb - 1) && !HasCommaBeforeSubject(sentence, verb))
        {
            return false;
        }

        var hasSubject = false;
        foreach (var child in sentence.Children(verb))
        {
            var relation = sentence[child].DepRel;
            if (relation is "nsubj")
            {
                hasSubject = child < verb || child == verb + 1;
            }
            else if (relation is "obj" or "ccomp" or "xcomp" or "mark" or "cc")
            {
                return false;
            }
        }

        return hasSubject;
    }

    /// <summary>A comma at the word, or just before the closing quotation marks there ("we struck," they claimed).</summary>
    private static bool EndsWithComma(AnalyzedSentence sentence, int index)
    {
        while (index >= 1 && sentence[index].Form is "\"" or "”" or "’" or "'" or "''")
        {
            index--;
        }

        return index >= 1 && sentence[index].Form == ",";
    }

    /// <summary>", the minister claimed", ", claimed the minister": a comma just before the attribution's subject.</summary>
    private static bool HasCommaBeforeSubject(AnalyzedSentence sentence, int verb)
    {
        foreach (var child in sentence.Children(verb))
        {
            if (sentence[child].DepRel == "nsubj" && child < verb)
            {
                var first = child;
                foreach (var inner in sentence.Children(child))
                {
                    if (sentence[inner].DepRel != "punct")
                    {
                        first = Math.Min(first, inner);
                    }
                }

                return EndsWithComma(sentence, first - 1);
            }
        }

        return false;
    }

    private static bool IsPurpose(AnalyzedSentence sentence, int index)
    {
        // "to defeat X", "in order to strike", "so as to": an intention, not an event.
        foreach (var child in sentence.Children(index))
        {
            var token = sentence[child];
            if (token.DepRel == "mark" && token.Lemma is "to" or "order" && sentence[index].Xpos is "VB")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasChild(AnalyzedSentence sentence, int index, string relation, FrozenSet<string> lemmas)
    {
        foreach (var child in sentence.Children(index))
        {
            var token = sentence[child];
            if (token.DepRel == relation && lemmas.Contains(ArgumentPath.LemmaKey(token)))
            {
                return true;
            }
        }

        return false;
    }
}
