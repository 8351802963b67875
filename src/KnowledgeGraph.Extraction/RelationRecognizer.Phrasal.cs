using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Verbs whose meaning needs their particle, their object or a following phrase: "shot down a Russian jet" (an attack on
/// an aircraft), "shot dead", "gunned down", "hanged X" (a killing of a person), "died in an Israeli airstrike" (a killing
/// by the attacker), "welcomed X", "shook hands with X" (a meeting of people), "vowed revenge against X" and ultimatums
/// (threats, never attacks).
/// </summary>
internal static partial class RelationRecognizer
{
    /// <summary>Cue words of <see cref="PhrasalArguments"/>; an ordinal lookup keeps the hot path cheap.</summary>
    private static readonly FrozenSet<string> PhrasalCues = new[]
    {
        "shot", "shoot", "shoots", "downed", "gunned", "hanged", "welcomed", "welcomes", "shook", "died",
        "threatened", "threatens", "vowed", "vows", "promised", "pledged", "ultimatum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Finds the arguments of a phrasal cue at <paramref name="k"/> and the type it expresses; false when it is not one.</summary>
    private static bool PhrasalArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients, out RelationshipType type)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var text = tokens[k].Text;
        var next = k + 1 < end ? tokens[k + 1].Text : "";
        int objectStart;
        bool personObjectOnly;
        switch (text)
        {
            case "shot" or "shoot" or "shoots" when next == "down":
                (type, objectStart, personObjectOnly) = (RelationshipType.Attacked, k + 2, false);
                break;
            case "downed":
                (type, objectStart, personObjectOnly) = (RelationshipType.Attacked, k + 1, false);
                break;
            case "shot" when next == "dead":
            case "gunned" when next == "down":
                (type, objectStart, personObjectOnly) = (RelationshipType.Killed, k + 2, true);
                break;
            case "hanged":
                (type, objectStart, personObjectOnly) = (RelationshipType.Killed, k + 1, true);
                break;
            case "welcomed" or "welcomes":
                (type, objectStart, personObjectOnly) = (RelationshipType.Met, k + 1, true);
                break;
            case "shook" when next == "hands":
                // "X shook hands with Y", "X and Y shook hands".
                (type, objectStart, personObjectOnly) = (RelationshipType.Met, k + 2 < end && tokens[k + 2].Text == "with" ? k + 3 : end, true);
                break;
            case "died":
                type = RelationshipType.Killed;
                return DiedInAttackArguments(document, sentence, k, agents, patients);
            case "threatened" or "threatens" or "vowed" or "vows" or "promised" or "pledged":
                type = RelationshipType.Threatened;
                return VowedRetaliationArguments(document, sentence, k, agents, patients);
            case "ultimatum":
                type = RelationshipType.Threatened;
                return UltimatumArguments(document, sentence, k, agents, patients);
            default:
                type = default;
                return false;
        }

        if (SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        var previous = PreviousContentToken(tokens, sentence, k);
        var passive = previous >= 0 && Lexicon.BeForms.Contains(tokens[previous].Text) && tokens[previous].Text != "'s";

        // Shooting down an aircraft attacks its state; intercepting drones or missiles is defence against an attack.
        if (type == RelationshipType.Attacked && !(passive ? AircraftWithin(tokens, Math.Max(sentence.FirstToken, previous - 5), previous) : AircraftWithin(tokens, objectStart, end)))
        {
            return false;
        }

        if (previous >= 0 && tokens[previous].Text is "to" or "not" or "n't" or "never")
        {
            return false;
        }

        // "X was shot dead by Y", "the jet was shot down by Y".
        if (passive)
        {
            if (objectStart >= end || tokens[objectStart].Text != "by" || !LeftArguments(document, sentence, k, patients))
            {
                return false;
            }

            RightArguments(document, sentence, objectStart + 1, type, agents, excludeEntity: -1, nounPhraseOnly: true);
            return agents.Count > 0 && !Blocked(document, sentence, patients[^1].End, k) && PatientsFit(document, patients, personObjectOnly) && Disjoint(agents, patients);
        }

        if (!LeftArguments(document, sentence, k, agents) || Blocked(document, sentence, agents[^1].End, k) || HasTrueModal(document, sentence, agents[^1].End, k))
        {
            return false;
        }

        if (objectStart >= end && type == RelationshipType.Met)
        {
            if (agents.Count < 2 || !PatientsFit(document, agents, personObjectOnly))
            {
                return false;
            }

            patients.AddRange(agents);
            return true;
        }

        RightArguments(document, sentence, objectStart, type, patients, excludeEntity: agents.Count == 1 ? agents[0].Entity : -1, nounPhraseOnly: true);
        return patients.Count > 0 && PatientsFit(document, patients, personObjectOnly) && Disjoint(agents, patients);
    }

    private static bool PatientsFit(ArticleDocument document, List<Argument> patients, bool personObjectOnly) =>
        !personObjectOnly || patients.TrueForAll(p => document.Entities[p.Entity].Label == EntityLabel.Person);

    /// <summary>"X died in an Israeli airstrike", "X died during a US raid": the attacker named on the event noun killed X.</summary>
    private static bool DiedInAttackArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (k + 2 >= end || tokens[k + 1].Text is not ("in" or "during") || SentenceBlocks(document, sentence, k) || !LeftArguments(document, sentence, k, patients)
            || Blocked(document, sentence, patients[^1].End, k))
        {
            return false;
        }

        for (var n = k + 2; n < end && n - k <= 7; n++)
        {
            if (IsAttackNoun(tokens[n].Text))
            {
                if (AttackerQualifying(document, sentence, k + 2, n) is not { } actor)
                {
                    return false;
                }

                agents.Add(new Argument(actor.Entity, actor.Start, actor.End));
                return Disjoint(agents, patients);
            }

            if (ClauseBreaks.Contains(tokens[n].Text) || tokens[n].Text is "," or ".")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> AircraftNouns = new[]
    {
        "jet", "jets", "warplane", "warplanes", "plane", "planes", "aircraft", "helicopter", "helicopters", "fighter", "fighters",
        "bomber", "bombers", "airliner", "airliners", "airplane", "airplanes", "gunship", "gunships", "transport",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when an aircraft noun heads the object noun phrase starting at <paramref name="from"/> (before "by", "over", a comma...).</summary>
    private static bool AircraftWithin(List<Token> tokens, int from, int end)
    {
        for (var j = from; j < end && j - from <= 5; j++)
        {
            var text = tokens[j].Text;
            if (AircraftNouns.Contains(text))
            {
                return true;
            }

            if (text is "," or "." or "by" or "over" or "near" or "in" or "launched" or "fired" || WeaponNouns.Contains(text))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> RetaliationWords = new[]
    {
        "revenge", "retaliation", "reprisals", "reprisal", "retribution", "vengeance", "punishment",
        "retaliate", "respond", "avenge", "strike", "hit",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "X vowed revenge against Y", "X threatened retaliation against Y", "X vowed to retaliate against Y": announcing one's
    /// own retaliation on a named party threatens it (the retaliation itself has not happened, so it is never an attack).
    /// </summary>
    private static bool VowedRetaliationArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var j = k + 1;
        if (j < end && tokens[j].Text == "to")
        {
            j++;
        }

        if (j < end && tokens[j].Text is "swift" or "harsh" or "severe" or "massive" or "bloody" or "fierce" or "strong" or "firm" or "a" or "an")
        {
            j++;
        }

        if (j >= end || !RetaliationWords.Contains(tokens[j].Text))
        {
            return false;
        }

        if (tokens[j].Text is "strike" or "hit" && !(j + 1 < end && tokens[j + 1].Text == "back"))
        {
            return false;
        }

        var against = j + 1;
        while (against < end && against - j <= 2 && tokens[against].Text is "back" or "harshly" or "swiftly" or "forcefully")
        {
            against++;
        }

        if (against + 1 >= end || tokens[against].Text is not ("against" or "on") || SentenceBlocks(document, sentence, k))
        {
            return false;
        }

        RightArguments(document, sentence, against + 1, RelationshipType.Threatened, patients, excludeEntity: -1, nounPhraseOnly: true);
        var previous = PreviousContentToken(tokens, sentence, k);
        return patients.Count > 0 && !(previous >= 0 && tokens[previous].Text is "not" or "n't" or "never" or "to")
            && LeftArguments(document, sentence, k, agents) && !Blocked(document, sentence, agents[^1].End, k) && Disjoint(agents, patients);
    }

    /// <summary>"X issued an ultimatum to Y", "X gave Y an ultimatum".</summary>
    private static bool UltimatumArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var verb = k - 1;
        while (verb >= sentence.FirstToken && k - verb <= 5 && tokens[verb].Text is not ("issued" or "gave" or "delivered" or "sent" or "handed" or "set"))
        {
            verb--;
        }

        if (verb < sentence.FirstToken || k - verb > 5 || SentenceBlocks(document, sentence, verb))
        {
            return false;
        }

        // "gave Y an ultimatum": the recipient between the verb and the noun; otherwise "an ultimatum to Y".
        if (FirstMentionBetween(document, sentence, verb + 1, k) is { } recipient)
        {
            patients.Add(new Argument(recipient.Entity, recipient.Start, recipient.End));
        }
        else if (k + 2 < end && tokens[k + 1].Text == "to")
        {
            RightArguments(document, sentence, k + 2, RelationshipType.Threatened, patients, excludeEntity: -1, nounPhraseOnly: true);
        }

        return patients.Count > 0 && LeftArguments(document, sentence, verb, agents) && !Blocked(document, sentence, agents[^1].End, verb)
            && !HasTrueModal(document, sentence, agents[^1].End, verb) && Disjoint(agents, patients);
    }

    /// <summary>
    /// Sanction phrasings the noun rules miss: "Y was hit with new sanctions by X", "the X-imposed sanctions on Y", "the
    /// sanctions imposed by X on Y", "Y is subject to X sanctions".
    /// </summary>
    private static bool SanctionPhrasingArguments(ArticleDocument document, Sentence sentence, int k, List<Argument> agents, List<Argument> patients)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        // Tried after the generic sanction-noun rule, which may have left partial arguments behind.
        agents.Clear();
        patients.Clear();
        if (SentenceBlocks(document, sentence, k) || UndoneBefore(document, sentence, k))
        {
            return false;
        }

        // "the US-imposed sanctions on Y".
        if (k - 3 >= sentence.FirstToken && tokens[k - 1].Text is "imposed" && tokens[k - 2].Text is "-" && MentionEndingAt(document, sentence, k - 3) is { } imposer
            && k + 2 < end && tokens[k + 1].Text is "on" or "against")
        {
            agents.Add(new Argument(imposer.Entity, imposer.Start, imposer.End));
            RightArguments(document, sentence, k + 2, RelationshipType.Sanctioned, patients, excludeEntity: imposer.Entity, nounPhraseOnly: true);
            return patients.Count > 0 && !HasTrueModal(document, sentence, sentence.FirstToken, imposer.Start);
        }

        // "the sanctions imposed by X on Y".
        if (k + 3 < end && tokens[k + 1].Text is "imposed" or "placed" or "levied" && tokens[k + 2].Text == "by")
        {
            RightArguments(document, sentence, k + 3, RelationshipType.Sanctioned, agents, excludeEntity: -1, nounPhraseOnly: true);
            if (agents.Count == 0)
            {
                return false;
            }

            var on = agents[^1].End;
            if (on + 1 >= end || tokens[on].Text is not ("on" or "against"))
            {
                return false;
            }

            RightArguments(document, sentence, on + 1, RelationshipType.Sanctioned, patients, excludeEntity: agents[0].Entity, nounPhraseOnly: true);
            return patients.Count > 0 && !HasTrueModal(document, sentence, sentence.FirstToken, k);
        }

        // "Y was hit with (new) sanctions by X".
        var with = k - 1;
        while (with >= sentence.FirstToken && k - with <= 3 && tokens[with].Text is "new" or "fresh" or "further" or "more" or "additional" or "tough" or "tougher" or "sweeping" or "economic")
        {
            with--;
        }

        if (with - 1 >= sentence.FirstToken && tokens[with].Text == "with" && tokens[with - 1].Text is "hit" or "slapped" or "targeted" && k + 2 < end && tokens[k + 1].Text == "by")
        {
            RightArguments(document, sentence, k + 2, RelationshipType.Sanctioned, agents, excludeEntity: -1, nounPhraseOnly: true);
            return agents.Count > 0 && LeftArguments(document, sentence, with - 1, patients) && !Blocked(document, sentence, patients[^1].End, with - 1)
                && Disjoint(agents, patients);
        }

        // "Y is subject to X sanctions".
        if (k - 3 >= sentence.FirstToken && MentionEndingAt(document, sentence, k - 1) is { } qualifier && tokens[qualifier.Start - 1].Text == "to"
            && tokens[qualifier.Start - 2].Text is "subject" or "subjected")
        {
            agents.Add(new Argument(qualifier.Entity, qualifier.Start, qualifier.End));
            return LeftArguments(document, sentence, qualifier.Start - 2, patients) && !Blocked(document, sentence, patients[^1].End, qualifier.Start - 2)
                && Disjoint(agents, patients);
        }

        return false;
    }
}
