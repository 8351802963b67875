using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Finds named mentions of countries, organisations, bases, places (Locations) and people, then resolves short forms within the
/// article: surnames and titled surnames to full names, roles ("the Foreign Secretary") to their holder, acronyms
/// introduced in parentheses to their long form.
/// </summary>
internal sealed class MentionRecognizer
{
    private enum CandidateKind : byte
    {
        Fixed,
        PersonName,
        TitledSingle,
        UnresolvedSingle,

        /// <summary>A lone unknown name where a place is expected ("in Zarvan"): a person of the article by that name, else a Location.</summary>
        PlaceOrPerson,
        Role,
    }

    private readonly record struct Candidate(int Start, int End, int Sentence, CandidateKind Kind, EntityLabel Label, string Canonical, string Surface, string? Title, bool Adjective = false, string? Country = null);

    private static readonly HashSet<string> MetonymyVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "denied", "denies", "announced", "announces", "accused", "accuses", "imposed", "imposes",
        "responded", "responds", "rejected", "rejects", "warned", "warns", "condemned", "condemns", "demanded", "demands",
        "insisted", "insists", "claimed", "claims", "struck", "strikes", "launched", "launches", "retaliated", "retaliates",
        "sanctioned", "threatened", "threatens", "agreed", "agrees", "wants", "wanted", "called", "calls", "urged", "urges",
        "blamed", "blames", "attacked", "attacks", "killed", "confirmed", "confirms", "vowed", "vows", "promised", "refused",
        "sent", "sends", "ordered", "backed", "backs", "supports", "supported", "has", "have", "had", "is", "was", "will",
        "would", "could", "should", "must", "may", "might", "can", "also", "remains", "believes", "considers", "expelled",
        "recalled", "summoned", "welcomed", "welcomes", "hopes", "fears", "sees", "views", "argues", "argued", "maintains",
        "signed", "signs", "approved", "criticised", "criticized", "denounced", "protested", "reacted", "needs", "plans",
        "intends", "hit", "bombed", "met", "hosted", "did", "does", "continues", "continued", "seeks", "sought",
    };

    /// <summary>Words after a capital that make it the state's government: "the Damascus regime", "the Beijing government".</summary>
    private static readonly FrozenSet<string> StateNouns = new[]
    {
        "regime", "government", "authorities", "administration", "leadership", "officials", "diplomats", "policy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Tehran-backed militias": a capital before these hyphenated words is the state that backs.</summary>
    private static readonly FrozenSet<string> BackerWords = new[]
    {
        "backed", "led", "sponsored", "supported", "funded", "allied", "aligned", "controlled", "armed", "trained",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles of force done to a place: "Kyiv was shelled" makes the capital the place hit, not the actor.</summary>
    private static readonly FrozenSet<string> UndergoneAttack = new[]
    {
        "hit", "struck", "shelled", "bombed", "attacked", "targeted", "rocked", "pounded", "besieged", "raided", "stormed",
        "captured", "seized", "overrun", "retaken", "recaptured", "liberated", "bombarded", "hammered", "devastated",
        "destroyed", "damaged", "occupied", "surrounded", "encircled", "blockaded", "invaded", "shaken", "rocketed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make "Georgia" the Caucasus state rather than the US state: its capital, people, regions, offices.</summary>
    private static readonly System.Buffers.SearchValues<string> GeorgiaCountryCues = System.Buffers.SearchValues.Create(
        ["Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Ossetia", "Batumi", "Georgia's president", "Georgia's prime minister",
            "Georgia's parliament", "Georgia's government"],
        StringComparison.Ordinal);

    /// <summary>Verbs of speaking: a lone name that speaks ("Lincoln said") is a person, not a town of that name.</summary>
    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "told", "added", "asked", "wrote", "replied", "tweeted", "argued", "insisted", "explained", "noted", "stated",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a name that make it a place: prepositions of place and direction, and "the city of" heads.</summary>
    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "at", "near", "outside", "around", "across", "towards", "toward", "into", "inside", "throughout", "from", "via",
        "to", "on", "against", "through", "within", "between", "beyond", "along", "besieged", "shelled", "bombed", "struck",
        "hit", "pounded", "raided", "stormed", "captured", "seized", "recaptured", "retook", "liberated", "entered",
        // Verbs of force done to places, in every form ("began shelling X", "invaded X"); not those that take people as
        // readily ("attacked", "targeting", "captured" take leaders and critics too).
        "bombarded", "invaded", "occupied", "encircled", "overran", "shelling", "bombing", "pounding", "raiding", "storming",
        "besieging", "bombarding", "invading", "occupying", "encircling", "recapturing", "retaking", "liberating",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of a place "of" a name ("the city of X", "the outskirts of X", "the governor of X").</summary>
    private static readonly FrozenSet<string> PlaceOfNouns = new[]
    {
        "city", "town", "village", "province", "district", "region", "governorate", "capital", "suburb", "suburbs", "outskirts",
        "centre", "center", "heart", "streets", "residents", "people", "mayor", "governor", "east", "west", "north", "south",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "part",
        "parts", "area", "areas", "port", "siege", "battle", "liberation", "fall", "control", "edge", "outskirt", "countryside",
        // Force done to a place: "the bombardment of X", "the invasion of X" (not "the capture of X": people are captured).
        "bombardment", "shelling", "bombing", "invasion", "occupation", "blockade", "encirclement",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case nouns after a name that make it a place: "Anbar province", "the Idlib countryside".</summary>
    private static readonly FrozenSet<string> PlaceNounsAfter = new[]
    {
        "province", "city", "town", "village", "district", "region", "governorate", "area", "countryside", "suburbs", "outskirts",
        "border", "municipality", "county", "state", "oblast", "prefecture", "neighbourhood", "neighborhood", "residents",
        // Natural features, which follow a place's name and never a person's: "the Zarkun mountains", "the Ostrel forest".
        "mountains", "mountain", "hills", "valley", "river", "desert", "forest", "plateau", "plains", "peninsula", "coast",
        "coastline", "islands", "island", "lake", "marshes", "delta", "highlands", "basin", "gorge",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised division words after a place's name: the same place ("Anbar Province", "Kyiv Oblast").</summary>
    private static readonly FrozenSet<string> DivisionHeads = new[]
    {
        "Province", "Governorate", "District", "Region", "Oblast", "Prefecture", "County", "Municipality", "City",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised heads of a named street, feature or facility of a town: "Zarvan Road", "Lake Ostra", "Kyiv Airport".</summary>
    private static readonly FrozenSet<string> FeatureHeads = new[]
    {
        "Street", "Road", "Avenue", "Square", "Boulevard", "Lane", "Highway", "Bridge", "Valley", "River", "Lake", "Mountain",
        "Mountains", "Hills", "Heights", "Desert", "Coast", "Beach", "Bay", "Island", "Islands", "Peninsula", "Canal", "Dam",
        "Airport", "Harbour", "Harbor", "Falls", "Springs", "Creek", "Plain", "Plains", "Oasis", "Pass",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Compass words that make a part of a place its own name: "East Zarvan", "Northern Ostra".</summary>
    private static readonly FrozenSet<string> CompassWords = new[]
    {
        "East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central", "Upper", "Lower", "Greater", "Old",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Plural nouns of irregular fighters: after a one-word name no gazetteer knows they make it the name of their group
    /// ("M23 rebels", "Zarvan militants"); regular forces ("troops", "soldiers") belong to states, which gazetteers know.
    /// </summary>
    private static readonly FrozenSet<string> IrregularFighterNouns = new[]
    {
        "rebels", "militants", "insurgents", "militiamen", "guerrillas", "guerillas", "jihadists", "separatists", "fighters",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural place nouns whose "of" lists names that are all places: "the villages of Ostra and Zarvan".</summary>
    private static readonly FrozenSet<string> PlacesOfNouns = new[]
    {
        "cities", "towns", "villages", "provinces", "districts", "regions", "governorates", "settlements", "hamlets",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Place nouns that describe a name in an apposition: "Ostra, a village near the border".</summary>
    private static readonly FrozenSet<string> AppositivePlaceNouns = new[]
    {
        "city", "town", "village", "hamlet", "settlement", "province", "district", "region", "governorate", "suburb",
        "neighbourhood", "neighborhood", "port", "county", "municipality",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a lone unknown name that make it a place ("in Zarvan", "near Ostra"); "from" and "at" also take people and firms.</summary>
    private static readonly FrozenSet<string> StrongPlacePrepositions = new[]
    {
        "in", "near", "outside", "around", "across", "towards", "toward", "into", "inside", "throughout",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case nouns of an organised group: after "the" and a name no gazetteer knows they make that name the group's
    /// ("the Zeta gang", "the Ravo cartel", "the Anti-tova militia"), never a person's or a place's.
    /// </summary>
    /// <remarks>
    /// Only nouns that never follow a person's name: "coalition", "faction", "movement", "group", "party" do ("the Anna
    /// Berg coalition" is a politician's following), and the name would then be adopted as an organisation across the
    /// article.
    /// </remarks>
    private static readonly FrozenSet<string> GroupNouns = new[] { "gang", "gangs", "cartel", "militia", "syndicate" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of initialled names that are documents or things: "the Joint Plan of Action (JPA)", "Unmanned Aerial Vehicles (UAV)".</summary>
    private static readonly FrozenSet<string> ThingHeads = new[]
    {
        "Line", "Plan", "Treaty", "Agreement", "Accord", "Act", "Law", "Protocol", "Convention", "Resolution", "Programme",
        "Program", "Initiative", "System", "Index", "Vehicle", "Vehicles", "Product", "Products", "Weapon", "Weapons",
        "Missile", "Missiles", "Device", "Devices", "Action",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer gazetteer = Gazetteer.Instance;
    private readonly LocationGazetteer places = LocationGazetteer.Shared;

    public void Recognize(ArticleDocument document)
    {
        var candidates = new List<Candidate>();
        var acronyms = new Dictionary<string, (EntityLabel Label, string Canonical)>(StringComparer.Ordinal);
        var suppressedAcronyms = new HashSet<string>(StringComparer.Ordinal);
        // One pass over the text, and only in the articles that name Georgia at all.
        var georgiaIsCountry = document.Text.Contains("Georgia", StringComparison.Ordinal) && document.Text.AsSpan().ContainsAny(GeorgiaCountryCues);
        Span<char> buffer = stackalloc char[160];

        foreach (var sentence in document.Sentences)
        {
            var tokens = document.Tokens;
            var i = sentence.FirstToken;
            var end = sentence.EndToken;
            while (i < end)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }

                if (acronyms.TryGetValue(token.Text, out var known))
                {
                    candidates.Add(new Candidate(i, i + 1, sentence.Index, CandidateKind.Fixed, known.Label, known.Canonical, token.Text, null));
                    i++;
                    continue;
                }

                var next = TryInitialledName(document, sentence, i, buffer, candidates);
                if (next > i)
                {
                    i = AfterParenthesisedAcronym(document, sentence, next, candidates, acronyms);
                    continue;
                }

                next = TryGazetteerOrShape(document, sentence, i, buffer, georgiaIsCountry, candidates);
                if (next > i)
                {
                    i = AfterParenthesisedAcronym(document, sentence, next, candidates, acronyms);
                    continue;
                }

                if (!sentence.IsHeadlineCase)
                {
                    next = TryTitledPerson(document, sentence, i, candidates);
                    if (next > i)
                    {
                        i = next;
                        continue;
                    }
                }

                next = TryNameRun(document, sentence, i, candidates, suppressedAcronyms, acronyms);
                i = next > i ? next : i + 1;
            }
        }

        AdoptOrganisationNames(candidates);
        Resolve(document, candidates);
    }

    /// <summary>
    /// "the Zeta Ravo gang ... Zeta Ravo later denied it": a name the article gives an organisation elsewhere is that
    /// organisation wherever it stands alone, not a person of the same name (unless a title makes it one).
    /// </summary>
    private static void AdoptOrganisationNames(List<Candidate> candidates)
    {
        Dictionary<string, string>? organisations = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == CandidateKind.Fixed && candidate.Label == EntityLabel.Organisation && candidate.Surface.Contains(' ', StringComparison.Ordinal))
            {
                (organisations ??= new(StringComparer.Ordinal)).TryAdd(candidate.Surface, candidate.Canonical);
            }
        }

        if (organisations is null)
        {
            return;
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (candidate.Kind == CandidateKind.PersonName && candidate.Title is null && organisations.TryGetValue(candidate.Surface, out var canonical))
            {
                candidates[c] = candidate with { Kind = CandidateKind.Fixed, Label = EntityLabel.Organisation, Canonical = canonical, Title = null };
            }
        }
    }

    /// <summary>
    /// "the Ravo Tenth Front (RTF)", "Sons of the Valley Brigade (SVB)": capitalised words followed by their own initials in
    /// brackets name an organisation, whatever their words, unless a gazetteer knows the whole name (a country, a place);
    /// returns the end of the name, or <paramref name="i"/> when the words are not one.
    /// </summary>
    private int TryInitialledName(ArticleDocument document, Sentence sentence, int i, Span<char> buffer, List<Candidate> candidates)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (sentence.IsHeadlineCase || !tokens[i].IsCapitalised || tokens[i].IsAllCaps || Lexicon.SentenceStarters.Contains(tokens[i].Text))
        {
            return i;
        }

        var nameEnd = CapitalisedRunEnd(tokens, i, end);
        if (nameEnd - i < 2 || nameEnd + 2 >= end || tokens[nameEnd].Text != "(" || tokens[nameEnd + 2].Text != ")")
        {
            return i;
        }

        // Words that read as a person's name throughout ("Anna Maria Berg (AMB)") are a person's, initials or not.
        var acronym = tokens[nameEnd + 1].Text;
        if (!tokens[nameEnd + 1].IsAllCaps || Lexicon.NonAcronyms.Contains(acronym) || Initials(document.Surface(i, nameEnd)) != acronym
            || NameRunEnd(tokens, i, end, allowSingle: false) >= nameEnd)
        {
            return i;
        }

        var length = Gazetteer.WriteKey(tokens, i, nameEnd, buffer);
        if ((length > 0 && gazetteer.TryGet(buffer[..length], out _)) || LongestPlaceMatch(tokens, i, nameEnd, out _) == nameEnd - i)
        {
            return i;
        }

        // "the Joint Plan of Action (JPA)" is a document, "Unmanned Aerial Vehicles (UAV)" a thing: no entity, and no person
        // made of its first words. (Areas such as "the X Economic Zone (XEZ)" stay organisations: read as places they cost
        // a held-out development half an organisation and a relationship.)
        if (ThingHeads.Contains(tokens[nameEnd - 1].Text))
        {
            return nameEnd + 3;
        }

        var name = document.Surface(i, nameEnd);
        candidates.Add(new Candidate(i, nameEnd, sentence.Index, CandidateKind.Fixed, EntityLabel.Organisation, name, name, null));
        return nameEnd;
    }

    private int TryGazetteerOrShape(ArticleDocument document, Sentence sentence, int i, Span<char> buffer, bool georgiaIsCountry, List<Candidate> candidates)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var (gazetteerLength, entry) = LongestGazetteerMatch(tokens, i, end, buffer);
        var placeLength = LongestPlaceMatch(tokens, i, end, out var place);

        if (!sentence.IsHeadlineCase)
        {
            var (shapeStart, shapeEnd, label) = OrganisationOrBaseShape(tokens, i, end, sentence.FirstToken);
            // A shape that starts after a name found here ("the United States and the European Union") is taken when
            // the scan reaches it; the name comes first.
            if (shapeEnd > 0 && shapeEnd - i > Math.Max(gazetteerLength, placeLength) && !(shapeStart > i && gazetteerLength > 0 && i + gazetteerLength <= shapeStart))
            {
                var surface = document.Surface(shapeStart, shapeEnd);
                var canonical = surface;
                var length = Gazetteer.WriteKey(tokens, shapeStart, shapeEnd, buffer);
                if (length > 0 && gazetteer.TryGet(buffer[..length], out var exact) && exact.Kind != GazetteerKind.Blocker)
                {
                    canonical = exact.Canonical;
                    label = exact.Label;
                }
                else if (label == EntityLabel.Organisation && gazetteer.TryGetOrganisationByContent(surface, out var similar))
                {
                    canonical = similar.Canonical;
                }
                else if (label == EntityLabel.Base && !tokens[shapeEnd - 1].IsCapitalised)
                {
                    // "the Ain al-Asad air base" is named like "Ain al-Asad Air Base", the form other articles capitalise.
                    canonical = TitleCaseLowercaseTail(document, shapeStart, shapeEnd);
                }

                candidates.Add(new Candidate(shapeStart, shapeEnd, sentence.Index, CandidateKind.Fixed, label, canonical, surface, null));
                return shapeEnd;
            }
        }

        // A place name longer than any country or organisation name here ("Mexico City", "Kyiv Oblast"), or one only a
        // blocker covers ("New Mexico"): a Location where the context lets it be one.
        if (placeLength > gazetteerLength || (placeLength > 0 && placeLength == gazetteerLength && entry.Kind == GazetteerKind.Blocker))
        {
            var placeEnd = TryAddPlace(document, sentence, i, i + placeLength, place, isCapital: false, candidates);
            if (placeEnd > i || gazetteerLength == 0)
            {
                return placeEnd;
            }
        }

        if (gazetteerLength == 0)
        {
            // "East Zarvan", "Northern Ostra": a compass word before a known place names a part of it, in its country.
            if (placeLength == 0 && CompassWords.Contains(tokens[i].Text) && i + 1 < end && LongestPlaceMatch(tokens, i + 1, end, out var part) > 0
                && part.Value.Country.Length > 0)
            {
                return TryAddPlace(document, sentence, i, i + 1 + part.TokenCount, part, isCapital: false, candidates, document.Surface(i, i + 1 + part.TokenCount));
            }

            return i;
        }

        var matchEnd = i + gazetteerLength;
        if (entry.Kind == GazetteerKind.Blocker)
        {
            return matchEnd;
        }

        // In a title-case headline the capitals around a one-word name say nothing when the body names it on its own.
        var headlineNamedByBody = sentence.IsHeadlineCase && gazetteerLength == 1 && BodyNamesAlone(document, tokens[i].Text);
        var previousIsName = !headlineNamedByBody && i > sentence.FirstToken && IsNameWord(tokens[i - 1])
            && !(i - 1 == sentence.FirstToken && Lexicon.SentenceStarters.Contains(tokens[i - 1].Text));
        var nextIsName = !headlineNamedByBody && matchEnd < end && IsNameWord(tokens[matchEnd]) && !IsSingleGazetteerWord(tokens[matchEnd].Text);
        if (entry.Ambiguous)
        {
            if (previousIsName || nextIsName)
            {
                return i;
            }

            if (entry.Canonical == "Georgia" && !georgiaIsCountry)
            {
                return matchEnd;
            }
        }

        if (entry.Kind == GazetteerKind.Capital)
        {
            if (previousIsName && gazetteerLength == 1)
            {
                return i;
            }

            var after = matchEnd < end ? tokens[matchEnd].Text : "";
            var before = i > sentence.FirstToken ? tokens[i - 1].Text : "";
            var acts = after == "'s" || MetonymyVerbs.Contains(after) || StateNouns.Contains(after)
                || (after.Length > 3 && char.IsLower(after[0]) && after.EndsWith("ed", StringComparison.Ordinal))
                || (after == "-" && matchEnd + 1 < end && BackerWords.Contains(tokens[matchEnd + 1].Text))
                || (i == sentence.FirstToken && IsPresentTenseVerb(after));
            if (acts && after is "was" or "is" or "were" or "has" or "had" or "have" && UndergoesAttack(tokens, matchEnd + 1, end))
            {
                // "Kyiv was shelled", "Aleppo has been hit": the place that force was used on.
                acts = false;
            }

            // "sanctions against Moscow", "new sanctions on Tehran": the target of a measure is the state.
            // "sanctions imposed by Washington": an agent after "by" is the state too.
            var targeted = before is "against" or "by"
                || (before == "on" && i - 2 >= sentence.FirstToken && tokens[i - 2].Text is "sanctions" or "embargo" or "tariffs" or "pressure" or "restrictions");
            if ((!acts && !targeted) || Lexicon.LocativePrepositions.Contains(before) || before is "to" or "at" or "of")
            {
                // Not the state acting: the city as a place ("missiles hit Kyiv", "talks in Moscow"), when the place
                // gazetteer knows it under the same words.
                return placeLength == gazetteerLength ? Math.Max(TryAddPlace(document, sentence, i, matchEnd, place, isCapital: true, candidates), matchEnd) : matchEnd;
            }
        }

        if (gazetteerLength == 1 && entry.Label == EntityLabel.Organisation && !tokens[i].IsAllCaps && previousIsName)
        {
            return i;
        }

        if (tokens[i].Text is "IS" or "US" && IsShoutedContext(tokens, i, sentence))
        {
            return matchEnd;
        }

        candidates.Add(new Candidate(i, matchEnd, sentence.Index, CandidateKind.Fixed, entry.Label, entry.Canonical, document.Surface(i, matchEnd), null, entry.Kind == GazetteerKind.Adjective));
        return matchEnd;
    }

    /// <summary>
    /// Adds a Location for the place name at [start, end) when English makes it one here, and returns where the
    /// mention ends; returns <paramref name="start"/> when it is not one (part of a longer name, a person's name, an
    /// ambiguous name without a place context), so the other rules look at the words.
    /// </summary>
    private int TryAddPlace(ArticleDocument document, Sentence sentence, int start, int end, PhraseMatch<LocationEntry> place, bool isCapital, List<Candidate> candidates, string? canonical = null)
    {
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        var last = sentence.EndToken;

        // A one-word place of a title-case sentence (a headline) that the body names on its own: there every word is
        // capitalised, so the capitals around it say nothing.
        var namedByBody = sentence.IsHeadlineCase && end - start == 1 && BodyNamesAlone(document, tokens[start].Text);

        // Part of a longer name: a name word just before ("George Washington") or a capitalised word just after
        // ("Washington Post", "Paris Hilton"); a division word after is the same place ("Kyiv Oblast").
        if (!namedByBody && start > first && IsNameWord(tokens[start - 1]) && !(start - 1 == first && Lexicon.SentenceStarters.Contains(tokens[start - 1].Text)))
        {
            return start;
        }

        var mentionEnd = end;
        if (end < last && DivisionHeads.Contains(tokens[end].Text) && !tokens[end].JoinedToPrevious)
        {
            mentionEnd = end + 1;
        }
        else if (end < last && FeatureHeads.Contains(tokens[end].Text) && !tokens[end].JoinedToPrevious)
        {
            // "Kyiv Airport", "Ostra Road": a place of its own, named after the town and in its country.
            mentionEnd = end + 1;
            canonical = document.Surface(start, mentionEnd);
        }
        else if (!namedByBody && end < last && IsLongerNameWord(tokens[end]))
        {
            return start;
        }

        // "the Kurdistan regional government", "the Ostra authorities": a region's government is an organisation.
        if (!isCapital && mentionEnd < last && (StateNouns.Contains(tokens[mentionEnd].Text) || tokens[mentionEnd].Text == "regional"))
        {
            return start;
        }

        // A person of this article by that name ("Lincoln" after "Abraham Lincoln"), or a lone name that speaks.
        if (end - start == 1 && (IsPersonWord(candidates, tokens[start].Text) || (!isCapital && end < last && SpeechVerbs.Contains(tokens[end].Text))))
        {
            return start;
        }

        if ((place.Ambiguous || (sentence.IsHeadlineCase && mentionEnd - start == 1 && !namedByBody)) && !HasPlaceContext(tokens, start, mentionEnd, first, last))
        {
            return start;
        }

        var entry = place.Value;
        candidates.Add(new Candidate(start, mentionEnd, sentence.Index, CandidateKind.Fixed, EntityLabel.Location, canonical ?? entry.Name, document.Surface(start, mentionEnd), null,
            Country: entry.Country.Length > 0 ? entry.Country : null));
        return mentionEnd;
    }

    /// <summary>
    /// The longest place name at i within the sentence: the compiled gazetteer's or a world region's (which wins a tie,
    /// see <see cref="WorldRegions"/>); its token count, 0 when none.
    /// </summary>
    private int LongestPlaceMatch(List<Token> tokens, int i, int end, out PhraseMatch<LocationEntry> place)
    {
        var compiled = places.TryMatchLongest(tokens, i, end, out place) ? place.TokenCount : 0;
        if (WorldRegions.TryMatchLongest(tokens, i, end, out var region) && region.TokenCount >= compiled)
        {
            place = region;
            return region.TokenCount;
        }

        return compiled;
    }

    /// <summary>
    /// The country an unknown place's words put it in: "Zarvan, Ukraine", "the Syrian town of Zarvan", "the Iraqi city
    /// Zarvan"; null when they name none.
    /// </summary>
    private string? ContextCountry(List<Token> tokens, int start, int end, int first, int last)
    {
        if (end + 1 < last && tokens[end].Text == "," && gazetteer.StartsPhrase(tokens[end + 1].Text))
        {
            Span<char> buffer = stackalloc char[160];
            var (length, entry) = LongestGazetteerMatch(tokens, end + 1, last, buffer);
            if (length > 0 && entry.Label == EntityLabel.Country && entry.Kind == GazetteerKind.Name && !entry.Ambiguous)
            {
                return entry.Canonical;
            }
        }

        var noun = start - 1;
        if (noun > first && tokens[noun].Text == "of")
        {
            noun--;
        }

        if (noun > first && PlaceOfNouns.Contains(tokens[noun].Text) && gazetteer.TryGet(tokens[noun - 1].Text, out var adjective)
            && adjective.Label == EntityLabel.Country && adjective.Kind == GazetteerKind.Adjective)
        {
            return adjective.Canonical;
        }

        return null;
    }

    /// <summary>
    /// A name the gazetteers do not know, shaped as a place: a feature or division head after it ("Zarvan Road",
    /// "Ostra City"), or words that make a multi-word name a place ("in Upper Zarvan", "Wadi Ostra", "Zarvan Heights,
    /// Ukraine"). Adds the Location (country from the context, else none) and returns its end, or returns
    /// <paramref name="start"/>.
    /// </summary>
    private int TryAddUnknownPlace(ArticleDocument document, Sentence sentence, int start, int runEnd, int words, List<Candidate> candidates)
    {
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        var last = sentence.EndToken;
        var end = runEnd;
        if (runEnd < last && !tokens[runEnd].JoinedToPrevious && (FeatureHeads.Contains(tokens[runEnd].Text) || DivisionHeads.Contains(tokens[runEnd].Text)))
        {
            end = runEnd + 1;
        }
        else if (words < 2 || sentence.IsHeadlineCase || (runEnd < last && tokens[runEnd].Text == "'s"))
        {
            return start;
        }
        else
        {
            var previous = start > first ? tokens[start - 1].Text : "";
            var placed = StrongPlacePrepositions.Contains(previous) || Lexicon.PlaceMarkers.Contains(tokens[start].Text)
                || IsFollowedByItsCountry(tokens, runEnd, last)
                || (runEnd < last && PlaceNounsAfter.Contains(tokens[runEnd].Text))
                || (previous == "of" && start - 2 >= first && PlaceOfNouns.Contains(tokens[start - 2].Text));
            if (!placed || (runEnd < last && IsLongerNameWord(tokens[runEnd])) || IsPersonName(candidates, document.Surface(start, runEnd)))
            {
                return start;
            }
        }

        var surface = document.Surface(start, end);
        candidates.Add(new Candidate(start, end, sentence.Index, CandidateKind.Fixed, EntityLabel.Location, surface, surface, null, Country: ContextCountry(tokens, start, end, first, last)));
        return end;
    }

    /// <summary>
    /// "Town, Country": the name at <paramref name="runEnd"/> is followed by a comma and a country word. Not "X, Russia's
    /// foreign minister": a possessive country opens an apposition about X.
    /// </summary>
    private bool IsFollowedByItsCountry(List<Token> tokens, int runEnd, int end) =>
        runEnd + 1 < end && tokens[runEnd].Text == "," && IsCountryWord(tokens[runEnd + 1].Text)
        && (runEnd + 2 >= end || tokens[runEnd + 2].Text != "'s");

    private static bool IsPersonName(List<Candidate> candidates, string surface)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == CandidateKind.PersonName && candidate.Surface.EndsWith(surface, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised word right after a place name that makes the name part of a longer one ("Washington Post"); not a
    /// weekday, month, country or acronym after it ("in Kyiv Tuesday", "in Kyiv AP").
    /// </summary>
    private bool IsLongerNameWord(Token token) =>
        token.IsCapitalised && !token.IsAllCaps && !token.JoinedToPrevious && !Lexicon.Weekdays.Contains(token.Text)
        && !Lexicon.Months.Contains(token.Text) && !IsCountryWord(token.Text);

    /// <summary>
    /// Whether a lone unknown name ends where a place name would: at punctuation, a function word or a place noun, not
    /// before a noun it qualifies ("in Zarvan documents"), a number ("in Category 1") or another name ("in Team X").
    /// </summary>
    private static bool EndsAsAPlace(List<Token> tokens, int end, int last)
    {
        if (end >= last)
        {
            return true;
        }

        var next = tokens[end];
        return next.Kind == TokenKind.Punctuation
            || (next.Kind == TokenKind.Word && !next.IsCapitalised
                && (Lexicon.FunctionWords.Contains(next.Text) || PlaceNounsAfter.Contains(next.Text) || TimeWords.Contains(next.Text)))
            || Lexicon.Weekdays.Contains(next.Text);
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is one of the names a plural place noun's "of" lists: "the villages of
    /// Ostra and Zarvan", "the towns of Ostra, Zarvan and Lesk". Walks back over the earlier names and their separators.
    /// </summary>
    private static bool IsListedAfterPlacesOf(List<Token> tokens, int start, int first)
    {
        var j = start - 1;
        while (j > first)
        {
            var word = tokens[j].Text;
            if (word == "of")
            {
                return PlacesOfNouns.Contains(tokens[j - 1].Text);
            }

            if (word is not ("and" or ",") || !tokens[j - 1].IsCapitalised)
            {
                return false;
            }

            // Over the earlier name (a run of capitalised words) to the word before it.
            j--;
            while (j > first && tokens[j].IsCapitalised)
            {
                j--;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an apposition after the name at [.., <paramref name="end"/>) describes it as a place: "Ostra, a village near
    /// the border", "Zarvan, a small town in the north". The place noun must end its phrase (", a town councillor" is a person).
    /// </summary>
    private static bool IsDescribedAsAPlace(List<Token> tokens, int end, int last)
    {
        if (end + 2 >= last || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an" or "the"))
        {
            return false;
        }

        // At most two modifiers before the noun: "a small farming village".
        for (var k = end + 2; k < last && k <= end + 4; k++)
        {
            var word = tokens[k];
            if (AppositivePlaceNouns.Contains(word.Text))
            {
                return k + 1 >= last || tokens[k + 1].Kind == TokenKind.Punctuation
                    || (tokens[k + 1].Kind == TokenKind.Word
                        && (Lexicon.FunctionWords.Contains(tokens[k + 1].Text) || StrongPlacePrepositions.Contains(tokens[k + 1].Text)
                            || tokens[k + 1].Text is "near" or "about" or "some" or "just" or "close" or "north" or "south" or "east" or "west" or "along" or "where" or "home"));
            }

            if (word.Kind != TokenKind.Word || word.IsCapitalised)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words of time that follow a place as readily as a preposition: "in Zarvan overnight", "near Ostra last week".</summary>
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "yesterday", "today", "tonight", "overnight", "earlier", "later", "last", "this", "next", "recently", "early", "late", "since", "after", "before", "during", "when", "where", "while",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a sentence of the body (not a title-case one) has the word capitalised on its own: not the sentence's first
    /// word and with no capitalised word on either side ("officials in Kyiv said", not "the Washington Post"). A title-case
    /// headline's capitals say nothing, the body's do ("Russia Strikes Kyiv" over a body that names Kyiv). Only asked for
    /// words of title-case sentences, so the scan is rare.
    /// </summary>
    private static bool BodyNamesAlone(ArticleDocument document, string word)
    {
        var tokens = document.Tokens;
        foreach (var other in document.Sentences)
        {
            if (other.IsHeadlineCase)
            {
                continue;
            }

            for (var k = other.FirstToken + 1; k < other.EndToken; k++)
            {
                if (string.Equals(tokens[k].Text, word, StringComparison.Ordinal) && !tokens[k - 1].IsCapitalised
                    && (k + 1 == other.EndToken || !tokens[k + 1].IsCapitalised))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the words around [start, end) make it a place: "in X", "the city of X", "X province", "X, Ohio".</summary>
    private bool HasPlaceContext(List<Token> tokens, int start, int end, int first, int last)
    {
        if (start > first)
        {
            var before = tokens[start - 1].Text;
            if (PlacePrepositions.Contains(before) || Lexicon.LocativePrepositions.Contains(before)
                || (before == "of" && start - 2 >= first && PlaceOfNouns.Contains(tokens[start - 2].Text))
                || (before == "the" && start - 2 >= first && PlacePrepositions.Contains(tokens[start - 2].Text)))
            {
                return true;
            }
        }

        if (end < last && PlaceNounsAfter.Contains(tokens[end].Text))
        {
            return true;
        }

        // "Springfield, Illinois", "Aden, Yemen": a comma and the country or region it lies in.
        return end + 1 < last && tokens[end].Text == "," && tokens[end + 1].IsCapitalised
            && (IsCountryWord(tokens[end + 1].Text) || (places.TryMatchLongest(tokens, end + 1, last, out var region) && region.Value.Kind == LocationKind.Region));
    }

    /// <summary>
    /// "Washington tightens sanctions": a lower-case word in -s right after a sentence's first name, which is no noun
    /// the name qualifies ("Kyiv residents"), reads as the present tense of the name's verb.
    /// </summary>
    private static bool IsPresentTenseVerb(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'')
        && !PlaceNounsAfter.Contains(word) && !Lexicon.PossessedNouns.Contains(word) && !Lexicon.ActorNouns.Contains(word) && !Lexicon.ForceNouns.Contains(word);

    /// <summary>"Kyiv was shelled", "Aleppo has been hit": after an auxiliary (and "been"), a participle of force done to it.</summary>
    private static bool UndergoesAttack(List<Token> tokens, int from, int end)
    {
        var j = from;
        while (j < end && j - from < 2 && tokens[j].Text is "been" or "repeatedly" or "again" or "also" or "heavily" or "reportedly")
        {
            j++;
        }

        return j < end && UndergoneAttack.Contains(tokens[j].Text);
    }

    private static bool IsPersonWord(List<Candidate> candidates, string word)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == CandidateKind.PersonName && candidate.Surface.Length > word.Length
                && candidate.Surface.EndsWith(word, StringComparison.Ordinal) && candidate.Surface[^(word.Length + 1)] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShoutedContext(List<Token> tokens, int i, Sentence sentence)
    {
        var shouted = 0;
        for (var j = Math.Max(sentence.FirstToken, i - 2); j < Math.Min(sentence.EndToken, i + 3); j++)
        {
            if (j != i && tokens[j].IsAllCaps && tokens[j].Text.Length > 2)
            {
                shouted++;
            }
        }

        return shouted >= 2;
    }

    private (int Length, GazetteerEntry Entry) LongestGazetteerMatch(List<Token> tokens, int i, int end, Span<char> buffer)
    {
        if (!gazetteer.StartsPhrase(tokens[i].Text))
        {
            return (0, null!);
        }

        for (var n = Math.Min(gazetteer.MaxPhraseTokens, end - i); n >= 1; n--)
        {
            var length = Gazetteer.WriteKey(tokens, i, i + n, buffer);
            if (length > 0 && gazetteer.TryGet(buffer[..length], out var entry))
            {
                // A multi-token phrase must not end inside a hyphenated word ("US-led" is "US" + "led").
                return (n, entry);
            }
        }

        return (0, null!);
    }

    /// <summary>The span of "X Ministry", "Ministry of X", "X Air Base", "Camp X" starting at or just after i.</summary>
    private static (int Start, int End, EntityLabel Label) OrganisationOrBaseShape(List<Token> tokens, int i, int end, int sentenceStart)
    {
        var start = i;
        while (start < end && tokens[start].IsCapitalised && (Lexicon.SentenceStarters.Contains(tokens[start].Text)))
        {
            start++;
        }

        if (start >= end || !(tokens[start].IsCapitalised || IsOrdinal(tokens[start]) || IsParticle(tokens, start, end)))
        {
            return (0, 0, default);
        }

        if (start > i)
        {
            return (0, 0, default);
        }

        // Camp X / Fort X.
        if (Lexicon.BasePrefixes.Contains(tokens[start].Text) && start + 1 < end && tokens[start + 1].IsCapitalised && !tokens[start + 1].JoinedToPrevious)
        {
            var nameEnd = start + 1;
            while (nameEnd < end && nameEnd - start < 4 && tokens[nameEnd].IsCapitalised && !Lexicon.NonNameWords.Contains(tokens[nameEnd].Text))
            {
                nameEnd++;
            }

            return (start, nameEnd, EntityLabel.Base);
        }

        var runEnd = CapitalisedRunEnd(tokens, start, end);
        var firstHead = -1;
        for (var j = start; j < runEnd; j++)
        {
            if (Lexicon.OrganisationHeads.Contains(tokens[j].Text) || Lexicon.BaseHeads.Contains(tokens[j].Text))
            {
                firstHead = j;
                break;
            }
        }

        if (firstHead < 0)
        {
            // "the town of Gori and the Vaziani air base": a name coordinated before the base is a name of its own, found
            // where it stands; the base's name starts after the coordinator.
            for (var j = start; j < runEnd; j++)
            {
                if (tokens[j].Text is "and" or "&")
                {
                    return (0, 0, default);
                }
            }

            return LowercaseBaseHeadEnd(tokens, start, runEnd, end) is var baseEnd && baseEnd > runEnd ? (start, baseEnd, EntityLabel.Base) : (0, 0, default);
        }

        static bool IsCountryOrAdjective(string text) =>
            Gazetteer.Instance.TryGet(text, out var entry) && entry.Label == EntityLabel.Country && entry.Kind is GazetteerKind.Name or GazetteerKind.Adjective;

        // "the United States and the European Union": a country of several words before "and" is not part of the name.
        static bool IsCountryName(List<Token> tokens, int from, int to)
        {
            Span<char> key = stackalloc char[64];
            if (from < to && tokens[from].Text == "the")
            {
                from++;
            }

            var length = from < to ? Gazetteer.WriteKey(tokens, from, to, key) : -1;
            return length > 0 && Gazetteer.Instance.TryGet(key[..length], out var entry) && entry.Label == EntityLabel.Country && entry.Kind == GazetteerKind.Name;
        }

        // "Membership of the European Union": what precedes a connector that does not follow a head is not the name.
        for (var j = start; j < firstHead; j++)
        {
            // "Monday 19 December the UN Security Council", "U.S. and Royal Navy": dates and coordinated countries are not the name.
            if (tokens[j].Kind == TokenKind.Number || Lexicon.Weekdays.Contains(tokens[j].Text) || Lexicon.Months.Contains(tokens[j].Text)
                || (tokens[j].Text == "the" && j > start && !Lexicon.NameConnectors.Contains(tokens[j - 1].Text))
                || (tokens[j].Text is "and" or "&" && j > start && (IsCountryOrAdjective(tokens[j - 1].Text) || IsCountryName(tokens, start, j))))
            {
                start = j + 1 < end && tokens[j + 1].Text == "the" ? j + 2 : j + 1;
                continue;
            }

            if (tokens[j].Text is "of" or "for" or "on" or "against" or "in" or "to" && j > start
                && !Lexicon.OrganisationHeads.Contains(tokens[j - 1].Text) && !Lexicon.IsTitleWord(tokens[j - 1].Text)
                && (start == sentenceStart || Lexicon.NonNameWords.Contains(tokens[j - 1].Text)))
            {
                start = tokens[j + 1].Text == "the" ? j + 2 : j + 1;
            }
        }

        // "the Government of Iraq and the Kurdistan Regional Government" are two organisations.
        for (var j = firstHead + 1; j < runEnd; j++)
        {
            if (tokens[j].Text is "and" or "&")
            {
                var laterHead = false;
                for (var h = j + 1; h < runEnd; h++)
                {
                    laterHead |= Lexicon.OrganisationHeads.Contains(tokens[h].Text);
                }

                if (laterHead)
                {
                    runEnd = j;
                    break;
                }
            }
        }

        var lastHead = -1;
        var isBase = false;
        for (var j = start; j < runEnd; j++)
        {
            var text = tokens[j].Text;
            if (Lexicon.BaseHeads.Contains(text) || (text == "Station" && j > start && Lexicon.BaseStationQualifiers.Contains(tokens[j - 1].Text)))
            {
                lastHead = j;
                isBase = true;
            }
            else if (Lexicon.OrganisationHeads.Contains(text))
            {
                lastHead = j;
                isBase = false;
            }
        }

        if (lastHead < 0)
        {
            return (0, 0, default);
        }

        var shapeEnd = lastHead + 1;

        // "Ministry of Defence", "Government of Iraq": a connector-led tail belongs to the name.
        if (shapeEnd < runEnd && tokens[shapeEnd].Text is "of" or "for" or "de" or "del" or "des" or "du")
        {
            for (var j = shapeEnd + 1; j < runEnd; j++)
            {
                if (tokens[j].Text is "and" or "&" && j + 1 < runEnd && (tokens[j + 1].Text == "the" || IsCountryOrAdjective(tokens[j + 1].Text)))
                {
                    runEnd = j;
                    break;
                }
            }

            shapeEnd = runEnd;
            while (shapeEnd > lastHead + 1 && !tokens[shapeEnd - 1].IsCapitalised)
            {
                shapeEnd--;
            }
        }

        // Strip a leading title ("Commander of US Central Command").
        var shapeStart = start;
        for (var j = start; j < lastHead; j++)
        {
            if (tokens[j].Text is "of" or "for" && j > start && Lexicon.IsTitleWord(tokens[j - 1].Text))
            {
                shapeStart = j + 1;
            }
        }

        // A bare head ("Council", "the Army") is not a name; one word plus the head is.
        var words = 0;
        for (var j = shapeStart; j < shapeEnd; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && tokens[j].Text is not ("of" or "for" or "and" or "the"))
            {
                words++;
            }
        }

        if (words < 2)
        {
            return (0, 0, default);
        }

        if (IsOrdinal(tokens[shapeStart]) is false && !tokens[shapeStart].IsCapitalised && !IsParticle(tokens, shapeStart, end))
        {
            return (0, 0, default);
        }

        return (shapeStart, shapeEnd, isBase ? EntityLabel.Base : EntityLabel.Organisation);
    }

    /// <summary>
    /// "the Ain al-Asad air base", "Bagram airfield", "the Al-Tanf garrison": a name followed by a lower-case base head is a
    /// military facility; the end of the head, or <paramref name="runEnd"/> when there is none. A country or nationality
    /// before the head ("the Iraqi air base", "the US base") names an owner, not a facility.
    /// </summary>
    private static int LowercaseBaseHeadEnd(List<Token> tokens, int start, int runEnd, int end)
    {
        if (runEnd >= end || runEnd == start)
        {
            return runEnd;
        }

        for (var j = start; j < runEnd; j++)
        {
            if (Gazetteer.Instance.TryGet(tokens[j].Text, out var entry) && entry.Label == EntityLabel.Country)
            {
                return runEnd;
            }

            if (Lexicon.SentenceStarters.Contains(tokens[j].Text) || Lexicon.NonNameWords.Contains(tokens[j].Text) || tokens[j].IsAllCaps)
            {
                return runEnd;
            }
        }

        var head = tokens[runEnd].Text;
        if (head is "airbase" or "airfield" or "garrison" or "barracks" or "airstrip")
        {
            return runEnd + 1;
        }

        return runEnd + 1 < end && head is "air" or "naval" or "military" or "army" && tokens[runEnd + 1].Text == "base" ? runEnd + 2 : runEnd;
    }

    private static string TitleCaseLowercaseTail(ArticleDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        var head = end;
        while (head > start && !tokens[head - 1].IsCapitalised)
        {
            head--;
        }

        var words = new List<string>(end - head + 1) { document.Surface(start, head) };
        for (var j = head; j < end; j++)
        {
            var word = tokens[j].Text;
            words.Add(char.ToUpperInvariant(word[0]) + word[1..]);
        }

        return string.Join(' ', words);
    }

    private static bool IsOrdinal(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length >= 3 && char.IsDigit(token.Text[0])
        && (token.Text.EndsWith("st", StringComparison.Ordinal) || token.Text.EndsWith("nd", StringComparison.Ordinal)
            || token.Text.EndsWith("rd", StringComparison.Ordinal) || token.Text.EndsWith("th", StringComparison.Ordinal));

    private static bool IsParticle(List<Token> tokens, int i, int end) =>
        Lexicon.NameParticles.Contains(tokens[i].Text) && i + 1 < end
        && (tokens[i + 1].IsCapitalised || (tokens[i + 1].Text == "-" && i + 2 < end && tokens[i + 2].IsCapitalised));

    private static int CapitalisedRunEnd(List<Token> tokens, int start, int end)
    {
        var j = start;
        while (j < end)
        {
            var token = tokens[j];
            if (token.IsCapitalised || IsOrdinal(token) || (token.Kind == TokenKind.Number && j > start))
            {
                j++;
                continue;
            }

            if ((token.Text is "-" or "–") && token.JoinedToPrevious && j + 1 < end && tokens[j + 1].JoinedToPrevious && j > start)
            {
                j += token.Text == "-" && !tokens[j + 1].IsCapitalised && IsLeadingGivenNameSyllable(tokens, j, end, words: 1) ? 2 : 1;
                continue;
            }

            if (IsParticle(tokens, j, end))
            {
                j++;
                continue;
            }

            if (j > start && Lexicon.NameConnectors.Contains(token.Text) && j + 1 < end)
            {
                var after = tokens[j + 1];
                if (after.IsCapitalised || (after.Text == "the" && j + 2 < end && tokens[j + 2].IsCapitalised))
                {
                    j += after.Text == "the" ? 2 : 1;
                    continue;
                }
            }

            break;
        }

        while (j > start && !(tokens[j - 1].IsCapitalised || IsOrdinal(tokens[j - 1]) || tokens[j - 1].Kind == TokenKind.Number))
        {
            j--;
        }

        return j;
    }

    /// <summary>"President Donald Trump", "Major General Qasem Soleimani", "Britain's Foreign Secretary, Dominic Raab," and bare roles.</summary>
    private int TryTitledPerson(ArticleDocument document, Sentence sentence, int i, List<Candidate> candidates)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!Lexicon.IsTitleWord(tokens[i].Text) || !tokens[i].IsCapitalised)
        {
            return TryLowercaseRole(document, sentence, i, candidates);
        }

        var j = i;
        var lastHead = -1;
        while (j < end)
        {
            var text = tokens[j].Text;
            if (Lexicon.TitleHeads.Contains(text))
            {
                lastHead = j;
                j++;
            }
            else if (Lexicon.TitleModifiers.Contains(text))
            {
                j++;
            }
            else if (text is "-" && tokens[j].JoinedToPrevious && j + 1 < end && Lexicon.IsTitleWord(tokens[j + 1].Text))
            {
                j++;
            }
            else if (text is "of" or "for" && j > i && j + 1 < end && (Lexicon.TitleModifiers.Contains(tokens[j + 1].Text) || Lexicon.TitleHeads.Contains(tokens[j + 1].Text)))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (lastHead < 0)
        {
            return i;
        }

        var titleEnd = j;
        while (titleEnd > lastHead + 1 && !Lexicon.TitleModifiers.Contains(tokens[titleEnd - 1].Text))
        {
            titleEnd--;
        }

        var title = NormaliseTitle(document.Surface(i, titleEnd));
        var nameEnd = NameRunEnd(tokens, titleEnd, end, allowSingle: true);
        if (nameEnd > titleEnd)
        {
            AddPerson(document, sentence, titleEnd, nameEnd, title, candidates);
            return nameEnd;
        }

        // Apposition: "Britain's Foreign Secretary, Dominic Raab, has met ..."
        if (titleEnd + 1 < end && tokens[titleEnd].Text == ",")
        {
            var appositionEnd = NameRunEnd(tokens, titleEnd + 1, end, allowSingle: false);
            if (appositionEnd > titleEnd + 1 && (appositionEnd >= end || tokens[appositionEnd].Text is "," or "." or "said" or "says"))
            {
                AddPerson(document, sentence, titleEnd + 1, appositionEnd, title, candidates);
                return appositionEnd;
            }
        }

        var previous = i > sentence.FirstToken ? tokens[i - 1].Text : "";
        var previousIsCountry = candidates.Count > 0 && candidates[^1].End == i && candidates[^1].Label == EntityLabel.Country;
        if (previous is "the" or "The" or "'s" || previousIsCountry)
        {
            candidates.Add(new Candidate(i, titleEnd, sentence.Index, CandidateKind.Role, EntityLabel.Person, "", document.Surface(i, titleEnd), title));
        }

        return titleEnd;
    }

    private static int TryLowercaseRole(ArticleDocument document, Sentence sentence, int i, List<Candidate> candidates)
    {
        var tokens = document.Tokens;
        var afterCountry = candidates.Count > 0 && candidates[^1].End == i && candidates[^1].Label == EntityLabel.Country
            && candidates[^1].Start > sentence.FirstToken && tokens[candidates[^1].Start - 1].Text is "the" or "The";
        if (i == sentence.FirstToken || (tokens[i - 1].Text is not ("the" or "The") && !afterCountry) || !Lexicon.LowercaseRoles.Contains(tokens[i].Text))
        {
            return i;
        }

        var j = i;
        while (j < sentence.EndToken && j - i < 3 && Lexicon.LowercaseRoles.Contains(tokens[j].Text))
        {
            j++;
        }

        var last = tokens[j - 1].Text;
        if (last is not ("president" or "minister" or "secretary" or "state" or "chancellor" or "premier"))
        {
            return i;
        }

        if (j < sentence.EndToken && (tokens[j].IsCapitalised || tokens[j].Text is "of" or "'s"))
        {
            return i;
        }

        var title = NormaliseTitle(document.Surface(i, j));
        candidates.Add(new Candidate(i, j, sentence.Index, CandidateKind.Role, EntityLabel.Person, "", document.Surface(i, j), title));
        return j;
    }

    /// <summary>
    /// Whether a person's mention names the country of <paramref name="country"/> next to it: the country (or its
    /// adjective) within the four words before the name ("French President Claire Aubert", "the French foreign minister,
    /// X") or "of" the country right after it. "The French president" is an earlier president only if that one was French.
    /// </summary>
    private static bool IntroducedWithCountry(ArticleDocument document, List<Mention> mentions, Mention person, int country)
    {
        foreach (var other in mentions)
        {
            if (other.Entity != country || other.Sentence != person.Sentence)
            {
                continue;
            }

            if ((other.End <= person.Start && person.Start - other.End <= 4)
                || (other.Start == person.End + 1 && document.Tokens[person.End].Text == "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The office a person is introduced with in apposition, which later "the minister" refers back to: "X, the Dutch
    /// foreign minister," after the name, or "the Dutch Foreign Minister, Mr X," before it (a nationality is skipped;
    /// the office words must end in an office head such as "minister" or "president"). Null when there is none.
    /// </summary>
    private static string? AppositiveTitle(ArticleDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        bool IsRoleWord(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && Lexicon.LowercaseRoles.Contains(tokens[k].Text.ToLowerInvariant());
        bool IsNationality(int k) => Gazetteer.Instance.TryGet(tokens[k].Text, out var entry) && entry.Label == EntityLabel.Country;
        // "Peru's": a state's possessive at k, which determines an office as "the" does.
        bool IsStatePossessive(int k) => k >= 1 && k < tokens.Count && tokens[k].Text is "'s" or "’s" && IsNationality(k - 1);
        string? Office(int from, int to) => to > from && tokens[to - 1].Text.ToLowerInvariant() is "president" or "minister" or "secretary" or "chancellor" or "premier"
            ? NormaliseTitle(document.Surface(from, to))
            : null;

        // After: ", the [Dutch] foreign minister", and since session 12 ", Peru's foreign minister" (a state's possessive
        // determines the office as "the" does).
        var k = end;
        var possessiveAfter = k + 3 < tokens.Count && tokens[k].Text == "," && IsStatePossessive(k + 2);
        if (k + 1 < tokens.Count && tokens[k].Text == "," && (tokens[k + 1].Text is "the" or "The" || possessiveAfter))
        {
            k += possessiveAfter ? 3 : 2;
            while (k < tokens.Count && IsNationality(k))
            {
                k++;
            }

            var first = k;
            while (k < tokens.Count && k - first < 3 && IsRoleWord(k))
            {
                k++;
            }

            // The office phrase ends there ("X, the foreign minister, said"; "..., the foreign minister of Y"), unlike "X,
            // the president's spokeswoman".
            if (Office(first, k) is { } after && (k >= tokens.Count || tokens[k].Text is "," or "." or ")" or ";" or "of"))
            {
                return after;
            }
        }

        // Before: "the [Dutch] Foreign Minister, [Mr] X", and "Peru's foreign minister, X".
        k = start - 1;
        if (k >= 0 && Lexicon.Honorifics.Contains(tokens[k].Text))
        {
            k--;
        }

        if (k < 1 || tokens[k].Text != ",")
        {
            return null;
        }

        var last = k;
        while (k - 1 >= 0 && last - k < 3 && IsRoleWord(k - 1))
        {
            k--;
        }

        return k < last && k - 1 >= 0 && (tokens[k - 1].Text is "the" or "The" || IsNationality(k - 1) || IsStatePossessive(k - 1)) ? Office(k, last) : null;
    }

    private static string NormaliseTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => w is not ("Former" or "former" or "Acting" or "acting")).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        return string.Join(' ', kept);
    }

    private static void AddPerson(ArticleDocument document, Sentence sentence, int start, int end, string? title, List<Candidate> candidates)
    {
        var words = 0;
        for (var j = start; j < end; j++)
        {
            if (document.Tokens[j].Kind == TokenKind.Word && (!Lexicon.NameParticles.Contains(document.Tokens[j].Text) || document.Tokens[j].Text is "Abu" or "Abd" or "Bin" or "Ibn"))
            {
                words++;
            }
        }

        var surface = document.Surface(start, end);
        var kind = words >= 2 ? CandidateKind.PersonName : CandidateKind.TitledSingle;
        candidates.Add(new Candidate(start, end, sentence.Index, kind, EntityLabel.Person, surface, surface, title));
    }

    private int TryNameRun(ArticleDocument document, Sentence sentence, int i, List<Candidate> candidates, HashSet<string> suppressed, Dictionary<string, (EntityLabel Label, string Canonical)> acronyms)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var token = tokens[i];
        if (token.IsAllCaps && i == sentence.FirstToken && DatelineEnd(tokens, i, end) is var datelineEnd and > 0)
        {
            // A dateline ("BAGHDAD -", "NEW DELHI —", "UNITED NATIONS (Wire) —"): the place the report was filed from,
            // in capitals; it is that place when a gazetteer knows it, and never an organisation's acronym.
            AddDatelinePlace(document, sentence, i, datelineEnd, candidates);
            return datelineEnd;
        }

        if (token.IsAllCaps && ((i + 1 < end && tokens[i + 1].Text == ":")
            || (i == sentence.FirstToken && i + 1 < end && (tokens[i + 1].Text is "—" or "–" or "," or "(" || (tokens[i + 1].Text == "-" && !tokens[i + 1].JoinedToPrevious)))))
        {
            // A transcript speaker label ("QUESTION:") or a dateline ("BAGHDAD -").
            return i + 1;
        }

        if (token.IsAllCaps && i + 1 < end && tokens[i + 1].Text == ":")
        {
            // A transcript speaker label ("QUESTION:", "MS HARTWELL:").
            return i + 1;
        }

        if (token.IsAllCaps && !sentence.IsHeadlineCase)
        {
            // "(JCPOA)" after something that is not an entity (a treaty, a plan) names that thing, not an organisation.
            if (i > sentence.FirstToken && tokens[i - 1].Text == "(" && i + 1 < end && tokens[i + 1].Text == ")"
                && !(candidates.Count > 0 && candidates[^1].End == i - 1))
            {
                suppressed.Add(token.Text);
                return i + 1;
            }

            if (token.Text.Length is >= 2 and <= 8 && !Lexicon.NonAcronyms.Contains(token.Text) && !suppressed.Contains(token.Text)
                && !token.Text.Contains('.', StringComparison.Ordinal) && !IsShoutedContext(tokens, i, sentence)
                && !(i + 1 < end && tokens[i + 1].JoinedToPrevious && tokens[i + 1].Text is "-" && i + 2 < end && tokens[i + 2].Kind == TokenKind.Number))
            {
                // Unit designations keep their ordinal or number: "212th AEG", "CTF 61", "DDG 95".
                var from = i > sentence.FirstToken && IsOrdinal(tokens[i - 1]) ? i - 1 : i;
                var to = i + 1 < end && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Text.Length <= 4 && !tokens[i + 1].Text.Contains(',', StringComparison.Ordinal) ? i + 2 : i + 1;
                var name = document.Surface(from, to);
                candidates.Add(new Candidate(from, to, sentence.Index, CandidateKind.Fixed, EntityLabel.Organisation, name, name, null));
                return AfterParenthesisedAcronym(document, sentence, to, candidates, acronyms);
            }

            return i + 1;
        }

        if (!IsNameWord(token) && !IsParticle(tokens, i, end))
        {
            return i;
        }

        if (Lexicon.SentenceStarters.Contains(token.Text))
        {
            return i + 1;
        }

        var runEnd = NameRunEnd(tokens, i, end, allowSingle: true);
        if (runEnd <= i)
        {
            return i;
        }

        var words = 0;
        for (var j = i; j < runEnd; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && (!Lexicon.NameParticles.Contains(tokens[j].Text) || tokens[j].Text is "Abu" or "Abd" or "Bin" or "Ibn"))
            {
                words++;
            }
        }

        // "the Zeta gang", "the Anti-tova militia": the name of an organised group, whatever its words look like.
        if (!sentence.IsHeadlineCase && i > sentence.FirstToken && tokens[i - 1].Text is "the" or "The" && GroupNameEnd(tokens, runEnd, end) is var groupEnd
            && groupEnd < end && GroupNouns.Contains(tokens[groupEnd].Text))
        {
            var group = document.Surface(i, groupEnd);
            candidates.Add(new Candidate(i, groupEnd, sentence.Index, CandidateKind.Fixed, EntityLabel.Organisation, group, group, null));
            return groupEnd;
        }

        // "M23 rebels", "Zarvan militants": an unknown one-word name before a noun of irregular fighters is their group, unless
        // it is the surname of a person the article has named ("Berg fighters" are loyal to Anna Berg, not a group) or has
        // the ending of a people's adjective ("Zarvani", "Ostrish", "Leskese", "Varanian" fighters are a people's, unnamed).
        if (!sentence.IsHeadlineCase && words == 1 && runEnd == i + 1 && runEnd < end && IrregularFighterNouns.Contains(tokens[runEnd].Text)
            && !token.Text.EndsWith('i') && !token.Text.EndsWith("ish", StringComparison.Ordinal) && !token.Text.EndsWith("ese", StringComparison.Ordinal)
            && !token.Text.EndsWith("ian", StringComparison.Ordinal)
            && !IsSurnameOfAPersonNamed(candidates, token.Text))
        {
            candidates.Add(new Candidate(i, runEnd, sentence.Index, CandidateKind.Fixed, EntityLabel.Organisation, token.Text, token.Text, null));
            return runEnd;
        }

        // "the Berg-Lind debate", "Berg-Lind talks": two people joined by a hyphen before a noun of two parties,
        // each a name in its own right even where the article never gives the full one.
        if (runEnd - i == 3 && tokens[i + 1].Text is "-" or "–" && tokens[i + 2].IsCapitalised && runEnd < end && PairNouns.Contains(tokens[runEnd].Text))
        {
            candidates.Add(new Candidate(i, i + 1, sentence.Index, CandidateKind.TitledSingle, EntityLabel.Person, tokens[i].Text, tokens[i].Text, null));
            candidates.Add(new Candidate(i + 2, runEnd, sentence.Index, CandidateKind.TitledSingle, EntityLabel.Person, tokens[i + 2].Text, tokens[i + 2].Text, null));
            return runEnd;
        }

        if (sentence.IsHeadlineCase && words >= 2)
        {
            // A title-case headline capitalises every word: its run of capitals is no name, but a word inside it that the
            // body names on its own may be one, so the scan goes on from there.
            for (var j = i + 1; j < runEnd; j++)
            {
                if (BodyNamesAlone(document, tokens[j].Text))
                {
                    return j;
                }
            }
        }

        var placeEnd = TryAddUnknownPlace(document, sentence, i, runEnd, words, candidates);
        if (placeEnd > i)
        {
            return placeEnd;
        }

        if (sentence.IsHeadlineCase || words < 2)
        {
            // "the Halvorsen regime", "Halvorsen's government": a lone surname that rules.
            var following = runEnd < end && tokens[runEnd].Text == "'s" ? runEnd + 1 : runEnd;
            if (words == 1 && !sentence.IsHeadlineCase && following < end && tokens[following].Text is "regime" or "dictatorship" or "administration" or "loyalists" or "supporters" or "government" or "forces" or "troops" or "militias"
                && !Lexicon.SentenceStarters.Contains(token.Text))
            {
                candidates.Add(new Candidate(i, runEnd, sentence.Index, CandidateKind.TitledSingle, EntityLabel.Person, document.Surface(i, runEnd), document.Surface(i, runEnd), null));
                return runEnd;
            }

            // "from Saddam, who took him ...": a lone name that "who" refers to is a person, full name or not ("the governor
            // of Aragua, who ..." refers to the governor, not the place).
            if (words == 1 && !sentence.IsHeadlineCase && runEnd + 1 < end && tokens[runEnd].Text == "," && tokens[runEnd + 1].Text == "who"
                && i > sentence.FirstToken && !token.IsAllCaps && tokens[i - 1].Text is not ("of" or "in" or "at" or "near" or "across" or "outside" or "inside"))
            {
                candidates.Add(new Candidate(i, runEnd, sentence.Index, CandidateKind.TitledSingle, EntityLabel.Person, document.Surface(i, runEnd), document.Surface(i, runEnd), null));
                return runEnd;
            }

            if (words == 1)
            {
                // "in Zarvan", "the village of Ostra": where a place is expected, a lone name no person of the article
                // bears is a place.
                var previousWord = i > sentence.FirstToken ? tokens[i - 1].Text : "";
                var placeOf = (previousWord == "of" && i - 2 >= sentence.FirstToken && PlaceOfNouns.Contains(tokens[i - 2].Text))
                    || IsListedAfterPlacesOf(tokens, i, sentence.FirstToken) || IsDescribedAsAPlace(tokens, runEnd, end);
                // "Northern Varesk": a compass word before a lone unknown name makes it a region's name, which starts there.
                // Not the sentence's first word, whose capital says nothing.
                var compass = i - 1 > sentence.FirstToken && CompassWords.Contains(previousWord);
                var placeExpected = !sentence.IsHeadlineCase
                    && (placeOf || compass || (runEnd < end && PlaceNounsAfter.Contains(tokens[runEnd].Text))
                        || (StrongPlacePrepositions.Contains(previousWord) && EndsAsAPlace(tokens, runEnd, end)));
                var placeStart = compass ? i - 1 : i;
                candidates.Add(placeExpected
                    ? new Candidate(placeStart, runEnd, sentence.Index, CandidateKind.PlaceOrPerson, EntityLabel.Location, tokens[runEnd - 1].Text, document.Surface(placeStart, runEnd), null,
                        Country: ContextCountry(tokens, placeStart, runEnd, sentence.FirstToken, end))
                    : new Candidate(i, runEnd, sentence.Index, CandidateKind.UnresolvedSingle, EntityLabel.Person, tokens[runEnd - 1].Text, document.Surface(i, runEnd), null));
            }

            return runEnd;
        }

        var previous = i > sentence.FirstToken ? tokens[i - 1].Text : "";
        // "from" takes people as readily as places ("criticism from X Y", "a call from X Y"): only the other locative
        // words make an unknown name of several words a place.
        var isPlace = (Lexicon.LocativePrepositions.Contains(previous) && previous != "from") || ContainsPlaceMarker(tokens, i, runEnd)
            || IsFollowedByItsCountry(tokens, runEnd, end)
            || (runEnd + 1 < end && tokens[runEnd].Text is "of" && tokens[runEnd + 1].IsCapitalised)
            || (runEnd < end && tokens[runEnd].Text is "province" or "city" or "town" or "village" or "district" or "region" or "governorate" or "area" or "border" or "river" or "valley" or "airport" or "hospital" or "mosque" or "market" or "neighbourhood" or "neighborhood" or "refinery" or "dam" or "bridge");
        if (runEnd + 2 < end && tokens[runEnd].Text == "(" && tokens[runEnd + 2].Text == ")" && tokens[runEnd + 1].IsAllCaps)
        {
            suppressed.Add(tokens[runEnd + 1].Text);
            return runEnd + 3;
        }

        if (!isPlace)
        {
            AddPerson(document, sentence, i, runEnd, null, candidates);
        }

        return runEnd;
    }

    /// <summary>Whether a person candidate found so far ends with the word ("Anna Berg" for "Berg").</summary>
    /// <remarks>A method, not a lambda in the caller: a closure over the caller's locals is allocated on every call of the
    /// caller, used or not (22 KB more per <c>bench</c> article).</remarks>
    private static bool IsSurnameOfAPersonNamed(List<Candidate> candidates, string word)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Label == EntityLabel.Person && candidate.Surface.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a group's name that a name run ending at <paramref name="runEnd"/> starts: the run plus lower-case parts
    /// hyphened onto it ("Anti-tova"), but not a participle ("Ravo-led", "Ravo-backed"), which qualifies the next noun.
    /// </summary>
    private static int GroupNameEnd(List<Token> tokens, int runEnd, int end)
    {
        var k = runEnd;
        while (k + 1 < end && tokens[k].Text == "-" && tokens[k].JoinedToPrevious && tokens[k + 1].JoinedToPrevious && tokens[k + 1].IsWord
            && !tokens[k + 1].Text.EndsWith("ed", StringComparison.Ordinal))
        {
            k += 2;
        }

        return k;
    }

    /// <summary>Nouns of an event or tie between two parties, which a hyphenated pair of names can qualify ("the X-Y debate").</summary>
    private static readonly FrozenSet<string> PairNouns = new[]
    {
        "debate", "debates", "talks", "summit", "summits", "meeting", "meetings", "call", "race", "rivalry", "feud", "showdown",
        "matchup", "match-up", "duel", "contest", "ticket", "relationship", "ties", "pact", "alliance", "deal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The token after a title written with hyphens ("Secretary-General", "Under-Secretary-General") starting at <paramref name="start"/>.</summary>
    private static int HyphenatedTitleEnd(List<Token> tokens, int start, int end)
    {
        var k = start + 1;
        while (k + 1 < end && tokens[k].Text == "-" && Lexicon.IsTitleWord(tokens[k + 1].Text))
        {
            k += 2;
        }

        return k;
    }

    /// <summary>
    /// The end of a dateline's place at the start of a sentence: up to four words in capitals followed by a dash, a
    /// comma or an opening bracket ("NEW DELHI —", "ZAMBOANGA CITY, Philippines —"); 0 when the words are not one.
    /// </summary>
    private static int DatelineEnd(List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && k - start < 4 && tokens[k].Kind == TokenKind.Word && tokens[k].IsAllCaps)
        {
            k++;
        }

        return k > start && k < end && (tokens[k].Text is "—" or "–" or "," or "(" || (tokens[k].Text == "-" && !tokens[k].JoinedToPrevious)) ? k : 0;
    }

    /// <summary>The dateline's place ("NEW DELHI" → New Delhi) as a mention, when the gazetteers know its name.</summary>
    private void AddDatelinePlace(ArticleDocument document, Sentence sentence, int start, int end, List<Candidate> candidates)
    {
        var words = new string[end - start];
        for (var k = start; k < end; k++)
        {
            var text = document.Tokens[k].Text;
            words[k - start] = text.Length > 1 ? string.Concat(text[..1], text[1..].ToLowerInvariant()) : text;
        }

        var key = string.Join(' ', words);
        var surface = document.Surface(start, end);
        if (places.TryGet(key, out var place, out var ambiguous) && !ambiguous)
        {
            candidates.Add(new Candidate(start, end, sentence.Index, CandidateKind.Fixed, EntityLabel.Location, place.Name, surface, null,
                Country: place.Country.Length > 0 ? place.Country : null));
        }
        else if (gazetteer.TryGet(key, out var entry) && entry.Kind == GazetteerKind.Name && !entry.Ambiguous && entry.Label != EntityLabel.Person)
        {
            candidates.Add(new Candidate(start, end, sentence.Index, CandidateKind.Fixed, entry.Label, entry.Canonical, surface, null));
        }
    }

    private static bool ContainsPlaceMarker(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (Lexicon.PlaceMarkers.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCountryWord(string text) =>
        gazetteer.TryGet(text, out var entry) && entry.Label == EntityLabel.Country && entry.Kind is GazetteerKind.Name;

    private bool IsSingleGazetteerWord(string text) =>
        gazetteer.TryGet(text, out var entry) && entry.Kind is GazetteerKind.Name or GazetteerKind.Adjective && !entry.Ambiguous;

    private bool IsNameWord(Token token)
    {
        if (!token.IsCapitalised || token.IsAllCaps || token.Text.Length < 2 || token.Text == "'s")
        {
            return false;
        }

        var text = token.Text;
        return !Lexicon.NonNameWords.Contains(text) && !Lexicon.TitleHeads.Contains(text) && !Lexicon.TitleModifiers.Contains(text)
            && !Lexicon.OrganisationHeads.Contains(text) && !Lexicon.BaseHeads.Contains(text) && !IsSingleGazetteerWord(text);
    }

    /// <summary>The end of a personal name starting at i (capitalised words, initials, particles), or i when none.</summary>
    private int NameRunEnd(List<Token> tokens, int i, int end, bool allowSingle)
    {
        var j = i;
        var words = 0;
        while (j < end && words < 5)
        {
            var token = tokens[j];
            if (IsNameWord(token) && !(words == 0 && Lexicon.SentenceStarters.Contains(token.Text)))
            {
                if (words > 0 && (Lexicon.Weekdays.Contains(token.Text) || (Lexicon.Months.Contains(token.Text) && j + 1 < end && tokens[j + 1].Kind == TokenKind.Number)))
                {
                    break;
                }

                words++;
                j++;
                continue;
            }

            if (words > 0 && token.IsCapitalised && (Lexicon.SentenceStarters.Contains(token.Text) || Lexicon.Months.Contains(token.Text))
                && !Lexicon.Weekdays.Contains(token.Text) && !(j + 1 < end && tokens[j + 1].Kind == TokenKind.Number)
                && token.Text is "May" or "Will" or "Bush" or "Rice" or "Young" or "Long" or "Little" or "Church")
            {
                words++;
                j++;
                continue;
            }

            // "Mark Cuban said": a nationality word right after a given name, qualifying nothing, is a family name.
            if (words == 1 && j == i + 1 && token.IsCapitalised && !token.IsAllCaps && gazetteer.TryGet(token.Text, out var nationality) && nationality.Kind == GazetteerKind.Adjective
                && (j + 1 >= end || (!tokens[j + 1].IsCapitalised && !Lexicon.ActorNouns.Contains(tokens[j + 1].Text) && !Lexicon.ForceNouns.Contains(tokens[j + 1].Text)
                    && tokens[j + 1].Text is not ("and" or "-" or "'s"))))
            {
                words++;
                j++;
                continue;
            }

            // "al-Kuwaiti": after a particle, a nationality word is a family name.
            if (j >= i + 2 && token.IsCapitalised && token.JoinedToPrevious && tokens[j - 1].Text == "-" && Lexicon.NameParticles.Contains(tokens[j - 2].Text))
            {
                words++;
                j++;
                continue;
            }

            if (words > 0 && token.Text is "II" or "III" or "IV" or "Jr." or "Jr" or "Sr." or "Sr")
            {
                j++;
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Text.Length == 2 && token.Text[1] == '.' && char.IsUpper(token.Text[0]))
            {
                // An initial: "George W. Bush".
                j++;
                continue;
            }

            if (IsParticle(tokens, j, end))
            {
                j++;
                continue;
            }

            if (token.Text is "-" && token.JoinedToPrevious && words > 0 && j + 1 < end && tokens[j + 1].JoinedToPrevious && tokens[j + 1].IsWord && !tokens[j + 1].IsAllCaps
                && (tokens[j + 1].IsCapitalised || IsLeadingGivenNameSyllable(tokens, j, end, words) || (words >= 2 && tokens[j + 1].Text.Length <= 5 && tokens[j + 1].Text is not ("based" or "led" or "style" or "like" or "born" or "made" or "owned" or "run" or "era" or "type" or "held") && IsNameWord(tokens[j - 1]) && !(j + 2 < end && tokens[j + 2].JoinedToPrevious && tokens[j + 2].IsWord))))
            {
                // "Jae-in", "Sung-taek": a lower-case second syllable belongs to the name.
                j += tokens[j + 1].IsCapitalised ? 1 : 2;
                continue;
            }

            break;
        }

        while (j > i && (tokens[j - 1].Text is "-" || Lexicon.NameParticles.Contains(tokens[j - 1].Text)))
        {
            j--;
        }

        if (words == 0 || (!allowSingle && words < 2))
        {
            return i;
        }

        return j;
    }

    /// <summary>
    /// "Min-jun Park": a short capitalised syllable, a hyphen and a short lower-case syllable before a capitalised family name
    /// form a given name; word prefixes ("Post-war Germany", "Anti-war") do not.
    /// </summary>
    private static bool IsLeadingGivenNameSyllable(List<Token> tokens, int hyphen, int end, int words) =>
        words == 1 && hyphen + 2 < end && tokens[hyphen - 1].Text.Length <= 4 && tokens[hyphen + 1].Text.Length <= 4
        && tokens[hyphen + 1].Text.All(char.IsLower) && tokens[hyphen + 2].IsCapitalised && !tokens[hyphen + 2].JoinedToPrevious
        && tokens[hyphen - 1].Text is not ("Anti" or "Post" or "Pre" or "Pro" or "Non" or "Ex" or "Mid" or "Co" or "Neo" or "Pan" or "Semi" or "Self" or "Sub" or "Vice" or "Well" or "Half" or "Far" or "All" or "Re" or "Inter" or "Multi" or "Over" or "Anglo" or "Euro" or "Afro" or "Cross");

    private static int AfterParenthesisedAcronym(ArticleDocument document, Sentence sentence, int next, List<Candidate> candidates, Dictionary<string, (EntityLabel Label, string Canonical)> acronyms)
    {
        var tokens = document.Tokens;
        if (candidates.Count == 0 || next + 2 >= sentence.EndToken || tokens[next].Text != "(" || tokens[next + 2].Text != ")")
        {
            return next;
        }

        var acronym = tokens[next + 1];
        var owner = candidates[^1];
        if (!acronym.IsAllCaps || owner.End != next || owner.Kind != CandidateKind.Fixed || owner.Label == EntityLabel.Country)
        {
            return next;
        }

        acronyms[acronym.Text] = (owner.Label, owner.Canonical);
        candidates.Add(new Candidate(next + 1, next + 2, sentence.Index, CandidateKind.Fixed, owner.Label, owner.Canonical, acronym.Text, null, Country: owner.Country));
        return next + 3;
    }

    /// <summary>
    /// An acronym no gazetteer knows that spells the initials of an organisation the same article names in full ("the
    /// Rapid Support Forces ... the RSF") is that organisation: one node, with the acronym as an alias. Small words of
    /// the name ("of", "the", "and", "for") have no letter in it.
    /// </summary>
    private static void MergeInitialisms(List<Candidate> candidates)
    {
        // Most articles have no unknown acronym: look for one before building anything.
        if (!candidates.Exists(IsUnknownAcronym))
        {
            return;
        }

        Dictionary<string, Candidate>? byInitials = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Label == EntityLabel.Organisation && candidate.Canonical.Contains(' ', StringComparison.Ordinal)
                && Initials(candidate.Canonical) is { Length: >= 2 } initials)
            {
                (byInitials ??= new Dictionary<string, Candidate>(StringComparer.Ordinal)).TryAdd(initials, candidate);
            }
        }

        if (byInitials is null)
        {
            return;
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (IsUnknownAcronym(candidate) && byInitials.TryGetValue(candidate.Surface, out var owner))
            {
                candidates[c] = candidate with { Label = owner.Label, Canonical = owner.Canonical, Country = owner.Country, Kind = CandidateKind.Fixed };
            }
        }
    }

    /// <summary>A one-word candidate of two to six capitals that no gazetteer resolved to another name.</summary>
    private static bool IsUnknownAcronym(Candidate candidate) =>
        candidate.End - candidate.Start == 1 && candidate.Surface.Length is >= 2 and <= 6 && candidate.Surface.All(char.IsUpper)
        && string.Equals(candidate.Canonical, candidate.Surface, StringComparison.Ordinal);

    /// <summary>The capital initials of a name's words, small words skipped ("Rapid Support Forces" → "RSF"), or null.</summary>
    private static string? Initials(string name)
    {
        Span<char> letters = stackalloc char[8];
        var count = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "the" or "and" or "for" or "&")
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || count == letters.Length)
            {
                return null;
            }

            letters[count++] = word[0];
        }

        return new string(letters[..count]);
    }

    /// <summary>
    /// A demonym two states share ("Congolese": DR Congo or Congo) is the state among them the article names otherwise,
    /// by name, capital or a place in it ("Goma" is in DR Congo); with no such evidence, or evidence for both, the state
    /// the table lists first (<see cref="CountryTable.SharedDemonyms"/>).
    /// </summary>
    private static void ResolveSharedDemonyms(List<Candidate> candidates)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (candidate.Kind != CandidateKind.Fixed || candidate.Label != EntityLabel.Country
                || !CountryTable.SharedDemonyms.TryGetValue(candidate.Surface, out var states))
            {
                continue;
            }

            string? named = null;
            var several = false;
            foreach (var other in candidates)
            {
                if (other.Kind != CandidateKind.Fixed || CountryTable.SharedDemonyms.ContainsKey(other.Surface))
                {
                    continue;
                }

                var state = other.Label == EntityLabel.Country ? other.Canonical : other.Country;
                if (state is null || Array.IndexOf(states, state) < 0)
                {
                    continue;
                }

                several |= named is not null && named != state;
                named = state;
            }

            var chosen = named is not null && !several ? named : states[0];
            candidates[c] = candidate with { Canonical = chosen };
        }
    }

    private static void Resolve(ArticleDocument document, List<Candidate> candidates)
    {
        ResolveSharedDemonyms(candidates);
        MergeInitialisms(candidates);
        var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = new List<Mention>(candidates.Count);

        int EntityFor(EntityLabel label, string name, string? country = null)
        {
            var id = NodeIds.ForEntity(label, name);
            if (!entityIndex.TryGetValue(id, out var index))
            {
                index = document.Entities.Count;
                document.Entities.Add(new EntityRecord(label, name, id) { Country = country });
                entityIndex[id] = index;
            }

            return index;
        }

        // Full personal names, grouped: "Donald Trump" and "Donald J. Trump" are one person.
        var people = new List<(string[] Words, string Name, int Entity, string? Title)>();
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != CandidateKind.PersonName)
            {
                continue;
            }

            var words = NameWords(candidate.Surface);
            var found = people.FindIndex(p => SamePerson(p.Words, words));
            // "X, the Dutch foreign minister," introduces the office as "Foreign Minister X" does.
            var title = candidate.Title is null || Lexicon.Honorifics.Contains(candidate.Title)
                ? AppositiveTitle(document, candidate.Start, candidate.End) ?? candidate.Title
                : candidate.Title;
            if (found < 0)
            {
                people.Add((words, candidate.Surface, -1, title));
            }
            else if (words.Length > people[found].Words.Length)
            {
                people[found] = (words, candidate.Surface, -1, people[found].Title ?? title);
            }
            else if ((people[found].Title is null || Lexicon.Honorifics.Contains(people[found].Title!)) && title is not null)
            {
                people[found] = people[found] with { Title = title };
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            var entity = EntityFor(EntityLabel.Person, people[p].Name);
            document.Entities[entity].Title ??= people[p].Title;
            people[p] = people[p] with { Entity = entity };
        }

        int PersonBySurname(string surname)
        {
            var match = PersonByWord(surname, last: true);

            // Family name first ("Xi Jinping" → "Xi", "Kim Jong Un" → "Kim"), or a first-name reference: unique only.
            return match != -1 ? match : PersonByWord(surname, last: false);
        }

        int PersonByWord(string word, bool last)
        {
            var match = -1;
            foreach (var person in people)
            {
                if (string.Equals(last ? person.Words[^1] : person.Words[0], word, StringComparison.Ordinal))
                {
                    if (match >= 0 && match != person.Entity)
                    {
                        return -2;
                    }

                    match = person.Entity;
                }
            }

            return match;
        }

        foreach (var candidate in candidates)
        {
            int entity;
            var isRole = false;
            switch (candidate.Kind)
            {
                case CandidateKind.Fixed:
                    entity = EntityFor(candidate.Label, candidate.Canonical, candidate.Country);
                    break;
                case CandidateKind.PersonName:
                    {
                        var words = NameWords(candidate.Surface);
                        entity = people.Find(p => SamePerson(p.Words, words)).Entity;
                        break;
                    }

                case CandidateKind.TitledSingle:
                    entity = PersonBySurname(candidate.Surface);
                    if (entity < 0)
                    {
                        entity = EntityFor(EntityLabel.Person, candidate.Surface);
                    }

                    document.Entities[entity].Title ??= candidate.Title;
                    break;
                case CandidateKind.UnresolvedSingle:
                    entity = PersonBySurname(candidate.Canonical);
                    if (entity < 0)
                    {
                        entity = SingleTitledPerson(document, candidate.Canonical);
                    }

                    // A lone surname the article never expands: a known leader by a listed alias or a safe surname of the
                    // petrarch2 actor dictionary ("Putin"), under the full name so every article's mentions meet in one node.
                    if (entity < 0 && KnownLeader(candidate.Canonical) is { } leader)
                    {
                        entity = EntityFor(EntityLabel.Person, leader);
                    }

                    break;
                case CandidateKind.PlaceOrPerson:
                    {
                        // -2: several people of the article bear the name; it is a person, which one is unknown.
                        var person = PersonBySurname(candidate.Canonical);
                        entity = person >= 0 || person == -2 ? person : SingleTitledPerson(document, candidate.Canonical);
                        if (entity == -1)
                        {
                            entity = EntityFor(EntityLabel.Location, candidate.Surface, candidate.Country);
                        }

                        break;
                    }

                default:
                    entity = -1;
                    isRole = true;
                    break;
            }

            if (isRole || entity < 0)
            {
                continue;
            }

            var record = document.Entities[entity];
            record.Mentions++;
            record.Surfaces.Add(candidate.Surface);
            mentions.Add(new Mention(candidate.Start, candidate.End, candidate.Sentence, entity, false) { IsAdjective = candidate.Adjective });
        }

        // Roles resolve to the nearest person holding that title, preferring the last one before the role.
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != CandidateKind.Role || candidate.Title is null)
            {
                continue;
            }

            // "the Nigerien president ... President X": a role that names its country is not a later-named holder,
            // whose country the text has not given (he may be another state's president).
            var roleCountry = mentions.FindIndex(m => document.Entities[m.Entity].Label == EntityLabel.Country
                && (m.End == candidate.Start || (m.End == candidate.Start - 1 && document.Tokens[m.End].Text == "'s")));
            var namesItsCountry = roleCountry >= 0;
            var holder = -1;
            var holderDistance = int.MaxValue;
            foreach (var mention in mentions)
            {
                var record = document.Entities[mention.Entity];
                // A definite description points back; forward only within its sentence ("the president ... President X").
                if (record.Label != EntityLabel.Person || record.Title is null || !TitleMatches(record.Title, candidate.Title)
                    || (mention.Start > candidate.Start && mention.Sentence != candidate.Sentence)
                    || (namesItsCountry && (mention.Start > candidate.Start || !IntroducedWithCountry(document, mentions, mention, mentions[roleCountry].Entity))))
                {
                    continue;
                }

                var distance = mention.Start < candidate.Start ? candidate.Start - mention.Start : 100_000 + mention.Start - candidate.Start;
                if (distance < holderDistance)
                {
                    holderDistance = distance;
                    holder = mention.Entity;
                }
            }

            if (holder >= 0)
            {
                document.Entities[holder].Mentions++;
                mentions.Add(new Mention(candidate.Start, candidate.End, candidate.Sentence, holder, true));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        AnnotatePhrases(document, mentions);

        // "Pentagon Press Secretary Lena Hartwell": an organisation inside a person's capitalised title is part of the title
        // ("Hezbollah chief Hassan Nasrallah" still mentions Hezbollah).
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var mention = mentions[index];
            if (mention.IsModifier && document.Entities[mention.Entity].Label == EntityLabel.Organisation
                && mention.End < document.Tokens.Count && document.Tokens[mention.End].IsCapitalised)
            {
                document.Entities[mention.Entity].Mentions--;
                mentions.RemoveAt(index);
            }
        }

        document.Mentions.AddRange(mentions);

        var m = 0;
        foreach (var sentence in document.Sentences)
        {
            var first = m;
            while (m < mentions.Count && mentions[m].Sentence == sentence.Index)
            {
                m++;
            }

            document.SentenceMentions.Add((first, m));
        }

        foreach (var record in document.Entities)
        {
            record.Surfaces.Remove(record.Name);
        }
    }

    /// <summary>The full name of the one leader or official whose listed alias or safe surname this word is, or null.</summary>
    private static string? KnownLeader(string word)
    {
        var actors = ActorGazetteer.Shared;
        if (word.Length > 3 && (actors.TryGetPerson(word, out var person) || actors.TryGetBySurname(word, out person)))
        {
            return person.Name;
        }

        return null;
    }

    private static int SingleTitledPerson(ArticleDocument document, string surname)
    {
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var record = document.Entities[e];
            if (record.Label == EntityLabel.Person && string.Equals(record.Name, surname, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return -1;
    }

    private static bool TitleMatches(string holderTitle, string roleTitle)
    {
        if (string.Equals(holderTitle, roleTitle, StringComparison.Ordinal))
        {
            return true;
        }

        // A department's "Secretary" is its minister ("Foreign Secretary" is "the foreign minister", "the minister");
        // "Secretary of State" and "Secretary-General" head their titles and are not.
        const string secretary = " Secretary";
        if (holderTitle.EndsWith(secretary, StringComparison.Ordinal) && holderTitle.Length > secretary.Length
            && TitleMatches(holderTitle[..^secretary.Length] + " Minister", roleTitle))
        {
            return true;
        }

        var roleWords = roleTitle.Split(' ');
        var holderWords = holderTitle.Split(' ');
        var roleHead = roleWords[^1];
        if (roleWords.Length == 1)
        {
            return holderWords[^1] == roleHead || (roleHead != "Secretary" && holderWords.Contains(roleHead));
        }

        return holderTitle.EndsWith(roleTitle, StringComparison.Ordinal) || roleTitle.EndsWith(holderTitle, StringComparison.Ordinal);
    }

    private static string[] NameWords(string surface) =>
        surface.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !(w.Length == 2 && w[1] == '.') && !Lexicon.NameParticles.Contains(w))
            .ToArray();

    private static bool SamePerson(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0 || !string.Equals(a[^1], b[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return string.Equals(a[0], b[0], StringComparison.Ordinal) || a.Length == 1 || b.Length == 1;
    }

    /// <summary>Marks country words that qualify a person ("Iranian General X") and those standing for forces ("US troops").</summary>
    private static void AnnotatePhrases(ArticleDocument document, List<Mention> mentions)
    {
        var tokens = document.Tokens;
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var sentence = document.Sentences[mention.Sentence];
            var label = document.Entities[mention.Entity].Label;
            var phraseEnd = mention.End;
            var isModifier = false;
            var isForce = false;
            var qualifiesNoun = false;
            if (label is EntityLabel.Country or EntityLabel.Organisation)
            {
                var nextMentionStart = index + 1 < mentions.Count ? mentions[index + 1].Start : int.MaxValue;
                var j = mention.End;
                var backer = false;
                if (j < sentence.EndToken && tokens[j].Text == "-" && j + 1 < sentence.EndToken && tokens[j + 1].Text is "led" or "backed" or "based" or "allied"
                    or "funded" or "sponsored" or "supported" or "aligned" or "trained" or "made" or "owned" or "controlled" or "held" or "affiliated" or "linked" or "inspired" or "born")
                {
                    // "US-led coalition" acts as the US; "Iranian-backed militia" is not Iran.
                    backer = tokens[j + 1].Text != "led";
                    j += 2;
                }

                var personFollows = nextMentionStart <= j + 6 && index + 1 < mentions.Count && document.Entities[mentions[index + 1].Entity].Label == EntityLabel.Person
                    && mentions[index + 1].Sentence == mention.Sentence;
                if (backer)
                {
                    qualifiesNoun = true;
                }
                else if (label == EntityLabel.Country && nextMentionStart == j && document.Entities[mentions[index + 1].Entity].Label == EntityLabel.Person)
                {
                    isModifier = true;
                }
                else if (j + 1 < sentence.EndToken && tokens[j].Text == "'s" && (Lexicon.IsTitleWord(tokens[j + 1].Text) || Lexicon.RoleNouns.Contains(tokens[j + 1].Text))
                    && nextMentionStart <= j + 4 && document.Entities[mentions[index + 1].Entity].Label == EntityLabel.Person)
                {
                    // "Jordan's King Abdullah II": the possessor qualifies the person.
                    isModifier = true;
                }
                else if (label == EntityLabel.Organisation && j < sentence.EndToken && (Lexicon.RoleNouns.Contains(tokens[j].Text) || Lexicon.IsTitleWord(tokens[j].Text))
                    && nextMentionStart <= Math.Max(j + 2, HyphenatedTitleEnd(tokens, j, sentence.EndToken)) && document.Entities[mentions[index + 1].Entity].Label == EntityLabel.Person)
                {
                    // "Hamas commander Yusuf Nasser", "UN Secretary-General X": the organisation qualifies the person.
                    isModifier = true;
                }
                else if (j < sentence.EndToken && (Lexicon.RoleNouns.Contains(tokens[j].Text) || Lexicon.IsTitleWord(tokens[j].Text)) && !Lexicon.ForceNouns.Contains(tokens[j].Text))
                {
                    // "his US counterpart, Secretary of State X" qualifies X; "a senior Iranian commander" is someone unnamed.
                    isModifier = personFollows && label == EntityLabel.Country;
                    qualifiesNoun = !isModifier;
                }
                else
                {
                    var k = j;
                    while (k < sentence.EndToken && k - j < 3 && Lexicon.ForceNouns.Contains(tokens[k].Text))
                    {
                        k++;
                    }

                    if (k > j)
                    {
                        isForce = true;
                        phraseEnd = k;
                    }
                    else if (j < sentence.EndToken && Lexicon.ActorNouns.Contains(tokens[j].Text))
                    {
                        phraseEnd = j + 1;
                    }
                    else if (j + 1 < sentence.EndToken && !tokens[j].IsCapitalised && tokens[j].IsWord && !Lexicon.FunctionWords.Contains(tokens[j].Text)
                        && (Lexicon.ActorNouns.Contains(tokens[j + 1].Text) || (j + 2 < sentence.EndToken && !tokens[j + 1].IsCapitalised && Lexicon.ActorNouns.Contains(tokens[j + 2].Text))))
                    {
                        // "a Saudi oil facility": the head noun decides.
                        phraseEnd = Lexicon.ActorNouns.Contains(tokens[j + 1].Text) ? j + 2 : j + 3;
                    }
                    else if (j < sentence.EndToken && tokens[j].Kind == TokenKind.Word && !tokens[j].IsCapitalised && nextMentionStart != j
                        && ((mention.IsAdjective && !Lexicon.ActorNouns.Contains(tokens[j].Text) && !Lexicon.FunctionWords.Contains(tokens[j].Text))
                            || Lexicon.PossessedNouns.Contains(tokens[j].Text)))
                    {
                        qualifiesNoun = true;
                    }
                }
            }

            mentions[index] = mention with { IsModifier = isModifier, IsForce = isForce, PhraseEnd = phraseEnd, QualifiesNoun = qualifiesNoun };
        }
    }
}
