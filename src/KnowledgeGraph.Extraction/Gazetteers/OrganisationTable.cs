namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// Well-known organisations with their alias sets, one per line: <c>canonical | aliases</c>. Aliases listed here are
/// one entity ("ISIS", "ISIL", "Daesh" → Islamic State). Organisations not listed are still found by their shape
/// ("X Ministry", "X Brigades", acronyms defined in parentheses).
/// </summary>
internal static class OrganisationTable
{
    public const string Data = """
        United Nations | UN, U.N., United Nations Organization
        UN Security Council | United Nations Security Council, U.N. Security Council, Security Council, UNSC
        UN General Assembly | United Nations General Assembly, U.N. General Assembly, General Assembly, UNGA
        UN Human Rights Council | United Nations Human Rights Council, U.N. Human Rights Council, UNHRC, Human Rights Council
        UNHCR | United Nations High Commissioner for Refugees, UN refugee agency, U.N. refugee agency, UN High Commissioner for Refugees
        UNICEF | United Nations Children's Fund
        World Food Programme | WFP, World Food Program
        International Atomic Energy Agency | IAEA
        North Atlantic Treaty Organization | NATO, Nato, North Atlantic Treaty Organisation, N.A.T.O.
        European Union | EU, E.U.
        European Commission |
        European Parliament |
        European Council |
        African Union | AU
        Arab League | League of Arab States
        Organization of Petroleum Exporting Countries | OPEC, Organisation of the Petroleum Exporting Countries, Organization of the Petroleum Exporting Countries
        World Health Organization | WHO, World Health Organisation
        International Criminal Court | ICC
        International Court of Justice | ICJ, World Court
        International Committee of the Red Cross | ICRC, Red Cross
        Red Crescent | International Federation of Red Cross and Red Crescent Societies, IFRC
        Hezbollah | Hizbollah, Hizballah, Hizbullah
        Hamas | HAMAS, Islamic Resistance Movement
        Palestinian Islamic Jihad | Islamic Jihad
        Taliban | Afghan Taliban, Taleban
        Tehrik-i-Taliban Pakistan | Pakistani Taliban, TTP, Tehrik-e-Taliban Pakistan
        al-Qaeda | al-Qaida, al Qaeda, al Qaida, Al-Qaeda, Al-Qaida, Al Qaeda, Al Qaida, al-Qa'ida, Al-Qa'ida, Qaeda, Qaida
        al-Qaeda in the Arabian Peninsula | AQAP, Al-Qaeda in the Arabian Peninsula, al-Qaida in the Arabian Peninsula, Al Qaeda in the Arabian Peninsula
        al-Qaeda in the Islamic Maghreb | AQIM, Al-Qaeda in the Islamic Maghreb, al-Qaida in the Islamic Maghreb
        al-Shabaab | al-Shabab, Al-Shabaab, Al-Shabab, al Shabaab, al Shabab, Al Shabaab, Al Shabab, Shabaab, Shabab
        Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
        Houthis | Houthi, Huthis, Huthi, Ansar Allah, Ansarullah, Houthi rebels, Houthi movement
        Islamic State | ISIS, ISIL, IS, Daesh, Da'esh, Da’esh, DAESH, Islamic State of Iraq and the Levant, Islamic State of Iraq and Levant, Islamic State of Iraq and Syria, Islamic State of Iraq and al-Sham, Islamic State group, so-called Islamic State, ISIS-K, ISKP
        Al-Nusra Front | Nusra Front, al-Nusra Front, Jabhat al-Nusra, Jabhat Fateh al-Sham, al-Nusra, Nusra
        Hayat Tahrir al-Sham | HTS, Tahrir al-Sham
        Syrian Democratic Forces | SDF
        People's Protection Units | YPG, Kurdish YPG
        Kurdistan Workers' Party | PKK, Kurdistan Workers Party
        Peshmerga | Kurdish Peshmerga, Peshmerga forces
        Popular Mobilization Forces | PMF, Popular Mobilisation Forces, Popular Mobilization Units, PMU, Hashd al-Shaabi
        Kataib Hezbollah | Kata'ib Hezbollah, Kataib Hizbollah
        Islamic Revolutionary Guard Corps | IRGC, Revolutionary Guards, Revolutionary Guard, Iranian Revolutionary Guard Corps, Revolutionary Guard Corps, Islamic Revolutionary Guards Corps
        Quds Force | Qods Force, al-Quds Force
        Free Syrian Army | FSA
        Muslim Brotherhood |
        Fatah |
        Palestine Liberation Organization | PLO, Palestine Liberation Organisation
        Lashkar-e-Taiba | LeT, Lashkar-e-Toiba
        Jaish-e-Mohammed | JeM, Jaish-e-Muhammad
        Haqqani Network | Haqqani network
        Wagner Group | Wagner
        Irish Republican Army | IRA
        ETA |
        FARC | Revolutionary Armed Forces of Colombia
        Association of Southeast Asian Nations | ASEAN
        Gulf Cooperation Council | GCC, Cooperation Council for the Arab States of the Gulf
        Organization of Islamic Cooperation | OIC, Organisation of Islamic Cooperation
        Organization for Security and Co-operation in Europe | OSCE, Organization for Security and Cooperation in Europe
        Shanghai Cooperation Organisation | SCO, Shanghai Cooperation Organization
        Group of Seven | G7, G-7
        Group of Twenty | G20, G-20
        International Monetary Fund | IMF
        World Bank |
        World Trade Organization | WTO, World Trade Organisation
        Amnesty International | Amnesty
        Human Rights Watch | HRW
        Doctors Without Borders | MSF, Médecins Sans Frontières, Medecins Sans Frontieres
        Interpol | INTERPOL
        Europol |
        Central Intelligence Agency | CIA
        Federal Bureau of Investigation | FBI
        National Security Agency | NSA
        Pentagon | US Department of Defense, U.S. Department of Defense, Department of Defense, Defense Department, DoD
        US Department of State | State Department, U.S. Department of State, Department of State, U.S. State Department, US State Department
        US Central Command | CENTCOM, USCENTCOM, U.S. Central Command, United States Central Command, Central Command
        White House |
        US Congress | Congress, U.S. Congress, United States Congress
        US Senate | Senate, U.S. Senate
        House of Representatives |
        Foreign Office | Foreign and Commonwealth Office, FCO, FCDO
        Ministry of Defence | MoD, MOD, UK Ministry of Defence
        MI6 | Secret Intelligence Service, SIS
        MI5 |
        Mossad |
        Shin Bet |
        Israel Defense Forces | IDF, Israeli Defense Forces, Israel Defence Forces
        Federal Security Service | FSB
        Kremlin Press Office |
        Organisation for the Prohibition of Chemical Weapons | OPCW, Organization for the Prohibition of Chemical Weapons
        Global Coalition against Daesh | Global Coalition, Global Coalition to Defeat ISIS, Counter-Daesh Coalition, Global Coalition Against Daesh
        Combined Joint Task Force – Operation Inherent Resolve | CJTF-OIR, Combined Joint Task Force-Operation Inherent Resolve, CJTF–OIR
        Iraqi Security Forces | ISF
        Afghan National Army | ANA
        Syrian Arab Army | SAA
        Lebanese Armed Forces | LAF
        Reuters |
        Associated Press | AP
        Agence France-Presse | AFP
        BBC | British Broadcasting Corporation
        CNN |
        Al Jazeera | Al-Jazeera, Aljazeera
        Washington Post | The Washington Post
        New York Times | The New York Times, NYT
        Wall Street Journal | WSJ, The Wall Street Journal
        Financial Times | FT
        The Guardian | Guardian
        Xinhua | Xinhua News Agency
        TASS | Tass, ITAR-TASS
        RIA Novosti |
        IRNA | Islamic Republic News Agency
        Fars News Agency | Fars
        Tasnim News Agency | Tasnim
        SANA | Syrian Arab News Agency
        KCNA | Korean Central News Agency
        Syrian Observatory for Human Rights | SOHR
        Democratic Party |
        Republican Party | GOP
        Conservative Party | Tory Party, Conservatives, Tories
        Liberal Democrats | Lib Dems, Liberal Democrat Party
        Labour Party | Labour
        Communist Party of China | Chinese Communist Party, CCP, CPC
        Kurdistan Regional Government | KRG
        Supreme Court |
        """;
}
