using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Frames;

/// <summary>Where a trigger word stands in its clause: a verb ("attacked"), an event noun ("the attack") or a predicate adjective ("critical of").</summary>
internal enum TriggerForm : byte
{
    Verb,
    Noun,
    Adjective,
}

/// <summary>One argument rule of a frame: where the agent and target sit relative to the trigger in the parse.</summary>
internal sealed record FrameRule(
    string Id,
    TriggerForm Form,
    FrozenSet<string>? Lemmas,
    IReadOnlyList<ArgumentPath> Agent,
    IReadOnlyList<ArgumentPath> Target,
    IReadOnlyList<ArgumentPath> Pairs,
    bool Reciprocal,
    IReadOnlySet<EntityLabel>? TargetLabels)
{
    /// <summary>
    /// Earlier rules of the same frame that, when they give an edge for the same trigger, make this one a fallback that does
    /// not apply ("the host country" when the leader met is named).
    /// </summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>
    /// An event this rule finds with an agent and no target word at all ("X also flew raids over the valley") is against the
    /// one enemy the article has already shown under attack (see FrameRelationRecognizer.ArticleEnemy).
    /// </summary>
    public bool ImplicitTarget { get; init; }

    /// <summary>Trigger lemmas this rule does not apply to (a rule for all of a frame's nouns but a few).</summary>
    public FrozenSet<string>? ExceptLemmas { get; init; }
}

/// <summary>A relationship type as data: its triggers, the labels its ends may have, sense constraints and rules.</summary>
internal sealed record Frame(
    RelationshipType Type,
    bool Symmetric,
    IReadOnlySet<EntityLabel> AgentLabels,
    IReadOnlySet<EntityLabel> TargetLabels,
    FrozenSet<string> Verbs,
    FrozenSet<string> Nouns,
    FrozenSet<string> Adjectives,
    FrozenSet<string> Polysemous,
    FrozenDictionary<string, FrozenSet<string>> SenseWords,
    IReadOnlyList<FrameRule> Rules)
{
    /// <summary>
    /// The rule (id only, no paths) under which "Y followed suit" or "Y did the same" gives Y this frame's edge of the
    /// event just reported; null when the frame's edges are not copied that way (see lexicon.json "replication").
    /// </summary>
    public FrameRule? Replication { get; init; }

    /// <summary>The argument rules and, when there is one, the replication rule: every rule id the frame can store.</summary>
    public IEnumerable<FrameRule> AllRules => Replication is { } replication ? [.. Rules, replication] : Rules;
}

/// <summary>A frame file or the lexicon is malformed: the message names the resource and the reason.</summary>
public sealed class FrameCatalogException(string message) : Exception(message);

/// <summary>
/// The frames (one JSON file per relationship type under <c>Frames/Data</c>) and the word classes they share
/// (<c>lexicon.json</c>), loaded from the assembly and validated once: unknown types, labels, relations, classes or
/// duplicate rule ids fail at start with the file named, never at the first article that needs them.
/// </summary>
internal sealed class FrameCatalog
{
    private const string ResourcePrefix = "KnowledgeGraph.Extraction.Frames.Data.";

    private static readonly Lazy<FrameCatalog> Shared = new(
        () => Load(typeof(FrameCatalog).Assembly), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private FrameCatalog(FrozenDictionary<string, FrozenSet<string>> classes, IReadOnlyList<Frame> frames)
    {
        Classes = classes;
        Frames = frames;
        var verbs = new Dictionary<string, List<Frame>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, List<Frame>>(StringComparer.Ordinal);
        var adjectives = new Dictionary<string, List<Frame>>(StringComparer.Ordinal);
        foreach (var frame in frames)
        {
            foreach (var lemma in frame.Adjectives)
            {
                (adjectives.TryGetValue(lemma, out var list) ? list : adjectives[lemma] = []).Add(frame);
            }

            foreach (var lemma in frame.Verbs)
            {
                (verbs.TryGetValue(lemma, out var list) ? list : verbs[lemma] = []).Add(frame);
            }

            foreach (var lemma in frame.Nouns)
            {
                (nouns.TryGetValue(lemma, out var list) ? list : nouns[lemma] = []).Add(frame);
            }
        }

        VerbFrames = verbs.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<Frame>)[.. pair.Value], StringComparer.Ordinal);
        NounFrames = nouns.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<Frame>)[.. pair.Value], StringComparer.Ordinal);
        AdjectiveFrames = adjectives.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<Frame>)[.. pair.Value], StringComparer.Ordinal);
        Triggers = verbs.Keys.Concat(nouns.Keys).ToFrozenSet(StringComparer.Ordinal);
        AdjectiveTriggers = adjectives.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        triggerForms = new(() => TriggerInflections.Of(Triggers).Union(AdjectiveTriggers).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        implicitTargetForms = new(() => TriggerInflections.Of(Frames
                .SelectMany(frame => frame.Rules.Where(rule => rule.ImplicitTarget).SelectMany(rule =>
                    (rule.Lemmas ?? (IEnumerable<string>)(rule.Form == TriggerForm.Noun ? frame.Nouns : frame.Verbs))
                        .Where(lemma => rule.ExceptLemmas is null || !rule.ExceptLemmas.Contains(lemma)))))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        nounForms = new(() => nouns.Keys
            .SelectMany(noun => new[] { noun, noun + "s", noun + "es", noun.EndsWith('y') ? noun[..^1] + "ies" : noun })
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        triggerLemmaOfForm = new(() => Triggers
            .SelectMany(lemma => TriggerInflections.Of([lemma]).Select(form => (Form: form, Lemma: lemma)))
            .GroupBy(pair => pair.Form, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Select(pair => pair.Lemma).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(group => group.Key, group => group.First().Lemma, StringComparer.OrdinalIgnoreCase));
        pastVerbForms = new(() => TriggerInflections.PastOf(verbs.Keys));
        nounOnlyForms = new(() => Class("nounOnly")
            .SelectMany(noun => new[] { noun, noun.EndsWith("man", StringComparison.Ordinal) ? noun[..^3] + "men" : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s" })
            .ToFrozenSet(StringComparer.Ordinal));
        // Looked up once, not per word of every parsed sentence.
        adjectiveOnlyForms = new(() => Class("adjectiveOnly"));
        ingAdjectives = new(() => Class("ingAdjective"));
        verbOnlyForms = new(() => TriggerInflections.Of(Class("verbOnly"))
            .Where(form => !form.EndsWith("ing", StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        agentiveGerunds = new(() => TriggerInflections.Of(Class("agentive"))
            .Where(form => form.EndsWith("ing", StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private readonly Lazy<FrozenSet<string>> agentiveGerunds;

    /// <summary>
    /// The -ing forms of the lexicon's agentive verbs ("imposing", "launching", "conducting"), which after a preposition are
    /// gerunds with an object ("joined Y in imposing sanctions"), not adjectives ("an imposing building"). Built on first use.
    /// </summary>
    public FrozenSet<string> AgentiveGerunds => agentiveGerunds.Value;

    private readonly Lazy<FrozenSet<string>> triggerForms;
    private readonly Lazy<FrozenSet<string>> implicitTargetForms;

    /// <summary>Every surface form of the triggers of rules with an implicit target (case-insensitive): the sentences worth parsing for the article's enemy alone.</summary>
    public FrozenSet<string> ImplicitTargetForms => implicitTargetForms.Value;
    private readonly Lazy<FrozenSet<string>> nounForms;

    /// <summary>The singular and plural forms of the frames' event nouns ("attack", "attacks", "talks"), case-insensitive.</summary>
    public FrozenSet<string> NounForms => nounForms.Value;
    private readonly Lazy<FrozenDictionary<string, string>> triggerLemmaOfForm;

    /// <summary>The trigger lemma of each inflected form that only one trigger lemma can take ("shelled" → shell), case-insensitive.</summary>
    public FrozenDictionary<string, string> TriggerLemmaOfForm => triggerLemmaOfForm.Value;
    private readonly Lazy<FrozenSet<string>> verbOnlyForms;

    /// <summary>Every surface form a trigger lemma can take (case-insensitive), to decide cheaply whether a sentence is worth parsing.</summary>
    public FrozenSet<string> TriggerForms => triggerForms.Value;

    /// <summary>
    /// The inflected forms (not the -ing forms: "the killing", "a meeting" are nouns) of the lexicon's verbOnly lemmas,
    /// which English uses only as verbs. Built on first use: a catalog without that class (tests) never needs it.
    /// </summary>
    public FrozenSet<string> VerbOnlyForms => verbOnlyForms.Value;
    private readonly Lazy<FrozenSet<string>> nounOnlyForms;
    private readonly Lazy<FrozenSet<string>> adjectiveOnlyForms;
    private readonly Lazy<FrozenSet<string>> ingAdjectives;
    private readonly Lazy<FrozenSet<string>> pastVerbForms;

    /// <summary>The past forms of the frames' verb triggers ("attacked", "struck"), which are verbs whatever the lemma's noun. Case-insensitive.</summary>
    public FrozenSet<string> PastVerbForms => pastVerbForms.Value;

    /// <summary>
    /// The singular and plural forms, lower case, of the lexicon's nounOnly lemmas (office nouns: "secretary",
    /// "ministers"), which English uses only as nouns. Built on first use.
    /// </summary>
    public FrozenSet<string> NounOnlyForms => nounOnlyForms.Value;

    /// <summary>The lexicon's adjectiveOnly words ("guilty"), hinted adjectives wherever they stand.</summary>
    public FrozenSet<string> AdjectiveOnlyForms => adjectiveOnlyForms.Value;

    /// <summary>The lexicon's ingAdjective words ("sweeping"), hinted adjectives before an event noun.</summary>
    public FrozenSet<string> IngAdjectives => ingAdjectives.Value;

    public static FrameCatalog Instance => Shared.Value;

    public FrozenDictionary<string, FrozenSet<string>> Classes { get; }

    public IReadOnlyList<Frame> Frames { get; }

    public FrozenDictionary<string, IReadOnlyList<Frame>> VerbFrames { get; }

    public FrozenDictionary<string, IReadOnlyList<Frame>> NounFrames { get; }

    public FrozenDictionary<string, IReadOnlyList<Frame>> AdjectiveFrames { get; }

    /// <summary>The frames' predicate adjectives ("critical"): triggers that are never hinted as nouns or verbs.</summary>
    public FrozenSet<string> AdjectiveTriggers { get; }

    /// <summary>Every trigger lemma of every frame: a sentence without one holds no event and is not parsed.</summary>
    public FrozenSet<string> Triggers { get; }

    public FrozenSet<string> Class(string name) =>
        Classes.TryGetValue(name, out var set) ? set : throw new FrameCatalogException($"lexicon.json: no word class '{name}'.");

    /// <summary>Every rule id of every frame, for <c>eval --by-rule</c> and documentation.</summary>
    public IEnumerable<string> RuleIds => Frames.SelectMany(frame => frame.AllRules).Select(rule => rule.Id);

    internal static FrameCatalog Load(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        string Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var lexiconName = ResourcePrefix + "lexicon.json";
        if (!names.Contains(lexiconName, StringComparer.Ordinal))
        {
            throw new FrameCatalogException("Frames/Data/lexicon.json is missing from the extraction assembly.");
        }

        return Parse(Read(lexiconName), names.Where(n => n != lexiconName).Select(n => (n[ResourcePrefix.Length..], Read(n))));
    }

    /// <summary>Builds a catalog from the lexicon text and (file name, text) pairs; throws naming the file on any error.</summary>
    internal static FrameCatalog Parse(string lexiconJson, IEnumerable<(string File, string Json)> frameFiles)
    {
        var classes = ParseLexicon(lexiconJson);
        var frames = new List<Frame>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<RelationshipType>();
        foreach (var (file, json) in frameFiles)
        {
            try
            {
                var frame = ParseFrame(json, classes);
                if (!types.Add(frame.Type))
                {
                    throw new FrameCatalogException($"a second frame for {frame.Type.ToGraphType()}.");
                }

                foreach (var rule in frame.AllRules)
                {
                    if (!ruleIds.Add(rule.Id))
                    {
                        throw new FrameCatalogException($"rule id '{rule.Id}' is used twice.");
                    }
                }

                frames.Add(frame);
            }
            catch (Exception ex) when (ex is JsonException or FrameCatalogException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FrameCatalogException($"Frames/Data/{file}: {ex.Message}");
            }
        }

        return new FrameCatalog(classes, frames);
    }

    private static FrozenDictionary<string, FrozenSet<string>> ParseLexicon(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            var classes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.GetProperty("classes").EnumerateObject())
            {
                classes[property.Name] = Strings(property.Value).ToFrozenSet(StringComparer.Ordinal);
            }

            return classes.ToFrozenDictionary(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FrameCatalogException($"Frames/Data/lexicon.json: {ex.Message}");
        }
    }

    private static Frame ParseFrame(string json, FrozenDictionary<string, FrozenSet<string>> classes)
    {
        using var document = JsonDocument.Parse(json, JsonOptions);
        var root = document.RootElement;
        var typeName = root.GetProperty("type").GetString() ?? "";
        if (!GraphVocabulary.TryParseType(typeName, out var type))
        {
            throw new FrameCatalogException($"'{typeName}' is not an extractable relationship type.");
        }

        var triggers = root.GetProperty("triggers");
        var verbs = Strings(triggers, "verbs").ToFrozenSet(StringComparer.Ordinal);
        var nouns = Strings(triggers, "nouns").ToFrozenSet(StringComparer.Ordinal);
        var adjectives = triggers.TryGetProperty("adjectives", out _) ? Strings(triggers, "adjectives").ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
        var polysemous = Strings(root, "polysemous").ToFrozenSet(StringComparer.Ordinal);
        foreach (var lemma in polysemous.Where(l => !verbs.Contains(l) && !nouns.Contains(l)))
        {
            throw new FrameCatalogException($"polysemous '{lemma}' is not one of the frame's triggers.");
        }

        var senseWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        if (root.TryGetProperty("senseWords", out var senses))
        {
            foreach (var sense in senses.EnumerateObject())
            {
                if (!polysemous.Contains(sense.Name))
                {
                    throw new FrameCatalogException($"senseWords for '{sense.Name}', which is not listed as polysemous.");
                }

                senseWords[sense.Name] = Strings(sense.Value).ToFrozenSet(StringComparer.Ordinal);
            }
        }

        var agentLabels = Labels(root, "agentLabels");
        var targetLabels = Labels(root, "targetLabels");
        var rules = new List<FrameRule>();
        foreach (var rule in root.GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString() ?? "";
            if (id.Length == 0)
            {
                throw new FrameCatalogException("a rule without an id.");
            }

            var form = rule.GetProperty("on").GetString() switch
            {
                "verb" => TriggerForm.Verb,
                "noun" => TriggerForm.Noun,
                "adjective" => TriggerForm.Adjective,
                var other => throw new FrameCatalogException($"rule '{id}': 'on' must be \"verb\", \"noun\" or \"adjective\", not '{other}'."),
            };
            FrozenSet<string>? lemmas = null;
            if (rule.TryGetProperty("lemmas", out var lemmaList))
            {
                lemmas = Strings(lemmaList).ToFrozenSet(StringComparer.Ordinal);
                var (allowed, kind) = form switch
                {
                    TriggerForm.Verb => (verbs, "verbs"),
                    TriggerForm.Noun => (nouns, "nouns"),
                    _ => (adjectives, "adjectives"),
                };
                foreach (var lemma in lemmas.Where(l => !allowed.Contains(l)))
                {
                    throw new FrameCatalogException($"rule '{id}': '{lemma}' is not one of the frame's {kind}.");
                }
            }

            IReadOnlyList<ArgumentPath> Paths(string name) =>
                [.. Strings(rule, name).Select(path => ArgumentPath.Parse(path, classes, id))];

            var agent = Paths("agent");
            var target = Paths("target");
            var pairs = Paths("pairs");
            if (pairs.Count == 0 && (agent.Count == 0 || target.Count == 0))
            {
                throw new FrameCatalogException($"rule '{id}' needs agent and target paths, or pairs.");
            }

            var reciprocal = rule.TryGetProperty("reciprocal", out var r) && r.GetBoolean();
            IReadOnlySet<EntityLabel>? ruleTargets = rule.TryGetProperty("targetLabels", out _) ? Labels(rule, "targetLabels") : null;
            var exceptLemmas = Strings(rule, "exceptLemmas").ToFrozenSet(StringComparer.Ordinal);
            var unless = Strings(rule, "unless").ToArray();
            foreach (var earlier in unless.Where(u => !rules.Any(previous => previous.Id == u)))
            {
                throw new FrameCatalogException($"rule '{id}': 'unless' names '{earlier}', which is not an earlier rule of this frame.");
            }

            var implicitTarget = rule.TryGetProperty("implicitTarget", out var it) && it.GetBoolean();
            if (implicitTarget && type != RelationshipType.Attacked)
            {
                throw new FrameCatalogException($"rule '{id}': 'implicitTarget' is only for ATTACKED rules.");
            }

            rules.Add(new FrameRule(id, form, lemmas, agent, target, pairs, reciprocal, ruleTargets)
            {
                Unless = unless,
                ImplicitTarget = implicitTarget,
                ExceptLemmas = exceptLemmas.Count > 0 ? exceptLemmas : null,
            });
        }

        var symmetric = root.TryGetProperty("symmetric", out var s) && s.GetBoolean();
        if (symmetric != type.IsSymmetric())
        {
            throw new FrameCatalogException($"'symmetric' must be {type.IsSymmetric().ToString().ToLowerInvariant()} for {typeName}.");
        }

        FrameRule? replication = null;
        if (root.TryGetProperty("replicatedBy", out var replicatedBy))
        {
            var id = replicatedBy.GetString() ?? "";
            if (id.Length == 0 || rules.Any(rule => rule.Id == id))
            {
                throw new FrameCatalogException($"'replicatedBy' must be a rule id of its own, not '{id}'.");
            }

            if (symmetric)
            {
                // "X met Y; Z followed suit" does not say whom Z met.
                throw new FrameCatalogException("'replicatedBy' is not for a symmetric type: the copy would not know which end to keep.");
            }

            replication = new FrameRule(id, TriggerForm.Verb, null, [], [], [], Reciprocal: false, TargetLabels: null);
        }

        return new Frame(type, symmetric, agentLabels, targetLabels, verbs, nouns, adjectives, polysemous, senseWords.ToFrozenDictionary(StringComparer.Ordinal), rules)
        {
            Replication = replication,
        };
    }

    private static HashSet<EntityLabel> Labels(JsonElement element, string property)
    {
        var labels = new HashSet<EntityLabel>();
        foreach (var name in Strings(element, property))
        {
            if (!GraphVocabulary.TryParseLabel(name, out var label))
            {
                throw new FrameCatalogException($"'{name}' in {property} is not an entity label of the vocabulary.");
            }

            labels.Add(label);
        }

        return labels.Count > 0 ? labels : throw new FrameCatalogException($"{property} is empty.");
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? Strings(array) : [];

    private static IEnumerable<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString() ?? throw new FrameCatalogException("a null where a word was expected."));
}
