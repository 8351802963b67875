using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>Closed word classes the rules rely on. All sets are case-sensitive unless their name says otherwise.</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(string words, bool ignoreCase = false) =>
        words.Split([' ', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Words that end a title and may directly precede a person's name.</summary>
    public static readonly FrozenSet<string> TitleHeads = Set("""
        President President-elect Vice-President Minister Secretary Secretary-General Undersecretary General Gen. Gen
        Colonel Col. Col Lieutenant Lt. Lt Major Maj. Maj Captain Capt. Capt Commander Cmdr. Cdr. Admiral Adm. Adm Sergeant Sgt. Sgt
        Brigadier Brig. Marshal Ambassador Envoy Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov. Mayor
        King Queen Prince Princess Sheikh Sheik Emir Amir Sultan Ayatollah Leader Pope Chancellor Premier Taoiseach Tanaiste Mr. Mr Mrs. Mrs Ms. Ms
        Dr. Dr Judge Justice Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman Chairperson Speaker Pvt. Private Cpl.
        Corporal Imam Cleric Archbishop Cardinal Rabbi Lord Lady Sir Dame Baroness Baron Commissioner Prosecutor Professor Prof.
        Airman Officer Coordinator Adviser Advisor President-Elect Specialist Spc. Ensign Chief Defendant Plaintiff Detective
        Inspector Sheriff Constable Superintendent Agent Commandant Patriarch Metropolitan Bishop Father Brother Sister Reverend
        """);

    /// <summary>Words that may open or continue a title ("Foreign", "Deputy", "of State").</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set("""
        Foreign Defence Defense Home Interior Finance Justice Health Trade Economy Energy Homeland Security State Deputy Vice Prime
        Chief Supreme Senior Acting Former Lieutenant Major Brigadier Rear Field Air Staff Joint Crown Grand Special Attorney Army
        Navy Opposition Assistant Under First Executive Managing Regional Provincial National Master Lance Petty Command Military
        Presidential Sergeant Lt. Lt Maj. Brig. Gen. Gen Lt.Gen. Maj.Gen. Brig.Gen. Vice-Admiral Rear-Admiral Marine Corps Press
        Public Affairs Intelligence Development Treasury Commerce Agriculture Education Labor Labour Transport Culture Environment
        Information Communications Petroleum Oil Water Defence-Secretary High Resident Permanent Counterterrorism Counter-Terrorism
        """);

    /// <summary>A word that heads, opens or continues a person's title ("Minister", "Foreign", "State").</summary>
    public static bool IsTitleWord(string text) => TitleHeads.Contains(text) || TitleModifiers.Contains(text);

    /// <summary>Honorifics: titles of courtesy that name no office ("Mr", "Dr", "Sir"), so an office given later still binds.</summary>
    public static readonly FrozenSet<string> Honorifics = Set("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame");

    /// <summary>Titles that can be used on their own as a role ("the Foreign Secretary said").</summary>
    public static readonly FrozenSet<string> LowercaseRoles = Set("""
        president prime minister foreign secretary defence defense general secretary of state chancellor premier
        """);

    /// <summary>Heads that make a capitalised phrase an organisation ("Syrian Democratic Forces", "Ministry of Defence").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set("""
        Ministry Party Front Brigades Brigade Army Council Agency Corps Forces Force Committee Commission Organisation Organization
        Department Union Coalition Command Court Bank Fund Group Movement Association Institute Institution University College
        Company Corporation Corp. Inc. Inc Ltd. Ltd LLC Guard Guards Police Service Services Office Parliament Congress Senate
        Assembly Authority Authorities Federation League Alliance Squadron Wing Regiment Battalion Division Fleet Navy Bureau
        Administration Government Cabinet Secretariat Directorate Foundation Centre Center Network Airlines Airways Times Post
        Journal Tribune Herald Gazette Telegraph News Mission Taskforce Battery Unit Units Militia Militias Regime Junta
        Board Tribunal Observatory Watch Program Programme Society Club Federation Brotherhood Network Cartel Group Legion Jihad
        Universidad Universitario Hospital School Academy Embassy Consulate Globe Images
        Consortium Holdings Industries Electronics Motor Motors Maritime Shipping Petroleum Energy Refinery Systems
        Technologies Pharmaceuticals Airport Railways Confederation Syndicate Chamber
        """);

    /// <summary>Compound heads of military facilities; the base is the phrase up to and including them.</summary>
    public static readonly FrozenSet<string> BaseHeads = Set("""
        Base Airbase Airfield Barracks Garrison Cantonment Airstrip
        """);

    /// <summary>Words that start a military facility name ("Camp Bastion", "Fort Bragg").</summary>
    public static readonly FrozenSet<string> BasePrefixes = Set("Camp Fort");

    /// <summary>Second words of two-word facility heads ("Air Station", "Naval Station", "Air Base").</summary>
    public static readonly FrozenSet<string> BaseStationQualifiers = Set("Air Naval Navy Marine Military Army");

    /// <summary>Words after which a capitalised phrase is a place, not a person.</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set("""
        in near outside around across towards toward into inside throughout from via province town city village district
        region governorate capital suburb neighbourhood neighborhood near-by
        """);

    /// <summary>Capitalised words that name places or things, never people: they end or break a name.</summary>
    public static readonly FrozenSet<string> NonNameWords = Set("""
        East West North South Middle Central Northern Southern Eastern Western Upper Lower Greater New Old Year Day Week Month
        Street Road Avenue Square Province Provinces City District Region County Valley River Lake Sea Ocean Gulf Bay Island Islands
        Mountain Mountains Desert Border Bridge Airport Hospital Mosque Church Market Hotel Palace Tower Stadium School
        Operation Operations Resolution Plan Agreement Accord Accords Deal Treaty Act Law Convention Protocol Summit Conference Forum
        Talks War Wars Revolution Spring Crisis Olympics Cup Prize Award Twitter Facebook Instagram YouTube Internet God Allah Islam
        Muslim Muslims Christian Christians Jewish Jews Sunni Sunnis Shia Shiite Shiites Kurdish Kurds Kurd Arab Arabs European
        African Asian Airmen Marines Soldiers Republic Kingdom Empire State States Project Initiative Strategy Policy Report Review
        Statement TV Radio Channel Governorate Territory Territories Zone Peninsula Strait Straits Canal Coast Highway Corridor
        Camp Fort Station Base Airbase Airfield Barracks Capitol Hill Building Centre Center Headquarters Embassy Consulate
        Comprehensive Action Joint Combined Inherent Resolve Freedom Enduring Democratic Republican Liberal Conservative Labour
        Communist Socialist Islamic Christian National International Federal Royal Imperial Global World Human Rights Justice
        Peace Security Defence Defense Affairs Development Air Naval Nuclear Chemical Weapons Energy Atomic Health Refugees
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
        October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan Eid New-Year
        Ministry Council Army Navy Forces Force Police Parliament Government Coalition Party Front Group Command Agency Office
        Internet Web Online Times Post News Daily Press English French Arabic Persian Hebrew Russian Chinese Spanish Latin
        BREAKING UPDATE Photo Photos Video Videos Watch Replay Read More Click Subscribe Share Comment Comments Advertisement
        Sources Officials Mr Mrs Ms Miss The A An Al-Qaeda ISIS ISIL Daesh Taliban Hamas Hezbollah Congress Senate House White
        Time Marathon Site Room Shop Cafe Café Motel Gate Castle Communique Communiqué Framework Conflict Component Guardsmen
        Citizen Permalink Tumblr Whatsapp WhatsApp Autoplay Screen Close Skip Caption People Exercise Dam Medical Heritage
        Land Rover Strategic Reserve Museum Gallery Library Theatre Theater Cathedral Temple Shrine Tomb Fortress Citadel Wall
        Dialogue Summit Games Festival Marathon Championship Olympic Permanent Independence Liberation Victory Unity
        Mean Standard Religious Minorities Minority History One Two Three Four Five Six Seven Eight Nine Ten Twenty Thirty Forty
        Fifty Sixty Seventy Eighty Ninety Hundred Thousand Million Beach Heights Hills Plains Harbor Harbour Atoll Cove Falls
        Springs Creek Images Globe Survey Partnership Registration Test Asia Europe Africa Pacific Atlantic Arctic Antarctica
        Balkans Caucasus Sahel Levant Maghreb Scandinavia Caribbean Oceania Eurasia Mideast Line Lines
        """);

    /// <summary>Words that mark an Arabic or other place name ("Tal Afar", "Mount Sinjar", "Ar Raqqah"): never a person.</summary>
    public static readonly FrozenSet<string> PlaceMarkers = Set("""
        Mount Tal Tel Tall Ayn Ain Ras Jabal Jebel Wadi Deir Dayr Kafr Khan Bir Tell Qasr Ar Az As Ad Hay Souk Bab Jisr Saint
        San Santa Port Cape Sidi Ciudad Puerto Nahr Umm Beit Bayt Dar Rue Calle Avenida Plaza Piazza Boulevard St St.
        """);

    /// <summary>Capitalised function words that open sentences; they are never part of a name.</summary>
    public static readonly FrozenSet<string> SentenceStarters = Set("""
        The A An This That These Those It Its It's He She They We I You His Her Their Our My Your In On At By For From With
        Without After Before During Since Until While When Where Why How What Which Who Whom Whose If Unless Although Though
        But And Or Nor So Yet As Also Then Thus Still However Meanwhile Moreover Furthermore Nevertheless Instead Indeed Today
        Yesterday Tomorrow Tonight Now Later Earlier Last Next Here There Some Many Most Much More Few All Both Each Every Any
        No Not None One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen
        Eighteen Nineteen Twenty Thirty Forty Fifty Hundreds Thousands Dozens Scores Several Other Another Such Only Even Just Once Twice Among
        Under Over Above Below Between Against Despite Through Throughout Within Into Onto Upon About Around Across Along Amid
        Amidst Behind Beyond Near Outside Inside Toward Towards Via Per Like Unlike Whether Because Do Does Did Is Are Was Were
        Be Been Being Has Have Had Will Would Can Could Shall Should May Might Must Let Please Yes Dear Thank Thanks Good Great
        Well Oh According Speaking Asked Asking Following Including Regarding Concerning Given Based Following Officials Sources
        Reports Police Authorities Residents Witnesses Analysts Experts Critics Observers Troops Forces Soldiers Militants Rebels
        Fighters Protesters Useful Photographs Photographs Pictures Images Elsewhere Overall Together Finally First Second Third
        Initially Recently Currently Previously Subsequently Separately Similarly Additionally Ultimately Eventually Specifically
        Particularly Especially Notably Clearly Obviously Apparently Reportedly Allegedly Perhaps Maybe Already Again Never Always
        Often Sometimes Usually Rather Quite Very Too Almost Nearly About Approximately Roughly Nearly Over Under Up Down Out Off
        Suspected Alleged Presumed Unidentified Masked
        """);

    /// <summary>Name particles that may appear in lower case inside a name ("Karim al-Jaberi", "Anna van der Berg").</summary>
    public static readonly FrozenSet<string> NameParticles = Set("""
        al el bin ibn bint de da di del della der den van von la le du dos das ter ul ud abu abd Al El Bin Ibn Abu Abd Van Von De Da Di Le La Du
        """);

    /// <summary>Connectors allowed inside an organisation name when a capitalised word follows.</summary>
    public static readonly FrozenSet<string> NameConnectors = Set("of for and the on against in to & de des du");

    /// <summary>Nouns after a country word that make the country the actor ("US forces").</summary>
    public static readonly FrozenSet<string> ForceNouns = Set("""
        forces force troops military government warplanes warplane jets jet aircraft army navy officials soldiers personnel militants fighters
        rebels drones drone artillery marines airmen sailors units unit coalition authorities regime administration ministry
        police militia militias warships ships vessels submarines helicopters gunboats tanks commandos diplomats security
        special air naval ground armed defence defense gunmen bombers insurgents terrorists guerrillas extremists jihadists
        loyalists operatives agents assassins hitmen paramilitaries snipers fighter bomber gunman commandos raiders squads squad battalion battalions
        brigade brigades division divisions strike strikes airstrike airstrikes raid raids
        """);

    /// <summary>Nouns after a country word that mark it as a mere modifier of a person ("his US counterpart").</summary>
    public static readonly FrozenSet<string> RoleNouns = Set("""
        counterpart counterparts president prime foreign defence defense minister ministers secretary leader leaders envoy
        ambassador diplomat diplomats king queen prince emir general commander chief head spokesman spokeswoman official
        counterpart's opposite deputy vice national nationals citizen citizens
        """);

    /// <summary>Nouns after a nationality adjective that make the country the actor or target ("the Iranian retaliation").</summary>
    public static readonly FrozenSet<string> ActorNouns = Set("""
        retaliation attack attacks strike strikes airstrike airstrikes aggression invasion occupation bombing bombings
        action actions behaviour behavior decision move response crackdown regime leadership leaders targets target interests
        positions position bases base embassy consulate convoy patrol territory vessels vessel ships ship tanker tankers plane
        planes missile missiles rockets rocket offensive operation operations incursion raid raids shelling fire assault
        threat threats sanctions state side authorities counterpart facility facilities installation installations infrastructure
        airport port refinery refineries oilfield oilfields pipeline pipelines outpost outposts checkpoint checkpoints
        airbase airbases airfield airfields warship warships depot depots sites site headquarters compound
        """);

    /// <summary>Nouns that a country name only qualifies ("U.S. companies"): the noun, not the country, is the argument.</summary>
    public static readonly FrozenSet<string> PossessedNouns = Set("""
        companies company firms firm employees civilians citizens people nationals residents students workers businesses
        media journalists reporters economy markets exports imports soil capital city cities towns villages families
        hostages prisoners detainees victims women children men refugees migrants passport passports flag flags civilian
        private local
        """);

    /// <summary>Lower-case words that follow a subject without being nouns it qualifies.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set("""
        and or but nor to of in on at by for with from as than that which who whom whose is are was were be been being has
        have had will would could should may might must can did does do also then not n't never has
        """);

    public static readonly FrozenSet<string> Months = Set("""
        January February March April May June July August September October November December Jan Jan. Feb Feb. Mar Mar. Apr Apr.
        Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.
        """);

    public static readonly FrozenSet<string> Weekdays = Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    /// <summary>Abbreviations whose final period is part of the word (not a sentence end).</summary>
    public static readonly FrozenSet<string> Abbreviations = Set("""
        Mr Mrs Ms Dr Gen Lt Col Maj Sgt Capt Cpt Cmdr Cdr Adm Brig St Ft Mt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos
        Vol vs etc Jr Sr Inc Ltd Co Corp Rep Sen Gov Prof Rev Pvt Cpl Spc Hon Gov Pres Dept Univ Ave Blvd approx est al e.g i.e
        """);

    /// <summary>Upper-case words that are not organisation acronyms.</summary>
    public static readonly FrozenSet<string> NonAcronyms = Set("""
        I II III IV V VI VII VIII IX X XI XII TV AM PM GMT UTC CEO CFO COO OK USD EUR GBP PDF HTML URL BREAKING UPDATE NEWS VIDEO
        PHOTO PHOTOS WATCH LIVE UPDATED EXCLUSIVE ANALYSIS OPINION EDITOR EDITORS NOTE AP A AN THE AND OF IN ON TO FOR BY AT
        ID DNA GDP HIV AIDS COVID SARS MERS ISBN FAQ RSS SMS GPS VIP MP MPs PS PPS NB DC D.C. JUST MUST MORE REPLAY WATCHED READ
        IED IEDs VBIED VBIEDs RPG RPGs MRAP UAV UAVs ICBM ICBMs SAM SAMs USS HMS CCTV QUESTION ANSWER MODERATOR Q A
        OK AKA FYI LOL MR MRS MS DR FILE PHOTO KC FS SIM
        """);

    public static readonly FrozenSet<string> Pronouns = Set("he him she her He She Him Her");

    public static readonly FrozenSet<string> Negators = Set("not n't never no neither nor", ignoreCase: true);

    /// <summary>Words that make what follows hypothetical, intended or future rather than a fact.</summary>
    public static readonly FrozenSet<string> Modals = Set("""
        would could might may should will shall can must 'll 'd wo ca plans plan planned planning intends intend intended
        intending vowed vow vows promised promise promises pledged pledge pledges wants want wanted seeks seek sought tried try
        tries trying attempt attempted attempting attempts ready prepared preparing considering consider considers weighing
        threatens threatened threatening threaten warned warns warning hopes hoped hope expected expect expects likely unlikely
        urged urges urge calls called asked asks demanded demands refused refuses refuse failed fails fail declined declines
        decline ruled able unable set going about aims aimed aim proposed proposes propose advocated advocates advocate
        advocating suggested suggests suggest favoured favored favours favors supports supported backing backed would've
        """, ignoreCase: true);

    /// <summary>Modal words that are modal only before "to": "about to strike" is not yet a strike, "about 1,000 people" is a number.</summary>
    private static readonly FrozenSet<string> ModalOnlyBeforeTo = Set("about set going able unable ready", ignoreCase: true);

    /// <summary>True when the token at <paramref name="index"/> makes what follows unreal (see <see cref="Modals"/>).</summary>
    public static bool IsModalAt(List<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        if (!Modals.Contains(text) || IsMonthMay(tokens, index))
        {
            return false;
        }

        return !ModalOnlyBeforeTo.Contains(text) || (index + 1 < tokens.Count && tokens[index + 1].Text == "to");
    }

    /// <summary>"until May", "on 3 May": a capitalised "May" inside a sentence is the month, not the modal.</summary>
    public static bool IsMonthMay(List<Token> tokens, int index) =>
        tokens[index].Text == "May" && index > 0 && tokens[index - 1].Text is not ("." or "!" or "?" or "\"" or "“" or ":" or "\n");

    /// <summary>Words that make the sentence's events merely claimed, denied or questioned.</summary>
    public static readonly FrozenSet<string> AttributionBlockers = Set("""
        claimed claims claim claiming alleged allegedly alleges allege alleging allegation allegations accused accuses accusing accuse accusation
        accusations purportedly purported denied denies deny denying denial rumoured rumored rumours rumors suspected
        suspect suspects supposedly unconfirmed unverified false falsely hoax disputed rejected
        """, ignoreCase: true);

    /// <summary>Conditional openers: what follows in the sentence is hypothetical.</summary>
    public static readonly FrozenSet<string> Conditionals = Set("if unless whether lest", ignoreCase: true);

    public static readonly FrozenSet<string> BeForms = Set("was were is are been being be am 's got gets", ignoreCase: true);

    /// <summary>Words that end the search for an argument to the right of a trigger.</summary>
    public static readonly FrozenSet<string> RightBoundaries = Set("""
        after before because while when whereas although though but which who whom whose that where since until unless if
        said says saying told according as amid despite during following
        """, ignoreCase: true);

    /// <summary>Verbs that take an event noun as object and pass their subject to it ("launched strikes", "held talks").</summary>
    public static readonly FrozenSet<string> LightVerbs = Set("""
        launched launch launches launching carried carry carries carrying conducted conduct conducts conducting staged stage
        stages mounted mount mounts led lead leads ordered order orders perpetrated committed commit unleashed unleash imposed
        impose imposes imposing announced announce announces announcing slapped slap slaps levied levy introduced introduce
        introduces placed place places held hold holds holding had has have made make makes paid pay pays expressed express
        issued issue issues executed execute executes approved approve approves adopted adopt adopts enacted enact enacts
        extended extend extends expanded expand expands tightened tighten tightens renewed renew renews began begin begins
        started start starts resumed resume resumes intensified intensify stepped escalated continued continue continues
        initiated initiate initiates authorized authorised authorize authorise fired fire fires join joined joins wage waged
        wages waging
        """, ignoreCase: true);

    /// <summary>Verbs that undo a sanction: "lifted sanctions on X" is not a sanctioning.</summary>
    public static readonly FrozenSet<string> UndoVerbs = Set("""
        lifted lift lifts lifting eased ease eases easing waived waive waives waiving removed remove removes removing ended end
        ends ending relaxed relax relaxes relaxing reduced reduce reduces reducing suspended suspend suspends suspending dropped
        drop drops scrapped scrap scraps repealed repeal revoked revoke rolled unfroze unfreeze halted halt halts violated
        violate violates violating evaded evade evading circumvent circumvented breach breached breaching
        opposed oppose opposes criticised criticized criticise criticize
        """, ignoreCase: true);
}
