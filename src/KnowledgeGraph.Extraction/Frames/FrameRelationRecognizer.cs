using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Extraction.Frames;

// The parser's word, not the surface tokenizer's (KnowledgeGraph.Extraction.Token).
using Token = KnowledgeGraph.Language.Token;

/// <summary>
/// Relationships from the dependency parse and the frames (<see cref="FrameCatalog"/>): for each sentence that can hold
/// an event (a trigger word and two mentions, or one and a pronoun), parse it, and for each trigger follow its frame's
/// rules from the trigger to an agent and a target, resolve them to the article's entities (mentions, forces standing
/// for their state, relative and personal pronouns, coordination, apposition), check the sense and the assertion
/// (<see cref="AssertionLayer"/>) and emit one edge per (type, start, end, sentence) with the id of the rule.
/// Stateless and thread-safe: everything per article lives on the stack.
/// </summary>
internal sealed partial class FrameRelationRecognizer
{
    /// <summary>How many sentences back a pronoun looks for its antecedent (never across articles).</summary>
    public const int PronounWindowSentences = 2;

    /// <summary>
    /// How many sentences back "the attack" looks for the event it names (<see cref="AgentsOfReportedEvent"/>): a
    /// definite description carries its own content, so it reaches further than a pronoun, as far as a report's reaction
    /// paragraphs stand from its lead.
    /// </summary>
    public const int ReportedEventWindowSentences = 8;

    /// <summary>In a frame's senseWords list: the trigger used without an object has the sense too.</summary>
    public const string NoObjectSense = "-";

    /// <summary>In a frame's senseWords list: a named person as the target has the sense too ("executed X", "hanged X").</summary>
    public const string PersonTargetSense = "#Person";

    private static readonly FrozenSet<string> PersonPronouns = new[] { "he", "she", "him", "her", "his" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> ThingPronouns = new[] { "it", "its" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PluralPronouns = new[] { "they", "them", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Pronouns of the one speaking, resolved only inside a quotation or a transcript turn (see <see cref="SpeakerOf"/>).
    /// Not "we": a minister's "we condemn" is the minister or the government, a spokesperson's the state they speak for,
    /// and the text does not say which.
    /// </summary>
    private static readonly FrozenSet<string> FirstPersonPronouns = new[] { "i", "me", "my" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of the verbs of saying that attribute a quotation ("X said: ...", "..., X told reporters").</summary>
    private static readonly FrozenSet<string> AttributionForms = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares", "wrote", "writes",
        "insisted", "insists", "explained", "explains",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    // Definite descriptions that refer back to the last named state or organisation, like "it": "the country also
    // condemned ...", "the group claimed ...". Same window as the pronouns.
    private static readonly FrozenDictionary<string, EntityLabel> AnaphoricNouns = new Dictionary<string, EntityLabel>(StringComparer.OrdinalIgnoreCase)
    {
        ["country"] = EntityLabel.Country, ["nation"] = EntityLabel.Country, ["state"] = EntityLabel.Country,
        ["kingdom"] = EntityLabel.Country, ["republic"] = EntityLabel.Country, ["government"] = EntityLabel.Country,
        ["group"] = EntityLabel.Organisation, ["organisation"] = EntityLabel.Organisation, ["organization"] = EntityLabel.Organisation,
        ["movement"] = EntityLabel.Organisation, ["militia"] = EntityLabel.Organisation, ["alliance"] = EntityLabel.Organisation,
        ["bloc"] = EntityLabel.Organisation, ["faction"] = EntityLabel.Organisation,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Determiners that make a noun refer to something known ("the attack", "this killing", "those strikes"), any casing.
    private static readonly FrozenSet<string> ReferringDeterminers = new[] { "the", "this", "that", "these", "those" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Event nouns that refer back to an event the article reported ("condemned the attack"), by form, with its type.
    private static readonly FrozenDictionary<string, RelationshipType> EventAnaphors = new Dictionary<string, RelationshipType>(StringComparer.OrdinalIgnoreCase)
    {
        ["attack"] = RelationshipType.Attacked, ["attacks"] = RelationshipType.Attacked, ["strike"] = RelationshipType.Attacked,
        ["strikes"] = RelationshipType.Attacked, ["airstrike"] = RelationshipType.Attacked, ["airstrikes"] = RelationshipType.Attacked,
        ["bombing"] = RelationshipType.Attacked, ["bombings"] = RelationshipType.Attacked, ["shelling"] = RelationshipType.Attacked,
        ["raid"] = RelationshipType.Attacked, ["raids"] = RelationshipType.Attacked, ["assault"] = RelationshipType.Attacked,
        ["offensive"] = RelationshipType.Attacked, ["invasion"] = RelationshipType.Attacked, ["ambush"] = RelationshipType.Attacked,
        ["bombardment"] = RelationshipType.Attacked, ["killing"] = RelationshipType.Killed, ["killings"] = RelationshipType.Killed,
        ["assassination"] = RelationshipType.Killed, ["murder"] = RelationshipType.Killed, ["execution"] = RelationshipType.Killed,
        ["executions"] = RelationshipType.Killed, ["massacre"] = RelationshipType.Killed,
        ["sanctions"] = RelationshipType.Sanctioned, ["embargo"] = RelationshipType.Sanctioned, ["listing"] = RelationshipType.Sanctioned,
        ["listings"] = RelationshipType.Sanctioned, ["designation"] = RelationshipType.Sanctioned, ["designations"] = RelationshipType.Sanctioned,
        ["blacklisting"] = RelationshipType.Sanctioned, ["threat"] = RelationshipType.Threatened, ["threats"] = RelationshipType.Threatened,
        ["warning"] = RelationshipType.Threatened, ["warnings"] = RelationshipType.Threatened, ["ultimatum"] = RelationshipType.Threatened,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The event nouns of force among them, for frames of force.
    private static readonly FrozenDictionary<string, RelationshipType> ForceEventAnaphors = EventAnaphors
        .Where(pair => pair.Value is RelationshipType.Attacked or RelationshipType.Killed)
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The kinds of event a later noun may refer back to: an event of these kinds with a named agent and no named target is
    // kept for that (ReportedAgent).
    private static readonly FrozenSet<RelationshipType> EventAnaphorKinds = EventAnaphors.Values.ToFrozenSet();

    // Nouns for the doers of an event the article reported ("exchanged fire with the attackers"), by form, with the event's type.
    private static readonly FrozenDictionary<string, RelationshipType> DoerAnaphors = new Dictionary<string, RelationshipType>(StringComparer.OrdinalIgnoreCase)
    {
        ["attacker"] = RelationshipType.Attacked, ["attackers"] = RelationshipType.Attacked, ["assailant"] = RelationshipType.Attacked,
        ["assailants"] = RelationshipType.Attacked, ["raider"] = RelationshipType.Attacked, ["raiders"] = RelationshipType.Attacked,
        ["perpetrator"] = RelationshipType.Attacked, ["perpetrators"] = RelationshipType.Attacked,
        ["killer"] = RelationshipType.Killed, ["killers"] = RelationshipType.Killed, ["assassin"] = RelationshipType.Killed,
        ["assassins"] = RelationshipType.Killed,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Nouns for a state's government that a leader's name can qualify ("the X regime", "the X administration").
    private static readonly FrozenSet<string> GovernmentNouns = new[] { "regime", "administration", "government", "cabinet", "dictatorship", "junta" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelativePronouns = new[] { "which", "who", "that", "whom", "whose" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrameCatalog catalog;
    private readonly LanguageAnalyzer analyzer;
    private readonly AssertionLayer assertion;
    private readonly FrozenSet<string> force;
    private readonly FrozenSet<string> leader;
    private readonly FrozenSet<string> proxyTarget;
    private readonly FrozenSet<string> mannedPost;
    private readonly FrozenSet<string> violent;
    private readonly FrozenSet<string> violentAsNounOnly;
    private readonly FrozenSet<string> eventNoun;
    private readonly FrozenSet<string> armedActor;
    private readonly FrozenSet<string> sanctionProxy;
    private readonly FrozenSet<string> quantity;
    private readonly FrozenSet<string> notTheState;
    private readonly FrozenSet<string> nonStateFighter;
    private readonly FrozenSet<string> people;
    private readonly FrozenSet<string> figurative;
    private readonly FrozenSet<string> medium;
    private readonly FrozenSet<string> causative;
    private readonly FrozenSet<string> organisationKind;
    private readonly FrozenDictionary<string, FrozenSet<string>> actAnaphors;
    private readonly FrozenSet<string> pairNouns;
    private readonly FrozenSet<string> takenGround;
    private readonly FrozenSet<string> installation;
    private readonly FrozenSet<string> timeNoun;
    private readonly FrozenSet<string> condemnationForms;
    private readonly FrozenDictionary<string, string> stateForces;
    private readonly FrozenSet<string> stateOrgan;
    private readonly FrozenSet<string> attackNouns;
    private readonly FrozenDictionary<string, string> replicationIdioms;
    private readonly FrozenSet<string> replicationWords;
    private readonly FrozenDictionary<RelationshipType, Frame> replicatedFrames;

    public FrameRelationRecognizer(FrameCatalog catalog, LanguageAnalyzer analyzer)
    {
        this.catalog = catalog;
        this.analyzer = analyzer;
        assertion = new AssertionLayer(catalog);
        force = catalog.Class("force");
        leader = catalog.Class("leader");
        proxyTarget = catalog.Class("proxyTarget");
        mannedPost = catalog.Class("mannedPost");
        violent = catalog.Class("violent");
        violentAsNounOnly = catalog.Class("violentAsNounOnly");
        eventNoun = catalog.Class("eventNoun");
        armedActor = catalog.Class("armedActor");
        sanctionProxy = catalog.Class("sanctionProxy").Union(proxyTarget).ToFrozenSet(StringComparer.Ordinal);
        quantity = catalog.Class("quantity");
        notTheState = catalog.Class("notTheState");
        nonStateFighter = catalog.Class("nonStateFighter");
        people = catalog.Class("people");
        figurative = catalog.Class("figurative");
        medium = catalog.Class("medium");
        causative = catalog.Class("causative");
        organisationKind = catalog.Class("organisationKind");
        actAnaphors = ActAnaphors(catalog.Class("actAnaphor"));
        pairNouns = catalog.Class("pairNoun");
        takenGround = catalog.Class("takenGround");
        installation = catalog.Class("installation");
        timeNoun = catalog.Class("timeNoun");
        stateOrgan = catalog.Class("stateOrgan");
        attackNouns = catalog.Class("attackNoun");
        replicationIdioms = catalog.Class("replication")
            .Select(entry => entry.Split(' ', 2))
            .ToFrozenDictionary(pair => pair.Length == 2 ? pair[1] : throw new FrameCatalogException($"lexicon.json: replication entry '{pair[0]}' is not 'verb word'."), pair => pair[0], StringComparer.OrdinalIgnoreCase);
        replicationWords = replicationIdioms.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        replicatedFrames = catalog.Frames.Where(frame => frame.Replication is not null).ToFrozenDictionary(frame => frame.Type);
        stateForces = catalog.Class("stateForce")
            .Select(entry => entry.Split('=', 2))
            .ToFrozenDictionary(pair => pair[0], pair => pair.Length == 2 ? pair[1] : throw new FrameCatalogException($"lexicon.json: stateForce entry '{pair[0]}' has no '=State'."), StringComparer.OrdinalIgnoreCase);
        condemnationForms = TriggerInflections.Of(catalog.Frames.Where(f => f.Type == RelationshipType.Condemned).SelectMany(f => f.Verbs.Concat(f.Nouns).Concat(f.Adjectives)));
    }

    public void Recognize(ArticleDocument document, List<ExtractedRelationship> output)
    {
        var seen = new HashSet<(RelationshipType, int, int, int)>();
        var firedRules = new HashSet<string>(StringComparer.Ordinal);
        var attackedGroups = new List<(int Entity, int Sentence)>();
        var unattributed = new List<int>();
        var agentOnly = new List<ReportedAgent>();
        sbyte[]? refersBack = null;
        var dates = new List<(int Token, DateOnly Date)>();
        var spans = new List<MentionSpan>();
        var hints = new List<TagHint>();
        var agentTokens = new List<int>();
        var targetTokens = new List<int>();
        var agents = new List<int>();
        var targets = new List<int>();
        var eventSubjects = new List<int>();
        var replications = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            if (!ParseEverySentence && !CanHoldEvent(document, sentence, attackedGroups.Count > 0, ref refersBack))
            {
                continue;
            }

            var input = MapMentions(document, sentence, spans, hints, catalog);
            var parse = analyzer.Analyze(input.Text, CollectionsMarshal.AsSpan(hints));
            var datesFound = false;
            var sentenceEdges = output.Count;
            var edgesBefore = sentenceEdges > 0 ? output[sentenceEdges - 1].SentenceIndex : -1;
            replications.Clear();
            for (var t = 1; t <= parse.Count; t++)
            {
                var token = parse[t];
                var lemma = TriggerInflections.TriggerLemma(token.Form, ArgumentPath.LemmaKey(token));
                var form = token.Upos switch
                {
                    "VERB" => TriggerForm.Verb,
                    "NOUN" => TriggerForm.Noun,
                    "ADJ" => TriggerForm.Adjective,
                    _ => (TriggerForm?)null,
                };
                // "did the same", "did likewise": the tagger may read "did" as an auxiliary.
                if (token.Upos is "VERB" or "AUX" && IsReplicationIdiom(parse, t, lemma))
                {
                    replications.Add(t);
                    continue;
                }

                if (form is null)
                {
                    continue;
                }

                var frames = form switch
                {
                    TriggerForm.Verb => catalog.VerbFrames.GetValueOrDefault(lemma),
                    TriggerForm.Noun => catalog.NounFrames.GetValueOrDefault(lemma),
                    _ => catalog.AdjectiveFrames.GetValueOrDefault(lemma),
                };
                if (frames is null && form != TriggerForm.Adjective && catalog.TriggerLemmaOfForm.TryGetValue(token.Form, out var regular))
                {
                    // The lemmatiser, trained on web text, may miss a trigger's regular inflection ("shelled" → "shel"):
                    // a form that only one trigger lemma can take is that lemma.
                    lemma = regular;
                    frames = form == TriggerForm.Verb
                        ? catalog.VerbFrames.GetValueOrDefault(lemma)
                        : catalog.NounFrames.GetValueOrDefault(lemma);
                }
                // "Fighting between X and Y resumed", "Shelling of X by Y": a bare gerund whose -ing form is an event
                // noun of a frame, with no subject, object or auxiliary of a verb, is that noun (the tagger is trained on
                // text where such words are mostly verbs).
                var gerund = false;
                if (form == TriggerForm.Verb && token.Xpos == "VBG" && catalog.NounFrames.GetValueOrDefault(token.Form.ToLowerInvariant()) is { } nounFrames
                    && !parse.Children(t).Any(c => parse[c].DepRel is "nsubj" or "nsubj:pass" or "obj" or "aux" or "aux:pass" or "mark" or "xcomp" or "ccomp"))
                {
                    form = TriggerForm.Noun;
                    lemma = token.Form.ToLowerInvariant();
                    frames = nounFrames;
                    gerund = true;
                }

                // "X said it would retaliate against Y": a speaker's own future retaliation is a threat made by the saying,
                // so the saying, not the future verb, must be asserted.
                if (frames is null || assertion.Check(parse, SpokenOwnRetaliation(parse, t, lemma, frames) is var saying and > 0 ? saying : t) != NonAssertion.None)
                {
                    continue;
                }

                // "held two rounds of talks with X", "launched a wave of strikes on X": the event noun sits under the
                // quantity, which takes the event's place in the clause.
                var anchor = form == TriggerForm.Noun && token.DepRel == "nmod" && token.Head > 0
                    && quantity.Contains(ArgumentPath.LemmaKey(parse[token.Head])) && CountedNoun(parse, token.Head) == t
                    ? token.Head
                    : t;

                foreach (var frame in frames)
                {
                    firedRules.Clear();
                    foreach (var rule in frame.Rules)
                    {
                        if (rule.Form != form || (rule.Lemmas is not null && !rule.Lemmas.Contains(lemma)) || (rule.ExceptLemmas?.Contains(lemma) ?? false)
                            || (rule.Unless.Count > 0 && rule.Unless.Any(firedRules.Contains)))
                        {
                            continue;
                        }

                        agents.Clear();
                        targets.Clear();
                        if (rule.Pairs.Count > 0)
                        {
                            targetTokens.Clear();
                            FollowFromTrigger(rule.Pairs, parse, t, anchor, gerund, targetTokens);

                            Resolve(document, sentence, parse, spans, targetTokens, targets, isTarget: false, frame.Type);
                            agents.AddRange(targets);
                        }
                        else
                        {
                            agentTokens.Clear();
                            targetTokens.Clear();
                            FollowFromTrigger(rule.Agent, parse, t, anchor, gerund, agentTokens);

                            if (agentTokens.Count == 0)
                            {
                                InheritSubject(parse, t, rule, agentTokens);
                            }

                            FollowFromTrigger(rule.Target, parse, t, anchor, gerund, targetTokens);
                            if (form == TriggerForm.Noun)
                            {
                                PossessorAsPatient(parse, t, agentTokens, targetTokens);
                            }

                            if (form == TriggerForm.Noun && targetTokens.Count == 0)
                            {
                                foreach (var path in rule.Target)
                                {
                                    path.FollowDisplaced(parse, t, targetTokens);
                                }
                            }

                            Resolve(document, sentence, parse, spans, agentTokens, agents, isTarget: false, frame.Type);
                            Resolve(document, sentence, parse, spans, targetTokens, targets, isTarget: true, frame.Type);
                            DoersOfReportedEvent(document, sentence, parse, spans, agentTokens, output, agents, unattributed, agentOnly);
                            DoersOfReportedEvent(document, sentence, parse, spans, targetTokens, output, targets, unattributed, agentOnly);
                            if (frame.Type == RelationshipType.Condemned && targets.Count == 0)
                            {
                                // An event reported as an edge first ("condemned the attack"), else an act its verb reported
                                // ("condemned the launches").
                                AgentsOfReportedEvent(document, sentence, parse, spans, targetTokens, output, targets, unattributed, agentOnly);
                                if (targets.Count == 0)
                                {
                                    DoersOfReportedAct(document, sentence, parse, spans, targetTokens, agents, targets);
                                }
                            }

                            // An armed group under attack in the frame's sense, whoever the attacker: the article's enemy.
                            if (frame.Type == RelationshipType.Attacked && targets.Exists(target => IsArmedGroup(document, target))
                                && SenseHolds(document, frame, lemma, parse, t, agents, targets, agentTokens, targetTokens))
                            {
                                foreach (var target in targets)
                                {
                                    if (IsArmedGroup(document, target) && !attackedGroups.Exists(g => g.Entity == target))
                                    {
                                        attackedGroups.Add((target, sentence.Index));
                                    }
                                }
                            }

                            if (rule.ImplicitTarget && targets.Count == 0 && targetTokens.TrueForAll(k => IsTimeWord(parse[k])) && agents.Count > 0
                                && ArticleEnemy(attackedGroups, sentence) is { } enemy
                                && !agents.Contains(enemy))
                            {
                                // "The partners that carried out raids over the valley include X and Y", after raids
                                // against one named enemy: the strikes are against that enemy.
                                targets.Add(enemy);
                            }

                            // Not for a verb of fighting both ways: its event-noun subject is one side's attack (the
                            // strikes-engaged rule), not a party that fought back.
                            if (frame.Type is RelationshipType.Attacked or RelationshipType.Killed && agents.Count == 0 && form == TriggerForm.Verb && !rule.Reciprocal)
                            {
                                // "The raids hit X", "the strikes killed X": a definite strike with no agent of its own is
                                // the one the article reported, and its attacker did this too.
                                eventSubjects.Clear();
                                foreach (var child in parse.Children(t))
                                {
                                    if (parse[child].DepRel == "nsubj")
                                    {
                                        eventSubjects.Add(child);
                                    }
                                }

                                AgentsOfReportedEvent(document, sentence, parse, spans, eventSubjects, output, agents, unattributed, agentOnly, ofForceOnly: true);
                            }

                            if (frame.Type is RelationshipType.Attacked or RelationshipType.Killed or RelationshipType.Sanctioned && agents.Count == 0 && targets.Count > 0
                                && form == TriggerForm.Verb && IsAdditivePassive(parse, t))
                            {
                                // "X shelled A overnight. B was also shelled": an agentless passive with an additive particle
                                // says the last event of its kind happened to one more party, so its agent did this too.
                                AgentsOfLatestEvent(document, sentence, output, agentOnly, frame.Type, targets, agents);
                            }

                            if (frame.Type is RelationshipType.Attacked or RelationshipType.Killed && agents.Count == 0 && form == TriggerForm.Noun && targets.Count > 0)
                            {
                                // "condemned this cowardly attack on X": a definite event noun with a target and no agent of
                                // its own is the attack the article reported, and its attacker did this too.
                                eventSubjects.Clear();
                                eventSubjects.Add(t);
                                AgentsOfReportedEvent(document, sentence, parse, spans, eventSubjects, output, agents, unattributed, agentOnly, ofForceOnly: true);
                            }
                        }

                        if (frame.Type is RelationshipType.Attacked or RelationshipType.Killed && agents.Count == 0 && agentTokens.Count > 0
                            && (unattributed.Count == 0 || unattributed[^1] != sentence.Index))
                        {
                            // "unidentified gunmen attacked a market": an event whose doers are named by no one; a later
                            // "the attackers" or "the attack" is this one, not an older attack with a named agent.
                            unattributed.Add(sentence.Index);
                        }

                        if (agents.Count > 0 && targets.Count == 0 && rule.Pairs.Count == 0 && EventAnaphorKinds.Contains(frame.Type)
                            && token.DepRel != "compound" && !agentTokens.Exists(k => k > 0 && k <= parse.Count && parse[k].Upos == "PRON")
                            && SenseHolds(document, frame, lemma, parse, t, agents, targets, agentTokens, targetTokens))
                        {
                            // "X's forces struck a boat": no edge, but a later "the strike" is X's (AgentsOfReportedEvent). Not
                            // a noun that only names a kind of thing ("a sanctions list"), and not an agent a pronoun stands
                            // for: with no target to check it against, a wrong antecedent would go unnoticed.
                            foreach (var named in agents)
                            {
                                // As Emit does: a capital acts for its state, a state's named forces for the state; "the Kyiv
                                // strike" names the place struck, not the striker.
                                var agent = StateOfForce(document, !frame.AgentLabels.Contains(document.Entities[named].Label) && StateOfCapital(document, named) is { } state ? state : named);
                                var reported = new ReportedAgent(frame.Type, agent, sentence.Index, token.Form);
                                if (frame.AgentLabels.Contains(document.Entities[agent].Label) && !agentOnly.Contains(reported))
                                {
                                    agentOnly.Add(reported);
                                }
                            }
                        }

                        if (agents.Count == 0 || targets.Count == 0 || !SenseHolds(document, frame, lemma, parse, t, agents, targets, agentTokens, targetTokens))
                        {
                            continue;
                        }

                        if (!datesFound)
                        {
                            dates.Clear();
                            EventDateFinder.Find(document, sentence, dates);
                            datesFound = true;
                        }

                        var documentToken = DocumentToken(document, sentence, input, token);
                        if (Emit(document, sentence, frame, rule, token.Form, EventDateFinder.Nearest(dates, documentToken), agents, targets, seen, output))
                        {
                            firedRules.Add(rule.Id);
                        }
                    }
                }
            }

            if (replications.Count > 0 && !datesFound)
            {
                dates.Clear();
                EventDateFinder.Find(document, sentence, dates);
                datesFound = true;
            }

            foreach (var idiom in replications)
            {
                Replicate(document, sentence, input, parse, spans, idiom, (sentenceEdges, edgesBefore), dates, seen, output, agentTokens, agents);
            }
        }
    }

    /// <summary>
    /// "Chile imposed sanctions on Peru, and Bolivia followed suit"; "Chile condemned Peru. Bolivia did the same.": the idiom's
    /// subject did to the same targets what was just reported, so the edges of this sentence, or else those of the sentence
    /// right before it, are copied with the subject as their agent under the frame's replication rule (frames without one,
    /// MET and KILLED, are not copied). An idiom that is not asserted ("Bolivia did not follow suit", "may follow suit")
    /// copies nothing, and nothing older than the sentence before is what the idiom refers to.
    /// </summary>
    private void Replicate(ArticleDocument document, Sentence sentence, SentenceInput input, AnalyzedSentence parse, List<MentionSpan> spans, int idiom,
        (int SentenceStart, int LastEarlierSentence) edges, List<(int Token, DateOnly Date)> dates, HashSet<(RelationshipType, int, int, int)> seen,
        List<ExtractedRelationship> output, List<int> subjectTokens, List<int> subjects)
    {
        int from, to;
        if (output.Count > edges.SentenceStart)
        {
            (from, to) = (edges.SentenceStart, output.Count);
        }
        else if (edges.LastEarlierSentence >= 0 && edges.LastEarlierSentence == sentence.Index - 1)
        {
            (from, to) = (edges.SentenceStart, edges.SentenceStart);
            while (from > 0 && output[from - 1].SentenceIndex == edges.LastEarlierSentence)
            {
                from--;
            }
        }
        else
        {
            return;
        }

        subjectTokens.Clear();
        foreach (var subject in parse.Dependents(idiom, "nsubj"))
        {
            subjectTokens.Add(subject.Index);
        }

        if (subjectTokens.Count == 0 || assertion.Check(parse, idiom) != NonAssertion.None)
        {
            return;
        }

        var date = EventDateFinder.Nearest(dates, DocumentToken(document, sentence, input, parse[idiom]));
        var target = new List<int>(1);
        for (var e = from; e < to; e++)
        {
            var source = output[e];
            if (!replicatedFrames.TryGetValue(source.Type, out var frame))
            {
                continue;
            }

            subjects.Clear();
            Resolve(document, sentence, parse, spans, subjectTokens, subjects, isTarget: false, source.Type);
            subjects.RemoveAll(subject => document.Entities[subject].Id == source.StartId);
            target.Clear();
            target.Add(document.Entities.FindIndex(entity => entity.Id == source.EndId));
            Emit(document, sentence, frame, frame.Replication!, parse[idiom].Form, date, subjects, target, seen, output);
        }
    }

    /// <summary>An idiom of <see cref="replicationIdioms"/>: "follow" with "suit" as its object, "do" with "the same" or "likewise".</summary>
    private bool IsReplicationIdiom(AnalyzedSentence parse, int verb, string lemma)
    {
        // Indexed: this runs for every verb of every parsed sentence and allocates nothing.
        var children = parse.Children(verb);
        for (var c = 0; c < children.Length; c++)
        {
            var child = children[c];
            if (parse[child].DepRel is "obj" or "advmod" && replicationIdioms.TryGetValue(parse[child].Form, out var idiomVerb) && idiomVerb == lemma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words the paths reach from the trigger and, when the trigger sits under a quantity ("two rounds of talks"),
    /// from the quantity that takes its place in the clause.
    /// </summary>
    private static void FollowFromTrigger(IReadOnlyList<ArgumentPath> paths, AnalyzedSentence parse, int trigger, int anchor, bool gerund, List<int> tokens)
    {
        foreach (var path in paths)
        {
            path.Follow(parse, trigger, tokens, gerund);
            if (anchor != trigger)
            {
                path.Follow(parse, anchor, tokens);
            }
        }
    }

    /// <summary>Parse every sentence, without <see cref="CanHoldEvent"/>: for tests that check the filter loses no edge.</summary>
    internal bool ParseEverySentence { get; init; }

    /// <summary>
    /// Only sentences with a trigger-like word and mentions of two entities (or one and a pronoun, a definite event noun
    /// or "the country" and kin) are worth parsing, and those with one named party when a definite event noun follows
    /// within the window (it may refer to this sentence's event, whose target no one named).
    /// Exact: an edge's two ends differ and every end is a mention of the sentence, the antecedent of a pronoun or of
    /// "the country" and kin, or the agent of an event reported in a parsed sentence, so the sentences passed over here
    /// are ones the parse could give no edge for (parsing is nearly all of the frames' time).
    /// </summary>
    /// <param name="enemyKnown">An armed group has been under attack in an earlier sentence: a strike with one named party
    /// may be against it (<see cref="ArticleEnemy"/>).</param>
    internal bool CanHoldEvent(ArticleDocument document, Sentence sentence, bool enemyKnown = false)
    {
        sbyte[]? refersBack = null;
        return CanHoldEvent(document, sentence, enemyKnown, ref refersBack);
    }

    /// <param name="refersBack">Per sentence of the article, filled when first needed: 1 when it has a definite event or doer
    /// noun ("the strike", "the attackers") that may refer to an earlier event, -1 when not, 0 not yet known.</param>
    private bool CanHoldEvent(ArticleDocument document, Sentence sentence, bool enemyKnown, ref sbyte[]? refersBack)
    {
        var (first, end) = document.SentenceMentions[sentence.Index];
        var mentions = end - first;
        if (mentions == 0)
        {
            // "The two ministers met on Monday": a set of two people just named gives both ends with no name in the sentence.
            return NamesASetOfTwo(document, sentence);
        }

        var trigger = false;
        var implicitTargetTrigger = false;
        var pronoun = false;
        var mayReferBack = false;
        var eventAnaphor = false;
        var replication = false;
        var additive = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = document.Tokens[k].Text;
            replication |= replicationWords.Contains(word);
            additive |= AdditiveParticles.Contains(word);
            // Case-insensitive sets: no lower-cased copy of every word of every sentence.
            if (!trigger && catalog.TriggerForms.Contains(word))
            {
                trigger = true;
            }

            if (enemyKnown && !implicitTargetTrigger && catalog.ImplicitTargetForms.Contains(word))
            {
                implicitTargetTrigger = true;
            }

            if (!pronoun && word.Length <= 5 && (PersonPronouns.Contains(word) || ThingPronouns.Contains(word) || PluralPronouns.Contains(word) || FirstPersonPronouns.Contains(word)))
            {
                pronoun = true;
            }

            // "the country", "the group": a definite description that points back like a pronoun; so does "the two".
            if (!pronoun && (IsSetAfterThe(document, sentence, k) || (k > sentence.FirstToken && document.Tokens[k - 1].Text is "the" or "The" && AnaphoricNouns.ContainsKey(word))))
            {
                pronoun = true;
            }

            // "the attackers": the doers of an event reported before, which the parse may resolve like a pronoun.
            if (!pronoun && k > sentence.FirstToken && DoerAnaphors.ContainsKey(word) && ReferringDeterminers.Contains(document.Tokens[k - 1].Text))
            {
                pronoun = true;
            }

            // "condemned the attack", "the strikes killed X": an event reported before, whose doers the parse may find.
            if (!eventAnaphor && k > sentence.FirstToken && (EventAnaphors.ContainsKey(word) || actAnaphors.ContainsKey(word))
                && ReferringDeterminers.Contains(document.Tokens[k - 1].Text))
            {
                eventAnaphor = true;
            }

            // Words the parse may still resolve to an earlier sentence: "he'd" and "it'll" (one word here, split by the
            // parser) and any "country" or "group" (the parse decides whether it is a bare definite: "THE COUNTRY").
            if (!mayReferBack && (AnaphoricNouns.ContainsKey(word) || (word.IndexOf('\'', StringComparison.Ordinal) is > 0 and <= 3 and var apostrophe
                && (PersonPronouns.Contains(word[..apostrophe]) || ThingPronouns.Contains(word[..apostrophe])))))
            {
                mayReferBack = true;
            }
        }

        // A lone armed group under attack is parsed too: it may be the enemy a later untargeted strike is against
        // (ArticleEnemy).
        // "Y followed suit", "Y did the same": one name and the idiom copy the event just reported (Replicate).
        // "B was also shelled": one name and an additive particle may repeat the event just reported (AgentsOfLatestEvent).
        return replication || (trigger && (pronoun || eventAnaphor || additive || (mentions >= 2 && (mayReferBack || MentionsTwoEntities(document, first, end)))
            || implicitTargetTrigger || MentionsArmedGroup(document, first, end)
            // "X's forces struck a boat. ... condemned the strike": an event with one named party gives no edge, but a later
            // definite event noun may refer to it (AgentsOfReportedEvent).
            || ReferredToLater(document, sentence, ref refersBack)));
    }

    /// <summary>Whether a sentence within <see cref="ReportedEventWindowSentences"/> after this one has a definite event or doer noun.</summary>
    private static bool ReferredToLater(ArticleDocument document, Sentence sentence, ref sbyte[]? refersBack)
    {
        refersBack ??= new sbyte[document.Sentences.Count];
        var last = Math.Min(document.Sentences.Count - 1, sentence.Index + ReportedEventWindowSentences);
        for (var s = sentence.Index + 1; s <= last; s++)
        {
            if (refersBack[s] == 0)
            {
                refersBack[s] = HasDefiniteEventNoun(document, document.Sentences[s]) ? (sbyte)1 : (sbyte)-1;
            }

            if (refersBack[s] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An event or doer noun with a referring determiner up to three words before it ("the brazen strike").</summary>
    private static bool HasDefiniteEventNoun(ArticleDocument document, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            var word = document.Tokens[k].Text;
            if (!EventAnaphors.ContainsKey(word) && !DoerAnaphors.ContainsKey(word))
            {
                continue;
            }

            for (var d = k - 1; d >= Math.Max(sentence.FirstToken, k - 3); d--)
            {
                if (ReferringDeterminers.Contains(document.Tokens[d].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A trigger and "the two" or a "the leaders"-like set noun, which may stand for two people named before.</summary>
    private bool NamesASetOfTwo(ArticleDocument document, Sentence sentence)
    {
        var trigger = false;
        var set = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = document.Tokens[k].Text;
            trigger |= catalog.TriggerForms.Contains(word);
            set |= IsSetAfterThe(document, sentence, k);
        }

        return trigger && set;
    }

    /// <summary>"the two" or "the leaders" at token k: a set that may stand for two people named before.</summary>
    private bool IsSetAfterThe(ArticleDocument document, Sentence sentence, int k) =>
        k > sentence.FirstToken && document.Tokens[k - 1].Text is "the" or "The" && (document.Tokens[k].Text == "two" || IsPluralOffice(document.Tokens[k].Text));

    /// <summary>"leaders", "ministers", "delegations": the plural of an office or of a group of people ("the leaders" points back).</summary>
    private bool IsPluralOffice(string word) =>
        word.Length > 3 && word[^1] == 's' && (leader.Contains(word[..^1]) || people.Contains(word[..^1]));

    private bool MentionsArmedGroup(ArticleDocument document, int first, int end)
    {
        for (var m = first; m < end; m++)
        {
            if (IsArmedGroup(document, document.Mentions[m].Entity))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsTwoEntities(ArticleDocument document, int first, int end)
    {
        var entity = document.Mentions[first].Entity;
        for (var m = first + 1; m < end; m++)
        {
            if (document.Mentions[m].Entity != entity)
            {
                return true;
            }
        }

        return false;
    }

    internal readonly record struct MentionSpan(int Start, int End, int Entity, Mention Mention);

    /// <summary>
    /// The sentence's mentions as character spans of the text to parse, and the tagger's hints: the mentions are names,
    /// the catalog's verb-only forms are verbs, and its other trigger forms outside a mention are nouns or verbs.
    /// </summary>
    /// <returns>
    /// The text to parse: the sentence after its dateline (not parsed; spans and hints start after it), with every name of
    /// several words as one word; offsets map back to the sentence through it.
    /// </returns>
    internal static SentenceInput MapMentions(ArticleDocument document, Sentence sentence, List<MentionSpan> spans, List<TagHint> hints, FrameCatalog catalog)
    {
        spans.Clear();
        hints.Clear();
        var skip = DatelineLength(document, sentence);
        var origin = sentence.Start + skip;
        var text = document.SentenceText(sentence)[skip..];
        var (first, end) = document.SentenceMentions[sentence.Index];
        var names = NamesToCollapse(document, sentence, origin, text, first, end);
        var input = names is null ? new SentenceInput(text, text, skip, null) : SentenceInput.Collapse(text, skip, names);
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            var start = document.Tokens[mention.Start].Start - origin;
            var stop = document.Tokens[mention.End - 1].End - origin;
            if (start < 0)
            {
                continue;
            }

            var kind = mention.IsAdjective ? TagHintKind.Adjective : TagHintKind.ProperNoun;
            if (input.CollapsedAt(start) is { } word)
            {
                // The name is one word in the text parsed; that word is the mention and is hinted as a name.
                spans.Add(new MentionSpan(word.Start, word.End, mention.Entity, mention));
                hints.Add(new TagHint(word.Start, word.End - word.Start, kind));
                continue;
            }

            start = input.ReducedOffset(start);
            stop = input.ReducedOffset(stop);
            spans.Add(new MentionSpan(start, stop, mention.Entity, mention));
            // A role mention ("the president") is a common noun phrase, not a name.
            if (!mention.IsRole)
            {
                hints.Add(new TagHint(start, stop - start, kind));
                if (document.Entities[mention.Entity].Label == EntityLabel.Person && TitleStart(document, sentence, mention.Start) is var title && title < mention.Start)
                {
                    // "Secretary of State Jane Roe": the title before a name is part of the name phrase (PROPN in UD),
                    // not an adjective or an adverb the tagger guesses at the start of a sentence.
                    var titleStart = input.ReducedOffset(Math.Max(0, document.Tokens[title].Start - origin));
                    hints.Add(new TagHint(titleStart, start - titleStart, TagHintKind.ProperNoun));
                }
            }
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = document.Tokens[k];
            var start = token.Start - origin;
            if (start < 0 || input.CollapsedAt(start) is not null)
            {
                continue;
            }

            start = input.ReducedOffset(start);
            if (catalog.VerbOnlyForms.Contains(token.Text))
            {
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.Verb));
            }
            else if ((catalog.PastVerbForms.Contains(token.Text)
                    || (k + 1 < sentence.EndToken && TriggerInflections.IsPastBeforeResult(token.Text, document.Tokens[k + 1].Text)))
                && MentionAt(spans, start, start + token.End - token.Start) is null)
            {
                // "struck", "attacked", "fought": a trigger's past form is a verb, even when its lemma is also a noun
                // ("Pakistan struck back at X" had "struck" tagged a noun).
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.Verb));
            }
            else if (catalog.AdjectiveOnlyForms.Contains(token.Text))
            {
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.CommonAdjective));
            }
            else if (k > sentence.FirstToken && GerundPrepositions.Contains(document.Tokens[k - 1].Text) && catalog.AgentiveGerunds.Contains(token.Text))
            {
                // "joined Y in imposing sanctions on X", "by launching drones at X": after a preposition an agentive verb's
                // -ing form is a gerund whose object follows ("imposing" was tagged an adjective of "sanctions").
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.Verb));
            }
            else if (k + 1 < sentence.EndToken && catalog.IngAdjectives.Contains(token.Text)
                && (catalog.NounForms.Contains(document.Tokens[k + 1].Text) || (k + 2 < sentence.EndToken && catalog.NounForms.Contains(document.Tokens[k + 2].Text))))
            {
                // "imposed sweeping (oil) sanctions": an -ing adjective before an event noun modifies it.
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.CommonAdjective));
            }
            else if (catalog.NounOnlyForms.Contains(token.Text))
            {
                // Lower case only (the set is case-sensitive): a capitalised office word is part of a title or a name.
                hints.Add(new TagHint(start, token.End - token.Start, TagHintKind.Noun));
            }
            else if (k + 2 < sentence.EndToken && document.Tokens[k + 1].Text == "-" && document.Tokens[k + 1].JoinedToPrevious
                && document.Tokens[k + 2].JoinedToPrevious && token.Kind == TokenKind.Word
                && catalog.NounForms.Contains(document.Surface(k, k + 3))
                && MentionAt(spans, start, start + document.Tokens[k + 2].End - token.Start) is null)
            {
                // "the Israeli counter-offensive": the analyzer keeps a hyphenated word whole, so the hint covers all of
                // it; an event noun's hyphenated form is a noun (tagged an adjective, it took the clause's verb away).
                hints.Add(new TagHint(start, document.Tokens[k + 2].End - token.Start, TagHintKind.Noun));
            }
            else if (catalog.TriggerForms.Contains(token.Text) && !catalog.AdjectiveTriggers.Contains(token.Text) && MentionAt(spans, start, start + token.End - token.Start) is null)
            {
                // A trigger word is a noun or a verb: "sanctions target X" is not a preposition before X. Right after a
                // determiner, or an article and one word ("an arms embargo"), an event noun's form is the noun.
                var kind = catalog.NounForms.Contains(token.Text) && AfterDeterminer(document, sentence, k) ? TagHintKind.Noun : TagHintKind.NounOrVerb;
                hints.Add(new TagHint(start, token.End - token.Start, kind));
            }
        }

        // The analyzer merges hints with the words in one pass, in text order.
        hints.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        input = BlankQuotesInsideNounPhrases(input);
        return sentence.IsHeadlineCase ? LowerHeadlineWords(document, sentence, origin, input, spans) : input;
    }

    /// <summary>
    /// Determiners and prepositions after which an opening quotation mark starts a quoted phrase inside the noun phrase
    /// ("met with "overwhelming force"", "in "intensive talks" with").
    /// </summary>
    private static readonly FrozenSet<string> QuoteOpeningDeterminers = new[]
    {
        "the", "a", "an", "any", "its", "their", "his", "her", "our", "this", "these", "those", "that", "what",
        "in", "of", "with", "into", "on", "against", "for", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Quotation marks that open right after a determiner or a preposition ("condemned the "repeated aggression"", "that
    /// any "hostile move" would", "met with "force"") quote words inside a phrase, not a speaker's sentence (speech does
    /// not start after "the" or "with"); they are
    /// blanked in the text to parse, since the parser, which learned quotes around speech, breaks the phrase at them. The
    /// text keeps its length, so every offset stays valid.
    /// </summary>
    private static SentenceInput BlankQuotesInsideNounPhrases(SentenceInput input)
    {
        var text = input.Text;
        char[]? blanked = null;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('"' or '\u201C') || text[i - 1] != ' ')
            {
                continue;
            }

            var wordEnd = i - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !QuoteOpeningDeterminers.Contains(text[wordStart..wordEnd]))
            {
                continue;
            }

            var close = text.IndexOfAny(['"', '\u201D'], i + 1);
            if (close < 0 || text.AsSpan(i + 1, close - i - 1).IndexOfAny(".!?;:") >= 0)
            {
                continue;
            }

            blanked ??= text.ToCharArray();
            blanked[i] = ' ';
            blanked[close] = ' ';
            i = close;
        }

        return blanked is null ? input : input.WithText(new string(blanked));
    }

    /// <summary>
    /// A headline in title case ("Chad Condemns Niger Over Border Raid") parsed as the sentence it stands for: every
    /// capitalised word after the first that is not part of a mention is lower-cased, since the parser learned from
    /// text where capitals mark names. The text keeps its length, so every offset stays valid.
    /// </summary>
    private static SentenceInput LowerHeadlineWords(ArticleDocument document, Sentence sentence, int origin, SentenceInput input, List<MentionSpan> spans)
    {
        char[]? text = null;
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            var token = document.Tokens[k];
            var start = token.Start - origin;
            if (start < 0 || token.Text.Length < 2 || !char.IsUpper(token.Text[0]) || !char.IsLower(token.Text[1]) || input.CollapsedAt(start) is not null)
            {
                continue;
            }

            start = input.ReducedOffset(start);
            if (MentionAt(spans, start, start + token.Text.Length) is not null)
            {
                continue;
            }

            text ??= input.Text.ToCharArray();
            text[start] = char.ToLowerInvariant(text[start]);
        }

        return text is null ? input : input.WithText(new string(text));
    }

    /// <summary>
    /// The names of the sentence that are parsed as one word: every name of more than one word, a person's with the
    /// title before it ("Prime Minister Jane Roe", "the European Union", "al-Shabaab"). A trained parser reads "met Irish
    /// Prime Minister Jane Roe at Government Buildings" far worse than "met Irish Roe at Buildings": long runs of proper
    /// nouns are rare in its treebank and it attaches their words to anything. Null when there is none.
    /// </summary>
    private static List<CollapsedName>? NamesToCollapse(ArticleDocument document, Sentence sentence, int origin, string text, int first, int end)
    {
        List<CollapsedName>? names = null;
        var previousEnd = 0;
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            var start = document.Tokens[mention.Start].Start - origin;
            var stop = document.Tokens[mention.End - 1].End - origin;
            if (start < 0 || mention.IsRole)
            {
                continue;
            }

            var from = start;
            if (document.Entities[mention.Entity].Label == EntityLabel.Person && TitleStart(document, sentence, mention.Start) is var title && title < mention.Start)
            {
                from = Math.Max(0, document.Tokens[title].Start - origin);
            }

            if (from < previousEnd || (from == start && !IsSeveralWords(text.AsSpan(start, stop - start))) || LastWord(text.AsSpan(start, stop - start)) is not { } word)
            {
                continue;
            }

            (names ??= []).Add(new CollapsedName(from, stop, word));
            previousEnd = stop;
        }

        // "Thai F-16 jets", "Su-34 bombers": a model designation is one word, which the tokeniser would split at its
        // hyphen into a name and a number that the parse then takes for the subject.
        var added = false;
        foreach (var match in DesignationPattern().EnumerateMatches(text))
        {
            added |= AddUnlessInAName(ref names, match.Index, match.Index + match.Length, text.Substring(match.Index, match.Length).Replace("-", "", StringComparison.Ordinal));
        }

        // "the UN Secretary-General", "the Vice-President": a title written with a hyphen is one title word (its head:
        // "Secretary", "President"), which the tokeniser would split into a title, a hyphen and a rank.
        foreach (var match in HyphenatedTitlePattern().EnumerateMatches(text))
        {
            var parts = text.Substring(match.Index, match.Length).Split('-');
            var head = parts[0] is "Vice" or "Deputy" or "Under" or "Acting" ? parts[^1] : parts[0];
            added |= AddUnlessInAName(ref names, match.Index, match.Index + match.Length, head);
        }

        if (added && names!.Count > 1)
        {
            names.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return names;
    }

    /// <summary>Collapses characters [start, stop) into <paramref name="word"/> unless they overlap a name already collapsed.</summary>
    private static bool AddUnlessInAName(ref List<CollapsedName>? names, int start, int stop, string word)
    {
        if (names is not null && names.Exists(n => n.Start < stop && start < n.End))
        {
            return false;
        }

        (names ??= []).Add(new CollapsedName(start, stop, word));
        return true;
    }

    /// <summary>A title written with hyphens: "Secretary-General", "Director-General", "Vice-President".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Secretary|Director|Attorney|Governor|Solicitor|Inspector|Surgeon|Vice|Deputy|Under|Acting)-(?:General|President|Chairman|Chair|Minister|Secretary|Governor|Premier)(?:-General)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HyphenatedTitlePattern();

    /// <summary>A weapon's model designation: a short capitalised code, a hyphen and a number ("F-16", "Su-34", "MQ-9", "S-400").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][A-Za-z]{0,3}-[0-9]{1,4}[A-Za-z]{0,2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DesignationPattern();

    /// <summary>Whether the analyzer's tokeniser splits the name into several words (spaces, hyphens, apostrophes).</summary>
    private static bool IsSeveralWords(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '‐' or '–')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name's last run of letters and digits ("Roe", "Union", "Shabaab"), or null when it has none of two characters.</summary>
    private static string? LastWord(ReadOnlySpan<char> name)
    {
        var stop = name.Length;
        while (stop > 0 && !char.IsLetterOrDigit(name[stop - 1]))
        {
            stop--;
        }

        var start = stop;
        while (start > 0 && char.IsLetterOrDigit(name[start - 1]))
        {
            start--;
        }

        // "Kim Dong-hwan", "Jean-marc": a lower-case syllable after a hyphen is no word of its own (the tagger takes it
        // for a noun); the capitalised part before the hyphen stands for the name.
        if (start >= 2 && name[start - 1] == '-' && char.IsLower(name[start]) && char.IsLetterOrDigit(name[start - 2]))
        {
            stop = start - 1;
            start = stop;
            while (start > 0 && char.IsLetterOrDigit(name[start - 1]))
            {
                start--;
            }
        }

        return stop - start >= 2 ? name[start..stop].ToString() : null;
    }

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "every", "another",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that modify an event noun ("arms embargo", "air strikes", "peace talks", "retaliatory strikes") and are no
    /// plausible subject of its verb.
    /// </summary>
    private static readonly FrozenSet<string> EventNounModifiers = new[]
    {
        "arms", "oil", "trade", "travel", "asset", "assets", "export", "import", "air", "peace", "border", "retaliatory", "weapons",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether token k directly follows a determiner ("the attack", "their talks") or a word that only modifies event
    /// nouns ("the arms embargo"), or follows "a"/"an" and one word ("an arms embargo", "a Russian strike"). Not "the"
    /// and one word: in "the army attacks the town" the word after the noun is the verb.
    /// </summary>
    private static bool AfterDeterminer(ArticleDocument document, Sentence sentence, int k)
    {
        if (k - 1 >= sentence.FirstToken && Determiners.Contains(document.Tokens[k - 1].Text))
        {
            return true;
        }

        // "the arms embargo", "an oil ban", "the air strikes", "peace talks": a noun that only ever modifies such a noun,
        // never the subject of its verb.
        if (k - 1 >= sentence.FirstToken && EventNounModifiers.Contains(document.Tokens[k - 1].Text))
        {
            return true;
        }

        if (k - 2 < sentence.FirstToken)
        {
            return false;
        }

        // "an arms embargo"; "the Israeli strikes": after a determiner and a nationality adjective the word is the head
        // noun (an adjective does not end a noun phrase whose verb could follow, as "the army attacks" does).
        if (document.Tokens[k - 2].Text is "a" or "an" or "A" or "An")
        {
            return document.Tokens[k - 1].Kind == TokenKind.Word;
        }

        if (!Determiners.Contains(document.Tokens[k - 2].Text) || !Gazetteer.Instance.TryGet(document.Tokens[k - 1].Text, out var entry))
        {
            return false;
        }

        // "condemned the US strikes", "after the US raids": a state's name after "the" that itself follows a verb or a
        // preposition opens an object, whose head the trigger is; at the start of a clause ("when the US strikes X") it
        // may be the subject of a verb.
        return entry.Kind == GazetteerKind.Adjective
            || (entry.Label == EntityLabel.Country && k - 3 >= sentence.FirstToken && document.Tokens[k - 3] is { Kind: TokenKind.Word } before
                && char.IsLower(before.Text[0]) && !ClauseOpeners.Contains(before.Text));
    }

    /// <summary>Participles whose agent holds the noun they modify ("hideouts used by X", "territory held by X").</summary>
    private static readonly FrozenSet<string> HeldBy = new[] { "use", "hold", "control", "occupy", "run", "operate", "man", "own" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a clause, after which "the X strikes" may be a subject and its verb.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "and", "or", "but", "nor", "while", "when", "whenever", "if", "as", "because", "since", "until", "unless", "that",
        "where", "whether", "though", "although", "so", "then", "once",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many of an article's first sentences may open with a dateline (the title, then the lead).</summary>
    private const int DatelineSentences = 3;

    /// <summary>
    /// A wire dateline at the start of an article's lead ("KYIV, March 3 (Reuters) - ", "LONDON, 4 May - ", "BEIRUT — ",
    /// "BUNIA, DR Congo — "): a place in capitals, an optional date (month first or day first) or country, and agency, and a dash. It is not part of the sentence's syntax; parsed with it, the
    /// place becomes the root and the lead's own verb a modifier.
    /// </summary>
    private static readonly Regex Dateline = new(
        @"^\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:,\s*(?:(?:\p{Lu}{2,3}\s+)?\p{Lu}\p{Ll}{1,15}\.?(?:\s+(?:of\s+)?\p{Lu}\p{Ll}+){0,3}(?:\s+\d{1,2})?(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,15}\.?(?:\s+\d{4})?))?(?:\s*\([A-Za-z][A-Za-z .&-]{0,30}\))?\s*(?:[—–]|--?)\s+",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(50));

    /// <summary>
    /// A live blog's or a running report's time stamp at the start of an entry ("06:30 GMT - ", "14.05: ", "0830 GMT — "),
    /// in any sentence: like a dateline, it is not part of the sentence's syntax.
    /// </summary>
    private static readonly Regex TimeStamp = new(
        @"^(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|PST|PDT|local(?:\s+time)?|hrs?))*|(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|PST|PDT|local(?:\s+time)?|hrs?))+)\s*(?:[—–:]|--?)\s+(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(50));

    internal static int DatelineLength(ArticleDocument document, Sentence sentence)
    {
        // Most sentences are neither a lead nor a time-stamped entry: no text to build for them.
        if (sentence.Index >= DatelineSentences && (sentence.FirstToken >= sentence.EndToken || document.Tokens[sentence.FirstToken].Text is not [>= '0' and <= '9', ..]))
        {
            return 0;
        }

        var text = document.SentenceText(sentence);
        var stamp = TimeStamp.Match(text);
        if (stamp.Success && stamp.Length < text.Length)
        {
            return stamp.Length;
        }

        if (sentence.Index >= DatelineSentences)
        {
            return 0;
        }

        var match = Dateline.Match(text);
        return match.Success && match.Length < text.Length ? match.Length : 0;
    }

    /// <summary>
    /// The noun phrase just before a word (punctuation skipped), as the first conjunct of its coordination; 0 when the
    /// word before is not a noun.
    /// </summary>
    private static int NounBefore(AnalyzedSentence parse, int index)
    {
        var j = index - 1;
        while (j >= 1 && parse[j].Upos == "PUNCT")
        {
            j--;
        }

        if (j < 1 || parse[j].Upos is not ("PROPN" or "NOUN"))
        {
            return 0;
        }

        // Up from the last word of a name ("States" in "the United States" is the head already) and from a later conjunct.
        while (parse[j].DepRel is "flat" or "compound" && parse[j].Head > j)
        {
            j = parse[j].Head;
        }

        while (parse[j].DepRel == "conj" && parse[j].Head is > 0 and var head && head < j)
        {
            j = head;
        }

        return j;
    }

    private bool InArgumentClass(string word, FrozenSet<string>? proxies) =>
        leader.Contains(word) || force.Contains(word) || (proxies is not null && proxies.Contains(word));

    /// <summary>The noun a quantity counts: its <c>nmod</c> with "of" ("dozens of rockets" → rockets), or 0.</summary>
    private static int CountedNoun(AnalyzedSentence parse, int quantityNoun)
    {
        foreach (var child in parse.Children(quantityNoun))
        {
            if (parse[child].DepRel == "nmod" && parse.Children(child).Any(c => parse[c].DepRel == "case" && parse[c].Form.Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                return child;
            }
        }

        return 0;
    }

    /// <summary>The first token of the capitalised title words ("Foreign Minister", "Secretary of State") just before a name.</summary>
    private static int TitleStart(ArticleDocument document, Sentence sentence, int nameStart)
    {
        static bool IsTitleWord(Extraction.Token token) => token.IsCapitalised && Lexicon.IsTitleWord(token.Text);

        var start = nameStart;
        for (var k = nameStart - 1; k >= sentence.FirstToken; k--)
        {
            var token = document.Tokens[k];
            if (IsTitleWord(token))
            {
                start = k;
            }
            else if (token.Text is "-" && start == k + 1 && k > sentence.FirstToken && IsTitleWord(document.Tokens[k - 1]))
            {
                // "Secretary-General", "Vice-President": one title split at its hyphen.
                continue;
            }
            else if (token.Text is not ("of" or "for") || k == sentence.FirstToken || !IsTitleWord(document.Tokens[k - 1]) || start != k + 1)
            {
                break;
            }
        }

        return start;
    }

    private static int DocumentToken(ArticleDocument document, Sentence sentence, SentenceInput input, Token token)
    {
        var offset = sentence.Start + input.Skip + input.OriginalOffset(token.Start);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Tokens[k].End > offset)
            {
                return k;
            }
        }

        return sentence.FirstToken;
    }

    /// <summary>
    /// "X's occupation by Y", "X's murder by Y": an event noun whose agent is given with "by" has its possessor as the
    /// one it happened to (English nominalisation: "the city's destruction by the army"). Without a by-phrase the
    /// possessor stays the agent ("Russia's invasion of X").
    /// </summary>
    private static void PossessorAsPatient(AnalyzedSentence parse, int trigger, List<int> agentTokens, List<int> targetTokens)
    {
        var possessor = agentTokens.FindIndex(a => parse[a].DepRel == "nmod:poss" && parse[a].Head == trigger);
        if (possessor < 0 || !agentTokens.Exists(a => parse[a].DepRel == "nmod" && parse[a].Head == trigger && HasCase(parse, a, "by")))
        {
            return;
        }

        if (!targetTokens.Contains(agentTokens[possessor]))
        {
            targetTokens.Add(agentTokens[possessor]);
        }

        agentTokens.RemoveAt(possessor);
    }

    /// <summary>
    /// "X condemned the attack" (or "the raids hit X") after the attack was reported: a definite event noun with no agent of its own ("the
    /// attack", "this killing") refers to the last event of its kind the article reported, within
    /// <see cref="ReportedEventWindowSentences"/> sentences, and its agents are what was condemned (the guide: condemning Y's
    /// action is condemning Y).
    /// </summary>
    /// <param name="ofForceOnly">For a frame of force ("the raids hit X", "this attack on X"): only an attack or a killing
    /// reported before, never sanctions ("the sanctions hit X hard" is no attack by their imposer).</param>
    private void AgentsOfReportedEvent(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, List<int> targetTokens,
        List<ExtractedRelationship> output, List<int> targets, List<int> unattributed, List<ReportedAgent> agentOnly, bool ofForceOnly = false) =>
        AgentsOfReportedEvent(document, sentence, parse, spans, targetTokens, output, targets, unattributed, agentOnly, ofForceOnly ? ForceEventAnaphors : EventAnaphors, doers: false);

    /// <summary>
    /// "exchanged fire with the attackers", "the killers fled": a definite noun for the doers of an event, with no word of its
    /// own that names them, stands for the agents of the last event of its kind the article reported, within the same
    /// window (the guide: a description is resolved when the article makes the reference clear).
    /// </summary>
    private void DoersOfReportedEvent(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, List<int> tokens,
        List<ExtractedRelationship> output, List<int> entities, List<int> unattributed, List<ReportedAgent> agentOnly) =>
        AgentsOfReportedEvent(document, sentence, parse, spans, tokens, output, entities, unattributed, agentOnly, DoerAnaphors, doers: true);

    /// <summary>
    /// The agents of the last reported event of the kind a definite, agentless noun of <paramref name="nouns"/> names. For the
    /// doers of an event ("the attackers") none when a later event of force had doers no one named (<paramref
    /// name="unattributed"/>: sentence indices) or when that event was fighting both ways ("X and Y clashed ... the
    /// attackers" is either). An event noun ("condemned the attack") keeps the last named event: measured, the stricter
    /// reading lost held-out edges, since reports often add an unattributed detail before the reaction. An event whose
    /// agent was named but whose target was not ("X's forces struck a boat": <paramref name="agentOnly"/>) is an event
    /// reported all the same: when it is the latest of its kind, the noun refers to it.
    /// </summary>
    private void AgentsOfReportedEvent(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, List<int> tokens,
        List<ExtractedRelationship> output, List<int> entities, List<int> unattributed, List<ReportedAgent> agentOnly,
        FrozenDictionary<string, RelationshipType> nouns, bool doers)
    {
        foreach (var index in tokens)
        {
            var noun = parse[index];
            if (noun.Upos != "NOUN" || !nouns.TryGetValue(noun.Form, out var kind) || !IsDefiniteAndAgentless(parse, spans, index, out var described))
            {
                continue;
            }

            // "X attacked Y overnight ... Y's air force shot down 41 drones ... Z condemned the attack": a definite noun that
            // repeats the word an event was reported with refers to that event (repeating the word is how news refers
            // back), even when another event of the kind, worded otherwise, came later.
            if (!doers && SameWordEvent(document, sentence, output, agentOnly, kind, noun.Form, described) is var worded and >= 0)
            {
                foreach (var earlier in output)
                {
                    if (earlier.SentenceIndex == worded && SameEventWord(earlier.Trigger, noun.Form) && FittingAgent(document, earlier, kind, described) is var agent and >= 0)
                    {
                        AddOnce(entities, agent);
                    }
                }

                foreach (var reported in agentOnly)
                {
                    if (reported.Sentence == worded && SameEventWord(reported.Trigger, noun.Form) && Fits(document, reported, kind, described))
                    {
                        AddOnce(entities, reported.Agent);
                    }
                }

                continue;
            }

            // Kept in sentence order: the first match from the end is the latest.
            var latestAgentOnly = -1;
            for (var p = agentOnly.Count - 1; p >= 0 && latestAgentOnly < 0; p--)
            {
                var reported = agentOnly[p];
                if (InReportWindow(reported.Sentence, sentence.Index) && Fits(document, reported, kind, described))
                {
                    latestAgentOnly = reported.Sentence;
                }
            }

            var latest = -1;
            for (var r = output.Count - 1; r >= 0; r--)
            {
                var earlier = output[r];
                if (!InReportWindow(earlier.SentenceIndex, sentence.Index) || (latest >= 0 && earlier.SentenceIndex != latest))
                {
                    continue;
                }

                if (FittingAgent(document, earlier, kind, described) is var agent and >= 0)
                {
                    if (latest < 0 && earlier.SentenceIndex < latestAgentOnly)
                    {
                        // A later event of the kind named only its agent: that is the one referred to.
                        break;
                    }

                    if (latest < 0 && doers && (NewerUnattributed(unattributed, earlier.SentenceIndex, sentence.Index)
                        || output.Exists(other => other.SentenceIndex == earlier.SentenceIndex && other.Type == kind
                            && other.StartId == earlier.EndId && other.EndId == earlier.StartId)))
                    {
                        latestAgentOnly = -1;
                        break;
                    }

                    latest = earlier.SentenceIndex;
                    AddOnce(entities, agent);
                }
            }

            if (latestAgentOnly < 0 || latestAgentOnly < latest || (latest < 0 && doers && NewerUnattributed(unattributed, latestAgentOnly, sentence.Index)))
            {
                continue;
            }

            foreach (var reported in agentOnly)
            {
                if (reported.Sentence == latestAgentOnly && Fits(document, reported, kind, described))
                {
                    AddOnce(entities, reported.Agent);
                }
            }
        }

        static bool NewerUnattributed(List<int> unattributed, int reported, int current) =>
            unattributed.Exists(index => index > reported && index <= current);
    }

    /// <summary>Prepositions that take a gerund clause: "in imposing", "by launching", "after conducting".</summary>
    private static readonly FrozenSet<string> GerundPrepositions = new[]
    {
        "in", "by", "after", "before", "without", "while", "since", "upon", "for", "from", "In", "By", "After", "Before", "Without", "While", "Since", "Upon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Additive focus particles: "B was also shelled" says the event just reported happened to B too.</summary>
    private static readonly FrozenSet<string> AdditiveParticles = new[] { "also", "too", "likewise" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A passive verb with a subject, no by-phrase and an additive particle ("was also shelled", "were sanctioned too",
    /// "has likewise been sanctioned").
    /// </summary>
    private static bool IsAdditivePassive(AnalyzedSentence parse, int verb)
    {
        var passiveSubject = false;
        var additive = false;
        foreach (var child in parse.Children(verb))
        {
            var word = parse[child];
            switch (word.DepRel)
            {
                case "obl:agent":
                    return false;
                case "nsubj:pass":
                    passiveSubject = true;
                    break;
                case "advmod":
                    additive |= AdditiveParticles.Contains(word.Form);
                    break;
            }
        }

        return passiveSubject && additive;
    }

    /// <summary>
    /// The agents of the latest event of <paramref name="kind"/> within the window, an edge or an event reported with its
    /// agent only, that are not among <paramref name="targets"/> (no one does to itself what it did to another).
    /// </summary>
    private static void AgentsOfLatestEvent(ArticleDocument document, Sentence sentence, List<ExtractedRelationship> output, List<ReportedAgent> agentOnly,
        RelationshipType kind, List<int> targets, List<int> agents)
    {
        var latest = -1;
        foreach (var earlier in output)
        {
            if (InReportWindow(earlier.SentenceIndex, sentence.Index) && earlier.SentenceIndex > latest && FittingAgent(document, earlier, kind, DoerDescription.None) >= 0)
            {
                latest = earlier.SentenceIndex;
            }
        }

        foreach (var reported in agentOnly)
        {
            if (InReportWindow(reported.Sentence, sentence.Index) && reported.Sentence > latest && Fits(document, reported, kind, DoerDescription.None))
            {
                latest = reported.Sentence;
            }
        }

        if (latest < 0)
        {
            return;
        }

        foreach (var earlier in output)
        {
            if (earlier.SentenceIndex == latest && FittingAgent(document, earlier, kind, DoerDescription.None) is var agent and >= 0 && !targets.Contains(agent))
            {
                AddOnce(agents, agent);
            }
        }

        foreach (var reported in agentOnly)
        {
            if (reported.Sentence == latest && Fits(document, reported, kind, DoerDescription.None) && !targets.Contains(reported.Agent))
            {
                AddOnce(agents, reported.Agent);
            }
        }
    }

    /// <summary>Place nouns whose "of" gives the place's name: "the port of X", "the city of X".</summary>
    private static readonly FrozenSet<string> NamedPlaceNouns = new[]
    {
        "city", "town", "village", "port", "province", "region", "district", "capital", "governorate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a place noun ("port", "city") has an "of" phrase that is a Location's mention: "the port of X".</summary>
    private static bool PlaceNamedByOf(ArticleDocument document, AnalyzedSentence parse, List<MentionSpan> spans, int noun, string lemma)
    {
        if (!NamedPlaceNouns.Contains(lemma))
        {
            return false;
        }

        foreach (var child in parse.Children(noun))
        {
            if (parse[child].DepRel == "nmod" && HasCase(parse, child, "of") && MentionAt(spans, parse[child]) is { } place
                && document.Entities[place.Entity].Label == EntityLabel.Location)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence reported in is within the window of the sentence that refers back to it (and not after it).</summary>
    private static bool InReportWindow(int reported, int current) => reported <= current && reported >= current - ReportedEventWindowSentences;

    /// <summary>
    /// The entity index of an earlier edge's agent when the edge is of the kind and the referring noun may describe that
    /// agent; -1 otherwise.
    /// </summary>
    private static int FittingAgent(ArticleDocument document, ExtractedRelationship earlier, RelationshipType kind, DoerDescription described)
    {
        if (earlier.Type != kind)
        {
            return -1;
        }

        var agent = EntityIndex(document, earlier.StartId);
        return agent >= 0 && Fits(document.Entities[agent], described) ? agent : -1;
    }

    /// <summary>Whether an agent-only reported event is of the kind and the referring noun may describe its agent.</summary>
    private static bool Fits(ArticleDocument document, ReportedAgent reported, RelationshipType kind, DoerDescription described) =>
        reported.Type == kind && Fits(document.Entities[reported.Agent], described);

    /// <summary>The index of the article's entity with that node id, or -1 (a loop: a lambda here would allocate per call).</summary>
    private static int EntityIndex(ArticleDocument document, string id)
    {
        var entities = document.Entities;
        for (var e = 0; e < entities.Count; e++)
        {
            if (entities[e].Id == id)
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>
    /// The sentence of the latest event of <paramref name="kind"/> within the window that was reported with a word of the
    /// word <paramref name="word"/> (any of its forms) and has an agent the noun may describe, or -1.
    /// </summary>
    private static int SameWordEvent(ArticleDocument document, Sentence sentence, List<ExtractedRelationship> output, List<ReportedAgent> agentOnly,
        RelationshipType kind, string word, DoerDescription described)
    {
        var latest = -1;
        foreach (var earlier in output)
        {
            if (InReportWindow(earlier.SentenceIndex, sentence.Index) && earlier.SentenceIndex > latest && SameEventWord(earlier.Trigger, word)
                && FittingAgent(document, earlier, kind, described) >= 0)
            {
                latest = earlier.SentenceIndex;
            }
        }

        foreach (var reported in agentOnly)
        {
            if (InReportWindow(reported.Sentence, sentence.Index) && reported.Sentence > latest && SameEventWord(reported.Trigger, word)
                && Fits(document, reported, kind, described))
            {
                latest = reported.Sentence;
            }
        }

        return latest;
    }

    /// <summary>
    /// The lexicon's <c>actAnaphor</c> entries, "noun:form|form": the act noun and the words that report its act.
    /// </summary>
    private static FrozenDictionary<string, FrozenSet<string>> ActAnaphors(FrozenSet<string> entries)
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == entry.Length - 1)
            {
                throw new FrameCatalogException($"lexicon.json: actAnaphor entry '{entry}' is not 'noun:form|form'.");
            }

            map[entry[..colon]] = entry[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How many sentences back an act noun ("condemned the decision") may find the act it names.</summary>
    public const int ReportedActWindowSentences = 4;

    /// <summary>
    /// "Russia recognised the two regions, and the EU condemned the decision"; "X launched two missiles. Y condemned the
    /// launches": a definite, agentless act noun of the lexicon's <c>actAnaphor</c> list stands for the last act a form of
    /// its verb (or the noun itself) reports, earlier in this sentence or in the <see cref="ReportedActWindowSentences"/>
    /// before it. Its doer is the nearest named party before that word in its sentence, as English puts the subject
    /// first; a passive ("was executed") names no doer there, and the condemner never condemns itself.
    /// </summary>
    private void DoersOfReportedAct(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, List<int> tokens,
        List<int> agents, List<int> entities)
    {
        foreach (var index in tokens)
        {
            var noun = parse[index];
            if (noun.Upos != "NOUN" || !actAnaphors.TryGetValue(noun.Form, out var forms) || !IsDefiniteAndAgentless(parse, spans, index, out var described))
            {
                continue;
            }

            for (var s = sentence.Index; s >= 0 && s >= sentence.Index - ReportedActWindowSentences; s--)
            {
                var (first, end) = (document.Sentences[s].FirstToken, document.Sentences[s].EndToken);
                var act = -1;
                for (var k = first; k < end; k++)
                {
                    var text = document.Tokens[k].Text;
                    if (s == sentence.Index && text.Equals(noun.Form, StringComparison.OrdinalIgnoreCase))
                    {
                        // In the condemnation's own sentence only an act named before the noun counts.
                        break;
                    }

                    if (forms.Contains(text) && !(k > first && document.Tokens[k - 1].Text.ToLowerInvariant() is "was" or "were" or "been" or "be" or "being"))
                    {
                        act = k;
                    }
                }

                if (act < 0)
                {
                    continue;
                }

                if (DoerBefore(document, s, act) is { } doer && !agents.Contains(doer) && Fits(document.Entities[doer], described))
                {
                    AddOnce(entities, doer);
                }

                break;
            }
        }
    }

    /// <summary>The named party (state, organisation or person) nearest before the token in its sentence.</summary>
    private static int? DoerBefore(ArticleDocument document, int sentenceIndex, int token)
    {
        var (first, end) = document.SentenceMentions[sentenceIndex];
        for (var m = end - 1; m >= first; m--)
        {
            var mention = document.Mentions[m];
            if (mention.End <= token && document.Entities[mention.Entity].Label is EntityLabel.Country or EntityLabel.Organisation or EntityLabel.Person)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "the attack", "this killing", "the deadly attack": a determiner of reference and no word that names who did it (a
    /// possessor, a by-phrase, a name). A word that only describes the doer ("the rebel offensive", "the army offensive")
    /// does not name it: it restricts which earlier doer the noun can refer back to (<paramref name="described"/>).
    /// </summary>
    private bool IsDefiniteAndAgentless(AnalyzedSentence parse, List<MentionSpan> spans, int index, out DoerDescription described)
    {
        var definite = false;
        described = DoerDescription.None;
        foreach (var child in parse.Children(index))
        {
            var word = parse[child];
            var lemma = ArgumentPath.LemmaKey(word);
            if (word.DepRel == "det" && ReferringDeterminers.Contains(word.Form))
            {
                definite = true;
            }
            else if (word.DepRel == "nmod:poss" || (word.DepRel == "nmod" && HasCase(parse, child, "by")) || MentionAt(spans, word) is not null)
            {
                // A possessor, a by-phrase or a name in the noun's own phrase says which event it is.
                return false;
            }
            else if (word.DepRel is "amod" or "compound" && (nonStateFighter.Contains(lemma) || notTheState.Contains(lemma)))
            {
                // "the rebel offensive", "the militant attack": the event of a group outside the state's forces.
                described = DoerDescription.NonState;
            }
            else if (word.DepRel is "amod" or "compound" && force.Contains(lemma))
            {
                // "the army offensive", "the government crackdown": a state's.
                described = DoerDescription.State;
            }
        }

        return definite;
    }

    /// <summary>An event of a kind a later noun may refer back to, whose agent was named and whose target was not.</summary>
    private readonly record struct ReportedAgent(RelationshipType Type, int Agent, int Sentence, string Trigger);

    /// <summary>
    /// Whether two event words are forms of one word ("attack", "attacks", "attacked"; "strike", "struck"), to tell whether
    /// a noun repeats the word that reported an event. Compares stems in place: it runs for every definite event noun.
    /// </summary>
    private static bool SameEventWord(string first, string second) =>
        EventStem(first).Equals(EventStem(second), StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> EventStem(string form)
    {
        // An irregular form's lemma from the triggers' own table ("struck" → strike), then the regular endings.
        var word = TriggerInflections.TriggerLemma(form, form);
        foreach (var suffix in (ReadOnlySpan<string>)["ings", "ing", "ed", "es", "s", "e"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word.AsSpan(0, word.Length - suffix.Length);
            }
        }

        return word;
    }

    /// <summary>What a word in an event noun's own phrase says of its doer ("the rebel offensive", "the army offensive").</summary>
    private enum DoerDescription
    {
        None,
        NonState,
        State,
    }

    /// <summary>Whether the doer of an earlier event fits the description the event noun gives of it.</summary>
    private static bool Fits(EntityRecord doer, DoerDescription described) => described switch
    {
        DoerDescription.NonState => doer.Label == EntityLabel.Organisation,
        DoerDescription.State => doer.Label == EntityLabel.Country,
        _ => true,
    };

    /// <summary>
    /// A verb without a subject of its own shares its first conjunct's ("Russia attacked and occupied X"), its
    /// governor's as an open complement, or the main clause's as an -ing adjunct ("X attacked Y, killing Z"). A finite
    /// verb the parse hung on its subject noun ("Chadian agents murdered X" read as a clause on "agents") needs nothing
    /// here: the <c>nsubj</c> path step itself reaches that noun (<see cref="ArgumentPath"/>).
    /// </summary>
    private void InheritSubject(AnalyzedSentence parse, int trigger, FrameRule rule, List<int> agentTokens)
    {
        var token = parse[trigger];
        if (rule.Form != TriggerForm.Verb || token.Head == 0 || !rule.Agent.Any(path => path.Text == "nsubj"))
        {
            return;
        }

        if (token.DepRel == "xcomp" && causative.Contains(ArgumentPath.LemmaKey(parse[token.Head])) && parse.HasDependent(token.Head, "obj"))
        {
            // "the massacre prompted X to launch strikes", "forced X to retreat": the causative's object acts.
            foreach (var made in parse.Dependents(token.Head, "obj"))
            {
                agentTokens.Add(made.Index);
            }

            return;
        }

        // ("X was quick to condemn Y", an adjective's infinitive read as an adverbial clause, is the nsubj step's own case in
        // ArgumentPath.)
        if (token.DepRel is "conj" or "xcomp" || (token.DepRel == "advcl" && token.Xpos == "VBG" && parse[token.Head].Upos == "VERB"))
        {
            // "X ambushed a patrol, killing eight soldiers": a free adjunct's -ing verb has the main clause's subject.
            foreach (var subject in parse.Dependents(token.Head, "nsubj"))
            {
                agentTokens.Add(subject.Index);
            }
        }
    }

    /// <summary>
    /// "met with X, the Y president, in Z" with "in Z" read as a conjunct of X: coordinated phrases share their
    /// preposition or repeat it, so a conjunct with a preposition of its own that its first conjunct lacks is a misplaced
    /// adjunct, not a participant.
    /// </summary>
    private static bool HasOtherPreposition(AnalyzedSentence parse, int conjunct, int first)
    {
        var own = CaseOf(parse, conjunct);
        return own is not null && !string.Equals(own, CaseOf(parse, first), StringComparison.Ordinal);

        static string? CaseOf(AnalyzedSentence parse, int index)
        {
            foreach (var child in parse.Children(index))
            {
                if (parse[child].DepRel == "case" && parse[child].Upos == "ADP")
                {
                    return parse[child].Lemma.ToLowerInvariant();
                }
            }

            return null;
        }
    }

    /// <summary>Turns argument words into entity indices: mentions, forces, pronouns, coordination, apposition.</summary>
    private void Resolve(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, List<int> tokens, List<int> entities, bool isTarget, RelationshipType type)
    {
        // Sanctions hit an economy: "sanctions on Iranian banks" stand for Iran as "strikes on Iranian positions" do.
        // As the agent, only a post manned by someone's forces stands for them ("fire from X positions").
        var proxies = !isTarget ? (type == RelationshipType.Attacked ? mannedPost : null) : type == RelationshipType.Sanctioned ? sanctionProxy : proxyTarget;
        foreach (var index in tokens)
        {
            if (!IsContrastedAway(parse, index))
            {
                ResolveOne(document, sentence, parse, spans, index, entities, proxies, depth: 0);
            }

            ResolveConjuncts(document, sentence, parse, spans, index, entities, proxies, hops: 0);
            if (!isTarget && parse[index].DepRel is "nsubj" or "nsubj:pass")
            {
                // "X, like Y, condemned Z": a subject's comparison set off by commas says Y did so too ("countries like Y",
                // with no comma, only gives examples of a kind; "unlike Y" says the opposite).
                var children = parse.Children(index);
                for (var c = 0; c < children.Length; c++)
                {
                    var child = children[c];
                    if (child > index && parse[child].DepRel == "nmod" && HasCase(parse, child, "like") && parse[child - 2].Form == ",")
                    {
                        ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth: 0);
                        ResolveConjuncts(document, sentence, parse, spans, child, entities, proxies, hops: 0);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A participant set aside by contrast: "X attacked Y, not Z" and "Y rather than Z" (the conjunct with "not" or
    /// "rather than"), "X attacked not Z but Y" (the first with "not", when a conjunct with "but" follows). "not only Z but
    /// also Y" names both.
    /// </summary>
    private static bool IsContrastedAway(AnalyzedSentence parse, int index)
    {
        var negated = false;
        var contrastFollows = false;
        foreach (var child in parse.Children(index))
        {
            var token = parse[child];
            if (token.DepRel == "advmod" && token.Form.Equals("not", StringComparison.OrdinalIgnoreCase) && child < index
                && !(child < parse.Count && parse[child + 1].Form.ToLowerInvariant() is "only" or "just" or "merely" or "simply"))
            {
                negated = true;
            }
            else if (token.DepRel == "cc" && token.Form.Equals("rather", StringComparison.OrdinalIgnoreCase) && child < parse.Count
                && parse[child + 1].Form.Equals("than", StringComparison.OrdinalIgnoreCase) && parse[index].DepRel == "conj")
            {
                return true;
            }
            else if (token.DepRel == "conj" && child > index && HasButConjunction(parse, child))
            {
                contrastFollows = true;
            }
        }

        return negated && (parse[index].DepRel == "conj" || contrastFollows);

        static bool HasButConjunction(AnalyzedSentence parse, int conjunct)
        {
            foreach (var c in parse.Children(conjunct))
            {
                if (parse[c].DepRel == "cc" && parse[c].Form.Equals("but", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Every conjunct of a coordination ("X, Y and Z"): UD hangs them all on the first, but a parse may chain them or
    /// read the comma-separated part as a list, so conjuncts of conjuncts and list members count too.
    /// </summary>
    private void ResolveConjuncts(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, int index, List<int> entities, FrozenSet<string>? proxies, int hops)
    {
        if (hops > 4)
        {
            return;
        }

        foreach (var child in parse.Children(index))
        {
            if (parse[child].DepRel is "conj" or "list" && IsContrastedAway(parse, child))
            {
                continue;
            }

            if (parse[child].DepRel is "conj" or "list" && RenamedName(document, parse, spans, child) is var renamed and > 0)
            {
                ResolveOne(document, sentence, parse, spans, renamed, entities, proxies, depth: 0);
            }
            else if (parse[child].DepRel is "conj" or "list" && !HasOtherPreposition(parse, child, index))
            {
                ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth: 0);
                ResolveConjuncts(document, sentence, parse, spans, child, entities, proxies, hops + 1);
            }
            else if (parse[child].DepRel == "flat")
            {
                // A flat name is one unit: a conjunct hung on one of its words ("Chancellor Anna Berg and President X",
                // with the conjunct under "Anna") coordinates with the whole name.
                ResolveConjuncts(document, sentence, parse, spans, child, entities, proxies, hops + 1);
            }
            else if (parse[child].DepRel == "appos" && MentionAt(spans, parse[index]) is { } named && MentionAt(spans, parse[child]) is { } apposed
                && named.Entity != apposed.Entity && document.Entities[named.Entity].Label == EntityLabel.Country
                && document.Entities[apposed.Entity].Label == EntityLabel.Country)
            {
                // "A, B, the C, D and E" with D read as an apposition of C: one state does not rename another, so it is
                // the list's next member.
                ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth: 0);
                ResolveConjuncts(document, sentence, parse, spans, child, entities, proxies, hops + 1);
            }
        }
    }

    /// <summary>
    /// "A, the X minister, and B, her Y counterpart, met": a common noun with a possessive pronoun and no conjunction of its
    /// own, right after a comma that follows a named person, is that person's apposition ("B, her counterpart"), whatever
    /// the parse made of it; the pronoun points back at someone already named, so the phrase stands for that person. The
    /// person's word, or 0.
    /// </summary>
    private static int RenamedName(ArticleDocument document, AnalyzedSentence parse, List<MentionSpan> spans, int word)
    {
        var token = parse[word];
        if (token.Upos != "NOUN")
        {
            return 0;
        }

        var first = word;
        var possessivePronoun = false;
        foreach (var child in parse.Children(word))
        {
            var dependent = parse[child];
            if (dependent.DepRel == "cc")
            {
                return 0;
            }

            possessivePronoun |= dependent.DepRel == "nmod:poss" && dependent.Upos == "PRON";
            if (dependent.Upos != "PUNCT")
            {
                first = Math.Min(first, child);
            }
        }

        return possessivePronoun && first > 2 && parse[first - 1].Form == ","
            && MentionAt(spans, parse[first - 2]) is { } named && document.Entities[named.Entity].Label == EntityLabel.Person
            ? first - 2
            : 0;
    }

    private void ResolveOne(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, int index, List<int> entities, FrozenSet<string>? proxies, int depth)
    {
        if (depth > 2)
        {
            return;
        }

        var token = parse[index];
        if (MentionAt(spans, token) is { } span)
        {
            if (!span.Mention.IsModifier || depth > 0)
            {
                AddOnce(entities, span.Entity);
            }
            else if (QualifiedPerson(document, span) is { } person)
            {
                // "Hamas commander X", "the Iraqi Prime Minister X": the nationality or group qualifies the person, who
                // is the argument, whichever word of the phrase the parse made its head.
                AddOnce(entities, person);
            }

            return;
        }

        // "sanctioned several companies, including X and Y", "killed three commanders, including X": the named members
        // of a set are arguments of what is said of the set.
        if (token.Upos == "NOUN")
        {
            var beforeMembers = entities.Count;
            foreach (var child in parse.Children(index))
            {
                if (child > index && parse[child].DepRel == "nmod" && HasCase(parse, child, "including", "include", "notably"))
                {
                    ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth + 1);
                    ResolveConjuncts(document, sentence, parse, spans, child, entities, proxies, hops: 0);
                }
                else if (child > index && parse[child] is { DepRel: "acl", Xpos: "VBG" } && ArgumentPath.LemmaKey(parse[child]) == "include")
                {
                    // "countries including X and Y" read as a participle clause with its object.
                    foreach (var member in parse.Dependents(child, "obj"))
                    {
                        ResolveOne(document, sentence, parse, spans, member.Index, entities, proxies, depth + 1);
                        ResolveConjuncts(document, sentence, parse, spans, member.Index, entities, proxies, hops: 0);
                    }
                }
            }

            if (entities.Count == beforeMembers && token.Xpos == "NNS" && DisplacedIncluding(parse, index) is var members and > 0)
            {
                // "sanctions on eleven officials on Monday, including X" with the phrase hung on "Monday": "including"
                // names members of the nearest plural before it.
                ResolveOne(document, sentence, parse, spans, members, entities, proxies, depth + 1);
                ResolveConjuncts(document, sentence, parse, spans, members, entities, proxies, hops: 0);
            }

            // "froze the assets of three Russian generals, including X": sanctions on a state's named people or companies
            // are sanctions on them, not on the state (the owner the proxy noun would stand for).
            if (entities.Count > beforeMembers && proxies == sanctionProxy && sanctionProxy.Contains(ArgumentPath.LemmaKey(token)))
            {
                return;
            }
        }

        // "X was among the countries that condemned Y", "X is one of the officials sanctioned by Y": a set the clause puts
        // X among stands for X (and its conjuncts).
        var setHolder = token.Upos == "NOUN" && parse.HasDependent(index, "cop") && HasCase(parse, index, "among") ? index
            : token.Upos == "NOUN" && token.DepRel == "nmod" && token.Head > 0 && parse[token.Head].Form.Equals("one", StringComparison.OrdinalIgnoreCase)
                && parse.HasDependent(token.Head, "cop") && HasCase(parse, index, "of") ? token.Head
            : 0;
        if (setHolder > 0)
        {
            var beforeMember = entities.Count;
            foreach (var member in parse.Dependents(setHolder, "nsubj"))
            {
                ResolveOne(document, sentence, parse, spans, member.Index, entities, proxies, depth + 1);
                ResolveConjuncts(document, sentence, parse, spans, member.Index, entities, proxies, hops: 0);
            }

            if (entities.Count > beforeMember)
            {
                return;
            }
        }

        // "The states taking part include X, Y and Z", "Those killed by X included Y": a set whose members the sentence
        // lists with "include" stands for them.
        if ((token.Upos == "NOUN" || (token.Upos == "PRON" && token.Form.Equals("those", StringComparison.OrdinalIgnoreCase)))
            && token.DepRel == "nsubj" && token.Head > 0 && parse[token.Head].Lemma.Equals("include", StringComparison.OrdinalIgnoreCase))
        {
            var beforeListed = entities.Count;
            foreach (var listed in parse.Dependents(token.Head, "obj"))
            {
                ResolveOne(document, sentence, parse, spans, listed.Index, entities, proxies, depth + 1);
                ResolveConjuncts(document, sentence, parse, spans, listed.Index, entities, proxies, hops: 0);
            }

            if (entities.Count > beforeListed)
            {
                return;
            }
        }

        // "a wave of Russian drones", "dozens of Malian soldiers": what is counted is the argument.
        if (quantity.Contains(ArgumentPath.LemmaKey(token)) && CountedNoun(parse, index) is var counted and > 0)
        {
            ResolveOne(document, sentence, parse, spans, counted, entities, proxies, depth + 1);
            return;
        }

        // "Chancellor Olaf Scholz" parsed with the title as the head of a flat name: the name stands for the phrase.
        if (token.Upos == "PROPN")
        {
            foreach (var child in parse.Children(index))
            {
                if (parse[child].DepRel == "flat" && MentionAt(spans, parse[child]) is { Mention.IsModifier: false } named)
                {
                    AddOnce(entities, named.Entity);
                    return;
                }
            }

            // "Chancellor X and President Y met" with Y's name hung on the first title: a title names the person whose
            // name follows it, wherever the parse put the name.
            if (index < parse.Count && char.IsUpper(token.Form[0]) && Lexicon.IsTitleWord(token.Form)
                && MentionAt(spans, parse[index + 1]) is { Mention.IsModifier: false } following)
            {
                AddOnce(entities, following.Entity);
                return;
            }
        }

        var lower = token.Form.ToLowerInvariant();
        var lemma = ArgumentPath.LemmaKey(token);
        // "whose jets struck X": the possessive relative hangs on a noun of the clause, not on its verb.
        var clause = lower == "whose" && token.Head > 0 && parse[token.Head].Head > 0 ? parse[token.Head].Head : token.Head;
        // "It was X who met Y": a cleft's relative clause on its nominal predicate (advcl:relcl) has that noun as antecedent
        // too; on a verb, advcl:relcl is a sentential relative ("..., which angered Y"), whose "which" is no one.
        if (RelativePronouns.Contains(lower) && clause > 0
            && (parse[clause].DepRel == "acl:relcl" || (parse[clause].DepRel == "advcl:relcl" && parse[parse[clause].Head].Upos is "PROPN" or "NOUN")))
        {
            // "Turkey, which has sanctioned Syria": the relative pronoun is the noun the clause modifies.
            var before = entities.Count;
            var modified = parse[clause].Head;
            if (attackNouns.Contains(ArgumentPath.LemmaKey(parse[modified])))
            {
                // "the US drone strike that killed X": the pronoun is the strike, and the one who struck is its agent, never
                // a noun phrase near it ("the strike in Baghdad that killed X" is no Iraqi strike).
                foreach (var child in parse.Children(modified))
                {
                    if (parse[child].DepRel is "amod" or "compound" or "nmod:poss" || (parse[child].DepRel == "nmod" && HasCase(parse, child, "by")))
                    {
                        ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth + 1);
                    }
                }

                return;
            }

            ResolveOne(document, sentence, parse, spans, modified, entities, proxies, depth + 1);
            if (entities.Count == before && NounBefore(parse, index) is var nearest and > 0)
            {
                // "steps by the US and Britain, which sanctioned X" with the clause hung on "steps": a relative clause
                // mostly modifies the noun phrase right before it, here the coordination that names the parties.
                ResolveOne(document, sentence, parse, spans, nearest, entities, proxies, depth + 1);
                ResolveConjuncts(document, sentence, parse, spans, nearest, entities, proxies, hops: 0);
            }

            return;
        }

        if (token.Upos == "PRON" && PluralPronouns.Contains(lower))
        {
            // "X and Y met on Monday. They condemned Z": "they" is a pair the text has just joined with "and".
            if (JoinedPair(document, sentence, token) is { } joined)
            {
                AddOnce(entities, joined.First);
                AddOnce(entities, joined.Second);
            }
            else if (PluralNamedOrganisation(document, sentence, token) is { } group)
            {
                // "The Houthis stepped up their campaign. On Monday they fired missiles at X".
                AddOnce(entities, group);
            }

            return;
        }

        if (token.Upos == "PRON" && FirstPersonPronouns.Contains(lower))
        {
            // "FOREIGN MINISTER X: ... I met Y"; X said: "I condemn Y": the one speaking.
            if (SpeakerOf(document, sentence, parse, token) is { } speaker)
            {
                AddOnce(entities, speaker);
            }

            return;
        }

        if (token.Upos == "PRON" && (PersonPronouns.Contains(lower) || ThingPronouns.Contains(lower)))
        {
            // A place is what "it" stands for only as the one something happened to ("after its occupation by X").
            // "X telephoned him", "X fired at it": a non-reflexive object or oblique pronoun is never its own verb's subject
            // (that would be "himself", "itself").
            // Likewise "Y attacked its positions" (a target standing for its owner) and "Y launched drones at it" (the
            // phrase hung on the object): the owner of what the verb acts on, or the one it is aimed at, is someone other
            // than the verb's subject unless the phrase says "own" (a state attacking its own side is no edge anyway, so
            // the nearest other antecedent is meant). Not an event noun's possessor: "Y reiterated its condemnation" is Y's.
            var coArgument = token.DepRel is "obj" or "iobj" or "obl" && token.Head > 0 && parse[token.Head].Upos == "VERB" ? SubjectEntity(parse, spans, token.Head)
                : token.Head > 0 && parse[token.Head] is { DepRel: "obj", Head: > 0 } possessed && !HasOwn(parse, token.Head)
                    && ((token.DepRel == "nmod:poss" && proxies is not null && proxies.Contains(ArgumentPath.LemmaKey(possessed)))
                        || (token.DepRel == "nmod" && HasCase(parse, index, "at", "on", "against", "into", "upon")))
                    ? SubjectEntity(parse, spans, possessed.Head)
                    : null;
            // "X struck Y on Monday, and it hit Z on Tuesday": the subject of a clause coordinated with an earlier one is
            // that clause's subject when it can be (English keeps the topic in subject position), not the nearest name.
            if (token.DepRel is "nsubj" or "nsubj:pass" && token.Head > 0 && parse[token.Head] is { DepRel: "conj", Head: > 0 } secondClause
                && parse[secondClause.Head].Upos == "VERB" && SubjectEntity(parse, spans, secondClause.Head) is { } topic
                && PronounFits(document.Entities[topic].Label, PersonPronouns.Contains(lower), placeToo: false))
            {
                AddOnce(entities, topic);
                return;
            }

            if (Antecedent(document, sentence, token, spans, PersonPronouns.Contains(lower), placeToo: proxies is not null, excluded: coArgument) is { } antecedent)
            {
                AddOnce(entities, antecedent);
            }

            return;
        }

        // "the two ministers", "the two leaders": the two people the text has just named.
        if (token.Upos == "NOUN" && (leader.Contains(lemma) || people.Contains(lemma)) && IsDefiniteSetNoun(parse, index)
            && LastTwoPeople(document, sentence, token, spans) is { } pair)
        {
            AddOnce(entities, pair.First);
            AddOnce(entities, pair.Second);
            return;
        }

        // "the two sides", "the two countries", "both armies": the two states or organisations the text has just joined
        // with "and".
        if (token.Upos == "NOUN" && pairNouns.Contains(lemma) && CountsTwo(parse, index)
            && JoinedPair(document, sentence, token) is { } sides && document.Entities[sides.First].Label != EntityLabel.Person)
        {
            AddOnce(entities, sides.First);
            AddOnce(entities, sides.Second);
            return;
        }

        // "the country", "the group" (bare, with "the"): the nearest named state or organisation before it.
        if (token.Upos == "NOUN" && AnaphoricNouns.TryGetValue(lower, out var anaphoricLabel) && IsBareDefinite(parse, index)
            && Antecedent(document, sentence, token, spans, entity => document.Entities[entity].Label == anaphoricLabel) is { } described)
        {
            AddOnce(entities, described);
            return;
        }

        // "Iraqi troops", "the US military", "Israel's army", "troops from Turkey", "the presidents of France and Spain",
        // and as targets "Russian positions".
        // "the Iraqi foreign minister, Ali Hassan": the named holder is the argument, not the state the office qualifies.
        // A plural the lemmatiser read as another word ("bases" → basis): the singular the form spells, when a class
        // of argument nouns knows it.
        if (!InArgumentClass(lemma, proxies) && SpelledSingular(lower) is { } singular && InArgumentClass(singular, proxies))
        {
            lemma = singular;
        }

        // "the Hamas group", "the Hezbollah movement", "the militant group Hamas": a noun for a kind of organisation
        // with the organisation's name in its phrase is that organisation.
        if (organisationKind.Contains(lemma))
        {
            foreach (var child in parse.Children(index))
            {
                if (parse[child].DepRel is "compound" or "flat" or "appos" or "amod" && MentionAt(spans, parse[child]) is { } named
                    && document.Entities[named.Entity].Label == EntityLabel.Organisation)
                {
                    AddOnce(entities, named.Entity);
                    if (parse[child].DepRel == "appos" && token.Xpos is "NNS" or "NNPS")
                    {
                        // "two companies, X and Y": a plural has as many members as its apposition names.
                        foreach (var conjunct in parse.Dependents(child, "conj"))
                        {
                            if (MentionAt(spans, conjunct) is { Mention.IsModifier: false } other && document.Entities[other.Entity].Label == EntityLabel.Organisation)
                            {
                                AddOnce(entities, other.Entity);
                            }
                        }
                    }

                    return;
                }
            }

            if (index < parse.Count && MentionAt(spans, parse[index + 1]) is { Mention.IsModifier: false } following
                && document.Entities[following.Entity].Label == EntityLabel.Organisation)
            {
                AddOnce(entities, following.Entity);
                return;
            }
        }

        var isOffice = leader.Contains(lemma);
        if (isOffice && IsMisreadApposition(parse, index))
        {
            // "X, the Chadian foreign minister, met Y" parsed with the office as a second subject: it is X's apposition
            // and names X again, not its state.
            return;
        }

        if (isOffice)
        {
            var before = entities.Count;
            ResolveAppositions(document, sentence, parse, spans, index, entities, proxies, depth);
            if (entities.Count > before)
            {
                return;
            }
        }
        else if ((force.Contains(lemma) || (proxies is not null && proxies.Contains(lemma)))
            && NamedAppositions(document, parse, spans, index, organisationsToo: !force.Contains(lemma), entities))
        {
            // "the X commander Abu Y", "a Hamas spokesman, Z": a person named in apposition to a force noun is the
            // argument, not the group or state that qualifies the noun; "sanctions on X's state oil company, Y",
            // "sanctioned two X financiers, Y and Z": so are organisations or people in apposition to a proxy noun.
            return;
        }

        // "Chadian opposition leaders", "rebel fighters", "a former Nigerien minister": people of a state who do not act
        // for it (a state's government, forces and offices do, ANNOTATION-GUIDE).
        // A rebel or insurgent noun itself ("Chadian rebels") does not act for the state either, but a group that owns it
        // does ("M23 rebels", "Houthi insurgents").
        var actsForItsOwner = !parse.Children(index).Any(c => parse[c].DepRel is "amod" or "compound" && notTheState.Contains(ArgumentPath.LemmaKey(parse[c])));
        var actsForAGroupOnly = notTheState.Contains(lemma);
        // "his Chinese counterpart Wang Yi" with the name parsed apart from the office: the named holder right after it
        // is the argument, not the state the office qualifies.
        // So is a name set off by a comma right after it ("Egypt's intelligence chief, X,") whatever the parse made of it.
        var holderAt = index < parse.Count && parse[index + 1].Form == "," && parse[index + 1].Upos == "PUNCT" ? index + 2 : index + 1;
        if ((isOffice || force.Contains(lemma)) && holderAt <= parse.Count && MentionAt(spans, parse[holderAt]) is { Mention.IsModifier: false } holder
            && document.Entities[holder.Entity].Label == EntityLabel.Person)
        {
            AddOnce(entities, holder.Entity);
            return;
        }

        if ((isOffice || force.Contains(lemma) || actsForAGroupOnly || (proxies is not null && proxies.Contains(lemma))) && actsForItsOwner)
        {
            var owners = entities.Count;
            // "the southern Lebanese port of Tyre": a place noun whose "of" names the place is that place; the nationality
            // before it only says where the place lies.
            var namedPlace = PlaceNamedByOf(document, parse, spans, index, lemma);
            foreach (var child in parse.Children(index))
            {
                var modifier = parse[child];
                if (namedPlace && modifier.DepRel is "amod" or "compound")
                {
                    continue;
                }

                if (proxies is not null && proxies.Contains(lemma) && modifier is { DepRel: "acl", Xpos: "VBN" } && HeldBy.Contains(ArgumentPath.LemmaKey(modifier)))
                {
                    // "hideouts used by X", "a town held by X": the place or thing stands for the one who holds it.
                    foreach (var keeper in parse.Dependents(child, "obl:agent"))
                    {
                        ResolveOne(document, sentence, parse, spans, keeper.Index, entities, proxies, depth + 1);
                    }

                    continue;
                }

                if (modifier.DepRel == "amod" && ArgumentPath.LemmaKey(modifier) == "loyal")
                {
                    // "forces loyal to X", "troops loyal to the X government": the forces act for the one they serve.
                    foreach (var served in parse.Children(child))
                    {
                        if (parse[served].DepRel is "obl" or "nmod" && HasCase(parse, served, "to"))
                        {
                            ResolveOne(document, sentence, parse, spans, served, entities, proxies, depth + 1);
                        }
                    }

                    continue;
                }

                // "troops from X" come from their owner; "the village from X" was taken from its holder, who does not own it.
                if (modifier.DepRel is "amod" or "compound" or "nmod:poss"
                    || (modifier.DepRel == "nmod" && (HasCase(parse, child, "of") || (HasCase(parse, child, "from") && !takenGround.Contains(lemma)))))
                {
                    var before = entities.Count;
                    ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth + 1);
                    if (entities.Count == before && modifier is { DepRel: "compound", Upos: "NOUN" })
                    {
                        // "Hezbollah weapons depots", "Hamas rocket launchers": the owner qualifies the compound's own
                        // first noun.
                        foreach (var inner in parse.Children(child))
                        {
                            if (parse[inner].DepRel is "amod" or "compound" && MentionAt(spans, parse[inner]) is not null)
                            {
                                ResolveOne(document, sentence, parse, spans, inner, entities, proxies, depth + 1);
                            }
                        }
                    }

                    foreach (var conjunct in parse.Dependents(child, "conj"))
                    {
                        // "the presidents of France and Spain": each conjunct of the owner.
                        ResolveOne(document, sentence, parse, spans, conjunct.Index, entities, proxies, depth + 1);
                    }
                }
            }

            // "the X regime", "the X administration": a government named after its leader is the state it governs
            // (ANNOTATION-GUIDE: a state's government acts for the Country, as "the Labour government" does).
            if (GovernmentNouns.Contains(lemma))
            {
                for (var k = owners; k < entities.Count; k++)
                {
                    if (document.Entities[entities[k]].Label == EntityLabel.Person && StateGovernedBy(document, entities[k]) is { } state)
                    {
                        entities[k] = state;
                    }
                }

                DropRepeats(entities, owners);
            }

            if (actsForAGroupOnly)
            {
                for (var k = entities.Count - 1; k >= owners; k--)
                {
                    if (document.Entities[entities[k]].Label == EntityLabel.Country)
                    {
                        entities.RemoveAt(k);
                    }
                }
            }
        }

        // "the US-led coalition", "a Saudi-led force": the one who leads stands for the led (the annotation guide's rule);
        // "Iran-backed" or "UN-mandated" name a sponsor, not the actor, so only "led" is followed.
        if (lemma == "lead" && token.DepRel == "amod")
        {
            foreach (var child in parse.Children(index))
            {
                if (parse[child].DepRel is "compound" or "obl" or "obl:unmarked" or "obl:npmod" or "nsubj" or "amod" or "nmod:unmarked")
                {
                    ResolveOne(document, sentence, parse, spans, child, entities, proxies, depth + 1);
                }
            }
        }

        // "a commander, X": the apposition names the argument (an office's appositions were tried first, above); after a
        // plural, so do the apposition's conjuncts ("two money changers, X and Y").
        if (!isOffice)
        {
            ResolveAppositions(document, sentence, parse, spans, index, entities, proxies, depth);
        }
    }

    /// <summary>
    /// The appositions of the noun at <paramref name="index"/>, and after a plural their conjuncts too: "a commander, X";
    /// "two money changers, X and Y", "met two ministers, X and Y" (a plural has as many members as its apposition names).
    /// </summary>
    private void ResolveAppositions(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, List<MentionSpan> spans, int index, List<int> entities, FrozenSet<string>? proxies, int depth)
    {
        foreach (var appos in parse.Dependents(index, "appos"))
        {
            ResolveOne(document, sentence, parse, spans, appos.Index, entities, proxies, depth + 1);
            if (parse[index].Xpos is "NNS" or "NNPS")
            {
                ResolveConjuncts(document, sentence, parse, spans, appos.Index, entities, proxies, hops: 0);
            }
        }
    }

    /// <summary>
    /// A noun the parse gave the same relation to its head as a name before it, set off from that name by a comma of its
    /// own phrase ("X, the foreign minister, met Y" with two subjects of "met"): a verb has one subject, so the noun is
    /// the name's apposition.
    /// </summary>
    private static bool IsMisreadApposition(AnalyzedSentence parse, int index)
    {
        var token = parse[index];
        if (token.Head == 0 || token.DepRel is not ("nsubj" or "obj"))
        {
            return false;
        }

        var comma = -1;
        foreach (var child in parse.Children(index))
        {
            if (child < index && parse[child] is { DepRel: "punct", Form: "," })
            {
                comma = child;
                break;
            }
        }

        return comma > 1 && parse.Children(token.Head).Any(s => s < comma && parse[s].DepRel == token.DepRel && parse[s].Upos == "PROPN");
    }

    /// <summary>"the country" with nothing else in its phrase: no modifier, possessor or complement that names its own referent.</summary>
    private static bool IsBareDefinite(AnalyzedSentence parse, int index)
    {
        var definite = false;
        foreach (var child in parse.Children(index))
        {
            var token = parse[child];
            switch (token.DepRel)
            {
                case "det":
                    definite |= token.Lemma.Equals("the", StringComparison.OrdinalIgnoreCase);
                    break;
                case "punct":
                    break;
                case "case" when token.Form is "'s" or "’s" or "'":
                    // "the group's escalation": the possessive is the description itself.
                    break;
                default:
                    return false;
            }
        }

        return definite;
    }

    /// <summary>The person a qualifying mention belongs to: the next person mention within a few words in its sentence.</summary>
    private static int? QualifiedPerson(ArticleDocument document, MentionSpan modifier)
    {
        var mentions = document.Mentions;
        var (first, end) = document.SentenceMentions[modifier.Mention.Sentence];
        for (var m = first; m < end; m++)
        {
            var candidate = mentions[m];
            if (candidate.Start >= modifier.Mention.End && candidate.Start - modifier.Mention.End <= 4
                && document.Entities[candidate.Entity].Label == EntityLabel.Person)
            {
                return candidate.Entity;
            }
        }

        return null;
    }

    // Runs for many words of every parsed sentence: no LINQ, no lower-cased copies, the cases on the stack.
    private static bool HasCase(AnalyzedSentence parse, int index, params ReadOnlySpan<string> cases)
    {
        foreach (var child in parse.Children(index))
        {
            var word = parse[child];
            if (word.DepRel != "case")
            {
                continue;
            }

            foreach (var name in cases)
            {
                if (word.Lemma.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static MentionSpan? MentionAt(List<MentionSpan> spans, Token token) => MentionAt(spans, token.Start, token.End);

    /// <summary>The mention overlapping characters [start, end) of the sentence text, if any.</summary>
    private static MentionSpan? MentionAt(List<MentionSpan> spans, int start, int end)
    {
        foreach (var span in spans)
        {
            if (start < span.End && end > span.Start)
            {
                return span;
            }
        }

        return null;
    }

    /// <summary>"the two X" or "both X", with nothing else before the noun.</summary>
    private static bool CountsTwo(AnalyzedSentence parse, int index)
    {
        var the = false;
        var two = false;
        var both = false;
        foreach (var child in parse.Children(index))
        {
            if (child > index)
            {
                continue;
            }

            var word = parse[child];
            var form = word.Form.ToLowerInvariant();
            if (word.DepRel == "det" && form == "the")
            {
                the = true;
            }
            else if (word.DepRel == "nummod" && form == "two")
            {
                two = true;
            }
            else if (word.DepRel is "det" or "cc:preconj" or "amod" && form == "both")
            {
                both = true;
            }
            else if (word.DepRel is not ("punct" or "case"))
            {
                return false;
            }
        }

        return (the && two) || both;
    }

    /// <summary>
    /// "the two" or "the" and a plural, and nothing else before the noun ("the two ministers", "the leaders"; not "the two
    /// Iraqi ministers"); a bare plural also has nothing after it ("the ministers of the Nordic states" is another set).
    /// </summary>
    private static bool IsDefiniteSetNoun(AnalyzedSentence parse, int index)
    {
        var the = false;
        var two = false;
        var after = false;
        foreach (var child in parse.Children(index))
        {
            if (child > index)
            {
                after |= parse[child].Upos != "PUNCT";
                continue;
            }

            var word = parse[child];
            if (word.DepRel == "det" && word.Form.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                the = true;
            }
            else if (word.DepRel == "nummod" && word.Form.Equals("two", StringComparison.OrdinalIgnoreCase))
            {
                two = true;
            }
            else if (!(two && word.DepRel == "amod" && word.Form.Length > 0 && char.IsLower(word.Form[0])))
            {
                // "the two foreign ministers": after "two", a lower-case adjective still names the same pair; a
                // nationality ("the two Chadian ministers") picks a set of its own.
                return false;
            }
        }

        // "the leaders" (a bare definite plural) is the set the text has just named, as "the two leaders" is.
        return the && (two || (parse[index].Xpos == "NNS" && !after));
    }

    /// <summary>
    /// The last two entities of one kind (two people, or two states or organisations) joined by "and" before the pronoun
    /// in its sentence, or else in the sentence before ("X and Y"); null when there is none.
    /// </summary>
    private static (int First, int Second)? JoinedPair(ArticleDocument document, Sentence sentence, Token pronoun)
    {
        var tokens = document.Tokens;
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 1); s--)
        {
            var (first, end) = document.SentenceMentions[s];
            var pronounAt = s == sentence.Index ? document.Sentences[s].Start + pronoun.Start : int.MaxValue;
            for (var m = end - 1; m > first; m--)
            {
                var right = document.Mentions[m];
                var left = document.Mentions[m - 1];
                if (tokens[right.Start].Start >= pronounAt || left.IsModifier || right.IsModifier || right.Start <= left.End
                    || tokens[left.End].Text != "and" || left.Entity == right.Entity || !OnlyTitleWords(tokens, left.End + 1, right.Start))
                {
                    continue;
                }

                var (a, b) = (document.Entities[left.Entity].Label, document.Entities[right.Entity].Label);
                if ((a == EntityLabel.Person) == (b == EntityLabel.Person) && a is EntityLabel.Person or EntityLabel.Country or EntityLabel.Organisation
                    && b is EntityLabel.Person or EntityLabel.Country or EntityLabel.Organisation)
                {
                    return (left.Entity, right.Entity);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The organisation "they" points back to when no pair was joined: the nearest one named in the plural ("the
    /// Houthis", "the Tories", "the Democrats"), or the state or group whose forces were named in the plural ("North
    /// Korean troops", "Hamas fighters"), before the pronoun in its sentence, or else in the sentence before. A name in
    /// the singular ("Hamas", "the UN") is "it", and a country is "it" too.
    /// </summary>
    private static int? PluralNamedOrganisation(ArticleDocument document, Sentence sentence, Token pronoun)
    {
        var tokens = document.Tokens;
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 1); s--)
        {
            var (first, end) = document.SentenceMentions[s];
            var pronounAt = s == sentence.Index ? document.Sentences[s].Start + pronoun.Start : int.MaxValue;
            for (var m = end - 1; m >= first; m--)
            {
                var mention = document.Mentions[m];
                var last = tokens[mention.End - 1].Text;
                var label = document.Entities[mention.Entity].Label;
                var pluralName = label == EntityLabel.Organisation && !mention.IsModifier
                    && last.Length > 3 && last[^1] == 's' && char.IsLower(last[^2]) && last[^2] is not ('s' or 'u' or 'a');
                // "North Korean troops were deployed ... where they fought X": a state's or group's forces in the plural.
                var pluralForces = label is EntityLabel.Country or EntityLabel.Organisation && mention.IsForce && mention.PhraseEnd > 0
                    && tokens[mention.PhraseEnd - 1].Text is { Length: > 3 } head && head[^1] == 's';
                if (tokens[mention.Start].Start < pronounAt && (pluralName || pluralForces))
                {
                    return mention.Entity;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the people (and, with <paramref name="organisationsToo"/>, organisations) named in apposition to a noun, with
    /// their conjuncts after a plural noun ("two X financiers, Y and Z"): its <c>appos</c> dependents, or the name set off by a comma right
    /// after it whatever the parse hung it on (a vocative, an unmarked oblique), unless that name opens a clause of its own
    /// as a subject ("..., Y said"). True when one was added.
    /// </summary>
    private static bool NamedAppositions(ArticleDocument document, AnalyzedSentence parse, List<MentionSpan> spans, int index, bool organisationsToo, List<int> entities)
    {
        // Found, not "added": a name another path already reached still stands in for the noun.
        var found = false;
        void AddNamed(int word)
        {
            if (MentionAt(spans, parse[word]) is { Mention.IsModifier: false } named
                && document.Entities[named.Entity].Label is var label && (label == EntityLabel.Person || (organisationsToo && label == EntityLabel.Organisation)))
            {
                found = true;
                AddOnce(entities, named.Entity);
                // Only a plural noun has several names in apposition ("two financiers, X and Y"); after a singular one a
                // second name is coordinated with the noun phrase ("the commander, X, and Y").
                foreach (var conjunct in parse[index].Xpos is "NNS" or "NNPS" ? parse.Dependents(word, "conj") : [])
                {
                    if (MentionAt(spans, conjunct) is { Mention.IsModifier: false } other && document.Entities[other.Entity].Label == label)
                    {
                        AddOnce(entities, other.Entity);
                    }
                }
            }
        }

        foreach (var appos in parse.Dependents(index, "appos"))
        {
            AddNamed(appos.Index);
        }

        if (!found && index + 2 <= parse.Count && parse[index + 1].Form == "," && parse[index + 2].Upos == "PROPN"
            && parse[index + 2].DepRel is "vocative" or "obl:unmarked" or "dep" or "appos" or "parataxis" or "list"
            && ClosedByPunctuation(parse, index + 2))
        {
            AddNamed(index + 2);
        }

        return found;
    }

    /// <summary>
    /// Whether the phrase of a name (with its conjuncts) ends the sentence or is closed by punctuation, as an apposition
    /// is ("two financiers, X and Y, were"), rather than going on as a clause ("..., X said").
    /// </summary>
    private static bool ClosedByPunctuation(AnalyzedSentence parse, int name)
    {
        var last = name;
        foreach (var word in parse.Subtree(name))
        {
            last = Math.Max(last, word);
        }

        return last == parse.Count || parse[last + 1].Upos == "PUNCT";
    }

    /// <summary>
    /// The head of an "including X" phrase after a plural noun that the parse hung on another word (not the noun itself),
    /// when no other plural noun stands between them; 0 when there is none.
    /// </summary>
    private static int DisplacedIncluding(AnalyzedSentence parse, int noun)
    {
        for (var k = noun + 1; k < parse.Count; k++)
        {
            var word = parse[k];
            if (word.Xpos is "NNS" or "NNPS")
            {
                return 0;
            }

            if (word.Form.Equals("including", StringComparison.OrdinalIgnoreCase) && word.DepRel == "case" && word.Head > k)
            {
                return word.Head;
            }
        }

        return 0;
    }

    /// <summary>Whether tokens [from, to) are all title words ("President", "Foreign Minister"): "X and President Y".</summary>
    private static bool OnlyTitleWords(List<KnowledgeGraph.Extraction.Token> tokens, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!Lexicon.IsTitleWord(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The two people "the two ministers" points back to: the last two different people named before it, in its sentence
    /// or the one before; null unless exactly two people are named there (three would make "the two" ambiguous).
    /// </summary>
    private static (int First, int Second)? LastTwoPeople(ArticleDocument document, Sentence sentence, Token noun, List<MentionSpan> spans)
    {
        var people = new List<int>(2);
        void Add(int entity)
        {
            if (document.Entities[entity].Label == EntityLabel.Person && !people.Contains(entity))
            {
                people.Add(entity);
            }
        }

        foreach (var span in spans)
        {
            if (span.End <= noun.Start && !span.Mention.IsModifier)
            {
                Add(span.Entity);
            }
        }

        if (people.Count < 2 && sentence.Index > 0)
        {
            var (first, end) = document.SentenceMentions[sentence.Index - 1];
            for (var m = first; m < end; m++)
            {
                if (!document.Mentions[m].IsModifier)
                {
                    Add(document.Mentions[m].Entity);
                }
            }
        }

        return people.Count == 2 ? (people[0], people[1]) : null;
    }

    /// <summary>
    /// The one armed group the article has shown under attack in an earlier sentence, by anyone, named or not ("coalition
    /// jets raided X's camps"); null when there is none or more than one. A strike with no target word in a
    /// campaign report ("flew raids over the valley") is against it (ANNOTATION-GUIDE: resolve a reference the article
    /// makes clear).
    /// </summary>
    private static int? ArticleEnemy(List<(int Entity, int Sentence)> attackedGroups, Sentence sentence)
    {
        int? enemy = null;
        foreach (var (entity, at) in attackedGroups)
        {
            if (at >= sentence.Index)
            {
                continue;
            }

            if (enemy is not null && enemy != entity)
            {
                return null;
            }

            enemy = entity;
        }

        return enemy;
    }

    /// <summary>A time word a target path can reach ("flew raids on Tuesday"): no target.</summary>
    private bool IsTimeWord(Token token) =>
        timeNoun.Contains(ArgumentPath.LemmaKey(token)) || Lexicon.Weekdays.Contains(token.Form) || Lexicon.Months.Contains(token.Form);

    /// <summary>
    /// An organisation of the lexicon's <c>armedActor</c> class itself (the article's enemy), not the actor gazetteer's
    /// other armed groups that <see cref="IsArmedActor"/> also takes.
    /// </summary>
    private bool IsArmedGroup(ArticleDocument document, int entity) => InArmedActorClass(document.Entities[entity]);

    /// <summary>
    /// The named person a first-person pronoun stands for. Inside a quotation: the person a verb of saying right before its
    /// opening mark or right after its closing mark attributes it to (X said: "I met Y"; "I met Y," X told reporters),
    /// null when that attribution names no person ("a diplomat said"). Otherwise, in a transcript turn ("FOREIGN MINISTER
    /// X: ... This morning I met Y"), the person whose surname ends the turn's label: one the article names, or one its
    /// title names in full after an office or "by" ("Remarks by Ambassador Y X"), who is then added. Null in the article's
    /// own voice and in a turn whose label names no one ("QUESTION:").
    /// </summary>
    private static int? SpeakerOf(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, Token pronoun)
    {
        var speech = document.Speech;
        var offset = DocumentOffset(document, sentence, parse, pronoun);
        if (offset >= 0 && speech.QuotationAt(offset) is { } quotation)
        {
            return AttributedSpeaker(document, quotation.Open, quotation.Close);
        }

        return speech.TurnSpeakerWord(document, sentence.Index) is { } surname ? PersonBySurname(document, surname) : null;
    }

    /// <summary>
    /// The character offset of a parsed word in the article: the word with the same form and the same number of equal
    /// forms before it in the sentence (names are collapsed in the parse, pronouns never), or -1.
    /// </summary>
    private static int DocumentOffset(ArticleDocument document, Sentence sentence, AnalyzedSentence parse, Token word)
    {
        var before = 0;
        for (var i = 1; i < word.Index; i++)
        {
            if (string.Equals(parse[i].Form, word.Form, StringComparison.Ordinal))
            {
                before++;
            }
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (string.Equals(document.Tokens[k].Text, word.Form, StringComparison.Ordinal) && before-- == 0)
            {
                return document.Tokens[k].Start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The named person a verb of saying next to a quotation attributes it to: among the four words before the opening mark
    /// (X said: "...") or the five after the closing mark ("...," X said; "...," said X), in the same sentence as the verb.
    /// </summary>
    private static int? AttributedSpeaker(ArticleDocument document, int open, int close)
    {
        var tokens = document.Tokens;
        var first = FirstTokenAtOrAfter(tokens, open);
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            if (AttributionForms.Contains(tokens[k].Text))
            {
                return NamedPersonNear(document, SentenceOfToken(document, k), k);
            }
        }

        var after = FirstTokenAtOrAfter(tokens, close + 1);
        for (var k = after; k < tokens.Count && k < after + 5; k++)
        {
            if (AttributionForms.Contains(tokens[k].Text))
            {
                return NamedPersonNear(document, SentenceOfToken(document, k), k);
            }
        }

        return null;
    }

    private static int FirstTokenAtOrAfter(List<KnowledgeGraph.Extraction.Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int SentenceOfToken(ArticleDocument document, int token)
    {
        int low = 0, high = document.Sentences.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (document.Sentences[middle].FirstToken <= token)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>A named person within three words of a verb of saying in the same sentence ("X said", "said X", "X, the minister, told").</summary>
    private static int? NamedPersonNear(ArticleDocument document, int sentence, int verb)
    {
        const int Reach = 3;
        var (first, end) = document.SentenceMentions[sentence];
        int? nearest = null;
        var distance = int.MaxValue;
        for (var m = first; m < end; m++)
        {
            var mention = document.Mentions[m];
            if (document.Entities[mention.Entity].Label != EntityLabel.Person || mention.IsRole)
            {
                continue;
            }

            var gap = mention.End <= verb ? verb - mention.End : mention.Start - verb - 1;
            if (gap >= 0 && gap <= Reach && gap < distance)
            {
                nearest = mention.Entity;
                distance = gap;
            }
        }

        return nearest;
    }

    /// <summary>The one person of the article whose name ends with the surname, else one the title names (see <see cref="PersonNamedInTitle"/>).</summary>
    private static int? PersonBySurname(ArticleDocument document, string surname)
    {
        int? found = null;
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            if (entity.Label == EntityLabel.Person && entity.Name.Length > surname.Length
                && entity.Name.EndsWith(surname, StringComparison.OrdinalIgnoreCase) && entity.Name[^(surname.Length + 1)] == ' ')
            {
                if (found is not null)
                {
                    return null;
                }

                found = e;
            }
        }

        return found ?? PersonNamedInTitle(document, surname);
    }

    /// <summary>
    /// A person the title names in full after an office or "by" ("Remarks by Ambassador Fiona X") by the surname a
    /// transcript label gives in capitals, added to the article's entities (the person is named in the article, but a
    /// title in title case names no one to the mention finder); null when the title has no such name.
    /// </summary>
    private static int? PersonNamedInTitle(ArticleDocument document, string surname)
    {
        // The article's own title when it has one (the text does not repeat it), else its first line, a headline.
        var title = document.Article.Title ?? (document.Sentences.Count > 0 ? document.SentenceText(document.Sentences[0]) : "");
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 1; w < words.Length; w++)
        {
            var given = words[w - 1];
            if (w < 2 || !words[w].TrimEnd(',', '.', ':').Equals(surname, StringComparison.OrdinalIgnoreCase) || given.Length < 2
                || !char.IsUpper(given[0]) || !given.Skip(1).All(char.IsLower) || Lexicon.IsTitleWord(given)
                || !(Lexicon.IsTitleWord(words[w - 2]) || words[w - 2].Equals("by", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var name = given + " " + words[w].TrimEnd(',', '.', ':');
            return EntityOrAdded(document, EntityLabel.Person, name, mentions: 1, [name]);
        }

        return null;
    }

    /// <summary>
    /// The nearest named antecedent of a pronoun: a person for he/she, a country or organisation for it, before the
    /// pronoun in its sentence or in the <see cref="PronounWindowSentences"/> sentences before it; the nearest wins.
    /// </summary>
    private static int? Antecedent(ArticleDocument document, Sentence sentence, Token pronoun, List<MentionSpan> spans, bool person, bool placeToo, int? excluded = null) =>
        Antecedent(document, sentence, pronoun, spans, entity => entity != excluded && PronounFits(document.Entities[entity].Label, person, placeToo));

    /// <summary>What a pronoun can stand for: a person for he/she; a state or organisation for it, and a place too where allowed.</summary>
    private static bool PronounFits(EntityLabel label, bool person, bool placeToo) =>
        person ? label == EntityLabel.Person : label is EntityLabel.Country or EntityLabel.Organisation || (placeToo && label is EntityLabel.Location or EntityLabel.Base);

    /// <summary>Whether the noun's phrase says "own" ("its own positions").</summary>
    private static bool HasOwn(AnalyzedSentence parse, int noun)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse[child].Form.Equals("own", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entity a verb's subject names directly, or through the name qualifying it ("Peruvian troops", "Peru's army"),
    /// or the subject of the verb it is conjoined with; null when none.
    /// </summary>
    private static int? SubjectEntity(AnalyzedSentence parse, List<MentionSpan> spans, int verb)
    {
        foreach (var subject in parse.Dependents(verb, "nsubj"))
        {
            if (MentionAt(spans, subject) is { } named)
            {
                return named.Entity;
            }

            foreach (var child in parse.Children(subject.Index))
            {
                if (parse[child].DepRel is "amod" or "compound" or "nmod:poss" && MentionAt(spans, parse[child]) is { } qualifier)
                {
                    return qualifier.Entity;
                }
            }
        }

        // "X crossed the border and attacked ...": a conjoined verb without a subject of its own shares its governor's.
        return parse[verb] is { DepRel: "conj", Head: > 0 } conjunct && !parse.HasDependent(verb, "nsubj") && parse[conjunct.Head].Upos == "VERB"
            ? SubjectEntity(parse, spans, conjunct.Head)
            : null;
    }

    private static int? Antecedent(ArticleDocument document, Sentence sentence, Token pronoun, List<MentionSpan> spans, Func<int, bool> Compatible)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (spans[i].End <= pronoun.Start && !spans[i].Mention.IsModifier && Compatible(spans[i].Entity))
            {
                return spans[i].Entity;
            }
        }

        // In an earlier sentence the first compatible mention wins: English puts the subject, the likeliest antecedent
        // of a pronoun or "the country" that opens the next sentence, first.
        for (var s = sentence.Index - 1; s >= Math.Max(0, sentence.Index - PronounWindowSentences); s--)
        {
            var (first, end) = document.SentenceMentions[s];
            for (var m = first; m < end; m++)
            {
                var mention = document.Mentions[m];
                if (!mention.IsModifier && Compatible(mention.Entity))
                {
                    return mention.Entity;
                }
            }
        }

        return null;
    }

    /// <summary>A polysemous trigger is an event of the frame only in its sense (see the frame files).</summary>
    private bool SenseHolds(ArticleDocument document, Frame frame, string lemma, AnalyzedSentence parse, int trigger, List<int> agents, List<int> targets, List<int> agentTokens, List<int> targetTokens)
    {
        if (!frame.Polysemous.Contains(lemma))
        {
            return true;
        }

        if (frame.SenseWords.TryGetValue(lemma, out var words))
        {
            // "-" in a sense list: the trigger with no object at all also has the sense ("X and Y also attended", of
            // the meeting the text has just named).
            // A participle's modified noun is its argument ("rockets fired at X", "airstrikes rained down on X").
            return AnyBelow(parse, trigger, words) || (words.Contains(NoObjectSense) && !parse.HasDependent(trigger, "obj"))
                || (words.Contains(PersonTargetSense) && targets.Exists(t => document.Entities[t].Label == EntityLabel.Person))
                || (parse[trigger] is { DepRel: "acl", Head: > 0 } participle && IsAnyOf(parse[participle.Head], words));
        }

        // "a trade war", "a diplomatic clash", "a war of words": the modifier names the field of a figurative fight.
        var nominal = parse[trigger].Upos == "NOUN" || parse[trigger].Xpos == "VBG";
        if (frame.Type == RelationshipType.Attacked && nominal && HasFigurativeModifier(parse, trigger))
        {
            return false;
        }

        // A base, a place or an installation as the target makes force literal: words are aimed at people and policies,
        // not at towns or refineries.
        // "blasted X for the sanctions", "attacked X over its policy": a reason given for it makes the verb criticism of
        // X (a capital then stands for its government), whatever X is.
        bool ViolentContext(bool objectToo) => AnyViolentOutside(parse, trigger, objectToo)
            || (!HasReasonAdjunct(parse, trigger) && targets.Exists(t => document.Entities[t].Label is EntityLabel.Base or EntityLabel.Location))
            || targetTokens.Exists(t => t > 0 && t <= parse.Count && IsAnyOf(parse[t], installation));
        var violentContext = ViolentContext(objectToo: false);
        bool IsPeople(int token) => token > 0 && token <= parse.Count && (leader.Contains(ArgumentPath.LemmaKey(parse[token])) || people.Contains(ArgumentPath.LemmaKey(parse[token])));

        return frame.Type switch
        {
            // A fight, campaign or operation with an armed group or an army on either side is not a war of words.
            // A war, fighting or clash between states, with no figurative modifier, is force ("the war between X and Y",
            // "fighting broke out between X and Y", "X and Y are fighting").
            RelationshipType.Attacked => violentContext || agents.Exists(a => IsArmedActor(document.Entities[a])) || targets.Exists(t => IsArmedActor(document.Entities[t]))
                || (nominal && agents.Count > 0 && targets.Count > 0
                    && agents.TrueForAll(a => document.Entities[a].Label == EntityLabel.Country)
                    && targets.TrueForAll(t => document.Entities[t].Label == EntityLabel.Country)
                    && !(targetTokens.Exists(IsPeople) && HasReasonForTheEvent(parse, trigger)))
                || StateAttackedState(document, parse, trigger, lemma, agents, targets, agentTokens, targetTokens),
            // The reason given for criticism and what is criticised may be violent ("slammed X for the raid", "blasted the
            // raid"): only violence elsewhere in the sentence makes the verb force.
            RelationshipType.Condemned => !ViolentContext(objectToo: true),
            // "talked about", "spoke at", "received criticism": a verb of speech or welcome is a meeting only with a person
            // on one side. The nouns ("held talks with", "a call with") already name the exchange.
            // An office or a delegation is people too ("the president received a delegation from X").
            _ => parse[trigger].Upos == "NOUN"
                || agents.Exists(a => document.Entities[a].Label == EntityLabel.Person) || targets.Exists(t => document.Entities[t].Label == EntityLabel.Person)
                || agentTokens.Exists(IsPeople) || targetTokens.Exists(IsPeople),
        };
    }

    /// <summary>
    /// "X attacked Y", both states named as themselves: a state's attack on a state is force. Words of a state are its
    /// officials' (then the subject is a person or an office, "the X minister attacked Y") and come with a reason ("attacked Y
    /// over its policy"), an instrument ("hit Y with tariffs") or a medium ("attacked Y in a speech"); a possessed object
    /// ("attacked Y's record") is what the words were aimed at.
    /// </summary>
    private bool StateAttackedState(ArticleDocument document, AnalyzedSentence parse, int trigger, string lemma, List<int> agents, List<int> targets,
        List<int> agentTokens, List<int> targetTokens)
    {
        if (lemma is not ("attack" or "strike") || parse[trigger].Upos != "VERB" || agents.Count == 0 || targets.Count == 0
            || !agents.TrueForAll(a => document.Entities[a].Label == EntityLabel.Country)
            || !targets.TrueForAll(t => document.Entities[t].Label == EntityLabel.Country)
            || HasReasonAdjunct(parse, trigger))
        {
            return false;
        }

        foreach (var child in parse.Children(trigger))
        {
            if (parse[child].DepRel is "obl" or "advmod" && (HasCase(parse, child, "with") || IsAnyOf(parse[child], medium) || IsAnyOf(parse[child], figurative)))
            {
                return false;
            }
        }

        return agentTokens.Count > 0 && targetTokens.Count > 0
            && agentTokens.TrueForAll(t => t > 0 && t <= parse.Count && parse[t].Upos == "PROPN")
            && targetTokens.TrueForAll(t => t > 0 && t <= parse.Count && parse[t].Upos == "PROPN");
    }

    /// <summary>
    /// Whether the verb gives a reason with "for" or "over" ("blasted X for the sanctions", "attacked X over its record"):
    /// not a time ("for hours", "over the weekend") and not a place flown over ("over Syria").
    /// </summary>
    private bool HasReasonAdjunct(AnalyzedSentence parse, int trigger)
    {
        if (parse[trigger].Upos != "VERB")
        {
            return false;
        }

        foreach (var child in parse.Children(trigger))
        {
            if (IsReasonPhrase(parse, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an event noun's clause gives a reason with "for" or "over" ("the X minister came under attack from Y over the
    /// budget"): on the noun itself or on the verb it is an argument of.
    /// </summary>
    private bool HasReasonForTheEvent(AnalyzedSentence parse, int trigger)
    {
        foreach (var child in parse.Children(trigger))
        {
            if (IsReasonPhrase(parse, child, nounModifierToo: true))
            {
                return true;
            }
        }

        return parse[trigger].Head > 0 && HasReasonAdjunct(parse, parse[trigger].Head);
    }

    /// <summary>
    /// A "for"/"over" oblique that gives a reason, not a time ("for hours", "over the weekend"); with
    /// <paramref name="nounModifierToo"/> also such a phrase on an event noun (<c>nmod</c>).
    /// </summary>
    private bool IsReasonPhrase(AnalyzedSentence parse, int child, bool nounModifierToo = false)
    {
        var word = parse[child];
        return (word.DepRel == "obl" || (nounModifierToo && word.DepRel == "nmod")) && word.Upos is "NOUN" or "VERB" && !IsAnyOf(word, timeNoun)
            && HasCase(parse, child, "for", "over");
    }

    /// <summary>Whether the event noun or gerund has a modifier of the lexicon's figurative class ("trade war", "war of words").</summary>
    private bool HasFigurativeModifier(AnalyzedSentence parse, int trigger)
    {
        foreach (var child in parse.Children(trigger))
        {
            // "fighting over tariffs": the gerund's oblique names the field as a noun's modifier does.
            if (parse[child].DepRel is "amod" or "compound" or "nmod" or "obl" && IsAnyOf(parse[child], figurative))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsArmedActor(EntityRecord entity) =>
        InArmedActorClass(entity)
        || (entity.Label == EntityLabel.Organisation && ActorGazetteer.Shared.TryGetOrganisation(entity.Name, out var entry) && entry.Kind == ActorOrganisationKind.ArmedGroup);

    private bool InArmedActorClass(EntityRecord entity) =>
        entity.Label == EntityLabel.Organisation && armedActor.Contains(entity.Name.ToLowerInvariant());

    /// <summary>
    /// Whether a word of the list depends on the trigger, directly or further down, outside a content clause: "warned X
    /// of retaliation" names force; "warned X that the war could be illegal" reports a claim, whatever words it uses.
    /// </summary>
    private static bool AnyBelow(AnalyzedSentence parse, int trigger, FrozenSet<string> lemmas)
    {
        foreach (var child in parse.Children(trigger))
        {
            var token = parse[child];
            // "warned X that Y would attack" parsed with the clause as a relative on the name X: a name takes no restrictive
            // "that" clause, so it is the content clause of the verb.
            var contentAfterName = token.DepRel == "acl:relcl" && parse[trigger].Upos == "PROPN"
                && parse.Children(child).Any(c => parse[c].Form.Equals("that", StringComparison.OrdinalIgnoreCase) && c < child);
            // A "that" clause the parse made adverbial is the content clause all the same.
            var contentAsAdverbial = token.DepRel == "advcl"
                && parse.Children(child).Any(c => parse[c].DepRel == "mark" && parse[c].Form.Equals("that", StringComparison.OrdinalIgnoreCase));
            if (token.DepRel is "ccomp" or "parataxis" || contentAfterName || contentAsAdverbial)
            {
                // "warned X that it would respond to any strike": the speaker's own future retaliation is a threat; so is a
                // response promised to a move of the one warned ("that any attack would be met with force").
                if (token.DepRel != "parataxis" && (IsOwnRetaliation(parse, child) || IsPromisedResponse(parse, child)))
                {
                    return true;
                }

                continue;
            }

            if (IsAnyOf(token, lemmas) || AnyBelow(parse, child, lemmas))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of a response by force or punishment, which "would be met with" and "would face" promise.</summary>
    private static readonly FrozenSet<string> ResponseNouns = new[]
    {
        "force", "response", "retaliation", "reprisal", "consequence", "consequences", "punishment", "revenge",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose object is what one is promised: "would receive a response", "would face consequences".</summary>
    private static readonly FrozenSet<string> ReceivingVerbs = new[] { "receive", "face", "draw", "invite", "provoke", "trigger", "meet" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A content clause that promises a response by force with no named actor of its own: "that any hostile move would be
    /// met with overwhelming force", "that any attempt would receive a decisive response", "that its warships were now
    /// legitimate targets" (reported speech shifts the tense back). The response must be what is promised: the "with"
    /// phrase of "be met", the object of a verb of receiving, or legitimate targets as the predicate; a response that is
    /// the subject ("that the response was too slow") is a report. The subject is no name and no phrase a name or
    /// nationality qualifies ("that the Malian army would respond with force" predicts what another party does). "That X
    /// would pay a (heavy) price" promises punishment to X, whoever X is.
    /// </summary>
    private static bool IsPromisedResponse(AnalyzedSentence parse, int clause)
    {
        var modalOrBe = false;
        var promised = false;
        var verb = parse[clause];
        var lemma = ArgumentPath.LemmaKey(verb);
        if (lemma == "pay" && parse.Children(clause).Any(c => parse[c].DepRel == "obj" && ArgumentPath.LemmaKey(parse[c]) == "price")
            && parse.Children(clause).Any(c => parse[c].DepRel == "aux" && IsFutureModal(parse[c])))
        {
            // "warned that X would pay a heavy price": the one who will pay is the one threatened, whoever it is.
            return true;
        }

        foreach (var child in parse.Children(clause))
        {
            var word = parse[child];
            if (word.DepRel is "nsubj" or "nsubj:pass" && (word.Upos == "PROPN" || IsQualifiedByAName(parse, child)))
            {
                return false;
            }

            modalOrBe |= word.DepRel is "aux" or "aux:pass" or "cop" && (IsFutureModal(word) || word.Form.ToLowerInvariant() is "are" or "is" or "were" or "was");
            promised |= (word.DepRel == "obl" && lemma == "meet" && ResponseNouns.Contains(word.Form) && HasCase(parse, child, "with"))
                || (word.DepRel == "obj" && ReceivingVerbs.Contains(lemma) && ResponseNouns.Contains(word.Form));
        }

        // "were now legitimate targets": the clause is the predicate nominal itself.
        promised |= verb.Upos == "NOUN" && verb.Form.ToLowerInvariant() is "target" or "targets"
            && parse.Children(clause).Any(c => parse[c].DepRel == "amod" && parse[c].Form.ToLowerInvariant() is "legitimate" or "fair" or "legal");
        return modalOrBe && promised;

        static bool IsQualifiedByAName(AnalyzedSentence parse, int noun) =>
            parse.Children(noun).Any(c => parse[c].DepRel is "amod" or "compound" or "nmod:poss" && parse[c].Form.Length > 0 && char.IsUpper(parse[c].Form[0]));
    }

    /// <summary>
    /// "use force", "use military force", "take military action", "resort to force": the set phrases of a party committing
    /// itself to force, as a verb of retaliation does.
    /// </summary>
    private static bool UsesForce(AnalyzedSentence parse, int verb)
    {
        var lemma = ArgumentPath.LemmaKey(parse[verb]);
        foreach (var child in parse.Children(verb))
        {
            var word = parse[child];
            var noun = ArgumentPath.LemmaKey(word);
            if ((lemma == "use" && word.DepRel == "obj" && noun == "force")
                || (lemma == "resort" && word.DepRel == "obl" && noun == "force" && HasCase(parse, child, "to"))
                || (lemma == "take" && word.DepRel == "obj" && noun == "action"
                    && parse.Children(child).Any(c => parse[c].DepRel == "amod" && ArgumentPath.LemmaKey(parse[c]) == "military")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of striking back, which a party's "it would ..." commits it to.</summary>
    private static readonly FrozenSet<string> RetaliationVerbs = new[] { "respond", "retaliate", "strike", "hit", "attack", "punish", "avenge" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A content clause in which the speaker commits itself to striking back: a pronoun subject ("it", "we", "they"), "will"
    /// or "would", and a verb of retaliation ("that it would respond to any strike"). A prediction about another party
    /// ("that Iran would attack") is not a threat by the speaker.
    /// </summary>
    private static bool IsOwnRetaliation(AnalyzedSentence parse, int clause)
    {
        if (!RetaliationVerbs.Contains(ArgumentPath.LemmaKey(parse[clause])) && !UsesForce(parse, clause))
        {
            return false;
        }

        var pronounSubject = false;
        var modal = false;
        foreach (var child in parse.Children(clause))
        {
            var word = parse[child];
            pronounSubject |= word.DepRel == "nsubj" && word.Upos == "PRON" && word.Form.ToLowerInvariant() is "it" or "we" or "they" or "i";
            modal |= word.DepRel == "aux" && IsFutureModal(word);
        }

        return pronounSubject && modal;
    }

    /// <summary>Verbs of saying whose content clause can carry a speaker's threat ("said it would retaliate").</summary>
    private static readonly FrozenSet<string> ThreatSpeechVerbs = new[]
    {
        "say", "tell", "announce", "declare", "state", "insist", "vow", "warn", "pledge", "promise", "add",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The verb of saying (1-based) whose content clause the retaliation trigger heads when the speaker commits itself
    /// ("X said it would retaliate against Y": a pronoun subject, "will" or "would", a frame of threat only); 0 otherwise.
    /// </summary>
    private static int SpokenOwnRetaliation(AnalyzedSentence parse, int trigger, string lemma, IReadOnlyList<Frame> frames)
    {
        var token = parse[trigger];
        if (token.DepRel != "ccomp" || token.Head == 0 || !RetaliationVerbs.Contains(lemma) || !frames.All(f => f.Type == RelationshipType.Threatened)
            || !ThreatSpeechVerbs.Contains(ArgumentPath.LemmaKey(parse[token.Head])))
        {
            return 0;
        }

        return IsOwnRetaliation(parse, trigger) ? token.Head : 0;
    }

    /// <summary>"will", "would", "shall" and their contractions: what a speaker commits to.</summary>
    private static bool IsFutureModal(Token word) => word.Form.ToLowerInvariant() is "would" or "will" or "'d" or "'ll" or "shall";

    /// <summary>
    /// A word of violence in the sentence other than the trigger (a word violent only as a noun, "forces", "fire", does not
    /// count as a verb: "forcing a shutdown", "fired the minister"), outside the trigger's reason phrase and, with
    /// <paramref name="objectToo"/>, its object: what a verb of criticism blames, or is aimed at, may be an act of force
    /// ("slammed X for the raid", "blasted the raid").
    /// </summary>
    private bool AnyViolentOutside(AnalyzedSentence parse, int trigger, bool objectToo)
    {
        for (var i = 1; i <= parse.Count; i++)
        {
            if (i == trigger || !IsAnyOf(parse[i], violent) || (parse[i].Upos == "VERB" && violentAsNounOnly.Contains(ArgumentPath.LemmaKey(parse[i]))))
            {
                continue;
            }

            var inside = false;
            foreach (var child in parse.Children(trigger))
            {
                if (((objectToo && parse[child].DepRel == "obj") || IsReasonPhrase(parse, child)) && parse.IsDescendantOf(i, child))
                {
                    inside = true;
                    break;
                }
            }

            if (!inside)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(AnalyzedSentence parse, int except, FrozenSet<string> lemmas)
    {
        for (var i = 1; i <= parse.Count; i++)
        {
            if (i != except && IsAnyOf(parse[i], lemmas))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word's lemma or form is listed, or the singular its plural form spells ("bases", lemmatised "basis").</summary>
    private static bool IsAnyOf(Token token, FrozenSet<string> words)
    {
        if (words.Contains(ArgumentPath.LemmaKey(token)))
        {
            return true;
        }

        var lower = token.Form.ToLowerInvariant();
        return words.Contains(lower) || (SpelledSingular(lower) is { } singular && words.Contains(singular));
    }

    /// <summary>The singular a lower-case plural form spells ("bases" → "base"), or null for a word not ending in -s.</summary>
    private static string? SpelledSingular(string lower) => lower.Length > 3 && lower[^1] == 's' ? lower[..^1] : null;

    private static void AddOnce(List<int> entities, int entity)
    {
        if (!entities.Contains(entity))
        {
            entities.Add(entity);
        }
    }

    /// <returns>True when the rule gave at least one edge (new or already emitted by another rule).</returns>
    private bool Emit(ArticleDocument document, Sentence sentence, Frame frame, FrameRule rule, string trigger, DateOnly? date, List<int> agents, List<int> targets, HashSet<(RelationshipType, int, int, int)> seen, List<ExtractedRelationship> output)
    {
        var targetLabels = rule.TargetLabels ?? frame.TargetLabels;
        var gave = false;
        foreach (var agent in agents)
        {
            foreach (var target in targets)
            {
                if (agent == target)
                {
                    continue;
                }

                Add(agent, target);
                if (rule.Reciprocal || (rule.Pairs.Count > 0 && !frame.Symmetric))
                {
                    Add(target, agent);
                }
            }
        }

        return gave;

        void Add(int start, int end)
        {
            // A capital in a role a place cannot have is its government: "Kyiv condemned Moscow", "sanctions on
            // Tehran"; in "missiles hit Kyiv" it stays the place.
            if (!frame.AgentLabels.Contains(document.Entities[start].Label) && StateOfCapital(document, start) is { } agentState)
            {
                start = agentState;
            }

            if (!targetLabels.Contains(document.Entities[end].Label) && StateOfCapital(document, end) is { } targetState)
            {
                end = targetState;
            }

            // A state's own named forces act for the state.
            start = StateOfForce(document, start);
            end = StateOfForce(document, end);

            var a = document.Entities[start];
            var b = document.Entities[end];
            if (start == end || !frame.AgentLabels.Contains(a.Label) || !targetLabels.Contains(b.Label)
                || (frame.Type == RelationshipType.Attacked && IsOpenWater(b)))
            {
                return;
            }

            gave = true;
            var (startId, endId) = (a.Id, b.Id);
            if (frame.Symmetric && string.CompareOrdinal(startId, endId) > 0)
            {
                (startId, endId, start, end) = (endId, startId, end, start);
            }

            if (seen.Add((frame.Type, start, end, sentence.Index)))
            {
                output.Add(new ExtractedRelationship(frame.Type, startId, endId, sentence.Index, document.SentenceText(sentence), trigger, date) { Rule = rule.Id });
            }
        }
    }
    /// <summary>
    /// The one state a person has led or served in government (the actor gazetteer's GOV roles, any date; by full name, or
    /// by surname when everyone of that surname governed the same state), as an entity of the article, added if the
    /// article does not name it; null for a person the gazetteer does not know or who governed in more than one state.
    /// </summary>
    private static int? StateGovernedBy(ArticleDocument document, int entity)
    {
        var record = document.Entities[entity];
        foreach (var surface in record.Surfaces.Prepend(record.Name))
        {
            if (ActorGazetteer.Shared.TryGetPerson(surface, out var person))
            {
                return GovernedState(person) is { Length: > 0 } state ? CountryEntity(document, state, record) : null;
            }

            if (GovernedStatesBySurname.Value.TryGetValue(surface, out var states))
            {
                // People of one surname who governed different states: the one state of them the article names.
                var named = states.Length == 1 ? states[0]
                    : states.SingleOrDefault(candidate => document.Entities.Exists(e => e.Label == EntityLabel.Country && e.Name == candidate)) ?? "";
                return named.Length > 0 ? CountryEntity(document, named, record) : null;
            }
        }

        return null;
    }

    /// <summary>The one state of a person's GOV roles; "" for several, null for none.</summary>
    private static string? GovernedState(PersonEntry person)
    {
        string? state = null;
        foreach (var role in person.Roles)
        {
            if (role.Code == "GOV")
            {
                if (state is not null && state != role.Country)
                {
                    return "";
                }

                state = role.Country;
            }
        }

        return state;
    }

    /// <summary>
    /// For each last name of the gazetteer's people who governed one state, the states people of that name governed:
    /// "the X administration" names its leader by surname alone.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, string[]>> GovernedStatesBySurname = new(() =>
    {
        var states = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in ActorGazetteer.Shared.People)
        {
            if (GovernedState(person) is not { Length: > 0 } state)
            {
                continue;
            }

            var surname = person.Name[(person.Name.LastIndexOf(' ') + 1)..];
            (states.TryGetValue(surname, out var set) ? set : states[surname] = new SortedSet<string>(StringComparer.Ordinal)).Add(state);
        }

        return states.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>The article's entity for a state, added (with the mentions and surfaces of the entity that names it) when the article has none.</summary>
    private static int CountryEntity(ArticleDocument document, string state, EntityRecord namedBy) =>
        EntityOrAdded(document, EntityLabel.Country, state, namedBy.Mentions, namedBy.Surfaces);

    /// <summary>The article's entity of that label and name, added (with those mentions and surfaces) when it has none.</summary>
    private static int EntityOrAdded(ArticleDocument document, EntityLabel label, string name, int mentions, IEnumerable<string> surfaces)
    {
        var id = NodeIds.ForEntity(label, name);
        var index = EntityIndex(document, id);
        if (index < 0)
        {
            index = document.Entities.Count;
            var added = new EntityRecord(label, name, id) { Mentions = mentions };
            added.Surfaces.UnionWith(surfaces);
            document.Entities.Add(added);
        }

        return index;
    }

    private static void DropRepeats(List<int> entities, int from)
    {
        for (var k = entities.Count - 1; k > from; k--)
        {
            if (entities.IndexOf(entities[k], from) < k)
            {
                entities.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// The state a named state force or organ acts for, as an entity of the article; the entity itself otherwise. Named
    /// forces are listed (lexicon <c>stateForce</c>); an organ is read from its name: a state's name or adjective and
    /// nothing else but organ words (lexicon <c>stateOrgan</c>: "Government of X", "the X Army", "X Armed Forces").
    /// </summary>
    private int StateOfForce(ArticleDocument document, int entity)
    {
        var record = document.Entities[entity];
        if (record.Label != EntityLabel.Organisation)
        {
            return entity;
        }

        return stateForces.TryGetValue(record.Name, out var state) || (state = StateOfOrganName(record.Name)) is not null
            ? CountryEntity(document, state, record)
            : entity;
    }

    /// <summary>
    /// The state an organisation's name makes it an organ of, or null: the name is organ words (at least one that is
    /// not a connector) around one state's name or adjective ("Government of X", "Xian Army", "Xian Ministry of
    /// Defence"). Any other word ("Free", "Democratic", "Regional") makes it a different body: a rebel army, a region's
    /// government.
    /// </summary>
    private string? StateOfOrganName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var organ = false;
        int first = -1, last = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            if (word is "of" or "the" or "and" or "'s")
            {
                continue;
            }

            if (stateOrgan.Contains(word))
            {
                organ = true;
                continue;
            }

            if (first >= 0 && last != i - 1)
            {
                return null;
            }

            first = first < 0 ? i : first;
            last = i;
        }

        // A name the actor gazetteer knows is a body of its own (a party or armed group may carry a state's name).
        if (!organ || first < 0 || ActorGazetteer.Shared.TryGetOrganisation(name, out _))
        {
            return null;
        }

        var rest = string.Join(' ', words, first, last - first + 1);
        return Gazetteer.Instance.TryGet(rest, out var entry) && entry.Label == EntityLabel.Country && entry.Kind is GazetteerKind.Name or GazetteerKind.Adjective
            ? entry.Canonical
            : null;
    }

    /// <summary>Sea words that name open water: "the Sea of Japan", "the Red Sea", "the Gulf of Aden", "the Strait of Hormuz".</summary>
    private static readonly FrozenSet<string> OpenWaterWords = new[] { "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Channel" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Open water is where missiles fall and ships sail, not what is hit ("fired missiles into the Sea of Japan"; the guide:
    /// a named place is ATTACKED only when it is what was hit): a Location in no country whose name ends with a sea word or
    /// opens with one and "of".
    /// </summary>
    private static bool IsOpenWater(EntityRecord place)
    {
        // A place the gazetteer puts in a country is land ("Walvis Bay", a town); seas lie in none.
        if (place.Label != EntityLabel.Location || place.Country is not null)
        {
            return false;
        }

        var name = place.Name;
        var space = name.LastIndexOf(' ');
        var firstSpace = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && (OpenWaterWords.Contains(name[(space + 1)..])
            || (OpenWaterWords.Contains(name[..firstSpace]) && name.AsSpan(firstSpace + 1).StartsWith("of ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The state whose capital or seat of government a Location is (from the country gazetteer), as an entity of the
    /// article, added when the article names it only through its capital; null for any other place.
    /// </summary>
    private static int? StateOfCapital(ArticleDocument document, int entity)
    {
        var record = document.Entities[entity];
        if (record.Label != EntityLabel.Location)
        {
            return null;
        }

        string? state = null;
        foreach (var surface in record.Surfaces.Prepend(record.Name))
        {
            if (Gazetteer.Instance.TryGet(surface, out var entry) && entry.Label == EntityLabel.Country && entry.Kind is GazetteerKind.Capital or GazetteerKind.Seat)
            {
                state = entry.Canonical;
                break;
            }
        }

        return state is null ? null : CountryEntity(document, state, record);
    }
}

/// <summary>Surface forms a trigger lemma can take, to decide cheaply whether a sentence is worth parsing.</summary>
internal static class TriggerInflections
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["strike"] = ["struck", "stricken"], ["meet"] = ["met"], ["fight"] = ["fought"], ["shoot"] = ["shot"],
        ["hit"] = ["hit"], ["slay"] = ["slew", "slain"], ["freeze"] = ["froze", "frozen"], ["speak"] = ["spoke", "spoken"],
        ["hold"] = ["held"], ["overrun"] = ["overran"], ["launch"] = ["launched"], ["gun"] = ["gunned", "gunning"],
        ["die"] = ["died", "dying", "dies"], ["battle"] = ["battled", "battling"], ["blitz"] = ["blitzed"],
        ["embargo"] = ["embargoed", "embargoes"], ["torpedo"] = ["torpedoed", "torpedoes"], ["criticise"] = ["criticised"],
        ["retake"] = ["retook", "retaken"], ["sink"] = ["sank", "sunk"], ["shake"] = ["shook", "shaken"], ["sit"] = ["sat"], ["drive"] = ["drove", "driven"],
    };

    private static readonly FrozenDictionary<string, string> LemmaOfIrregularForm = Irregular
        .SelectMany(pair => pair.Value.Select(form => (Form: form, Lemma: pair.Key)))
        .GroupBy(pair => pair.Form, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(group => group.Key, group => group.First().Lemma, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The trigger lemma of an irregular form the lemmatiser, trained on web text, may not know ("retook" → retake);
    /// the lemma it gave otherwise.
    /// </summary>
    public static string TriggerLemma(string form, string lemma) =>
        LemmaOfIrregularForm.TryGetValue(form, out var known) ? known : lemma;

    /// <summary>
    /// The past-tense and past-participle forms of the lemmas ("attacked", "shelled", "struck", "fought"): verb forms
    /// whatever the lemma's noun ("an attack", "a strike") is. Irregular forms that are also nouns ("hit", "shot") are left out.
    /// </summary>
    public static FrozenSet<string> PastOf(IEnumerable<string> lemmas)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in lemmas)
        {
            forms.Add(lemma.EndsWith('e') ? lemma + "d" : lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal) ? lemma[..^1] + "ied" : lemma + "ed");
            if (DoublesFinalConsonant(lemma))
            {
                forms.Add(lemma + lemma[^1] + "ed");
            }

            if (Irregular.TryGetValue(lemma, out var irregular))
            {
                forms.UnionWith(irregular.Where(form => !NounLikeIrregularForms.Contains(form) && !form.EndsWith("ing", StringComparison.Ordinal) && !form.EndsWith('s')));
            }
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A lemma ending in one vowel and a consonant, which may double it before -ed and -ing ("ban" → "banned").</summary>
    private static bool DoublesFinalConsonant(string lemma) =>
        lemma.Length >= 3 && !"aeiouwxy".Contains(lemma[^1], StringComparison.Ordinal) && "aeiou".Contains(lemma[^2], StringComparison.Ordinal);

    // Irregular past forms English also uses as nouns or adjectives ("a direct hit", "a shot", "stricken areas").
    private static readonly FrozenSet<string> NounLikeIrregularForms = new[] { "hit", "shot", "stricken", "frozen" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// One of those forms right before a word of result ("shot dead", "shot down"): then it is the verb, as no noun
    /// takes "dead" or "down" after it.
    /// </summary>
    public static bool IsPastBeforeResult(string form, string next) =>
        next is "dead" or "down" && NounLikeIrregularForms.Contains(form);

    public static FrozenSet<string> Of(IEnumerable<string> lemmas)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in lemmas)
        {
            forms.Add(lemma);
            forms.Add(lemma + "s");
            forms.Add(lemma + "es");
            forms.Add(lemma + "ed");
            forms.Add(lemma + "d");
            forms.Add(lemma + "ing");
            if (lemma.EndsWith('e'))
            {
                forms.Add(lemma[..^1] + "ing");
            }

            if (lemma.EndsWith('y'))
            {
                forms.Add(lemma[..^1] + "ies");
                forms.Add(lemma[..^1] + "ied");
            }

            // Doubled final consonant: "ban" → "banned", "shell" → "shelled" is regular, "occupy" handled above.
            if (DoublesFinalConsonant(lemma))
            {
                forms.Add(lemma + lemma[^1] + "ed");
                forms.Add(lemma + lemma[^1] + "ing");
            }

            if (Irregular.TryGetValue(lemma, out var irregular))
            {
                forms.UnionWith(irregular);
            }
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
