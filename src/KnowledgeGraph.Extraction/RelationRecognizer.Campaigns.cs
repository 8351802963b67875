using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Campaigns and fighting stated as fact, which government and military press releases report more often than single
/// strikes: "X forces are fighting Y", "X seized the town from Y fighters", "X's efforts to defeat Y", "supported X in
/// its fight against Y", "X used chemical weapons against Y", "X's defensive positions against Y". Each is ATTACKED.
/// A pure intention ("to defeat Y" as a purpose, "will fight Y", "determination to defeat Y") asserts nothing.
/// </summary>
internal static partial class RelationRecognizer
{
    /// <summary>Approximate counts inside an event noun phrase: "carried out nearly 300 strikes against X".</summary>
    private static readonly FrozenSet<string> ApproximateQuantifiers = new[]
    {
        "almost", "nearly", "approximately", "roughly", "some", "around", "about", "than",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FightVerbs = new[]
    {
        "fight", "fights", "fighting", "fought", "battled", "battling", "combating", "combatting", "combated", "combatted",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that are fighting only against armed people: "engaged ISIL fighters", not "engaged Iranian officials".</summary>
    private static readonly FrozenSet<string> EngageVerbs = new[] { "engaged", "engages", "engaging" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of a won fight; elections and matches are also won, so they count only in a military sentence.</summary>
    private static readonly FrozenSet<string> DefeatedVerbs = new[] { "defeated", "defeats", "routed", "vanquished", "overpowered" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Passive defeats with their victor after "by": "ISIL was driven out of the city by Iraqi forces".</summary>
    private static readonly FrozenSet<string> PassiveDefeatVerbs = new[]
    {
        "defeated", "routed", "repelled", "repulsed", "dislodged", "driven", "pushed", "ousted", "engaged",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of an armed group's noun phrase: "ISIL fighters", "Taliban positions".</summary>
    private static readonly FrozenSet<string> CombatantHeads = new[]
    {
        "fighters", "militants", "forces", "troops", "insurgents", "gunmen", "jihadists", "extremists", "terrorists", "rebels",
        "soldiers", "army", "units", "unit", "positions", "targets", "commandos", "marines", "paratroopers", "guerrillas", "militia",
        "militias", "fighter", "militant", "convoy", "convoys", "strongholds", "stronghold", "emplacements", "bunkers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of taking ground: "X's liberation of the town from Y", "the recapture of the city from Y by X".</summary>
    private static readonly FrozenSet<string> TakingNouns = new[]
    {
        "liberation", "recapture", "capture", "retaking", "seizure",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of a counter-attack, which take their target like "offensive": "X's counteroffensive against Y".</summary>
    private static readonly FrozenSet<string> CounterAttackNouns = new[]
    {
        "counteroffensive", "counteroffensives", "counterattack", "counterattacks", "onslaught",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Taking ground "from" an enemy: "retook the town from X", "cleared the district of X".</summary>
    private static readonly FrozenSet<string> SeizeFromVerbs = new[]
    {
        "seize", "seizes", "seized", "seizing", "capture", "captures", "captured", "capturing", "recapture", "recaptures",
        "recaptured", "recapturing", "retake", "retakes", "retook", "retaken", "retaking", "liberate", "liberates", "liberated",
        "liberating", "free", "frees", "freed", "freeing", "wrest", "wrests", "wrested", "wresting", "reclaim", "reclaims",
        "reclaimed", "reclaiming", "regain", "regains", "regained", "regaining", "clear", "clears", "cleared", "clearing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Taking verbs that are military by themselves; "seized", "regained", "cleared" also take goods, power or blame.</summary>
    private static readonly FrozenSet<string> MilitaryTakingVerbs = new[]
    {
        "recapture", "recaptures", "recaptured", "recapturing", "retake", "retakes", "retook", "retaken", "retaking", "liberate",
        "liberates", "liberated", "liberating",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns after an enemy's name that make it a mere qualifier: "combating ISIL financing".</summary>
    private static readonly FrozenSet<string> NonCombatantHeads = new[]
    {
        "financing", "finances", "funding", "propaganda", "ideology", "messaging", "recruitment", "recruiting", "narrative",
        "narratives", "revenue", "revenues", "supporters", "sympathisers", "sympathizers", "influence", "money", "media",
        "accounts", "websites", "content", "oil", "smuggling", "networks", "network", "ideas", "explosives", "mines", "IEDs", "ordnance",
        "munitions", "booby-traps", "weapons", "disinformation",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of fighting between two named sides: "clashes between X and Y".</summary>
    private static readonly FrozenSet<string> MutualFightNouns = new[]
    {
        "fighting", "clashes", "battles", "hostilities", "skirmishes", "firefights", "gunfights", "war",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifiers that make a war or clash between two sides something other than armed fighting between them.</summary>
    private static readonly FrozenSet<string> FigurativeFightQualifiers = new[]
    {
        "trade", "price", "currency", "cold", "culture", "cultural", "propaganda", "information", "cyber", "media", "legal",
        "political", "diplomatic", "word", "words", "bidding", "tariff", "tax", "turf", "verbal", "rhetorical", "proxy", "court",
        "courtroom", "bureaucratic", "internal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>An attempt at taking ground is already fighting: "attempted to seize the town from X".</summary>
    private static readonly FrozenSet<string> AttemptVerbs = new[]
    {
        "attempted", "attempting", "tried", "trying", "fought", "fighting", "battled", "battling", "struggled", "struggling",
        "moved", "moving", "pushed", "pushing", "advanced", "advancing", "managed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of an ongoing effort whose purpose names the enemy: "X's campaign to defeat Y".</summary>
    private static readonly FrozenSet<string> CampaignNouns = new[]
    {
        "effort", "efforts", "campaign", "offensive", "operation", "operations", "fight", "battle", "struggle", "war", "drive",
        "push", "bid", "mission", "assault",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Effort nouns that are military by themselves; the others ("efforts", "campaign", "bid") need a military sentence.</summary>
    private static readonly FrozenSet<string> MilitaryEffortNouns = new[]
    {
        "offensive", "operation", "operations", "fight", "battle", "war", "assault",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefeatVerbs = new[]
    {
        "defeat", "degrade", "destroy", "dismantle", "eliminate", "eradicate", "dislodge", "oust", "rout", "crush", "fight",
        "battle", "combat", "drive",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefeatGerunds = new[]
    {
        "defeating", "degrading", "destroying", "dismantling", "eliminating", "eradicating", "dislodging", "ousting", "routing",
        "crushing", "fighting", "battling", "combating", "combatting", "driving",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words allowed between coordinated defeat verbs: "to weaken and eventually destroy X", "drive out X".</summary>
    private static readonly FrozenSet<string> DefeatChainFillers = new[]
    {
        "and", "ultimately", "eventually", "finally", "then", "out", ",", "decisively", "completely",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SupportCues = new[]
    {
        "support", "supports", "supported", "supporting", "assist", "assists", "assisted", "assisting", "help", "helps", "helped",
        "helping", "backs", "backing", "aid", "aids", "aided", "aiding",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UseCues = new[] { "use", "used", "uses", "using" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What is "used against" someone in an attack, as opposed to a veto, sanctions or an argument.</summary>
    private static readonly FrozenSet<string> UsedWeapons = new[]
    {
        "weapons", "weapon", "arms", "force", "bombs", "bomb", "explosives", "IEDs", "IED", "VBIEDs", "VBIED", "munitions", "missiles",
        "rockets", "drones", "artillery", "gas", "mortars", "airpower", "firepower", "airstrikes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Driving an enemy off: "X drove Y out of the town", "X repelled Y fighters".</summary>
    private static readonly FrozenSet<string> DriveCues = new[]
    {
        "drove", "drive", "drives", "driving", "pushed", "pushing", "push", "flushed", "dislodged", "dislodge", "dislodging",
        "routed", "repelled", "repelling", "repulsed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that make the object of a seizure ground rather than goods ("seized weapons from X" is not fighting).</summary>
    private static readonly FrozenSet<string> TerrainNouns = new[]
    {
        "town", "towns", "city", "cities", "village", "villages", "area", "areas", "territory", "territories", "district",
        "districts", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "province", "region", "hospital",
        "complex", "compound", "airport", "airfield", "base", "bases", "bridge", "dam", "road", "highway", "hill", "hills",
        "ridge", "valley", "border", "crossing", "oilfield", "oilfields", "refinery", "stronghold", "strongholds", "positions",
        "outskirts", "centre", "center", "quarter", "port", "island", "islands", "peninsula", "capital", "heartland", "suburbs",
        "suburb", "municipality", "governorate", "checkpoint", "checkpoints", "building", "buildings", "headquarters", "control",
        "ground", "land", "kilometres", "kilometers", "miles",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that show a sentence speaks of armed conflict, for nouns and verbs that also have civil senses ("campaign").</summary>
    private static readonly FrozenSet<string> MilitaryContextWords = new[]
    {
        "military", "forces", "troops", "army", "coalition", "airstrikes", "airstrike", "strikes", "fighters", "militants",
        "terrorists", "terrorist", "insurgents", "offensive", "operations", "war", "combat", "liberation", "liberated",
        "territory", "battlefield", "weapons", "bombing", "air", "ground", "soldiers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of forces in contact, for front lines that run both ways.</summary>
    private static readonly FrozenSet<string> FrontLineWords = new[]
    {
        "forces", "troops", "fighters", "militants", "insurgents", "counterattacks", "counterattack", "fighting", "assault", "offensive",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that show a fight or a campaign is a legal, political or sporting contest, not armed fighting.</summary>
    private static readonly FrozenSet<string> CivilContestWords = new[]
    {
        "court", "courts", "lawsuit", "lawsuits", "election", "elections", "vote", "votes", "ballot", "bill",
        "legislation", "tariff", "tariffs", "patent", "patents", "contract", "regulator", "regulators", "antitrust", "primaries",
        "nomination", "tournament", "championship", "match", "draw", "cup", "league",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of beating back an attack, whose object names the attacker: "repelled an assault by X".</summary>
    private static readonly FrozenSet<string> RepelVerbs = new[]
    {
        "repelled", "repulsed", "repel", "repels", "repelling", "repulse", "repulses", "repulsing", "fended", "rebuffed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Attack nouns an attacker's name can qualify or follow with "by": "Russian attacks", "an assault by X".</summary>
    private static readonly FrozenSet<string> RepelledAttackNouns = new[]
    {
        "attack", "attacks", "assault", "assaults", "offensive", "offensives", "raid", "raids", "incursion", "incursions",
        "advance", "advances", "onslaught", "counterattack", "counterattacks", "counteroffensive", "push", "attempt", "attempts",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CampaignCues = FightVerbs.Concat(SeizeFromVerbs).Concat(CampaignNouns).Concat(SupportCues)
        .Concat(UseCues).Concat(DriveCues).Concat(MutualFightNouns).Concat(EngageVerbs).Concat(DefeatedVerbs).Concat(PassiveDefeatVerbs)
        .Concat(TakingNouns).Concat(CounterAttackNouns).Concat(RepelVerbs).Concat(["war", "defenses", "defences", "positions", "campaign", "gains", "advances", "progress", "clashed", "exchanged"])
        // Only the nouns of mutual fighting open sentences ("Clashes between X and Y ..."); an ordinal lookup stays cheapest.
        .Concat(MutualFightNouns.Select(n => char.ToUpperInvariant(n[0]) + n[1..]))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tries each campaign construction on the cue word at <paramref name="k"/>; the lists are left empty on failure.</summary>
    private static bool CampaignArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        agents.Clear();
        patients.Clear();
        var text = document.Tokens[k].Text;
        var found = (FightVerbs.Contains(text) && Attempt(FoughtArguments(document, sentence, k, agents, patients), agents, patients))
            || (EngageVerbs.Contains(text) && Attempt(FoughtArguments(document, sentence, k, agents, patients) && AllCombatants(document, sentence, patients), agents, patients))
            || (DefeatedVerbs.Contains(text) && Attempt(FoughtArguments(document, sentence, k, agents, patients) && SentenceHasAny(document, sentence, MilitaryContextWords), agents, patients))
            || (PassiveDefeatVerbs.Contains(text) && Attempt(PassiveDefeatArguments(document, sentence, k, agents, patients), agents, patients))
            || (TakingNouns.Contains(text) && Attempt(SeizedFromArguments(document, sentence, k, agents, patients), agents, patients))
            || (CounterAttackNouns.Contains(text) && Attempt(NounArguments(document, sentence, k, RelationshipType.Attacked, "offensive", agents, patients), agents, patients))
            || (text == "war" && Attempt(WarOnArguments(document, sentence, k, agents, patients), agents, patients))
            || (SeizeFromVerbs.Contains(text) && Attempt(SeizedFromArguments(document, sentence, k, agents, patients), agents, patients))
            || (CampaignNouns.Contains(text) && Attempt(CampaignToDefeatArguments(document, sentence, k, agents, patients), agents, patients))
            || (SupportCues.Contains(text) && Attempt(SupportedInFightArguments(document, sentence, k, agents, patients), agents, patients))
            || (UseCues.Contains(text) && Attempt(UsedWeaponsAgainstArguments(document, sentence, k, agents, patients), agents, patients))
            || (RepelVerbs.Contains(text) && Attempt(RepelledAttackArguments(document, sentence, k, agents, patients), agents, patients))
            || (DriveCues.Contains(text) && Attempt(DroveOutArguments(document, sentence, k, agents, patients), agents, patients))
            || (text == "war" && Attempt(AtWarWithArguments(document, sentence, k, agents, patients), agents, patients))
            || (text is "defenses" or "defences" or "positions" && Attempt(DefensesAgainstArguments(document, sentence, k, agents, patients), agents, patients))
            || (text == "campaign" && Attempt(UnqualifiedCampaignArguments(document, sentence, k, agents, patients), agents, patients))
            || (MutualFightNouns.Contains(text) && Attempt(FightingBetweenArguments(document, sentence, k, agents, patients), agents, patients))
            || (text is "gains" or "advances" or "progress" && Attempt(GainsAgainstArguments(document, sentence, k, agents, patients), agents, patients))
            || (text == "clashed" && Attempt(ClashedWithEachOtherArguments(document, sentence, k, agents, patients), agents, patients))
            || (text == "exchanged" && Attempt(ExchangedFireArguments(document, sentence, k, agents, patients), agents, patients));
        // A claim or a condition after the cue ("X is fighting Y, the ministry claimed") drops it as much as one before. The
        // sentence-wide scans run only once a construction has matched, which is rare.
        if (!found || !(Disjoint(agents, patients) || IsMutual(agents, patients))
            || SentenceBlocks(document, sentence, sentence.EndToken) || SentenceHasAny(document, sentence, CivilContestWords))
        {
            agents.Clear();
            patients.Clear();
            return false;
        }

        return true;
    }

    private static bool Attempt(bool found, List<Argument> agents, List<Argument> patients)
    {
        if (!found || agents.Count == 0 || patients.Count == 0)
        {
            agents.Clear();
            patients.Clear();
            return false;
        }

        return true;
    }

    /// <summary>"X forces fought Y", "X are fighting (against) Y", "X fought off Y fighters": the named side fights the named enemy.</summary>
    private static bool FoughtArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var previous = PreviousContentToken(tokens, sentence, k);
        var previousText = previous >= 0 ? tokens[previous].Text : "";

        // "to fight X" is a purpose; "the fight", "their fight", "X's fight" are nouns; "was fought" is passive.
        if (previousText is "to" || Determiners.Contains(previousText) || (Lexicon.BeForms.Contains(previousText) && !tokens[k].Text.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        var j = k + 1;
        if (j < end && tokens[j].Text is "back" or "off")
        {
            j++;
        }

        if (j < end && tokens[j].Text == "against")
        {
            j++;
        }

        if (!TargetStartsAt(document, sentence, j, patients))
        {
            return false;
        }

        if (!SideArguments(document, sentence, k, agents) || BlockedBesidesSupport(document, sentence, AgentPhraseEnd(document, sentence, agents[^1]), k))
        {
            return false;
        }

        // Fighting between people is a contest, not an attack.
        return !HasLabel(document, agents, EntityLabel.Person) && !HasLabel(document, patients, EntityLabel.Person);
    }

    /// <summary>
    /// "X seized/retook/liberated the town from Y (fighters|control)", "X cleared the district of Y", "X attempted to seize the
    /// airport from Y", "X launched an offensive to retake the city from Y": taking ground from Y is fighting Y.
    /// </summary>
    private static bool SeizedFromArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var text = tokens[k].Text;
        var previous = PreviousContentToken(tokens, sentence, k);
        var previousText = previous >= 0 ? tokens[previous].Text : "";
        // "the capture of the town": a noun takes its ground after "of"; "to capture the town" is the verb.
        var isNoun = TakingNouns.Contains(text) && k + 1 < end && tokens[k + 1].Text == "of";
        if (!isNoun && !SeizeFromVerbs.Contains(text))
        {
            return false;
        }

        if (!isNoun && Lexicon.BeForms.Contains(previousText) && !text.EndsWith("ing", StringComparison.Ordinal))
        {
            // "the town was liberated from X" names no liberator.
            return false;
        }

        var separator = text.StartsWith("clear", StringComparison.Ordinal) ? "of" : "from";
        var from = isNoun ? k + 2 : k + 1;
        var terrain = false;
        while (from < end && from - k <= 12 && tokens[from].Text != separator)
        {
            var token = tokens[from];
            if (ClauseBreaks.Contains(token.Text) || token.Text is "." or "," || Lexicon.RightBoundaries.Contains(token.Text))
            {
                return false;
            }

            if (MentionStartingAt(document, sentence, from) is { } mention)
            {
                var label = document.Entities[mention.Entity].Label;
                if (label == EntityLabel.Person)
                {
                    return false;
                }

                terrain |= label is EntityLabel.Base or EntityLabel.Country && !mention.IsForce;
                from = Math.Max(mention.End, from + 1);
                continue;
            }

            terrain |= TerrainNouns.Contains(token.Text) || (token.IsCapitalised && token.Kind == TokenKind.Word);
            from++;
        }

        if (!terrain || from >= end || tokens[from].Text != separator || !TargetStartsAt(document, sentence, from + 1, patients))
        {
            return false;
        }

        // "regained control of the chamber from the party" is politics: only taking verbs of war go without a military sentence.
        if (!MilitaryTakingVerbs.Contains(text) && text is not ("liberation" or "recapture" or "retaking") && !SentenceHasAny(document, sentence, MilitaryContextWords) && !HasForce(document, sentence, patients))
        {
            return false;
        }

        if (isNoun)
        {
            // "X's liberation of the town from Y", or "the recapture of the city from Y by X".
            if (CampaignNounAgent(document, sentence, k, agents))
            {
                return true;
            }

            agents.Clear();
            var by = patients[^1].End;
            while (by < end && by - patients[^1].End < 3 && tokens[by].Text != "by")
            {
                by++;
            }

            if (by >= end || tokens[by].Text != "by" || !TargetStartsAt(document, sentence, by + 1, agents))
            {
                return false;
            }

            return !HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, k - 4), k) && !Blocked(document, sentence, Math.Max(sentence.FirstToken, k - 4), k);
        }

        if (HasLabel(document, patients, EntityLabel.Base))
        {
            return false;
        }

        if (previousText != "to")
        {
            return SideArguments(document, sentence, k, agents) && !BlockedBesidesSupport(document, sentence, AgentPhraseEnd(document, sentence, agents[^1]), k);
        }

        // "to seize": only an attempt made or an offensive under way, never a plan, a vow or a mere purpose.
        var head = PreviousContentToken(tokens, sentence, previous);
        if (head < 0)
        {
            return false;
        }

        if (AttemptVerbs.Contains(tokens[head].Text))
        {
            return SideArguments(document, sentence, head, agents) && !Blocked(document, sentence, agents[^1].End, head);
        }

        return CampaignNouns.Contains(tokens[head].Text) && CampaignNounAgent(document, sentence, head, agents);
    }

    /// <summary>"X's campaign to defeat Y", "the X efforts to weaken and defeat Y", "X launched an offensive to destroy Y".</summary>
    private static bool CampaignToDefeatArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var end = sentence.EndToken;
        if (k + 2 >= end || document.Tokens[k + 1].Text != "to" || !DefeatChainTarget(document, sentence, k + 2, DefeatVerbs, patients)
            || !IsMilitaryEffort(document, sentence, k, patients))
        {
            return false;
        }

        return CampaignNounAgent(document, sentence, k, agents);
    }

    /// <summary>
    /// The side whose effort the noun at <paramref name="noun"/> is: its possessor or qualifier ("Iraq's", "the Coalition", "Iraqi")
    /// or the subject of a light verb ("X launched an offensive"), unless a modal or hypothetical word makes the effort unreal.
    /// </summary>
    private static bool CampaignNounAgent(ArticleDocument document, Sentence sentence, int noun, List<Argument> agents)
    {
        var tokens = document.Tokens;
        var j = noun - 1;
        while (j >= sentence.FirstToken && noun - j <= 5)
        {
            if (MentionEndingAt(document, sentence, j) is { } mention)
            {
                if (mention.IsModifier || document.Entities[mention.Entity].Label == EntityLabel.Base)
                {
                    return false;
                }

                // "does not support Iraq in its efforts": the verb governing the side must not be negated or modal either.
                agents.Add(new Argument(mention.Entity, mention.Start, mention.End));
                var window = Math.Max(sentence.FirstToken, mention.Start - 4);
                return !Blocked(document, sentence, window, noun) && !HasTrueModal(document, sentence, window, noun);
            }

            var text = tokens[j].Text;
            if (Lexicon.LightVerbs.Contains(text))
            {
                var beforeVerb = PreviousContentToken(tokens, sentence, j);
                if (beforeVerb >= 0 && tokens[beforeVerb].Text == "to")
                {
                    return false;
                }

                return SideArguments(document, sentence, j, agents) && !Blocked(document, sentence, agents[^1].End, j) && !HasTrueModal(document, sentence, j + 1, noun);
            }

            if (!IsNounPhraseFiller(tokens[j]) && text is not ("ongoing" or "continuing" or "continued" or "combined" or "sustained" or "relentless" or "counter-terrorism" or "counterterrorism" or "anti-terrorism"
                or "significant" or "major" or "steady" or "rapid" or "considerable" or "substantial" or "important" or "territorial" or "key" or "dramatic"))
            {
                return false;
            }

            j--;
        }

        return false;
    }

    /// <summary>
    /// "backed X in its efforts to defeat Y", "support for X in their fight against Y", "support X in defeating Y",
    /// "helped X defeat Y": the supported side fights Y. The support itself must be stated, not
    /// promised ("to support", "will support").
    /// </summary>
    private static bool SupportedInFightArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var text = tokens[k].Text;
        var side = k + 1;
        if (side < end && text is "support" or "aid" && tokens[side].Text is "for" or "of")
        {
            side++;
        }
        else
        {
            var previous = PreviousContentToken(tokens, sentence, k);
            if (previous >= 0 && tokens[previous].Text is "to")
            {
                return false;
            }
        }

        if (Blocked(document, sentence, Math.Max(sentence.FirstToken, k - 3), k) || HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, k - 3), k))
        {
            return false;
        }

        RightArguments(document, sentence, side, RelationshipType.Attacked, agents, excludeEntity: -1, nounPhraseOnly: true);
        if (agents.Count == 0 || agents[0].Start > side + 1)
        {
            return false;
        }

        // The frame starts after the supported noun phrase: "the government of X and its people in their fight".
        var frame = agents[0].End;
        foreach (var agent in agents)
        {
            frame = Math.Max(frame, MentionStartingAt(document, sentence, agent.Start) is { } m ? Math.Max(m.End, m.PhraseEnd) : agent.End);
        }

        var skipped = 0;
        while (frame < end && skipped < 2 && tokens[frame].Kind == TokenKind.Word && !tokens[frame].IsCapitalised && tokens[frame].Text is not ("in" or "to")
            && !DefeatVerbs.Contains(tokens[frame].Text) && !PhraseEndingPrepositions.Contains(tokens[frame].Text) && !Lexicon.RightBoundaries.Contains(tokens[frame].Text))
        {
            frame++;
            skipped++;
        }

        agents.RemoveAll(a => MentionStartingAt(document, sentence, a.Start) is not { } m || m.QualifiesNoun || m.IsModifier || document.Entities[a.Entity].Label == EntityLabel.Base);
        if (agents.Count == 0 || frame >= end)
        {
            return false;
        }

        var assists = !text.StartsWith("support", StringComparison.Ordinal) && !text.StartsWith("back", StringComparison.Ordinal);
        var found = tokens[frame].Text switch
        {
            "in" => InFightFrame(document, sentence, frame + 1, patients),
            "to" when assists => DefeatChainTarget(document, sentence, frame + 1, DefeatVerbs, patients),
            _ when assists && DefeatVerbs.Contains(tokens[frame].Text) => DefeatChainTarget(document, sentence, frame, DefeatVerbs, patients),
            _ => false,
        };
        return found && !Blocked(document, sentence, agents[^1].End, patients[0].Start);
    }

    /// <summary>After "in": "(its|their|the) fight/efforts/campaign against Y", "... efforts to defeat Y", or "defeating Y".</summary>
    private static bool InFightFrame(ArticleDocument document, Sentence sentence, int j, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (j < end && DefeatGerunds.Contains(tokens[j].Text))
        {
            return DefeatChainTarget(document, sentence, j, DefeatGerunds, patients);
        }

        if (j < end && tokens[j].Text is "its" or "their" or "his" or "her" or "the" or "our")
        {
            j++;
        }

        if (j + 1 >= end || !CampaignNouns.Contains(tokens[j].Text))
        {
            return false;
        }

        var found = tokens[j + 1].Text switch
        {
            "against" => TargetStartsAt(document, sentence, j + 2, patients),
            "to" => DefeatChainTarget(document, sentence, j + 2, DefeatVerbs, patients),
            _ => false,
        };
        return found && IsMilitaryEffort(document, sentence, j, patients);
    }

    /// <summary>"defeat Y", "degrade and ultimately destroy Y", "drive out Y": the named object of a chain of defeat verbs.</summary>
    private static bool DefeatChainTarget(ArticleDocument document, Sentence sentence, int j, FrozenSet<string> verbs, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var seen = 0;
        var start = j;
        while (j < end && j - start <= 8)
        {
            var text = tokens[j].Text;
            if (verbs.Contains(text))
            {
                seen++;
            }
            else if (!DefeatChainFillers.Contains(text))
            {
                break;
            }

            j++;
        }

        return seen > 0 && TargetStartsAt(document, sentence, j, patients) && !HasLabel(document, patients, EntityLabel.Person);
    }

    /// <summary>
    /// An effort noun against a named enemy is military when the noun says so ("offensive") or the sentence speaks of armed
    /// conflict ("the coalition's efforts to defeat Y"); "its campaign against activists" or "efforts to defeat a party" are not.
    /// </summary>
    private static bool IsMilitaryEffort(ArticleDocument document, Sentence sentence, int noun, List<Argument> patients) =>
        MilitaryEffortNouns.Contains(document.Tokens[noun].Text) || SentenceHasAny(document, sentence, MilitaryContextWords) || HasForce(document, sentence, patients);

    private static bool HasForce(ArticleDocument document, Sentence sentence, List<Argument> arguments) =>
        arguments.Exists(a => MentionStartingAt(document, sentence, a.Start) is { IsForce: true });

    /// <summary>
    /// "X used chemical weapons against Y", "X's use of IEDs against Y", "X was involved in the use of suicide vehicles and
    /// chemical weapons against Y": weapons turned against a named party.
    /// </summary>
    private static bool UsedWeaponsAgainstArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var np = k + 1;
        if (tokens[k].Text == "use")
        {
            if (np >= end || tokens[np].Text != "of")
            {
                return false;
            }

            np++;
        }

        var against = np;
        var weapon = false;
        while (against < end && against - np <= 12 && tokens[against].Text != "against")
        {
            var text = tokens[against].Text;
            if (ClauseBreaks.Contains(text) || text == "." || Lexicon.RightBoundaries.Contains(text) || MentionStartingAt(document, sentence, against) is not null)
            {
                return false;
            }

            weapon |= UsedWeapons.Contains(text);
            against++;
        }

        if (!weapon || against >= end || tokens[against].Text != "against" || !TargetStartsAt(document, sentence, against + 1, patients))
        {
            return false;
        }

        if (tokens[k].Text != "use")
        {
            var previous = PreviousContentToken(tokens, sentence, k);
            if (previous >= 0 && (tokens[previous].Text == "to" || Lexicon.BeForms.Contains(tokens[previous].Text)))
            {
                return false;
            }

            return SideArguments(document, sentence, k, agents) && !Blocked(document, sentence, agents[^1].End, k);
        }

        // "X's use of", "X was implicated in the use of".
        if (k - 2 >= sentence.FirstToken && tokens[k - 1].Text == "'s" && MentionEndingAt(document, sentence, k - 2) is { IsModifier: false } owner)
        {
            agents.Add(new Argument(owner.Entity, owner.Start, owner.End));
            return !HasTrueModal(document, sentence, Math.Max(sentence.FirstToken, owner.Start - 4), k);
        }

        if (k - 3 >= sentence.FirstToken && tokens[k - 1].Text == "the" && tokens[k - 2].Text is "in" or "for"
            && tokens[k - 3].Text is "involved" or "implicated" or "responsible" or "participated")
        {
            return SideArguments(document, sentence, k - 3, agents) && !Blocked(document, sentence, agents[^1].End, k - 3);
        }

        return false;
    }

    /// <summary>"X drove Y out of the town", "X pushed Y fighters back", "X repelled Y fighters", "X dislodged Y from the ridge".</summary>
    private static bool DroveOutArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var text = tokens[k].Text;
        var previous = PreviousContentToken(tokens, sentence, k);
        if (previous >= 0 && (tokens[previous].Text == "to" || Lexicon.BeForms.Contains(tokens[previous].Text)))
        {
            return false;
        }

        if (!TargetStartsAt(document, sentence, k + 1, patients) || HasLabel(document, patients, EntityLabel.Person) || HasLabel(document, patients, EntityLabel.Base)
            || !(SentenceHasAny(document, sentence, MilitaryContextWords) || HasForce(document, sentence, patients)))
        {
            return false;
        }

        if (text.StartsWith("dr", StringComparison.Ordinal) || text.StartsWith("push", StringComparison.Ordinal) || text == "flushed")
        {
            // Driving or pushing needs a direction, and the place left must be ground, not an organisation or an office.
            var after = MentionStartingAt(document, sentence, patients[^1].Start) is { } last ? Math.Max(last.End, last.PhraseEnd) : patients[^1].End;
            if (after >= end || tokens[after].Text is not ("out" or "back" or "from"))
            {
                return false;
            }

            var place = after + 1;
            while (place < end && place - after <= 3 && tokens[place].Text is "of" or "the")
            {
                place++;
            }

            if (place < end && ((MentionStartingAt(document, sentence, place) is { } left && document.Entities[left.Entity].Label is EntityLabel.Organisation or EntityLabel.Person)
                || tokens[place].Text is "power" or "office" or "government" or "politics" or "business" or "market" or "markets" or "race"))
            {
                return false;
            }
        }

        return SideArguments(document, sentence, k, agents) && !BlockedBesidesSupport(document, sentence, AgentPhraseEnd(document, sentence, agents[^1]), k);
    }

    /// <summary>
    /// <see cref="LeftArguments"/> without a name from a prepositional phrase in between: in "the Iraqi government, with
    /// support from the Coalition, is fighting X" the Coalition is not the subject.
    /// </summary>
    private static bool SideArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> output)
    {
        var count = output.Count;
        if (!LeftArguments(document, sentence, k, output))
        {
            return false;
        }

        for (var a = count; a < output.Count; a++)
        {
            var before = output[a].Start - 1;
            if (before >= sentence.FirstToken && document.Tokens[before].Text is "the" or "The")
            {
                before--;
            }

            if (before >= sentence.FirstToken && (PhraseEndingPrepositions.Contains(document.Tokens[before].Text) || document.Tokens[before].Text is "by" or "alongside" or "beside"))
            {
                output.RemoveRange(count, output.Count - count);
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after an agent's noun phrase ("Iraqi security forces" ends after "forces").</summary>
    private static int AgentPhraseEnd(ArticleDocument document, Sentence sentence, Argument agent) =>
        MentionStartingAt(document, sentence, agent.Start) is { } mention ? Math.Max(mention.End, mention.PhraseEnd) : agent.End;

    /// <summary>"X's war on Y", "X waged war on Y": a war by a state or an organisation on a named enemy.</summary>
    private static bool WarOnArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        if (k + 1 >= sentence.EndToken || document.Tokens[k + 1].Text != "on" || !TargetStartsAt(document, sentence, k + 2, patients)
            || !CampaignNounAgent(document, sentence, k, agents))
        {
            return false;
        }

        // "the president's war on the press" is rhetoric, not fighting.
        return !HasLabel(document, agents, EntityLabel.Person) && !HasLabel(document, patients, EntityLabel.Person);
    }

    /// <summary>
    /// "ISIL was defeated/driven out of the city by Iraqi forces": the victor after "by" attacked the subject. Only armed
    /// victors count ("Iraqi forces", a sentence about the military), since parties are also defeated in elections.
    /// </summary>
    private static bool PassiveDefeatArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var previous = PreviousContentToken(tokens, sentence, k);
        if (previous < 0 || !Lexicon.BeForms.Contains(tokens[previous].Text) || tokens[previous].Text is "'s")
        {
            return false;
        }

        var by = k + 1;
        while (by < end && by - k <= 8 && tokens[by].Text != "by")
        {
            if (ClauseBreaks.Contains(tokens[by].Text) || tokens[by].Text is "." or "," || Lexicon.RightBoundaries.Contains(tokens[by].Text)
                || MentionStartingAt(document, sentence, by) is { } inner && document.Entities[inner.Entity].Label is not (EntityLabel.Base or EntityLabel.Country))
            {
                return false;
            }

            by++;
        }

        if (by >= end || tokens[by].Text != "by" || !TargetStartsAt(document, sentence, by + 1, agents) || !SideArguments(document, sentence, k, patients)
            || Blocked(document, sentence, patients[^1].End, k))
        {
            return false;
        }

        if (HasLabel(document, agents, EntityLabel.Person) || HasLabel(document, patients, EntityLabel.Person) || HasLabel(document, patients, EntityLabel.Base))
        {
            return false;
        }

        return AllCombatants(document, sentence, agents) || SentenceHasAny(document, sentence, MilitaryContextWords);
    }

    /// <summary>
    /// "X troops repelled an assault by Y forces", "X repulsed Y attacks on the town": Y attacked X — the attack happened,
    /// it was beaten back. An attack on someone else ("repelled an attack on Z by Y") is left to the noun rules.
    /// </summary>
    private static bool RepelledAttackArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var j = k + 1;
        if (tokens[k].Text == "fended")
        {
            if (j >= end || tokens[j].Text != "off")
            {
                return false;
            }

            j++;
        }

        var noun = -1;
        for (var n = j; n < end && n - j <= 5; n++)
        {
            var text = tokens[n].Text;
            if (RepelledAttackNouns.Contains(text))
            {
                noun = n;
                break;
            }

            if (ClauseBreaks.Contains(text) || text is "," or "." || Lexicon.RightBoundaries.Contains(text))
            {
                return false;
            }
        }

        if (noun < 0 || (noun + 1 < end && tokens[noun + 1].Text is "on" or "against"))
        {
            return false;
        }

        // The attacker qualifies the noun ("a Russian assault", "Taliban attacks") or follows it ("an assault by X").
        if (FirstMentionBetween(document, sentence, j, noun) is { } qualifier)
        {
            agents.Add(new Argument(qualifier.Entity, qualifier.Start, qualifier.End));
        }
        else if (noun + 2 >= end || tokens[noun + 1].Text is not ("by" or "from") || !TargetStartsAt(document, sentence, noun + 2, agents))
        {
            return false;
        }

        if (!SideArguments(document, sentence, k, patients) || Blocked(document, sentence, patients[^1].End, k) || HasTrueModal(document, sentence, patients[^1].End, k))
        {
            return false;
        }

        return !HasLabel(document, agents, EntityLabel.Base) && !HasLabel(document, patients, EntityLabel.Base);
    }

    /// <summary>"X and Y troops exchanged fire", "X forces exchanged fire with Y": each side fired on the other.</summary>
    private static bool ExchangedFireArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var fire = k + 1;
        while (fire < end && fire - k <= 3 && tokens[fire].Text is "heavy" or "artillery" or "rocket" or "mortar" or "small-arms" or "sporadic" or "intense")
        {
            fire++;
        }

        if (fire >= end || tokens[fire].Text is not ("fire" or "gunfire" or "shots" or "blows"))
        {
            return false;
        }

        if (!SideArguments(document, sentence, k, agents) || Blocked(document, sentence, agents[^1].End, k) || HasTrueModal(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        if (fire + 2 < end && tokens[fire + 1].Text == "with")
        {
            if (agents.Count != 1 || !TargetStartsAt(document, sentence, fire + 2, patients) || patients.Count != 1)
            {
                return false;
            }

            AddMutual(agents, patients);
        }
        else if (agents.Count == 2 && agents[0].Entity != agents[1].Entity)
        {
            patients.Add(agents[1]);
            patients.Add(agents[0]);
        }
        else
        {
            return false;
        }

        return !HasLabel(document, agents, EntityLabel.Person) && !HasLabel(document, agents, EntityLabel.Base);
    }

    /// <summary>"X and Y clashed (near the border)": two sides that clashed attacked each other. "X clashed with Y" is the verb rule's.</summary>
    private static bool ClashedWithEachOtherArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        if (k + 1 < sentence.EndToken && tokens[k + 1].Text is "with" or "over" || !SideArguments(document, sentence, k, agents) || agents.Count != 2
            || agents[0].Entity == agents[1].Entity || Blocked(document, sentence, agents[^1].End, k) || HasTrueModal(document, sentence, agents[^1].End, k)
            || HasLabel(document, agents, EntityLabel.Person) || HasLabel(document, agents, EntityLabel.Base))
        {
            return false;
        }

        patients.Add(agents[1]);
        patients.Add(agents[0]);
        return true;
    }

    /// <summary>True when every argument is named as an armed group's noun phrase ("ISIL fighters", "Iraqi forces").</summary>
    private static bool AllCombatants(ArticleDocument document, Sentence sentence, List<Argument> arguments) =>
        arguments.Count > 0 && arguments.TrueForAll(a => MentionStartingAt(document, sentence, a.Start) is { } m && m.PhraseEnd > m.End
            && CombatantHeads.Contains(document.Tokens[m.PhraseEnd - 1].Text));

    /// <summary>"X forces have made significant gains against Y", "X's advances against Y": ground won in a fight against Y.</summary>
    private static bool GainsAgainstArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        if (k + 1 >= sentence.EndToken || document.Tokens[k + 1].Text != "against" || !TargetStartsAt(document, sentence, k + 2, patients)
            || !(SentenceHasAny(document, sentence, MilitaryContextWords) || AllCombatants(document, sentence, patients)))
        {
            return false;
        }

        return CampaignNounAgent(document, sentence, k, agents) && !HasLabel(document, agents, EntityLabel.Person) && !HasLabel(document, patients, EntityLabel.Person);
    }

    /// <summary>"X is at war with Y": both sides fight each other.</summary>
    private static bool AtWarWithArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        if (k - 1 < sentence.FirstToken || k + 1 >= sentence.EndToken || tokens[k - 1].Text != "at" || tokens[k + 1].Text != "with")
        {
            return false;
        }

        if (!TargetStartsAt(document, sentence, k + 2, patients) || !SideArguments(document, sentence, k - 1, agents) || Blocked(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        AddMutual(agents, patients);
        return true;
    }

    /// <summary>
    /// "X's defenses against Y", "X held their defensive positions against Y fighters": a front line between two sides
    /// that fight each other, so each attacks the other.
    /// </summary>
    private static bool DefensesAgainstArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var text = tokens[k].Text;
        if (k + 1 >= sentence.EndToken || tokens[k + 1].Text != "against" || (text == "positions" && !(k - 1 >= sentence.FirstToken && tokens[k - 1].Text == "defensive")))
        {
            return false;
        }

        if (!NounArguments(document, sentence, k, RelationshipType.Attacked, text, agents, patients) || OnlyQualifies(document, sentence, patients, possessorQualifies: false))
        {
            return false;
        }

        // "NATO strengthened its defences against Russia" is deterrence: only a front line in a sentence about fighting forces
        // ("defensive positions against Y fighters", "defenses against Y's forces") runs both ways.
        if (!(AllCombatants(document, sentence, patients) || SentenceHasAny(document, sentence, FrontLineWords)))
        {
            return false;
        }

        AddMutual(agents, patients);
        return true;
    }

    /// <summary>
    /// "the coalition's campaign against Y", "X continued its campaign against Y": a campaign with no military qualifier counts
    /// only in a sentence about armed conflict, between states or organisations (never an election campaign).
    /// </summary>
    private static bool UnqualifiedCampaignArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        if (k - 1 < sentence.FirstToken || k + 1 >= sentence.EndToken || tokens[k + 1].Text != "against")
        {
            return false;
        }

        var before = tokens[k - 1].Text;
        if (!(before is "'s" or "its" or "their" or "the" or "a" || MentionEndingAt(document, sentence, k - 1) is not null) || !SentenceHasAny(document, sentence, MilitaryContextWords))
        {
            return false;
        }

        // The campaign noun rules of an unqualified war apply: "war" is the campaign noun that needs no qualifier.
        return NounArguments(document, sentence, k, RelationshipType.Attacked, "war", agents, patients) && !OnlyQualifies(document, sentence, patients, possessorQualifies: false)
            && !HasLabel(document, agents, EntityLabel.Person) && !HasLabel(document, patients, EntityLabel.Person);
    }

    /// <summary>
    /// "fighting/clashes between X and Y": each side attacks the other, unless the sentence makes it unreal anywhere ("fears of
    /// clashes between X and Y", "clashes between X and Y would ...").
    /// </summary>
    private static bool FightingBetweenArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (k + 1 >= end || tokens[k + 1].Text != "between" || (k - 1 >= sentence.FirstToken && FigurativeFightQualifiers.Contains(tokens[k - 1].Text))
            || !TargetStartsAt(document, sentence, k + 2, patients) || patients.Count != 2 || HasLabel(document, patients, EntityLabel.Person))
        {
            return false;
        }

        if (Blocked(document, sentence, sentence.FirstToken, end) || HasTrueModal(document, sentence, sentence.FirstToken, end) || UndoneBefore(document, sentence, k)
            || SentenceHasAny(document, sentence, PreventionWords))
        {
            return false;
        }

        agents.Add(patients[0]);
        patients.RemoveAt(0);
        AddMutual(agents, patients);
        return true;
    }

    /// <summary>Words that make fighting something to avoid rather than something that happened.</summary>
    private static readonly FrozenSet<string> PreventionWords = new[]
    {
        "avert", "averted", "prevent", "prevented", "preventing", "avoid", "avoided", "avoiding", "ceasefire", "truce", "halt", "end",
        "ended", "stop", "stopped", "hotline", "deconfliction", "de-escalate", "calm",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="Blocked"/> that passes over a parenthetical of support between commas: "Iraqi forces, backed by coalition
    /// airstrikes, retook the city" asserts the retaking ("backed" is otherwise a word of mere support for someone else's act).
    /// </summary>
    private static bool BlockedBesidesSupport(ArticleDocument document, Sentence sentence, int from, int trigger)
    {
        var tokens = document.Tokens;
        var start = Math.Max(from, sentence.FirstToken);
        if (start + 2 < trigger && tokens[start].Text == "," && tokens[start + 1].Text is "backed" or "supported" or "aided" or "assisted" or "helped"
            && tokens[start + 2].Text == "by")
        {
            var close = start + 3;
            while (close < trigger && tokens[close].Text != "," && !ClauseBreaks.Contains(tokens[close].Text))
            {
                close++;
            }

            if (close < trigger && tokens[close].Text == ",")
            {
                return Blocked(document, sentence, start + 3, close) || Blocked(document, sentence, close + 1, trigger);
            }
        }

        return Blocked(document, sentence, start, trigger);
    }

    /// <summary>A named enemy right at <paramref name="j"/> (after at most an article), not a mere possessor ("ISIL's finances").</summary>
    private static bool TargetStartsAt(ArticleDocument document, Sentence sentence, int j, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (j >= end || (MentionStartingAt(document, sentence, j) is null && !(tokens[j].Text is "the" or "a" or "an" && j + 1 < end && MentionStartingAt(document, sentence, j + 1) is not null)))
        {
            return false;
        }

        RightArguments(document, sentence, j, RelationshipType.Attacked, patients, excludeEntity: -1, nounPhraseOnly: true);
        if (patients.Count == 0 || patients[0].Start > j + 1)
        {
            patients.Clear();
            return false;
        }

        if (!OnlyQualifies(document, sentence, patients))
        {
            return true;
        }

        patients.Clear();
        return false;
    }

    /// <summary>Two sides fighting each other: [X, Y] attack [Y, X].</summary>
    private static bool IsMutual(List<Argument> agents, List<Argument> patients) =>
        agents.Count == 2 && patients.Count == 2 && agents[0].Entity != agents[1].Entity
        && agents[0].Entity == patients[1].Entity && agents[1].Entity == patients[0].Entity;

    /// <summary>
    /// True when a name only qualifies what is fought: "ISIL financing", or a possessor ("defeat ISIL's ideology") when
    /// <paramref name="possessorQualifies"/>; after an attack noun the possessor is hit ("a campaign against X's grid").
    /// </summary>
    private static bool OnlyQualifies(ArticleDocument document, Sentence sentence, List<Argument> patients, bool possessorQualifies = true)
    {
        var tokens = document.Tokens;
        foreach (var patient in patients)
        {
            if (patient.End < sentence.EndToken && ((possessorQualifies && tokens[patient.End].Text == "'s") || NonCombatantHeads.Contains(tokens[patient.End].Text))
                && MentionStartingAt(document, sentence, patient.Start) is { IsForce: false })
            {
                return true;
            }
        }

        return false;
    }

    private static void AddMutual(List<Argument> agents, List<Argument> patients)
    {
        if (agents.Count == 1 && patients.Count == 1 && agents[0].Entity != patients[0].Entity)
        {
            agents.Add(patients[0]);
            patients.Add(agents[0]);
        }
    }

    private static bool HasLabel(ArticleDocument document, List<Argument> arguments, EntityLabel label) =>
        arguments.Exists(a => document.Entities[a.Entity].Label == label);

    private static bool SentenceHasAny(ArticleDocument document, Sentence sentence, FrozenSet<string> words)
    {
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (words.Contains(document.Tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
