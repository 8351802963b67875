using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Finds event relationships from trigger words with their arguments: verbs in active and passive voice
/// ("X attacked Y", "Y was killed by X"), event nouns with their agent and target ("X's attack on Y",
/// "the US assassination of S", "X launched strikes against Y"), coordinated arguments, and pronoun arguments.
/// Negated, modal, conditional, claimed, denied and questioned events are dropped.
/// </summary>
internal static partial class RelationRecognizer
{
    [Flags]
    private enum Form : byte
    {
        None = 0,
        Verb = 1,
        Participle = 2,
        Noun = 4,
    }

    private readonly record struct Trigger(RelationshipType Type, Form Form);

    private static readonly FrozenDictionary<string, Trigger> Triggers = BuildTriggers();

    private static readonly FrozenSet<string> NounPrepositions = new[] { "on", "against", "at", "of", "with", "between", "to", "targeting", "in" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that", "those", "new", "further", "fresh",
        "recent", "latest", "deadly", "fatal", "additional", "more", "several", "two", "three", "multiple", "repeated",
        "series", "wave", "barrage", "'s", "any", "no", "other",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "reportedly", "then", "later", "again", "already", "repeatedly", "recently", "previously", "jointly",
        "successfully", "first", "once", "twice", "just", "have", "has", "had", "been", "now", "strongly", "publicly",
        "formally", "officially", "personally", "separately", "briefly", "directly", "yesterday", "today", "subsequently",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseBreaks = new[] { ";", ":", "(", ")", "—", "–", "?", "!" }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Trigger> BuildTriggers()
    {
        var table = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);

        void Add(RelationshipType type, Form form, string words)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[word] = table.TryGetValue(word, out var existing) && existing.Type == type
                    ? existing with { Form = existing.Form | form }
                    : new Trigger(type, form);
            }
        }

        Add(RelationshipType.Attacked, Form.Verb, "attack attacks attacking strike strikes striking shell shells shelling bomb bombs bombing raid raids raiding ambush ambushes ambushing assault assaults assaulting invade invades invading storm storms storming targeting targetting besiege besieges besieging overrun overruns assail assails assailing pound pounds pounding");
        Add(RelationshipType.Attacked, Form.Participle, "clashed fired lobbed attacked struck shelled bombed raided ambushed assaulted invaded stormed targeted targetted besieged overran overrun bombarded rocketed assailed pounded");
        Add(RelationshipType.Attacked, Form.Noun, "attack attacks strike strikes airstrike airstrikes raid raids bombing bombings shelling ambush ambushes assault assaults offensive invasion incursion bombardment airstrikes");
        Add(RelationshipType.Killed, Form.Verb, "kill kills killing assassinate assassinates assassinating execute executes executing murder murders murdering behead beheads beheading");
        Add(RelationshipType.Killed, Form.Participle, "killed assassinated executed murdered slain slew beheaded decapitated");
        Add(RelationshipType.Killed, Form.Noun, "killing killings assassination assassinations murder murders execution executions");
        Add(RelationshipType.Met, Form.Verb, "meet meets meeting host hosts hosting visit visits visiting receives receiving");
        Add(RelationshipType.Met, Form.Participle, "met hosted visited received");
        Add(RelationshipType.Met, Form.Participle, "debated");
        Add(RelationshipType.Met, Form.Noun, "meeting meetings talks visit visits summit call conversation discussions negotiations");
        Add(RelationshipType.Met, Form.Participle, "spoke talked negotiated conferred consulted phoned telephoned");
        Add(RelationshipType.Attacked, Form.Noun, "siege occupation clashes fight campaign operations war battle struggle defenses defences positions");
        Add(RelationshipType.Sanctioned, Form.Verb, "sanction sanctioning blacklist blacklists blacklisting");
        Add(RelationshipType.Sanctioned, Form.Participle, "sanctioned blacklisted slapped froze");
        Add(RelationshipType.Sanctioned, Form.Noun, "sanctions embargo embargoes");
        Add(RelationshipType.Condemned, Form.Verb, "condemn condemns condemning denounce denounces denouncing deplore deplores decry decries");
        Add(RelationshipType.Condemned, Form.Participle, "condemned denounced deplored decried");
        Add(RelationshipType.Condemned, Form.Noun, "condemnation");
        Add(RelationshipType.Threatened, Form.Verb, "threaten threatens threatening");
        Add(RelationshipType.Threatened, Form.Participle, "threatened warned");
        Add(RelationshipType.Threatened, Form.Noun, "threat threats");
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private readonly record struct Argument(int Entity, int Start, int End);

    /// <summary>An event the article has asserted: its type and its agent, for a later "condemned the attack".</summary>
    private readonly record struct AssertedEvent(RelationshipType Type, int Agent);

    /// <summary>Munitions that are an attack only when fired or launched at a target ("launched a wave of missiles against X").</summary>
    private static readonly FrozenSet<string> WeaponNouns = new[]
    {
        "missile", "missiles", "rocket", "rockets", "drones", "shells", "mortars", "mortar", "projectiles", "bombs", "grenades",
        "munitions", "salvo", "salvos", "volley", "volleys", "torpedoes", "torpedo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that fire munitions; only they turn a weapon noun into an attack.</summary>
    private static readonly FrozenSet<string> FiringVerbs = new[]
    {
        "launched", "launch", "launches", "launching", "fired", "fire", "fires", "firing", "lobbed", "unleashed", "unleashes",
        "rained", "shot",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Event nouns that, after "condemned the", refer back to the article's latest event of their type.</summary>
    private static readonly FrozenDictionary<string, RelationshipType> AnaphoricEventNouns = new Dictionary<string, RelationshipType>(StringComparer.OrdinalIgnoreCase)
    {
        ["attack"] = RelationshipType.Attacked, ["attacks"] = RelationshipType.Attacked, ["strike"] = RelationshipType.Attacked,
        ["strikes"] = RelationshipType.Attacked, ["airstrike"] = RelationshipType.Attacked, ["airstrikes"] = RelationshipType.Attacked,
        ["raid"] = RelationshipType.Attacked, ["raids"] = RelationshipType.Attacked, ["bombing"] = RelationshipType.Attacked,
        ["bombings"] = RelationshipType.Attacked, ["shelling"] = RelationshipType.Attacked, ["assault"] = RelationshipType.Attacked,
        ["ambush"] = RelationshipType.Attacked, ["invasion"] = RelationshipType.Attacked, ["incursion"] = RelationshipType.Attacked,
        ["bombardment"] = RelationshipType.Attacked,
        ["killing"] = RelationshipType.Killed, ["killings"] = RelationshipType.Killed, ["assassination"] = RelationshipType.Killed,
        ["murder"] = RelationshipType.Killed, ["execution"] = RelationshipType.Killed,
        ["sanctions"] = RelationshipType.Sanctioned, ["embargo"] = RelationshipType.Sanctioned,
        ["threat"] = RelationshipType.Threatened, ["threats"] = RelationshipType.Threatened,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static void Recognize(ArticleDocument document, List<ExtractedRelationship> output)
    {
        var dates = new List<(int Token, DateOnly Date)>();
        var seen = new HashSet<(RelationshipType, int, int, int)>();
        var agents = new List<Argument>();
        var patients = new List<Argument>();
        var events = new List<AssertedEvent>();
        var sentenceAttackers = new List<Argument>();
        foreach (var sentence in document.Sentences)
        {
            if (IsQuestion(document, sentence))
            {
                continue;
            }

            sentenceAttackers.Clear();

            var datesFound = false;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var token = document.Tokens[k];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                agents.Clear();
                patients.Clear();
                Trigger trigger;
                string branch;
                if (SanctionNouns.Contains(token.Text) && SanctionNounArguments(document, sentence, k, events, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Sanctioned, Form.Noun);
                    branch = "sanction-noun";
                }
                else if (token.Text == "sanctions" && SanctionPhrasingArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Sanctioned, Form.Noun);
                    branch = "sanctions-phrasing";
                }
                else if (UnderFireNouns.Contains(token.Text) && UnderFireArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Attacked, Form.Noun);
                    branch = "under-fire";
                }
                else if (TradeBanVerbs.Contains(token.Text) && TradeBanVerbArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Sanctioned, Form.Verb);
                    branch = "trade-ban";
                }
                else if (token.Text is "added" or "adds" && AddedToSanctionsListArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Sanctioned, Form.Verb);
                    branch = "sanctions-list";
                }
                else if (token.Text == "killing" && sentenceAttackers.Count > 0 && KillingClauseArguments(document, sentence, k, sentenceAttackers, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Killed, Form.Verb);
                    branch = "killing-clause";
                }
                else if (PhrasalCues.Contains(token.Text) && PhrasalArguments(document, sentence, k, agents, patients, out var phrasalType))
                {
                    trigger = new Trigger(phrasalType, Form.Verb);
                    branch = "phrasal";
                }
                else if (token.Text is "declared" or "declares" or "declaring" or "waged" or "wages" or "waging" && DeclaredWarArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Attacked, Form.Verb);
                    branch = "declared-war";
                }
                else if (token.Text is "debate" or "debates" or "summit" or "talks" or "meeting" && DebateArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Met, Form.Noun);
                    branch = "debate";
                }
                else if (CampaignCues.Contains(token.Text) && CampaignArguments(document, sentence, k, agents, patients))
                {
                    trigger = new Trigger(RelationshipType.Attacked, Form.Verb);
                    branch = "campaign";
                }
                else if (!Triggers.TryGetValue(token.Text, out trigger))
                {
                    agents.Clear();
                    patients.Clear();
                    if (!WeaponNouns.Contains(token.Text) || !FiredWeaponArguments(document, sentence, k, agents, patients))
                    {
                        continue;
                    }

                    trigger = new Trigger(RelationshipType.Attacked, Form.Noun);
                    branch = "fired-weapon";
                }
                else
                {
                    agents.Clear();
                    patients.Clear();
                    var found = trigger.Type;
                    var ok = FindArguments(document, sentence, k, trigger, agents, patients, ref found);
                    branch = LexicalBranch(trigger.Form);
                    if (!ok && trigger.Type == RelationshipType.Condemned)
                    {
                        agents.Clear();
                        patients.Clear();
                        ok = CondemnedEarlierEvent(document, sentence, k, events, agents, patients);
                        branch = "earlier-event";
                    }

                    if (!ok)
                    {
                        continue;
                    }

                    trigger = trigger with { Type = found };
                }

                var type = trigger.Type;
                if (type == RelationshipType.Sanctioned)
                {
                    AddHeadOfStateCountries(document, sentence, agents);
                }

                if (type is RelationshipType.Attacked or RelationshipType.Killed or RelationshipType.Sanctioned or RelationshipType.Threatened)
                {
                    foreach (var agent in agents)
                    {
                        events.Add(new AssertedEvent(type, agent.Entity));
                    }
                }

                if (type == RelationshipType.Attacked && agents.Count > 0 && !ReferenceEquals(agents, sentenceAttackers))
                {
                    sentenceAttackers.Clear();
                    sentenceAttackers.AddRange(agents);
                }

                if (patients.Count == 0)
                {
                    continue;
                }

                if (!datesFound)
                {
                    EventDateFinder.Find(document, sentence, dates);
                    datesFound = true;
                }

                Emit(document, sentence, k, type, agents, patients, dates, seen, output, RuleId(type, branch));
            }
        }
    }

    /// <summary>
    /// The coarse rule id of an emission: <c>patterns.&lt;type&gt;.&lt;branch&gt;</c>, the branch of the trigger dispatch
    /// in <see cref="Recognize"/> that fired (a trigger-word table entry is named by its part of speech), so per-rule
    /// scores point at the branch to read.
    /// </summary>
    private static string RuleId(RelationshipType type, string branch) =>
        string.Concat("patterns.", type.ToGraphType().ToLowerInvariant(), ".", branch);

    /// <summary>A trigger-word table entry: verb (a participle counts as one), noun, or a word that can be either.</summary>
    private static string LexicalBranch(Form form) =>
        (form & Form.Noun) == 0 ? "verb" : (form & (Form.Verb | Form.Participle)) == 0 ? "noun" : "verb-or-noun";

    /// <summary>
    /// "X claimed the attack on Y", "X claimed the killing of Y": "claimed" + an event noun phrase that no verb follows is a
    /// claim of responsibility. "X claimed the attack was staged" (a clause follows) stays a mere claim.
    /// </summary>
    private static bool ClaimsAnEvent(ArticleDocument document, Sentence sentence, int claimed)
    {
        var tokens = document.Tokens;
        var noun = claimed + 1;
        if (noun < sentence.EndToken && tokens[noun].Text is "the" or "a" or "an" or "Monday's" or "Tuesday's" or "Wednesday's" or "Thursday's" or "Friday's" or "Saturday's" or "Sunday's")
        {
            noun++;
        }

        while (noun < sentence.EndToken && noun - claimed <= 4 && !(Triggers.TryGetValue(tokens[noun].Text, out var t) && (t.Form & Form.Noun) != 0
            && t.Type is RelationshipType.Attacked or RelationshipType.Killed))
        {
            if (tokens[noun].Kind != TokenKind.Word || Lexicon.BeForms.Contains(tokens[noun].Text))
            {
                return false;
            }

            noun++;
        }

        if (noun >= sentence.EndToken || noun - claimed > 4)
        {
            return false;
        }

        // The event noun phrase runs to the end of the clause without a verb of its own.
        for (var j = noun + 1; j < sentence.EndToken; j++)
        {
            var text = tokens[j].Text;
            if (text is "," or ";" or "." or "and")
            {
                return true;
            }

            if (Lexicon.BeForms.Contains(text) || Lexicon.Modals.Contains(text) || text is "had" or "has" or "have" or "did" or "that" or "which")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuestion(ArticleDocument document, Sentence sentence)
    {
        for (var j = sentence.EndToken - 1; j >= sentence.FirstToken && j >= sentence.EndToken - 3; j--)
        {
            var text = document.Tokens[j].Text;
            if (text == "?")
            {
                return true;
            }

            if (text is not ("\"" or "”" or "'" or ")"))
            {
                break;
            }
        }

        return false;
    }

    private static bool FindArguments(ArticleDocument document, Sentence sentence, int k, Trigger trigger, List<Argument> agents, List<Argument> patients, ref RelationshipType type)
    {
        var tokens = document.Tokens;
        var text = tokens[k].Text;
        var lower = text.ToLowerInvariant();
        if (SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var previous = PreviousContentToken(tokens, sentence, k);
        var previousIsArgument = previous >= 0 && (MentionEndingAt(document, sentence, previous) is not null || Lexicon.Pronouns.Contains(tokens[previous].Text) || tokens[previous].Text is "who" or "which" or "that" or "they" or "we" or "it");
        var previousText = previous >= 0 ? tokens[previous].Text : "";
        var beforeTrigger = k > sentence.FirstToken ? tokens[k - 1].Text : "";
        var isNoun = (trigger.Form & Form.Noun) != 0
            && ((trigger.Form & (Form.Verb | Form.Participle)) == 0 || !(previousIsArgument || (Lexicon.BeForms.Contains(previousText) && previousText != "'s") || previousText is "to" or "will" or "would" or "did" or "not" or "n't"));
        if (isNoun && (trigger.Form & Form.Noun) != 0 && Determiners.Contains(beforeTrigger) is false && previousIsArgument && (trigger.Form & Form.Verb) != 0)
        {
            isNoun = false;
        }

        // "the ISIL attack", "destruction of ISIL targets", "a possible Israeli attack": a name after a determiner, or a
        // nationality adjective, qualifies the noun.
        if (!isNoun && (trigger.Form & Form.Noun) != 0 && previous >= 0 && MentionEndingAt(document, sentence, previous) is { } qualifier)
        {
            var before = qualifier.Start > sentence.FirstToken ? tokens[qualifier.Start - 1].Text : "";
            var determined = Determiners.Contains(before) || before is "of" or "in" or "by" or "after" or "from" or "during" or "following" or "with" or "for" or "against" or "amid" or "despite";
            var indefinite = before is "a" or "an" or "A" or "An";
            if ((qualifier.IsAdjective && qualifier.End == k) || (determined && (qualifier.End == k || indefinite)))
            {
                isNoun = true;
            }
        }

        // A bare present form ("bomb", "attack") is a verb only right after its subject or an auxiliary.
        var isParticiple = lower.EndsWith("ed", StringComparison.Ordinal) || lower is "struck" or "met" or "slew" or "slain" or "froze" or "overran";
        if (!isNoun && !isParticiple && !previousIsArgument
            && previousText is not ("and" or "to" or "will" or "would" or "did" or "does" or "do" or "not" or "n't" or "is" or "are" or "was" or "were" or "be" or "been" or "also" or "has" or "have" or "had"))
        {
            return false;
        }

        return isNoun
            ? NounArguments(document, sentence, k, type, lower, agents, patients)
            : VerbArguments(document, sentence, k, trigger, lower, agents, patients, ref type);
    }

    private static bool SentenceBlocks(ArticleDocument document, Sentence sentence, int k)
    {
        for (var j = sentence.FirstToken; j < k; j++)
        {
            var text = document.Tokens[j].Text;
            if (Lexicon.AttributionBlockers.Contains(text) || Lexicon.Conditionals.Contains(text))
            {
                // "claimed responsibility for the attack" and "X claimed the attack on Y" assert the attack.
                if (text is "claimed" or "claims" && j + 1 < k && (document.Tokens[j + 1].Text == "responsibility" || ClaimsAnEvent(document, sentence, j)))
                {
                    continue;
                }

                return true;
            }
        }

        // "Iran struck the base, the ministry claimed", "..., according to allegations by X", "..., a report Y denied": a
        // closing reporting clause makes the whole sentence a claim. Only at the end of the sentence: ", which attacked X,
        // rejected the plan" and "..., freezing the assets of officials it accused of ..." assert their events.
        var tokens = document.Tokens;
        var sawComma = false;
        var last = sentence.EndToken - 1;
        while (last > k && tokens[last].Kind != TokenKind.Word)
        {
            last--;
        }

        for (var j = k + 1; j <= last; j++)
        {
            var text = tokens[j].Text;
            sawComma |= text == ",";
            if (!sawComma || !Lexicon.AttributionBlockers.Contains(text))
            {
                continue;
            }

            var closesSentence = last - j <= 1;
            var accordingTo = (j - 2 > k && tokens[j - 1].Text == "to" && tokens[j - 2].Text == "according")
                || (j - 3 > k && tokens[j - 2].Text == "to" && tokens[j - 3].Text == "according");
            if (closesSentence || accordingTo)
            {
                return true;
            }
        }

        return false;
    }

    private static bool VerbArguments(ArticleDocument document, Sentence sentence, int k, Trigger trigger, string lower, List<Argument> agents, List<Argument> patients, ref RelationshipType type)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var previous = PreviousContentToken(tokens, sentence, k);
        var previousText = previous >= 0 ? tokens[previous].Text : "";
        if (previousText is "to" && type != RelationshipType.Threatened)
        {
            return false;
        }

        var followedByBy = k + 1 < end && tokens[k + 1].Text == "by" && !(k + 2 < end && tokens[k + 2].Text is "phone" or "telephone" or "video" or "videolink" or "letter");
        var passive = (trigger.Form & Form.Participle) != 0 && (Lexicon.BeForms.Contains(previousText) || followedByBy);
        // "targeted Iran with new sanctions" is a sanction, not an attack.
        if (lower is "targeted" or "targets" or "targeting" or "targetted")
        {
            for (var w = k + 1; w < end && w - k <= 8; w++)
            {
                if (tokens[w].Text == "with" && w + 1 < end)
                {
                    for (var n = w + 1; n < end && n - w <= 4; n++)
                    {
                        if (tokens[n].Text is "sanctions" or "tariffs" or "penalties" or "restrictions" or "embargo" or "measures" or "bans" or "fines")
                        {
                            type = RelationshipType.Sanctioned;
                            break;
                        }
                    }

                    break;
                }
            }
        }

        if (lower is "slapped" && !document.SentenceText(sentence).Contains("sanction", StringComparison.OrdinalIgnoreCase) && !SentenceHas(document, sentence, "those"))
        {
            return false;
        }

        if (lower is "froze" && !WithinRight(tokens, k, end, 4, "assets"))
        {
            return false;
        }

        if (passive)
        {
            if (!LeftArguments(document, sentence, k, patients))
            {
                return false;
            }

            var by = k + 1;
            while (by < end && by - k <= 5 && tokens[by].Text != "by")
            {
                by++;
            }

            // "were killed at the hands of X": the agent after "at the hands of".
            var hands = k + 1;
            while (hands + 3 < end && hands - k <= 5 && !(tokens[hands].Text == "at" && tokens[hands + 1].Text == "the" && tokens[hands + 2].Text == "hands" && tokens[hands + 3].Text == "of"))
            {
                hands++;
            }

            if ((by >= end || tokens[by].Text != "by") && hands + 3 < end && tokens[hands].Text == "at" && tokens[hands + 2].Text == "hands" && type is RelationshipType.Killed or RelationshipType.Attacked)
            {
                RightArguments(document, sentence, hands + 4, type, agents, excludeEntity: -1);
                return agents.Count > 0 && !Blocked(document, sentence, patients[^1].End, k);
            }

            if (by >= end || tokens[by].Text != "by")
            {
                // "was killed in an Israeli strike": the attacker named on the event noun is the agent.
                var inAt = k + 1;
                while (inAt < end && inAt - k <= 2 && tokens[inAt].Text is not ("in" or "during"))
                {
                    inAt++;
                }

                if (type is not (RelationshipType.Killed or RelationshipType.Attacked) || inAt >= end || tokens[inAt].Text is not ("in" or "during"))
                {
                    return false;
                }

                for (var n = inAt + 1; n < end && n - inAt <= 5; n++)
                {
                    if (IsAttackNoun(tokens[n].Text))
                    {
                        if (AttackerQualifying(document, sentence, inAt + 1, n) is not { } actor)
                        {
                            break;
                        }

                        agents.Add(new Argument(actor.Entity, actor.Start, actor.End));
                        return !Blocked(document, sentence, patients[^1].End, k);
                    }
                }

                return false;
            }

            RightArguments(document, sentence, by + 1, type, agents, excludeEntity: -1);
            return agents.Count > 0 && !Blocked(document, sentence, patients[^1].End, k);
        }

        if (!LeftArguments(document, sentence, k, agents))
        {
            return false;
        }

        if (Blocked(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        var objectStart = k + 1;
        switch (lower)
        {
            case "threatened" or "threatens" or "threaten" or "threatening" when objectStart < end && tokens[objectStart].Text == "to":
                objectStart += 2;
                break;
            case "warned":
                {
                    // "warned Iran" or "warned of retaliation against Iran".
                    if (objectStart < end && tokens[objectStart].Text == "that")
                    {
                        // "X warned that it might strike Y": a warning of one's own possible attack threatens Y.
                        return WarnedOfOwnAttack(document, sentence, objectStart + 1, agents, patients);
                    }

                    if (objectStart + 1 < end && tokens[objectStart].Text is "it" or "they" && tokens[objectStart + 1].Text is "might" or "could" or "would" or "will" or "may")
                    {
                        // "X warned it might strike Y".
                        return WarnedOfOwnAttack(document, sentence, objectStart, agents, patients);
                    }

                    if (objectStart < end && tokens[objectStart].Text == "of")
                    {
                        // Warning of one's own retaliation threatens; warning of someone else's attack does not.
                        var retaliation = false;
                        for (var w = objectStart + 1; w < end && w - objectStart <= 4; w++)
                        {
                            retaliation |= tokens[w].Text is "retaliation" or "reprisal" or "reprisals" or "response" or "consequences" or "revenge"
                                or "punishment" or "action" or "measures" or "countermeasures" or "retribution";
                        }

                        if (!retaliation)
                        {
                            return false;
                        }

                        var against = objectStart + 1;
                        while (against < end && against - objectStart < 6 && tokens[against].Text is not ("against" or "on"))
                        {
                            against++;
                        }

                        if (against >= end || tokens[against].Text is not ("against" or "on"))
                        {
                            return false;
                        }

                        objectStart = against + 1;
                    }
                    else if (!(objectStart < end && (MentionStartingAt(document, sentence, objectStart) is not null || (tokens[objectStart].Text == "the" && MentionStartingAt(document, sentence, objectStart + 1) is not null) || Lexicon.Pronouns.Contains(tokens[objectStart].Text))))
                    {
                        return false;
                    }

                    break;
                }

            case "froze":
                {
                    var assets = objectStart;
                    while (assets < end && tokens[assets].Text != "assets")
                    {
                        assets++;
                    }

                    // "froze Iran's assets" or "froze the assets of X".
                    var possessor = FirstMentionBetween(document, sentence, objectStart, assets);
                    if (possessor is { } owner)
                    {
                        patients.Add(new Argument(owner.Entity, owner.Start, owner.End));
                        return true;
                    }

                    objectStart = assets + 1;
                    break;
                }

            case "slapped":
                while (objectStart < end && objectStart - k < 6 && tokens[objectStart].Text is not ("on" or "onto" or "against"))
                {
                    objectStart++;
                }

                objectStart++;
                break;
        }

        if (lower is "spoke" or "talked" or "negotiated" or "conferred" or "consulted")
        {
            // "spoke by phone with X", "talked to X": only a conversation with a named party.
            var byPhone = false;
            while (objectStart < end && tokens[objectStart].Text is "by" or "on" or "the" or "phone" or "telephone" or "video" or "directly" or "briefly" or "separately")
            {
                byPhone |= tokens[objectStart].Text is "phone" or "telephone" or "video";
                objectStart++;
            }

            if (objectStart >= end || tokens[objectStart].Text is not ("with" or "to"))
            {
                // "Kerry and Lavrov spoke by telephone on Sunday": coordinated subjects on one call spoke with each other
                // ("X and Y spoke on Monday" may be two speeches).
                if (byPhone && agents.Count >= 2 && lower is "spoke" or "talked" or "conferred")
                {
                    patients.AddRange(agents);
                    return true;
                }

                return false;
            }

            objectStart++;
        }

        if (type == RelationshipType.Met && objectStart < end && tokens[objectStart].Text is "with")
        {
            objectStart++;
        }

        if (lower is "fired" or "lobbed")
        {
            // "fired rockets at X", "fired on X".
            while (objectStart < end && objectStart - k < 5 && tokens[objectStart].Text is not ("at" or "on" or "into" or "upon"))
            {
                objectStart++;
            }

            if (objectStart >= end || tokens[objectStart].Text is not ("at" or "on" or "into" or "upon"))
            {
                return false;
            }

            objectStart++;
        }

        if (type == RelationshipType.Attacked && lower is "clashed")
        {
            objectStart++;
        }

        RightArguments(document, sentence, objectStart, type, patients, excludeEntity: agents.Count == 1 ? agents[0].Entity : -1);
        if (patients.Count == 0 && type == RelationshipType.Met && agents.Count >= 2)
        {
            // "Raab and Pompeo met on Tuesday": the coordinated subjects met each other.
            patients.AddRange(agents);
        }

        // "hosted the Arab League summit": the name qualifies the event hosted, it is not a guest.
        if (type == RelationshipType.Met && lower is "hosted" or "hosts" or "host" or "hosting" && patients.Count > 0 && patients[0].End < end
            && tokens[patients[0].End].Text is "summit" or "summits" or "conference" or "meeting" or "meetings" or "talks" or "forum" or "session" or "games" or "ceremony" or "congress" or "convention")
        {
            return false;
        }

        // "received X", "debated X": a meeting only with a person (a country debated is a topic).
        if (lower is "received" or "debated" && patients.Count > 0 && document.Entities[patients[0].Entity].Label != EntityLabel.Person)
        {
            return false;
        }

        // "fighters of X attacked a police post": no named target, but the agent is remembered for "condemned the attack".
        return patients.Count > 0 || (type is RelationshipType.Attacked or RelationshipType.Killed && agents.Count > 0 && lower is not ("clashed" or "fired" or "lobbed"));
    }

    private static readonly FrozenSet<string> AttackVerbsBare = new[]
    {
        "strike", "attack", "bomb", "hit", "target", "invade", "shell", "raid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"... warned that it/they would|could|might|will strike Y": Y is the target named right after the attack verb.</summary>
    private static bool WarnedOfOwnAttack(ArticleDocument document, Sentence sentence, int from, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var j = from;
        if (j >= end)
        {
            return false;
        }

        // The warner itself is the subject of the subordinate clause: a pronoun for it, or its own name again.
        var subject = tokens[j].Text;
        if (subject is "it" or "they" or "he" or "she" or "we")
        {
            j++;
        }
        else if (MentionStartingAt(document, sentence, j) is { } named && agents.Exists(a => a.Entity == named.Entity))
        {
            j = Math.Max(named.End, named.PhraseEnd);
        }
        else
        {
            return false;
        }

        if (j >= end || tokens[j].Text is not ("might" or "could" or "would" or "will" or "may" or "'d" or "'ll"))
        {
            return false;
        }

        j++;
        if (j < end && tokens[j].Text is "not" or "n't" or "never")
        {
            return false;
        }

        while (j < end && tokens[j].Text is "be" or "have" or "also" or "soon" or "again")
        {
            j++;
        }

        if (j >= end || !AttackVerbsBare.Contains(tokens[j].Text))
        {
            return false;
        }

        // The target: the first name in the object noun phrase, a nationality adjective included ("Iranian nuclear sites").
        for (var t = j + 1; t < end && t - j <= 5; t++)
        {
            var text = tokens[t].Text;
            if (ClauseBreaks.Contains(text) || text is "." or "," || (PhraseEndingPrepositions.Contains(text) && text != "on") || Lexicon.RightBoundaries.Contains(text))
            {
                return false;
            }

            if (MentionStartingAt(document, sentence, t) is { } target)
            {
                if (target.IsModifier && document.Entities[target.Entity].Label == EntityLabel.Country && MentionStartingAt(document, sentence, target.End) is not null)
                {
                    continue;
                }

                patients.Add(new Argument(target.Entity, target.Start, target.End));
                return !agents.Exists(a => a.Entity == target.Entity);
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> SanctionNouns = new[] { "sanctions", "embargo", "embargoes", "ban", "bans" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TradeNouns = new[]
    {
        "imports", "exports", "goods", "products", "trade", "sales", "shipments", "purchases", "deliveries", "supplies",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RestrictingVerbs = new[]
    {
        "restricting", "banning", "blocking", "barring", "prohibiting", "halting", "limiting", "covering", "targeting", "forbidding",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> KeepingVerbs = new[]
    {
        "extending", "maintaining", "maintained", "maintains", "keeps", "kept", "keeping", "enforcing", "enforced", "enforces",
        "introducing", "tightening",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sanction noun phrases the generic noun rule misses: a trade ban ("X's ban on imports of food from Y", "the embargo,
    /// restricting imports from Y, ..."), "Y is under X sanctions", and "X sanctions aimed at Y". An embargo named without its
    /// imposer ("The embargo, ...") takes the article's earlier sanctioning party when there is exactly one.
    /// </summary>
    private static bool SanctionNounArguments(ArticleDocument document, Sentence sentence, int k, List<AssertedEvent> events, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        agents.Clear();
        patients.Clear();
        if (SentenceBlocks(document, sentence, k) || UndoneBefore(document, sentence, k) || HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, k - 4), k))
        {
            return false;
        }

        // "Y has been under UN sanctions since 2006": the imposer qualifies the noun, the subject is the target.
        var left = k - 1;
        Mention? qualifier = null;
        while (left >= sentence.FirstToken && k - left <= 5)
        {
            if (MentionEndingAt(document, sentence, left) is { } m)
            {
                if (qualifier is not null)
                {
                    break;
                }

                qualifier = m;
                left = m.Start - 1;
                continue;
            }

            if (!IsNounPhraseFiller(tokens[left]) || tokens[left].Text is "in" or "of")
            {
                break;
            }

            left--;
        }

        if (left >= sentence.FirstToken && tokens[left].Text == "under" && qualifier is { } imposer && tokens[k].Text is "sanctions" or "embargo")
        {
            if (!LeftArguments(document, sentence, left, patients) || Blocked(document, sentence, patients[^1].End, left) || patients.Exists(p => p.Entity == imposer.Entity))
            {
                patients.Clear();
                return false;
            }

            agents.Add(new Argument(imposer.Entity, imposer.Start, imposer.End));
            return true;
        }

        // The target: "on imports (of food) from Y", ", restricting imports (of food) from Y", "aimed at Y".
        var j = k + 1;
        int targetFrom;
        if (j + 1 < end && tokens[j].Text is "aimed" or "directed" && tokens[j + 1].Text is "at" or "against" && tokens[k].Text is "sanctions")
        {
            targetFrom = j + 2;
        }
        else
        {
            if (j < end && tokens[j].Text == ",")
            {
                j++;
                if (j >= end || !RestrictingVerbs.Contains(tokens[j].Text))
                {
                    return false;
                }
            }
            else if (j >= end || tokens[j].Text != "on")
            {
                return false;
            }

            j++;
            while (j < end && j - k <= 5 && !TradeNouns.Contains(tokens[j].Text) && IsNounPhraseFiller(tokens[j]) && tokens[j].Text is not ("in" or "of"))
            {
                j++;
            }

            if (j >= end || !TradeNouns.Contains(tokens[j].Text))
            {
                return false;
            }

            var direction = j + 1;
            while (direction < end && direction - j <= 6 && tokens[direction].Text is not ("from" or "to" or "with") && !ClauseBreaks.Contains(tokens[direction].Text) && tokens[direction].Text is not ("," or "."))
            {
                direction++;
            }

            if (direction >= end || tokens[direction].Text is not ("from" or "to" or "with"))
            {
                return false;
            }

            targetFrom = direction + 1;
        }

        RightArguments(document, sentence, targetFrom, RelationshipType.Sanctioned, patients, excludeEntity: -1);
        if (patients.Count == 0)
        {
            return false;
        }

        // The imposer: a qualifier or possessor ("Russia's ban", "the EU embargo"), the subject of a light verb ("X imposed a
        // ban", "X is extending its ban"), or, for "the embargo", the article's single earlier sanctioning party.
        if (qualifier is { } named && named.End >= k - 2)
        {
            agents.Add(new Argument(named.Entity, named.Start, named.End));
            return !patients.Exists(p => p.Entity == named.Entity);
        }

        for (var v = k - 1; v >= sentence.FirstToken && k - v <= 5; v--)
        {
            var text = tokens[v].Text;
            if (Lexicon.LightVerbs.Contains(text) || KeepingVerbs.Contains(text))
            {
                var beforeVerb = PreviousContentToken(tokens, sentence, v);
                if (beforeVerb >= 0 && tokens[beforeVerb].Text is "to")
                {
                    return false;
                }

                return LeftArguments(document, sentence, v, agents) && !Blocked(document, sentence, agents[^1].End, v) && Disjoint(agents, patients);
            }

            if (!IsNounPhraseFiller(tokens[v]) && text is not ("its" or "their"))
            {
                break;
            }
        }

        if (k - 1 >= sentence.FirstToken && tokens[k - 1].Text is "The" or "the" or "This" or "this")
        {
            var agent = -1;
            foreach (var earlier in events)
            {
                if (earlier.Type != RelationshipType.Sanctioned)
                {
                    continue;
                }

                if (agent >= 0 && earlier.Agent != agent)
                {
                    return false;
                }

                agent = earlier.Agent;
            }

            if (agent >= 0 && !patients.Exists(p => p.Entity == agent))
            {
                agents.Add(new Argument(agent, k, k + 1));
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X added Y and Z to its sanctions list", "X extended the embargo and added four countries to the list: Y, Z": adding
    /// names to a sanctions list or blacklist sanctions them.
    /// </summary>
    private static bool AddedToSanctionsListArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        agents.Clear();
        patients.Clear();
        var to = k + 1;
        while (to < end && to - k <= 10 && tokens[to].Text != "to" && !ClauseBreaks.Contains(tokens[to].Text))
        {
            to++;
        }

        if (to >= end || tokens[to].Text != "to")
        {
            return false;
        }

        var list = to + 1;
        var sanctionWord = false;
        while (list < end && list - to <= 5 && tokens[list].Text is not ("list" or "blacklist"))
        {
            sanctionWord |= tokens[list].Text is "sanctions" or "sanction" or "entity" or "embargo" or "black" or "terrorism" or "terror" or "watch";
            list++;
        }

        if (list >= end || tokens[list].Text is not ("list" or "blacklist"))
        {
            return false;
        }

        sanctionWord |= tokens[list].Text == "blacklist";
        for (var j = sentence.FirstToken; j < k && !sanctionWord; j++)
        {
            sanctionWord = tokens[j].Text is "embargo" or "sanctions" or "blacklist" or "ban";
        }

        if (!sanctionWord || SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var beforeVerb = PreviousContentToken(tokens, sentence, k);
        if (beforeVerb >= 0 && (tokens[beforeVerb].Text is "to" || Lexicon.BeForms.Contains(tokens[beforeVerb].Text)))
        {
            return false;
        }

        RightArguments(document, sentence, k + 1, RelationshipType.Sanctioned, patients, excludeEntity: -1);
        if (patients.Count == 0 && list + 1 < end && tokens[list + 1].Text == ":")
        {
            RightArguments(document, sentence, list + 2, RelationshipType.Sanctioned, patients, excludeEntity: -1);
        }

        if (patients.Count == 0 || !LeftArguments(document, sentence, k, agents) || Blocked(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        return Disjoint(agents, patients);
    }

    private static readonly FrozenSet<string> UnderFireNouns = new[]
    {
        "fire", "attack", "attacks", "shelling", "bombardment", "assault", "rocket", "rockets", "mortars", "gunfire",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Y came under (heavy) fire from X", "Y forces received rocket fire from X": X attacked Y.</summary>
    private static bool UnderFireArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        agents.Clear();
        patients.Clear();
        var from = k + 1;
        if (from >= end || tokens[from].Text is not ("from" or "by"))
        {
            return false;
        }

        var v = k - 1;
        while (v >= sentence.FirstToken && k - v <= 10 && tokens[v].Text is not ("under" or "received" or "receive" or "receiving" or "receives" or "took" or "faced" or "facing" or "faces"))
        {
            if (tokens[v].IsCapitalised || !(IsNounPhraseFiller(tokens[v]) || tokens[v].Text is "heavy" or "sustained" or "intense" or "renewed" or "machine" or "gun" or "propelled" or "grenade" or "sniper" or "small" or "arms" or "and"))
            {
                return false;
            }

            v--;
        }

        if (v < sentence.FirstToken || k - v > 10 || SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        if (tokens[v].Text == "under")
        {
            v--;
            if (v < sentence.FirstToken || tokens[v].Text is not ("came" or "come" or "comes" or "coming" or "was" or "were" or "is" or "are" or "been" or "remained" or "remain"))
            {
                return false;
            }
        }

        // "Iraqi forces continued to receive fire": the subject of the verb chain is the target.
        var head = v;
        while (head - 1 >= sentence.FirstToken && tokens[head - 1].Text is "to" or "continued" or "continue" or "continues" or "began" or "started" or "had" or "have" or "has" or "been")
        {
            head--;
        }

        if (head > sentence.FirstToken && tokens[head].Text == "to" && head == v)
        {
            return false;
        }

        RightArguments(document, sentence, from + 1, RelationshipType.Attacked, agents, excludeEntity: -1, nounPhraseOnly: true);
        if (agents.Count == 0 || !LeftArguments(document, sentence, head, patients) || Blocked(document, sentence, patients[^1].End, k))
        {
            agents.Clear();
            patients.Clear();
            return false;
        }

        return Disjoint(agents, patients);
    }

    private static readonly FrozenSet<string> TradeBanVerbs = new[]
    {
        "banned", "bans", "blocked", "blocks", "restricted", "restricts", "prohibited", "prohibits", "halted", "halts", "barred",
        "bars", "suspended", "suspends", "embargoed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"X banned (arms) exports to Y", "X halted imports of grain from Y": cutting trade with Y sanctions Y.</summary>
    private static bool TradeBanVerbArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        agents.Clear();
        patients.Clear();
        var noun = k + 1;
        while (noun < end && noun - k <= 4 && !TradeNouns.Contains(tokens[noun].Text) && tokens[noun].Kind == TokenKind.Word && !tokens[noun].IsCapitalised
            && !PhraseEndingPrepositions.Contains(tokens[noun].Text) && !Lexicon.RightBoundaries.Contains(tokens[noun].Text))
        {
            noun++;
        }

        if (noun >= end || !TradeNouns.Contains(tokens[noun].Text))
        {
            return false;
        }

        var direction = noun + 1;
        while (direction < end && direction - noun <= 5 && tokens[direction].Text is not ("from" or "to") && !ClauseBreaks.Contains(tokens[direction].Text) && tokens[direction].Text is not ("," or "."))
        {
            direction++;
        }

        if (direction >= end || tokens[direction].Text is not ("from" or "to") || SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var previous = PreviousContentToken(tokens, sentence, k);
        if (previous >= 0 && (tokens[previous].Text is "to" || Lexicon.BeForms.Contains(tokens[previous].Text)))
        {
            return false;
        }

        RightArguments(document, sentence, direction + 1, RelationshipType.Sanctioned, patients, excludeEntity: -1);
        if (patients.Count == 0 || !LeftArguments(document, sentence, k, agents) || Blocked(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        return Disjoint(agents, patients);
    }

    /// <summary>Sanctions are acts of state: "Russian President X" imposing them also makes Russia the sanctioning party.</summary>
    private static void AddHeadOfStateCountries(ArticleDocument document, Sentence sentence, List<Argument> agents)
    {
        var tokens = document.Tokens;
        for (var a = agents.Count - 1; a >= 0; a--)
        {
            var agent = agents[a];
            if (document.Entities[agent.Entity].Label != EntityLabel.Person || agent.Start < 0)
            {
                continue;
            }

            var headTitle = false;
            var j = agent.Start - 1;
            while (j >= sentence.FirstToken)
            {
                var lower = tokens[j].Text.ToLowerInvariant();
                var head = lower is "president" or "premier" or "chancellor" or "king" or "queen" or "emir" or "amir" or "sultan" or "leader"
                    || (lower == "minister" && j > sentence.FirstToken && tokens[j - 1].Text.Equals("prime", StringComparison.OrdinalIgnoreCase));
                if (!head && !Lexicon.TitleHeads.Contains(tokens[j].Text) && !Lexicon.TitleModifiers.Contains(tokens[j].Text) && lower is not ("prime" or "supreme"))
                {
                    break;
                }

                headTitle |= head;
                j--;
            }

            if (headTitle && j >= sentence.FirstToken && MentionEndingAt(document, sentence, j) is { } country && document.Entities[country.Entity].Label == EntityLabel.Country
                && !agents.Exists(x => x.Entity == country.Entity))
            {
                agents.Add(new Argument(country.Entity, country.Start, country.End));
            }
        }
    }

    /// <summary>
    /// "Israeli forces raided the camp, killing Hamas commander X": a participle clause after an asserted attack has that
    /// attack's agents; its object is the person or the people killed.
    /// </summary>
    private static bool KillingClauseArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> attackers, List<Argument> agents, List<Argument> patients)
    {
        if (k - 1 < sentence.FirstToken || document.Tokens[k - 1].Text != "," || attackers[^1].End >= k)
        {
            return false;
        }

        agents.AddRange(attackers);
        RightArguments(document, sentence, k + 1, RelationshipType.Killed, patients, excludeEntity: -1, nounPhraseOnly: true);
        if (patients.Count == 0 || !Disjoint(agents, patients) || HasTrueModal(document, sentence, k, patients[0].Start))
        {
            agents.Clear();
            patients.Clear();
            return false;
        }

        return true;
    }

    /// <summary>"X declared war on Y", "X has waged war against Y and Z": open war on a named party is an attack on it.</summary>
    private static bool DeclaredWarArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        if (SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var war = k + 1;
        if (war < sentence.EndToken && tokens[war].Text is "a" or "an" or "open" or "all-out" or "full-scale")
        {
            war++;
        }

        if (war + 1 >= sentence.EndToken || tokens[war].Text != "war" || tokens[war + 1].Text is not ("on" or "against"))
        {
            return false;
        }

        RightArguments(document, sentence, war + 2, RelationshipType.Attacked, patients, excludeEntity: -1, nounPhraseOnly: true);
        if (patients.Count == 0 || !LeftArguments(document, sentence, k, agents))
        {
            return false;
        }

        // "X threatened to declare war on Y", "X would declare war": the subject's own modal or negation drops it.
        return !Blocked(document, sentence, agents[^1].End, k) && !HasTrueModal(document, sentence, agents[^1].End, k)
            && PreviousContentToken(tokens, sentence, k) is var before && (before < 0 || tokens[before].Text != "to");
    }

    /// <summary>"the X-Y debate", "a debate between X and Y": the two debaters met.</summary>
    private static bool DebateArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        agents.Clear();
        patients.Clear();
        // Debates and summits are often announced ahead: any future, modal or attribution word in the sentence drops them.
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            var text = tokens[j].Text;
            if ((HypotheticalMarkers.Contains(text) && !Lexicon.IsMonthMay(tokens, j)) || Lexicon.IsModalAt(tokens, j) || Lexicon.Negators.Contains(text) || Lexicon.AttributionBlockers.Contains(text)
                || Lexicon.Conditionals.Contains(text) || text is "next" or "upcoming" or "scheduled" or "forthcoming" or "coming" or "refused" or "cancelled" or "canceled" or "postponed")
            {
                return false;
            }
        }

        if (k + 1 < sentence.EndToken && tokens[k + 1].Text == "between" && tokens[k].Text is "debate" or "debates")
        {
            RightArguments(document, sentence, k + 2, RelationshipType.Met, patients, excludeEntity: -1, nounPhraseOnly: true);
            if (patients.Count < 2 || patients.Exists(p => document.Entities[p.Entity].Label != EntityLabel.Person))
            {
                patients.Clear();
                return false;
            }

            agents.AddRange(patients);
            return true;
        }

        if (MentionEndingAt(document, sentence, k - 1) is { } second && second.Start - 2 >= sentence.FirstToken
            && tokens[second.Start - 1].Text is "-" or "–" && MentionEndingAt(document, sentence, second.Start - 2) is { } first
            && document.Entities[first.Entity].Label == EntityLabel.Person && document.Entities[second.Entity].Label == EntityLabel.Person)
        {
            agents.Add(new Argument(first.Entity, first.Start, first.End));
            patients.Add(new Argument(second.Entity, second.Start, second.End));
            return true;
        }

        // "X and Y faced off in the second debate", "X and Y sparred over trade during the debate": the debaters are the
        // coordinated people subject of the clause the debate is in.
        for (var verb = k - 1; verb >= sentence.FirstToken && k - verb <= 10; verb--)
        {
            var text = tokens[verb].Text;
            if (ClauseBreaks.Contains(text) || text == "," || MentionEndingAt(document, sentence, verb) is not null)
            {
                break;
            }

            if (text is "faced" or "squared" or "sparred" or "clashed" or "met" or "traded" or "went" && !tokens[verb].IsCapitalised)
            {
                if (LeftArguments(document, sentence, verb, agents) && agents.Count == 2 && agents[0].Entity != agents[1].Entity
                    && agents.TrueForAll(a => document.Entities[a.Entity].Label == EntityLabel.Person))
                {
                    patients.Add(agents[1]);
                    agents.RemoveAt(1);
                    return true;
                }

                agents.Clear();
                break;
            }
        }

        // "the Obama-Romney debate" read as one hyphenated name: its halves are the family names of two people of the article.
        if (MentionEndingAt(document, sentence, k - 1) is { } compound && compound.End - compound.Start == 3 && tokens[compound.Start + 1].Text is "-" or "–"
            && document.Entities[compound.Entity].Label == EntityLabel.Person)
        {
            var left = PersonByFamilyName(document, tokens[compound.Start].Text, compound.Entity);
            var right = PersonByFamilyName(document, tokens[compound.Start + 2].Text, compound.Entity);
            if (left >= 0 && right >= 0 && left != right)
            {
                agents.Add(new Argument(left, compound.Start, compound.Start + 1));
                patients.Add(new Argument(right, compound.Start + 2, compound.End));
                return true;
            }
        }

        return false;
    }

    /// <summary>The one person of the article whose name ends with the family name (not the excluded entity); -1 when none or several.</summary>
    private static int PersonByFamilyName(ArticleDocument document, string familyName, int exclude)
    {
        var found = -1;
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            if (e == exclude || entity.Label != EntityLabel.Person || entity.Name.Length < familyName.Length)
            {
                continue;
            }

            // "Trump" alone, or a full name ending with it.
            if (entity.Name.EndsWith(familyName, StringComparison.OrdinalIgnoreCase)
                && (entity.Name.Length == familyName.Length || entity.Name[entity.Name.Length - familyName.Length - 1] == ' '))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = e;
            }
        }

        return found;
    }

    /// <summary>"X launched/fired a wave of (ballistic) missiles against/at/into Y (at BASE)": a firing verb makes munitions an attack.</summary>
    private static bool FiredWeaponArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var preposition = k + 1;
        if (preposition >= end || tokens[preposition].Text is not ("against" or "at" or "on" or "into" or "toward" or "towards"))
        {
            return false;
        }

        var verb = k - 1;
        while (verb >= sentence.FirstToken && k - verb <= 7 && !FiringVerbs.Contains(tokens[verb].Text))
        {
            // "launched drones and missiles at X": coordinated munitions.
            if (!IsNounPhraseFiller(tokens[verb]) && !WeaponNouns.Contains(tokens[verb].Text) && !(tokens[verb].Text is "and" or "," && verb > sentence.FirstToken && WeaponNouns.Contains(tokens[verb - 1].Text))
                && tokens[verb].Text is not ("dozens" or "hundreds" or "scores" or "salvo" or "volley" or "hail" or "round" or "rounds" or "long-range" or "short-range" or "guided" or "anti-tank" or "surface-to-air" or "explosive" or "armed"))
            {
                return false;
            }

            verb--;
        }

        if (verb < sentence.FirstToken || k - verb > 7 || SentenceBlocks(document, sentence, verb))
        {
            return false;
        }

        var beforeVerb = PreviousContentToken(tokens, sentence, verb);
        if (beforeVerb >= 0 && tokens[beforeVerb].Text is "to" or "not" or "n't" or "never")
        {
            return false;
        }

        if (!LeftArguments(document, sentence, verb, agents) || Blocked(document, sentence, agents[^1].End, verb) || HasTrueModal(document, sentence, verb + 1, k))
        {
            return false;
        }

        RightArguments(document, sentence, preposition + 1, RelationshipType.Attacked, patients, excludeEntity: agents.Count == 1 ? agents[0].Entity : -1);
        return patients.Count > 0;
    }

    /// <summary>
    /// "X condemned the attack" with no named perpetrator: the agent of the article's earlier events of that kind, when they
    /// all share one agent (otherwise the reference is ambiguous and nothing is asserted).
    /// </summary>
    private static bool CondemnedEarlierEvent(ArticleDocument document, Sentence sentence, int k, List<AssertedEvent> events, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var lower = tokens[k].Text.ToLowerInvariant();
        if (events.Count == 0 || !(lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith('s')))
        {
            return false;
        }

        var previous = PreviousContentToken(tokens, sentence, k);
        if (previous >= 0 && (Lexicon.BeForms.Contains(tokens[previous].Text) || tokens[previous].Text is "to") || SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var noun = k + 1;
        if (noun >= end || tokens[noun].Text is not ("the" or "this" or "these" or "that" or "those"))
        {
            return false;
        }

        noun++;
        while (noun < end && noun - k <= 5 && !AnaphoricEventNouns.ContainsKey(tokens[noun].Text) && IsNounPhraseFiller(tokens[noun]) && !tokens[noun].IsCapitalised)
        {
            noun++;
        }

        if (noun >= end || !AnaphoricEventNouns.TryGetValue(tokens[noun].Text, out var eventType)
            || (noun + 1 < end && tokens[noun + 1].Text is "by" or "'s"))
        {
            return false;
        }

        var agent = -1;
        foreach (var earlier in events)
        {
            if (earlier.Type != eventType)
            {
                continue;
            }

            if (agent >= 0 && earlier.Agent != agent)
            {
                return false;
            }

            agent = earlier.Agent;
        }

        if (agent < 0 || !LeftArguments(document, sentence, k, agents) || Blocked(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        patients.Add(new Argument(agent, noun, noun + 1));
        return true;
    }

    private static bool NounArguments(ArticleDocument document, Sentence sentence, int k, RelationshipType type, string lower, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;

        // Target: "attack(s) on X", "assassination of X", "talks with X", "sanctions against X", "visit to X".
        var preposition = k + 1;
        if (preposition < end && tokens[preposition].Text is "\"" or "”" or "'")
        {
            preposition++;
        }

        if (preposition < end && tokens[preposition].Text == "by" && type is RelationshipType.Attacked or RelationshipType.Killed or RelationshipType.Sanctioned or RelationshipType.Threatened)
        {
            // "an attack by X on Y", "the killing by X of Y".
            RightArguments(document, sentence, preposition + 1, type, agents, excludeEntity: -1, nounPhraseOnly: true);
            if (agents.Count == 0)
            {
                return false;
            }

            var target = agents[^1].End;
            while (target < end && target - agents[^1].End < 3 && !NounPrepositions.Contains(tokens[target].Text))
            {
                target++;
            }

            var expected = type == RelationshipType.Killed ? "of" : type == RelationshipType.Threatened ? "against" : "on";
            if (target >= end || (tokens[target].Text != expected && !(type != RelationshipType.Killed && tokens[target].Text == "against")))
            {
                return false;
            }

            RightArguments(document, sentence, target + 1, type, patients, excludeEntity: -1, nounPhraseOnly: true);
            return patients.Count > 0 && !Blocked(document, sentence, Math.Max(sentence.FirstToken, k - 3), k) && !HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, k - 4), k);
        }

        if (preposition >= end || !NounPrepositions.Contains(tokens[preposition].Text))
        {
            // "Putin and Erdogan held talks in Sochi": coordinated subjects of a meeting noun met each other.
            return type == RelationshipType.Met && MetBySubjects(document, sentence, k, agents, patients);
        }

        var prepositionText = tokens[preposition].Text;
        var fits = type switch
        {
            RelationshipType.Attacked => prepositionText is "on" or "against" or "at" or "targeting" or "in"
                || (prepositionText == "of" && lower is "invasion" or "bombing" or "bombardment" or "shelling" or "siege" or "occupation"),
            RelationshipType.Killed => prepositionText is "of",
            RelationshipType.Met => prepositionText is "with" or "between" or "to",
            RelationshipType.Sanctioned => prepositionText is "on" or "against",
            RelationshipType.Condemned => prepositionText is "of",
            RelationshipType.Threatened => prepositionText is "against" or "to",
            _ => false,
        };
        if (!fits)
        {
            return type == RelationshipType.Met && MetBySubjects(document, sentence, k, agents, patients);
        }

        RightArguments(document, sentence, preposition + 1, type, patients, excludeEntity: -1, nounPhraseOnly: true);
        if (patients.Count == 0)
        {
            return false;
        }

        if (prepositionText == "in")
        {
            patients.RemoveAll(p => document.Entities[p.Entity].Label != EntityLabel.Base);
            if (patients.Count == 0)
            {
                return false;
            }
        }

        // Campaign nouns ("the fight against X", "positions against X") only take "against".
        var isCampaign = lower is "fight" or "campaign" or "operations" or "war" or "battle" or "struggle" or "defenses" or "defences" or "positions";
        if (isCampaign && prepositionText != "against")
        {
            return false;
        }

        // An election "campaign against" a rival is not an attack: only military campaigns count.
        if (lower == "campaign" && !(k - 1 >= sentence.FirstToken && tokens[k - 1].Text is "air" or "military" or "bombing" or "aerial" or "ground" or "counterterrorism" or "counter-terrorism" or "drone" or "missile" or "artillery"))
        {
            return false;
        }

        if (prepositionText == "between")
        {
            // "a meeting between X and Y"; "indirect talks", "mediated talks" between two sides that never met are not a meeting.
            if (patients.Count < 2 || (type == RelationshipType.Met && WithinLeft(document.Tokens, sentence, k, 3, "indirect", "proximity", "mediated", "mediates", "mediating", "shuttle")))
            {
                return false;
            }

            agents.AddRange(patients);
            return !Blocked(document, sentence, Math.Max(sentence.FirstToken, k - 4), k);
        }

        if (type == RelationshipType.Sanctioned && UndoneBefore(document, sentence, k))
        {
            return false;
        }

        // "support for Iraq in the fight against X", "Kurdish forces in the battle against X": X's opponent precedes "in the".
        if (isCampaign && k - 3 >= sentence.FirstToken && tokens[k - 1].Text == "the" && tokens[k - 2].Text == "in"
            && MentionEndingAt(document, sentence, k - 3) is { IsModifier: false, QualifiesNoun: false } side)
        {
            agents.Add(new Argument(side.Entity, side.Start, side.End));
            return !Blocked(document, sentence, Math.Max(sentence.FirstToken, side.Start - 3), k);
        }

        // Agent: possessive ("X's attack"), modifier ("the US assassination", "Iranian missile attacks"), light verb
        // ("X launched strikes"), or "by X" after the target.
        var j = k - 1;
        var gap = 0;
        while (j >= sentence.FirstToken && gap < 5)
        {
            var mention = MentionEndingAt(document, sentence, j);
            if (mention is { } m)
            {
                if (m.IsModifier)
                {
                    break;
                }

                agents.Add(new Argument(m.Entity, m.Start, m.End));
                AddLeftCoordination(document, sentence, m, agents);

                // "would be a U.S. air strike on ...": a modal just before the noun phrase makes it hypothetical.
                return !Blocked(document, sentence, m.End, k) && !HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, agents[0].Start - 4), k);
            }

            var text = tokens[j].Text;
            if (text == "'s")
            {
                j--;
                continue;
            }

            // "X claimed responsibility for the attack on Y": the claimant carried it out.
            if (text == "for" && j - 2 >= sentence.FirstToken && tokens[j - 1].Text == "responsibility" && tokens[j - 2].Text is "claimed" or "claims" or "claim" or "claiming")
            {
                return LeftArguments(document, sentence, j - 2, agents) && !Blocked(document, sentence, agents[^1].End, j - 2);
            }

            // "ISIS claimed the killing of X": an armed group claiming an event takes responsibility for it.
            if (text is "claimed" or "claims" && ClaimsAnEvent(document, sentence, j))
            {
                return LeftArguments(document, sentence, j, agents) && !Blocked(document, sentence, agents[^1].End, j)
                    && agents.TrueForAll(a => document.Entities[a.Entity].Label == EntityLabel.Organisation);
            }

            if (Lexicon.LightVerbs.Contains(text) || text is "out" or "up")
            {
                var verb = text is "out" or "up" ? j - 1 : j;
                if (verb < sentence.FirstToken)
                {
                    break;
                }

                var beforeVerb = PreviousContentToken(tokens, sentence, verb);
                if (beforeVerb >= 0 && tokens[beforeVerb].Text == "to")
                {
                    return false;
                }

                if (!LeftArguments(document, sentence, verb, agents))
                {
                    return false;
                }

                return !Blocked(document, sentence, agents[^1].End, k) && !HasTrueModal(document, sentence, verb + 1, k);
            }

            // "Iraqi forces maintained their positions against X": the possessive pronoun is the clause subject.
            if (isCampaign && text is "their" or "its" or "his" or "her" && j - 1 >= sentence.FirstToken && IsVerbLike(tokens[j - 1].Text))
            {
                if (!LeftArguments(document, sentence, j - 1, agents))
                {
                    return false;
                }

                return !Blocked(document, sentence, agents[^1].End, k);
            }

            if (!IsNounPhraseFiller(tokens[j]))
            {
                break;
            }

            gap++;
            j--;
        }

        // "Kerry raised the issue in a call with Lavrov": the subject of the clause takes part in the conversation.
        if (type == RelationshipType.Met && prepositionText == "with")
        {
            for (var verb = k - 1; verb >= sentence.FirstToken && k - verb <= 8; verb--)
            {
                if (ClauseBreaks.Contains(tokens[verb].Text) || MentionEndingAt(document, sentence, verb) is not null)
                {
                    break;
                }

                if (IsVerbLike(tokens[verb].Text) && !tokens[verb].IsCapitalised)
                {
                    if (tokens[verb].Text is "canceled" or "cancelled" or "postponed" or "rejected" or "refused" or "declined" or "denied" or "scrapped" or "called" or "ruled" or "skipped" or "missed" or "boycotted")
                    {
                        break;
                    }

                    if (LeftArguments(document, sentence, verb, agents) && !Blocked(document, sentence, agents[^1].End, k))
                    {
                        return true;
                    }

                    agents.Clear();
                    break;
                }
            }
        }

        // "attacks on X by Y", "the killing of X, a senior commander, by Y".
        var by = patients[^1].End;
        if (by < end && tokens[by].Text == ",")
        {
            var close = by + 1;
            while (close < end && close - by <= 14 && tokens[close].Text != "," && !ClauseBreaks.Contains(tokens[close].Text))
            {
                close++;
            }

            if (close + 1 < end && tokens[close].Text == "," && tokens[close + 1].Text == "by")
            {
                by = close + 1;
            }
        }

        while (by < end && by - patients[^1].End < 4 && tokens[by].Text != "by")
        {
            by++;
        }

        if (by < end && tokens[by].Text == "by")
        {
            RightArguments(document, sentence, by + 1, type, agents, excludeEntity: -1);
            return agents.Count > 0 && !Blocked(document, sentence, Math.Max(sentence.FirstToken, k - 3), k);
        }

        return false;
    }

    private static bool MetBySubjects(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        for (var verb = k - 1; verb >= sentence.FirstToken && k - verb <= 4; verb--)
        {
            if (Lexicon.LightVerbs.Contains(tokens[verb].Text))
            {
                if (!LeftArguments(document, sentence, verb, agents) || agents.Count < 2 || Blocked(document, sentence, agents[^1].End, k))
                {
                    return false;
                }

                patients.AddRange(agents);
                return true;
            }

            if (!IsNounPhraseFiller(tokens[verb]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNounPhraseFiller(Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind == TokenKind.Punctuation)
        {
            return token.Text is "\"" or "“" or "”" or "-" or "'";
        }

        var text = token.Text;
        if (ApproximateQuantifiers.Contains(text))
        {
            return true;
        }

        if (token.IsCapitalised || Lexicon.Negators.Contains(text) || Lexicon.Modals.Contains(text) || Lexicon.RightBoundaries.Contains(text) || Lexicon.UndoVerbs.Contains(text))
        {
            return false;
        }

        if (text.Length > 5 && (text.EndsWith("ive", StringComparison.Ordinal) || text.EndsWith("ary", StringComparison.Ordinal) || text.EndsWith("ical", StringComparison.Ordinal)
            || text.EndsWith("ous", StringComparison.Ordinal) || text.EndsWith("ional", StringComparison.Ordinal)))
        {
            // Adjectives: "defensive", "military", "tactical", "continuous", "international".
            return true;
        }

        return Determiners.Contains(text) || text is "of" or "missile" or "missiles" or "rocket" or "rockets" or "air" or "drone" or "suicide" or "ballistic" or "military" or "economic" or "punishing" or "terrorist" or "terror" or "car" or "bomb" or "artillery" or "mortar" or "cruise" or "ground" or "naval" or "cyber" or "chemical" or "led" or "backed" or "coordinated" or "joint" or "targeted" or "surprise" or "retaliatory" or "brutal" or "bloody" or "cowardly" or "heinous" or "horrific" or "vicious" or "financial" or "trade" or "arms" or "oil" or "tough" or "tougher" or "harsh" or "sweeping" or "crippling" or "unilateral" or "international" or "bilateral" or "official" or "formal" or "direct" or "face-to-face" or "phone" or "telephone" or "video" or "virtual" or "online" or "private" or "closed-door" or "trilateral" or "high-level" or "state" or "weekend" or "overnight" or "night" or "dawn" or "morning" or "large-scale" or "major" or "limited" or "precision" or "strong" or "strongest" or "terms" or "in" or "a" or "an";
    }

    private static bool UndoneBefore(ArticleDocument document, Sentence sentence, int k)
    {
        for (var j = Math.Max(sentence.FirstToken, k - 6); j < k; j++)
        {
            // "lifted sanctions" undoes them; "no reason to lift X's sanctions" presupposes they stand.
            if (Lexicon.UndoVerbs.Contains(document.Tokens[j].Text) && !(j > sentence.FirstToken && document.Tokens[j - 1].Text == "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a negation, modal or intention word stands between the agent and the trigger.</summary>
    private static bool Blocked(ArticleDocument document, Sentence sentence, int from, int trigger)
    {
        var tokens = document.Tokens;
        for (var j = Math.Max(from, sentence.FirstToken); j < trigger; j++)
        {
            var text = tokens[j].Text;
            if (Lexicon.Negators.Contains(text) || Lexicon.IsModalAt(tokens, j) || Lexicon.AttributionBlockers.Contains(text) || Lexicon.Conditionals.Contains(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceMention(ArticleDocument document, Mention mention) => document.Entities[mention.Entity].Label == EntityLabel.Base;

    /// <summary>Words that make an event noun phrase unreal: "a possible attack", "plans for a strike", "the threat of an attack".</summary>
    private static readonly FrozenSet<string> HypotheticalMarkers = new[]
    {
        "would", "could", "might", "may", "will", "should", "can", "must", "if", "possible", "potential", "planned", "proposed",
        "expected", "imminent", "likely", "feared", "future", "hypothetical", "plans", "plan", "planning", "proposal", "proposals",
        "prospect", "possibility", "risk", "fears", "fear", "option", "options", "danger", "contingency", "looming", "impending",
        "any", "threat", "threats", "no", "averted", "thwarted", "foiled", "prevent", "prevented", "avoid", "avoided",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool HasTrueModal(ArticleDocument document, Sentence sentence, int from, int to)
    {
        for (var j = Math.Max(from, sentence.FirstToken); j < to; j++)
        {
            if (HypotheticalMarkers.Contains(document.Tokens[j].Text) && !Lexicon.IsMonthMay(document.Tokens, j))
            {
                return true;
            }
        }

        return false;
    }

    private static int PreviousContentToken(List<Token> tokens, Sentence sentence, int k)
    {
        var j = k - 1;
        while (j >= sentence.FirstToken && (Adverbs.Contains(tokens[j].Text) || tokens[j].Text.EndsWith("ly", StringComparison.Ordinal) && tokens[j].Text.Length > 4 && !tokens[j].IsCapitalised))
        {
            if (tokens[j].Text is "have" or "has" or "had")
            {
                break;
            }

            j--;
        }

        return j;
    }

    private static bool SentenceHas(ArticleDocument document, Sentence sentence, string word)
    {
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (string.Equals(document.Tokens[j].Text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WithinLeft(List<Token> tokens, Sentence sentence, int k, int window, params ReadOnlySpan<string> words)
    {
        for (var j = k - 1; j >= sentence.FirstToken && k - j <= window; j--)
        {
            foreach (var word in words)
            {
                if (string.Equals(tokens[j].Text, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool WithinRight(List<Token> tokens, int k, int end, int window, string word)
    {
        for (var j = k + 1; j < end && j <= k + window; j++)
        {
            if (tokens[j].Text == word)
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? MentionEndingAt(ArticleDocument document, Sentence sentence, int token)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            if (mention.End - 1 == token || (mention.PhraseEnd - 1 == token && mention.IsForce))
            {
                return mention;
            }
        }

        return null;
    }

    private static Mention? MentionStartingAt(ArticleDocument document, Sentence sentence, int token)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        for (var m = first; m < end; m++)
        {
            if (document.Mentions[m].Start == token)
            {
                return document.Mentions[m];
            }
        }

        return null;
    }

    private static Mention? FirstMentionBetween(ArticleDocument document, Sentence sentence, int from, int to)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Start >= from && mention.End <= to)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The subject: the nearest argument to the left within the clause, with coordinated ones.</summary>
    private static bool LeftArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> output)
    {
        var tokens = document.Tokens;
        for (var j = k - 1; j >= sentence.FirstToken && k - j <= 25; j--)
        {
            var text = tokens[j].Text;
            // "The Kurdistan Workers' Party (PKK) killed ...": a short parenthesis after the subject is passed over.
            if (text == ")" && ParenthesisOpening(tokens, sentence, j) is var parenthesis && parenthesis > sentence.FirstToken)
            {
                j = parenthesis;
                continue;
            }

            if (ClauseBreaks.Contains(text))
            {
                return false;
            }

            if (Lexicon.Pronouns.Contains(text) && text is "he" or "He" or "she" or "She")
            {
                var person = ResolvePronoun(document, j, exclude: -1);
                if (person < 0)
                {
                    return false;
                }

                output.Add(new Argument(person, j, j + 1));
                return true;
            }

            // "his regime executed thousands": a ruler acts through the regime or forces he commands.
            if (text is "his" or "His" or "her" or "Her" && j + 1 < k && tokens[j + 1].Text is "regime" or "government" or "administration" or "forces" or "troops" or "army" or "militia" or "militias" or "loyalists")
            {
                var ruler = ResolvePronoun(document, j, exclude: -1);
                if (ruler < 0 || !SubjectReaches(document, sentence, j + 2, k))
                {
                    return false;
                }

                output.Add(new Argument(ruler, j, j + 2));
                return true;
            }

            // "Israel's military said its jets struck X": the forces of the state "its" stands for.
            if (text is "its" or "Its" or "their" or "Their" && j + 1 < k && Lexicon.ForceNouns.Contains(tokens[j + 1].Text))
            {
                var forcesEnd = j + 1;
                while (forcesEnd < k && Lexicon.ForceNouns.Contains(tokens[forcesEnd].Text))
                {
                    forcesEnd++;
                }

                var owner = ResolveItPronoun(document, sentence, j, out var ownerEnd, forcesOnly: text is "their" or "Their");
                if (owner < 0 || !SubjectReaches(document, sentence, forcesEnd, k))
                {
                    return false;
                }

                output.Add(ownerEnd >= 0 ? new Argument(owner, ownerEnd - 1, ownerEnd) : new Argument(owner, j, j + 1));
                return true;
            }

            if (text is "it" or "It" or "they" or "They")
            {
                // "they" only for a force ("Nigerian troops said they had killed X"), never for people in general.
                var referent = ResolveItPronoun(document, sentence, j, out var antecedentEnd, forcesOnly: text is "they" or "They");
                if (referent < 0 || !SubjectReaches(document, sentence, j + 1, k))
                {
                    return false;
                }

                // An antecedent in the same sentence stands as the argument, so the negation and attribution checks (from the
                // argument to the trigger) cover the clause "it" depends on: "Israel did not confirm it had attacked Iran".
                output.Add(antecedentEnd >= 0 ? new Argument(referent, antecedentEnd - 1, antecedentEnd) : new Argument(referent, j, j + 1));
                return true;
            }

            if (text is "we" or "We" or "I")
            {
                return false;
            }

            var mention = MentionEndingAt(document, sentence, j);
            if (mention is not { } m)
            {
                continue;
            }

            if (m.IsModifier)
            {
                j = m.Start;
                continue;
            }

            // A possessor ("Iran's foreign minister") or a qualifier ("German companies") is not the subject: the noun is.
            if (m.End < tokens.Count && tokens[m.End].Text == "'s" && m.End < k - 1 && !m.IsForce)
            {
                // "Russia's forces attacked": a possessor of forces acts through them.
                var forces = m.End + 1;
                while (forces < k && Lexicon.ForceNouns.Contains(tokens[forces].Text))
                {
                    forces++;
                }

                if (forces == m.End + 1 || !SubjectReaches(document, sentence, forces, k))
                {
                    return false;
                }

                output.Add(new Argument(m.Entity, m.Start, m.End));
                return true;
            }

            if (m.QualifiesNoun)
            {
                return false;
            }

            if (!SubjectReaches(document, sentence, Math.Max(m.End, m.PhraseEnd), k))
            {
                return false;
            }

            // "a raid in Pakistan that killed X": a place in a prepositional phrase is not the agent.
            var before = SkipTitleLeft(document, sentence, m.Start - 1);
            // "President X of France met ...": the person the country qualifies is the subject.
            if (before > sentence.FirstToken && tokens[before].Text == "of" && MentionEndingAt(document, sentence, before - 1) is { IsModifier: false } holder
                && document.Entities[holder.Entity].Label == EntityLabel.Person && document.Entities[m.Entity].Label == EntityLabel.Country)
            {
                output.Add(new Argument(holder.Entity, holder.Start, holder.End));
                AddLeftCoordination(document, sentence, holder, output);
                return true;
            }

            // "fighters of X", "gunmen from X attacked ...": members act for their group.
            var membersOf = before > sentence.FirstToken && tokens[before].Text is "of" or "from" && tokens[before - 1].Text.ToLowerInvariant() is "fighters" or "militants" or "members" or "gunmen" or "troops" or "soldiers" or "forces" or "units" or "jets" or "warplanes";
            // "The Iraqi army, with support from the United States, attacked X": skip the aside, the subject is before it.
            var governing = before >= sentence.FirstToken && tokens[before].Text is "the" or "The" ? before - 1 : before;
            if (!membersOf && m.End < k && tokens[m.End].Text == "," && governing >= sentence.FirstToken && tokens[governing].Text is "from" or "by" or "with" or "of" or "in")
            {
                var open = governing - 1;
                while (open >= sentence.FirstToken && governing - open <= 6 && tokens[open].Text != ",")
                {
                    open--;
                }

                if (open >= sentence.FirstToken && tokens[open].Text == ",")
                {
                    j = open;
                    continue;
                }
            }

            if (!membersOf && before >= sentence.FirstToken && tokens[before].Text is "in" or "at" or "near" or "from" or "into" or "to" or "across" or "inside" or "outside" or "of" or "toward" or "towards" or "over" or "under" or "by" or "with" or "for" or "against" or "on")
            {
                // "A US airstrike in Baghdad killed X": the place qualifies the attack noun before it; the subject is further left.
                if (tokens[before].Text is "in" or "near" or "outside" or "over" && before - 1 >= sentence.FirstToken
                    && (Lexicon.ForceNouns.Contains(tokens[before - 1].Text) || WeaponNouns.Contains(tokens[before - 1].Text)))
                {
                    j = before;
                    continue;
                }

                return false;
            }

            output.Add(new Argument(m.Entity, m.Start, m.End));
            AddLeftCoordination(document, sentence, m, output);
            return true;
        }

        return false;
    }

    private static readonly FrozenSet<string> GapWords = new[]
    {
        "has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "been", "be", "being", "who", "which", "that",
        "also", "\"", "“", "”", "'", "today", "yesterday", "tonight", "then", "later", "earlier", "last", "this", "week",
        "month", "year", "night", "morning", "afternoon", "evening", "weekend", "on", "in", "early", "late", "n't", "not",
        "never", "will", "would", "could", "may", "might", "should", "must", "can", "reportedly", "allegedly", "jointly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "gave", "said", "made", "took", "met", "held", "sent", "went", "told", "came", "began", "spoke", "flew", "arrived",
        "returned", "visited", "called", "issued", "announced", "signed", "urged", "warned", "expressed", "stressed", "noted",
        "thanked", "welcomed", "praised", "discussed", "reiterated", "reaffirmed", "insisted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when nothing but auxiliaries, adverbs, time words, an apposition (", ... ,") or a coordinated verb phrase
    /// ("gave a press conference and announced") separates the subject from its verb.
    /// </summary>
    private static bool SubjectReaches(ArticleDocument document, Sentence sentence, int from, int verb)
    {
        var tokens = document.Tokens;
        var j = from;
        while (j < verb)
        {
            var token = tokens[j];
            var text = token.Text;
            if (text == "(" && ParenthesisClosing(tokens, sentence, j) is var parenthesisEnd && parenthesisEnd > j && parenthesisEnd < verb)
            {
                j = parenthesisEnd + 1;
                continue;
            }

            if (text == ",")
            {
                // Apposition or parenthetical: jump to the closing comma.
                var close = j + 1;
                while (close < verb && close - j <= 16 && tokens[close].Text != "," && !ClauseBreaks.Contains(tokens[close].Text))
                {
                    close++;
                }

                j = close < verb && tokens[close].Text == "," ? close + 1 : j + 1;
                continue;
            }

            // "A US airstrike in Baghdad killed X": a place after the subject's noun (a capital after "in" is a place, not a mention).
            if (text is "in" or "near" or "outside" or "over" && j + 1 < verb && tokens[j + 1].IsCapitalised)
            {
                var placeEnd = j + 1;
                if (MentionStartingAt(document, sentence, j + 1) is { } place)
                {
                    placeEnd = document.Entities[place.Entity].Label is EntityLabel.Country or EntityLabel.Base ? place.End : -1;
                }
                else
                {
                    while (placeEnd < verb && tokens[placeEnd].IsCapitalised && MentionStartingAt(document, sentence, placeEnd) is null)
                    {
                        placeEnd++;
                    }
                }

                if (placeEnd > j + 1 && placeEnd <= verb)
                {
                    j = placeEnd;
                    continue;
                }
            }

            if (GapWords.Contains(text) || Adverbs.Contains(text) || token.Kind == TokenKind.Number || Lexicon.Months.Contains(text) || Lexicon.Weekdays.Contains(text)
                || (text.EndsWith("ly", StringComparison.Ordinal) && text.Length > 4 && !token.IsCapitalised))
            {
                j++;
                continue;
            }

            // "X and Y are the latest to be threatened by Z": a done event ("the next to be" would be a forecast).
            if (text == "the" && j + 3 < verb && tokens[j + 1].Text is "latest" or "first" or "last" or "only" or "second" or "third" or "fourth"
                && tokens[j + 2].Text == "to" && tokens[j + 3].Text == "be")
            {
                j += 4;
                continue;
            }

            // A coordinated unnamed noun phrase: "Taliban gunmen and suicide bombers attacked ...". After a comma, "and" opens a
            // new clause with its own subject: "..., and the king met X" says nothing of the name before the comma.
            if (text is "and" && verb - j <= 4 && !(j > sentence.FirstToken && tokens[j - 1].Text == ","))
            {
                var plain = true;
                for (var c = j + 1; c < verb; c++)
                {
                    plain &= tokens[c].Kind == TokenKind.Word && !tokens[c].IsCapitalised && !IsVerbLike(tokens[c].Text) && !GapWords.Contains(tokens[c].Text);
                }

                if (plain && verb - j >= 2)
                {
                    return true;
                }
            }

            // A coordinated verb phrase without names: "X gave a press conference and announced ...".
            var and = verb - 1;
            while (and > j && tokens[and].Text != "and")
            {
                and--;
            }

            if (and > j && and - from <= 14 && IsVerbLike(tokens[from].Text) && FirstMentionBetween(document, sentence, from, and) is null)
            {
                for (var c = from; c < and; c++)
                {
                    if (ClauseBreaks.Contains(tokens[c].Text))
                    {
                        return false;
                    }
                }

                j = and + 1;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The "(" of a short parenthesis (up to 6 tokens) closing at <paramref name="close"/>; -1 when there is none.</summary>
    private static int ParenthesisOpening(List<Token> tokens, Sentence sentence, int close)
    {
        for (var j = close - 1; j >= sentence.FirstToken && close - j <= 7; j--)
        {
            if (tokens[j].Text == "(")
            {
                return j;
            }

            if (tokens[j].Text is ")" or "," or ";" || Triggers.ContainsKey(tokens[j].Text))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The ")" of a short parenthesis (up to 6 tokens) opening at <paramref name="open"/>; -1 when there is none.</summary>
    private static int ParenthesisClosing(List<Token> tokens, Sentence sentence, int open)
    {
        for (var j = open + 1; j < sentence.EndToken && j - open <= 7; j++)
        {
            if (tokens[j].Text == ")")
            {
                return j;
            }

            if (tokens[j].Text is "(" or "," or ";" || Triggers.ContainsKey(tokens[j].Text))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsVerbLike(string text) =>
        text.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(text) || Lexicon.LightVerbs.Contains(text) || Triggers.ContainsKey(text);

    private static void AddLeftCoordination(ArticleDocument document, Sentence sentence, Mention first, List<Argument> output)
    {
        var tokens = document.Tokens;
        var current = first;
        var added = new List<Argument>();
        var sawAnd = false;
        while (true)
        {
            var j = SkipTitleLeft(document, sentence, current.Start - 1);
            if (j < sentence.FirstToken)
            {
                break;
            }

            var separator = tokens[j].Text;
            if (separator is not ("and" or "," or "&"))
            {
                break;
            }

            sawAnd |= separator is "and" or "&";
            j--;
            if (j >= sentence.FirstToken && tokens[j].Text == "," && separator == "and")
            {
                j--;
            }

            var previous = j >= sentence.FirstToken ? MentionEndingAt(document, sentence, j) : null;
            if (previous is not { } p || p.IsModifier)
            {
                break;
            }

            // "sanctions on Iran, and Israel warned": a name inside a prepositional phrase is not a coordinated subject.
            var beforePrevious = SkipTitleLeft(document, sentence, p.Start - 1);
            if (beforePrevious >= sentence.FirstToken && PhraseEndingPrepositions.Contains(tokens[beforePrevious].Text))
            {
                break;
            }

            added.Add(new Argument(p.Entity, p.Start, p.End));
            current = p;
        }

        if (sawAnd)
        {
            // Keep the agent nearest the trigger last: it bounds the negation window.
            output.InsertRange(0, added);
        }
    }

    /// <summary>The object: the first argument to the right within the clause, with coordinated ones and, for attacks, the base they were at.</summary>
    private static readonly FrozenSet<string> PhraseEndingPrepositions = new[]
    {
        "of", "in", "from", "for", "at", "near", "across", "into", "on", "over", "under", "about", "with", "without",
        "through", "throughout", "within", "between", "among", "amid", "towards", "toward", "against", "after",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void RightArguments(ArticleDocument document, Sentence sentence, int from, RelationshipType type, List<Argument> output, int excludeEntity, bool nounPhraseOnly = false)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var (first, mentionsEnd) = document.SentenceMentions[sentence.Index];
        var sawComma = false;
        for (var j = from; j < end && j - from <= 14; j++)
        {
            var text = tokens[j].Text;
            if (ClauseBreaks.Contains(text) || text == "." || Lexicon.RightBoundaries.Contains(text) || (text == "to" && j > from) || (Triggers.ContainsKey(text) && j > from + 1 && !Determiners.Contains(tokens[j - 1].Text)))
            {
                return;
            }

            // The object is the first noun phrase: a preposition after it starts a modifier ("the lives of people in Iraq"),
            // except "by" naming the agent of a condemned act.
            // "shelled positions of X": a target's part stands for the target.
            var partOf = text == "of" && type == RelationshipType.Attacked && tokens[j - 1].Text is "positions" or "bases" or "base" or "headquarters"
                or "fighters" or "units" or "convoy" or "convoys" or "strongholds" or "stronghold" or "hideouts" or "camps" or "camp"
                or "offices" or "outposts" or "territory" or "members" or "militants" or "troops" or "forces";
            // "killed hundreds of thousands of Iraqis": a quantity's "of" leads to the people counted.
            var quantityOf = text == "of" && tokens[j - 1].Text is "hundreds" or "thousands" or "millions" or "dozens" or "scores" or "tens" or "hundred" or "thousand" or "million" or "dozen";
            if (j > from && PhraseEndingPrepositions.Contains(text) && !sawComma && !partOf && !quantityOf && !(type == RelationshipType.Condemned && text == "by"))
            {
                // "condemned the killing of 43 farmers by Boko Haram": the perpetrator after "by" is the one condemned.
                if (type == RelationshipType.Condemned)
                {
                    for (var by = j + 1; by < end && by - j <= 8; by++)
                    {
                        if (ClauseBreaks.Contains(tokens[by].Text) || tokens[by].Text is "." or ",")
                        {
                            break;
                        }

                        if (tokens[by].Text == "by" && MentionStartingAt(document, sentence, by + 1) is { IsModifier: false, QualifiesNoun: false } perpetrator)
                        {
                            output.Add(new Argument(perpetrator.Entity, perpetrator.Start, perpetrator.End));
                            return;
                        }
                    }
                }

                return;
            }

            if (text == ",")
            {
                if (nounPhraseOnly)
                {
                    // "the killing of a French priest, Jacques Hamel": an unnamed role named by an apposition.
                    if (j > from && PersonInApposition(document, sentence, j) is { } apposition
                        && (FirstMentionBetween(document, sentence, from, j) is not { } inside || inside.IsAdjective || inside.IsModifier || inside.QualifiesNoun))
                    {
                        output.Add(new Argument(apposition.Entity, apposition.Start, apposition.End));
                    }

                    return;
                }

                sawComma = true;
            }

            if (text is "me" or "us" or "you" or "them" or "it" or "itself" or "themselves" or "himself" or "herself")
            {
                // The object is someone unnamed.
                return;
            }

            if (text is "him" or "her" or "Him" or "Her" && !(j + 1 < end && tokens[j + 1].Kind == TokenKind.Word && !Lexicon.RightBoundaries.Contains(tokens[j + 1].Text) && tokens[j + 1].Text is not ("and" or "in" or "on" or "at" or "yesterday" or "today" or "last" or "by" or "with" or "for" or "as")))
            {
                var person = ResolvePronoun(document, j, excludeEntity);
                if (person >= 0)
                {
                    output.Add(new Argument(person, j, j + 1));
                }

                return;
            }

            Mention? found = null;
            for (var m = first; m < mentionsEnd; m++)
            {
                if (document.Mentions[m].Start == j)
                {
                    found = document.Mentions[m];
                    break;
                }
            }

            if (found is not { } mention)
            {
                continue;
            }

            if (mention.IsModifier || (type == RelationshipType.Met && mention.IsForce))
            {
                j = mention.End - 1;
                continue;
            }

            // "visited a Russian site": a nationality adjective names a party of a meeting only before people ("Russian officials").
            if (type == RelationshipType.Met && mention.IsAdjective && mention.End < end && tokens[mention.End].Kind == TokenKind.Word
                && tokens[mention.End].Text is not ("officials" or "leaders" or "leadership" or "counterpart" or "counterparts" or "delegation" or "delegations"
                    or "diplomats" or "envoy" or "envoys" or "authorities" or "side" or "government" or "ministers" or "negotiators" or "representatives" or "president" or "premier"))
            {
                return;
            }

            // "killed Afghan police chief Abdul Raziq": a nationality qualifying the person's role is not the object.
            if ((mention.IsAdjective || mention.IsForce) && PersonAfterRole(document, sentence, Math.Max(mention.End, mention.PhraseEnd)) is { } roleHolder)
            {
                output.Add(new Argument(roleHolder.Entity, roleHolder.Start, roleHolder.End));
                AddRightCoordination(document, sentence, roleHolder, type, output);
                return;
            }

            if (mention.QualifiesNoun)
            {
                return;
            }

            // "the assassination of Iran's general" — the possessor is not the target when a person follows.
            output.Add(new Argument(mention.Entity, mention.Start, mention.End));
            AddRightCoordination(document, sentence, mention, type, output);
            return;
        }
    }

    private static void AddRightCoordination(ArticleDocument document, Sentence sentence, Mention first, RelationshipType type, List<Argument> output)
    {
        // Items joined only by commas are kept only when an "and" closes the list ("X, Y and Z"), not "X, Davis said".
        var committed = output.Count;
        var pendingComma = false;
        AddRightCoordinationCore(document, sentence, first, type, output, ref committed, ref pendingComma);
        if (pendingComma)
        {
            output.RemoveRange(committed, output.Count - committed);
        }
    }

    private static void AddRightCoordinationCore(ArticleDocument document, Sentence sentence, Mention first, RelationshipType type, List<Argument> output, ref int committed, ref bool pendingComma)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var current = first;
        while (true)
        {
            var j = Math.Max(current.PhraseEnd, current.End);
            if (j >= end)
            {
                return;
            }

            var separator = tokens[j].Text;
            if (type == RelationshipType.Attacked && separator is "at" or "in" or "near" or "on")
            {
                var k = j + 1;
                if (k < end && tokens[k].Text is "the")
                {
                    k++;
                }

                var baseMention = MentionStartingAt(document, sentence, k);
                if (baseMention is { } b && document.Entities[b.Entity].Label == EntityLabel.Base)
                {
                    output.Add(new Argument(b.Entity, b.Start, b.End));
                    if (!pendingComma)
                    {
                        committed = output.Count;
                    }

                    current = b;
                    continue;
                }

                return;
            }

            if (separator is not ("and" or "," or "&"))
            {
                return;
            }

            j++;
            var closesList = separator is "and" or "&";
            if (j < end && tokens[j].Text == "and")
            {
                closesList = true;
                j++;
            }

            if (j < end && tokens[j].Text == "the")
            {
                j++;
            }

            while (j < end && (Lexicon.TitleHeads.Contains(tokens[j].Text) || Lexicon.TitleModifiers.Contains(tokens[j].Text) || (tokens[j].Text == "of" && j + 1 < end && Lexicon.TitleModifiers.Contains(tokens[j + 1].Text))))
            {
                j++;
            }

            var next = MentionStartingAt(document, sentence, j);
            if (next is not { } n || n.IsModifier || (type == RelationshipType.Met && n.IsForce))
            {
                return;
            }

            output.Add(new Argument(n.Entity, n.Start, n.End));
            if (closesList)
            {
                committed = output.Count;
                pendingComma = false;
            }
            else
            {
                pendingComma = true;
            }

            current = n;
        }
    }

    /// <summary>Moves left over a title and a qualifying country word before a name ("US President").</summary>
    private static int SkipTitleLeft(ArticleDocument document, Sentence sentence, int j)
    {
        var tokens = document.Tokens;
        while (j >= sentence.FirstToken)
        {
            var text = tokens[j].Text;
            if (Lexicon.TitleHeads.Contains(text) || Lexicon.TitleModifiers.Contains(text) || (text == "of" && j + 1 < sentence.EndToken && Lexicon.TitleModifiers.Contains(tokens[j + 1].Text))
                || (text == "-" && tokens[j].JoinedToPrevious) || text is "then" or "former" or "ex" or "late")
            {
                j--;
                continue;
            }

            if (MentionEndingAt(document, sentence, j) is { IsModifier: true } modifier)
            {
                j = modifier.Start - 1;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>The most recent person mentioned before the pronoun (not the excluded one).</summary>
    private static int ResolvePronoun(ArticleDocument document, int pronounToken, int exclude)
    {
        for (var m = document.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = document.Mentions[m];
            if (mention.Start >= pronounToken)
            {
                continue;
            }

            if (pronounToken - mention.Start > 400)
            {
                return -1;
            }

            if (document.Entities[mention.Entity].Label == EntityLabel.Person && mention.Entity != exclude)
            {
                return mention.Entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// The state or organisation "it" stands for: the subject of the clause just before it in the sentence ("..., but Italy
    /// stayed neutral until June, when it declared war on France"), or, for a sentence-initial "It", the one the previous
    /// sentence opened with when that sentence names no other state or organisation — "it" between two candidates is a
    /// guess. -1 otherwise.
    /// </summary>
    private static int ResolveItPronoun(ArticleDocument document, Sentence sentence, int pronounToken, out int antecedentEnd, bool forcesOnly = false)
    {
        antecedentEnd = -1;
        var tokens = document.Tokens;
        var (first, end) = document.SentenceMentions[sentence.Index];
        var nearest = -1;
        for (var m = first; m < end && document.Mentions[m].Start < pronounToken; m++)
        {
            if (document.Entities[document.Mentions[m].Entity].Label is EntityLabel.Country or EntityLabel.Organisation)
            {
                nearest = m;
            }
        }

        if (nearest >= 0)
        {
            var mention = document.Mentions[nearest];
            // "Nigeria's army said it had killed X": the possessor of the forces that speak is the antecedent.
            var possessesForces = mention.End + 1 < pronounToken && tokens[mention.End].Text == "'s" && Lexicon.ForceNouns.Contains(tokens[mention.End + 1].Text);
            if (forcesOnly && !mention.IsForce && !possessesForces)
            {
                return -1;
            }

            if (mention.IsModifier || (mention.QualifiesNoun && !mention.IsForce) || (mention.End < tokens.Count && tokens[mention.End].Text == "'s" && !possessesForces))
            {
                return -1;
            }

            var before = mention.Start - 1;
            // "Lebanon's Hezbollah said it ...": the possessor only qualifies the subject.
            if (before > sentence.FirstToken && tokens[before].Text == "'s" && MentionEndingAt(document, sentence, before - 1) is { } possessor)
            {
                before = possessor.Start - 1;
            }

            if (before >= sentence.FirstToken && tokens[before].Text is "the" or "The")
            {
                before--;
            }

            // Only a clause subject is a safe antecedent: the sentence's opening, or right after a clause connective.
            antecedentEnd = mention.End;
            return before < sentence.FirstToken || tokens[before].Text is "but" or "But" or "while" or "whereas" or "although" or "though" or "yet" or "after" or "when" or "until" or "since" or "because" or "as"
                || (tokens[before].Text == "and" && before - 1 >= sentence.FirstToken && tokens[before - 1].Text == ",")
                ? mention.Entity
                : -1;
        }

        if (forcesOnly || pronounToken - sentence.FirstToken > 1 || sentence.Index == 0 || HasActorBefore(document, sentence, pronounToken))
        {
            return -1;
        }

        var previous = document.Sentences[sentence.Index - 1];
        var fromPrevious = SoleOpeningActor(document, previous, previous.EndToken);
        return fromPrevious < 0 ? -1 : fromPrevious;
    }

    /// <summary>The single country or organisation named in the sentence before <paramref name="before"/>, when it opens the
    /// sentence (its subject); -1 when there is none, -2 when there are several or the first does not open the sentence.</summary>
    private static int SoleOpeningActor(ArticleDocument document, Sentence sentence, int before)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        var found = -1;
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Start >= before)
            {
                break;
            }

            var label = document.Entities[mention.Entity].Label;
            if (label is not (EntityLabel.Country or EntityLabel.Organisation) || mention.IsModifier)
            {
                continue;
            }

            if (found == -1)
            {
                // Only a subject opening the sentence ("Italy ...", "But the EU ...") is a safe antecedent.
                if (mention.Start - sentence.FirstToken > 2 || mention.QualifiesNoun)
                {
                    return -2;
                }

                found = mention.Entity;
            }
            else if (found != mention.Entity)
            {
                return -2;
            }
        }

        return found;
    }

    private static bool HasActorBefore(ArticleDocument document, Sentence sentence, int before)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        for (var m = first; m < end && document.Mentions[m].Start < before; m++)
        {
            if (document.Entities[document.Mentions[m].Entity].Label is EntityLabel.Country or EntityLabel.Organisation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person named right after up to three lower-case role words ("police chief", "army commander"); null otherwise.</summary>
    private static Mention? PersonAfterRole(ArticleDocument document, Sentence sentence, int from)
    {
        var tokens = document.Tokens;
        var j = from;
        // "British-Iranian dual national": a hyphenated second nationality belongs to the qualifier.
        while (j + 1 < sentence.EndToken && tokens[j].Text == "-" && tokens[j + 1].JoinedToPrevious && MentionStartingAt(document, sentence, j + 1) is { IsAdjective: true } second)
        {
            j = second.End;
            from = j;
        }

        while (j < sentence.EndToken && j - from < 3 && tokens[j].Kind == TokenKind.Word && !tokens[j].IsCapitalised && !Lexicon.RightBoundaries.Contains(tokens[j].Text)
            && !PhraseEndingPrepositions.Contains(tokens[j].Text) && tokens[j].Text is not ("and" or "or" or "who" or "which" or "that"))
        {
            j++;
        }

        // "a French priest, Jacques Hamel": the role named in an apposition.
        if (j > from && PersonInApposition(document, sentence, j) is { } apposition)
        {
            return apposition;
        }

        return j > from && MentionStartingAt(document, sentence, j) is { } mention && document.Entities[mention.Entity].Label == EntityLabel.Person ? mention : null;
    }

    private static bool IsAttackNoun(string text) =>
        Triggers.TryGetValue(text, out var trigger) && trigger.Type == RelationshipType.Attacked && (trigger.Form & Form.Noun) != 0;

    /// <summary>The actor named before an attack noun ("an Israeli airstrike", "a US drone strike"): the first mention from
    /// <paramref name="from"/> up to <paramref name="noun"/> that is neither a modifier nor a place; null when there is none.</summary>
    private static Mention? AttackerQualifying(ArticleDocument document, Sentence sentence, int from, int noun)
    {
        for (var a = from; a < noun; a++)
        {
            if (MentionStartingAt(document, sentence, a) is { IsModifier: false } actor && !IsPlaceMention(document, actor))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The person named in an apposition opened by the comma at <paramref name="comma"/> (", Jacques Hamel," or
    /// ", Jacques Hamel." closing the sentence); null otherwise.</summary>
    private static Mention? PersonInApposition(ArticleDocument document, Sentence sentence, int comma)
    {
        var tokens = document.Tokens;
        return comma + 1 < sentence.EndToken && tokens[comma].Text == "," && MentionStartingAt(document, sentence, comma + 1) is { } person
            && document.Entities[person.Entity].Label == EntityLabel.Person && (person.End >= sentence.EndToken || tokens[person.End].Text is "," or "." or ";")
            ? person
            : null;
    }

    /// <summary>No entity is both an agent and a patient: "X and Y attacked Y" is a misreading, not an edge.</summary>
    private static bool Disjoint(List<Argument> agents, List<Argument> patients) =>
        !patients.Exists(p => agents.Exists(a => a.Entity == p.Entity));

    private static void Emit(ArticleDocument document, Sentence sentence, int k, RelationshipType type, List<Argument> agents, List<Argument> patients, List<(int Token, DateOnly Date)> dates, HashSet<(RelationshipType, int, int, int)> seen, List<ExtractedRelationship> output, string rule)
    {
        foreach (var agent in agents)
        {
            foreach (var patient in patients)
            {
                if (agent.Entity == patient.Entity)
                {
                    continue;
                }

                var start = document.Entities[agent.Entity];
                var end = document.Entities[patient.Entity];
                var (startId, endId) = (start.Id, end.Id);
                var (a, b) = (agent.Entity, patient.Entity);
                if (type.IsSymmetric() && string.CompareOrdinal(startId, endId) > 0)
                {
                    (startId, endId) = (endId, startId);
                    (a, b) = (b, a);
                }

                if (!seen.Add((type, a, b, sentence.Index)))
                {
                    continue;
                }

                output.Add(new ExtractedRelationship(type, startId, endId, sentence.Index, document.SentenceText(sentence), document.Tokens[k].Text, EventDateFinder.Nearest(dates, k)) { Rule = rule });
            }
        }
    }
}
