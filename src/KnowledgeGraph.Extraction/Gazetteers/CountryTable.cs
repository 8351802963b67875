namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// Sovereign states (every UN member plus Palestine, Kosovo, Taiwan, the Holy See and a few former states that
/// news archives still name). One line per state: <c>canonical | names | adjectives | capitals and seats</c>.
/// Names and adjectives are always the country; capitals and seats of government only stand for the country
/// when the sentence makes them act ("Tehran denied"), since "in Baghdad" is a place, not a state.
/// A leading '?' marks an ambiguous word (a first name, a US state, an animal) that needs extra evidence.
/// </summary>
internal static class CountryTable
{
    /// <summary>
    /// Demonyms two states share, with the states in order of preference when the article gives no other evidence (the
    /// far more populous state first: most news of "Congolese" troops is about DR Congo). The mention recogniser picks
    /// the one the article names otherwise. Forms are as written (case-sensitive), plural forms included.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> SharedDemonyms = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Congolese"] = ["DR Congo", "Congo"],
    };

    public const string Data = """
        Afghanistan | Islamic Republic of Afghanistan | Afghan | Kabul
        Albania | Republic of Albania | Albanian | Tirana
        Algeria | People's Democratic Republic of Algeria | Algerian | Algiers
        Andorra | Principality of Andorra | Andorran | Andorra la Vella
        Angola | Republic of Angola | Angolan | Luanda
        Antigua and Barbuda | Antigua | Antiguan | Saint John's
        Argentina | Argentine Republic | Argentine, Argentinian, Argentinean | Buenos Aires, Casa Rosada
        Armenia | Republic of Armenia | Armenian | Yerevan
        Australia | Commonwealth of Australia | Australian | Canberra
        Austria | Republic of Austria | Austrian | Vienna
        Azerbaijan | Republic of Azerbaijan | Azerbaijani, Azeri | Baku
        Bahamas | The Bahamas, Commonwealth of The Bahamas | Bahamian | Nassau
        Bahrain | Kingdom of Bahrain | Bahraini | Manama
        Bangladesh | People's Republic of Bangladesh | Bangladeshi | Dhaka
        Barbados | | Barbadian | Bridgetown
        Belarus | Republic of Belarus, Byelorussia | Belarusian, Belarusan | Minsk
        Belgium | Kingdom of Belgium | Belgian | Brussels
        Belize | | Belizean | Belmopan
        Benin | Republic of Benin | Beninese | Porto-Novo, Cotonou
        Bhutan | Kingdom of Bhutan | Bhutanese | Thimphu
        Bolivia | Plurinational State of Bolivia | Bolivian | La Paz, Sucre
        Bosnia and Herzegovina | Bosnia, Bosnia-Herzegovina, BiH | Bosnian | Sarajevo
        Botswana | Republic of Botswana | Botswanan, Motswana | Gaborone
        Brazil | Federative Republic of Brazil | Brazilian | Brasilia, Brasília
        Brunei | Brunei Darussalam | Bruneian | Bandar Seri Begawan
        Bulgaria | Republic of Bulgaria | Bulgarian | Sofia
        Burkina Faso | Burkina | Burkinabe, Burkinabè | Ouagadougou
        Burundi | Republic of Burundi | Burundian | Gitega, Bujumbura
        Cabo Verde | Cape Verde | Cape Verdean, Cabo Verdean | Praia
        Cambodia | Kingdom of Cambodia | Cambodian | Phnom Penh
        Cameroon | Republic of Cameroon | Cameroonian | Yaounde, Yaoundé
        Canada | | Canadian | Ottawa
        Central African Republic | CAR | Central African | Bangui
        ?Chad | Republic of Chad | Chadian | N'Djamena
        Chile | Republic of Chile | Chilean | Santiago
        China | People's Republic of China, PRC, Mainland China | Chinese | Beijing, Zhongnanhai
        Colombia | Republic of Colombia | Colombian | Bogota, Bogotá
        Comoros | Union of the Comoros | Comoran, Comorian | Moroni
        Congo | Republic of the Congo, Congo-Brazzaville, Congo Republic | Congolese | Brazzaville
        DR Congo | Democratic Republic of the Congo, Democratic Republic of Congo, DRC, D.R.C., Congo-Kinshasa, Zaire | | Kinshasa
        Costa Rica | Republic of Costa Rica | Costa Rican | San Jose, San José
        Cote d'Ivoire | Ivory Coast, Côte d'Ivoire, Côte d’Ivoire, Cote d’Ivoire | Ivorian | Yamoussoukro, Abidjan
        Croatia | Republic of Croatia | Croatian, Croat | Zagreb
        Cuba | Republic of Cuba | Cuban | Havana
        Cyprus | Republic of Cyprus | Cypriot | Nicosia
        Czech Republic | Czechia | Czech | Prague
        Denmark | Kingdom of Denmark | Danish | Copenhagen
        Djibouti | Republic of Djibouti | Djiboutian | Djibouti City
        Dominica | Commonwealth of Dominica | | Roseau
        Dominican Republic | | Dominican | Santo Domingo
        Ecuador | Republic of Ecuador | Ecuadorian, Ecuadorean | Quito
        Egypt | Arab Republic of Egypt | Egyptian | Cairo
        El Salvador | Republic of El Salvador | Salvadoran, Salvadorean | San Salvador
        Equatorial Guinea | Republic of Equatorial Guinea | Equatoguinean | Malabo
        Eritrea | State of Eritrea | Eritrean | Asmara
        Estonia | Republic of Estonia | Estonian | Tallinn
        Eswatini | Swaziland, Kingdom of Eswatini | Swazi, Liswati | Mbabane
        Ethiopia | Federal Democratic Republic of Ethiopia | Ethiopian | Addis Ababa
        Fiji | Republic of Fiji | Fijian | Suva
        Finland | Republic of Finland | Finnish | Helsinki
        France | French Republic | French | Paris, Elysee Palace, Élysée Palace, Elysee, Élysée, Quai d'Orsay
        Gabon | Gabonese Republic | Gabonese | Libreville
        Gambia | The Gambia, Republic of The Gambia | Gambian | Banjul
        ?Georgia | | Georgian | Tbilisi
        Germany | Federal Republic of Germany | German | Berlin
        Ghana | Republic of Ghana | Ghanaian | Accra
        Greece | Hellenic Republic | Greek | Athens
        Grenada | | Grenadian | St. George's
        Guatemala | Republic of Guatemala | Guatemalan | Guatemala City
        ?Guinea | Republic of Guinea, Guinea-Conakry | | Conakry
        Guinea-Bissau | Republic of Guinea-Bissau | Bissau-Guinean | Bissau
        Guyana | Co-operative Republic of Guyana | Guyanese | Georgetown
        Haiti | Republic of Haiti | Haitian | Port-au-Prince
        Honduras | Republic of Honduras | Honduran | Tegucigalpa
        Hungary | | Hungarian | Budapest
        Iceland | | Icelandic | Reykjavik, Reykjavík
        India | Republic of India | Indian | New Delhi
        Indonesia | Republic of Indonesia | Indonesian | Jakarta
        Iran | Islamic Republic of Iran, Islamic Republic, Persia | Iranian | Tehran, Teheran
        Iraq | Republic of Iraq | Iraqi | Baghdad
        Ireland | Republic of Ireland, Eire | Irish | Dublin
        Israel | State of Israel | Israeli | Jerusalem, Knesset
        Italy | Italian Republic | Italian | Rome
        Jamaica | | Jamaican | Kingston
        Japan | | Japanese | Tokyo
        ?Jordan | Hashemite Kingdom of Jordan | Jordanian | Amman
        Kazakhstan | Republic of Kazakhstan | Kazakh, Kazakhstani | Astana, Nur-Sultan
        Kenya | Republic of Kenya | Kenyan | Nairobi
        Kiribati | | I-Kiribati | Tarawa
        Kuwait | State of Kuwait | Kuwaiti | Kuwait City
        Kyrgyzstan | Kyrgyz Republic | Kyrgyz, Kyrgyzstani | Bishkek
        Laos | Lao People's Democratic Republic, Lao PDR | Lao, Laotian | Vientiane
        Latvia | Republic of Latvia | Latvian | Riga
        Lebanon | Lebanese Republic | Lebanese | Beirut
        Lesotho | Kingdom of Lesotho | Basotho | Maseru
        Liberia | Republic of Liberia | Liberian | Monrovia
        Libya | State of Libya | Libyan | Tripoli
        Liechtenstein | Principality of Liechtenstein | | Vaduz
        Lithuania | Republic of Lithuania | Lithuanian | Vilnius
        Luxembourg | Grand Duchy of Luxembourg | Luxembourgish | Luxembourg City
        Madagascar | Republic of Madagascar | Malagasy | Antananarivo
        Malawi | Republic of Malawi | Malawian | Lilongwe
        Malaysia | | Malaysian | Kuala Lumpur, Putrajaya
        Maldives | Republic of Maldives, The Maldives | Maldivian | Male, Malé
        Mali | Republic of Mali | Malian | Bamako
        Malta | Republic of Malta | Maltese | Valletta
        Marshall Islands | Republic of the Marshall Islands | Marshallese | Majuro
        Mauritania | Islamic Republic of Mauritania | Mauritanian | Nouakchott
        Mauritius | Republic of Mauritius | Mauritian | Port Louis
        Mexico | United Mexican States | Mexican | Mexico City
        Micronesia | Federated States of Micronesia | Micronesian | Palikir
        Moldova | Republic of Moldova | Moldovan | Chisinau, Chișinău
        Monaco | Principality of Monaco | Monegasque | 
        Mongolia | | Mongolian | Ulaanbaatar, Ulan Bator
        Montenegro | | Montenegrin | Podgorica
        Morocco | Kingdom of Morocco | Moroccan | Rabat
        Mozambique | Republic of Mozambique | Mozambican | Maputo
        Myanmar | Burma, Republic of the Union of Myanmar | Burmese, Myanmarese | Naypyidaw, Nay Pyi Taw
        Namibia | Republic of Namibia | Namibian | Windhoek
        Nauru | Republic of Nauru | Nauruan | Yaren
        Nepal | | Nepali, Nepalese | Kathmandu
        Netherlands | The Netherlands, Holland, Kingdom of the Netherlands | Dutch | Amsterdam, The Hague
        New Zealand | | New Zealander | Wellington
        Nicaragua | Republic of Nicaragua | Nicaraguan | Managua
        ?Niger | Republic of Niger | Nigerien | Niamey
        Nigeria | Federal Republic of Nigeria | Nigerian | Abuja
        North Korea | Democratic People's Republic of Korea, DPRK, D.P.R.K. | North Korean | Pyongyang
        North Macedonia | Macedonia, Republic of North Macedonia, FYROM | Macedonian | Skopje
        Norway | Kingdom of Norway | Norwegian | Oslo
        Oman | Sultanate of Oman | Omani | Muscat
        Pakistan | Islamic Republic of Pakistan | Pakistani | Islamabad
        Palau | Republic of Palau | Palauan | Ngerulmud
        Palestine | State of Palestine, Palestinian Territories, Palestinian Authority | Palestinian | Ramallah
        Panama | Republic of Panama | Panamanian | Panama City
        Papua New Guinea | PNG | Papua New Guinean | Port Moresby
        Paraguay | Republic of Paraguay | Paraguayan | Asuncion, Asunción
        Peru | Republic of Peru | Peruvian | Lima
        Philippines | The Philippines, Republic of the Philippines | Philippine, Filipino | Manila
        Poland | Republic of Poland | Polish | Warsaw
        Portugal | Portuguese Republic | Portuguese | Lisbon
        Qatar | State of Qatar | Qatari | Doha
        Romania | | Romanian | Bucharest
        Russia | Russian Federation | Russian | Moscow, Kremlin
        Rwanda | Republic of Rwanda | Rwandan | Kigali
        Saint Kitts and Nevis | St Kitts and Nevis, St. Kitts and Nevis | Kittitian | Basseterre
        Saint Lucia | St Lucia, St. Lucia | Saint Lucian | Castries
        Saint Vincent and the Grenadines | St Vincent and the Grenadines, St. Vincent and the Grenadines | Vincentian | Kingstown
        Samoa | Independent State of Samoa | Samoan | Apia
        San Marino | Republic of San Marino | Sammarinese | 
        Sao Tome and Principe | São Tomé and Príncipe | Santomean | Sao Tome, São Tomé
        Saudi Arabia | Kingdom of Saudi Arabia, KSA | Saudi | Riyadh
        Senegal | Republic of Senegal | Senegalese | Dakar
        Serbia | Republic of Serbia | Serbian, Serb | Belgrade
        Seychelles | Republic of Seychelles | Seychellois | Victoria
        Sierra Leone | Republic of Sierra Leone | Sierra Leonean | Freetown
        Singapore | Republic of Singapore | Singaporean | 
        Slovakia | Slovak Republic | Slovak | Bratislava
        Slovenia | Republic of Slovenia | Slovenian, Slovene | Ljubljana
        Solomon Islands | | Solomon Islander | Honiara
        Somalia | Federal Republic of Somalia | Somali | Mogadishu
        South Africa | Republic of South Africa | South African | Pretoria, Cape Town
        South Korea | Republic of Korea, ROK | South Korean | Seoul, Blue House
        South Sudan | Republic of South Sudan | South Sudanese | Juba
        Spain | Kingdom of Spain | Spanish | Madrid, Moncloa
        Sri Lanka | Democratic Socialist Republic of Sri Lanka, Ceylon | Sri Lankan | Colombo, Sri Jayawardenepura Kotte
        Sudan | Republic of the Sudan, The Sudan | Sudanese | Khartoum
        Suriname | Republic of Suriname | Surinamese | Paramaribo
        Sweden | Kingdom of Sweden | Swedish | Stockholm
        Switzerland | Swiss Confederation | Swiss | Bern, Berne
        Syria | Syrian Arab Republic | Syrian | Damascus
        Tajikistan | Republic of Tajikistan | Tajik, Tajikistani | Dushanbe
        Tanzania | United Republic of Tanzania | Tanzanian | Dodoma, Dar es Salaam
        Thailand | Kingdom of Thailand, Siam | Thai | Bangkok
        Timor-Leste | East Timor, Democratic Republic of Timor-Leste | Timorese | Dili
        Togo | Togolese Republic | Togolese | Lome, Lomé
        Tonga | Kingdom of Tonga | Tongan | Nuku'alofa
        Trinidad and Tobago | Republic of Trinidad and Tobago, Trinidad | Trinidadian, Tobagonian | Port of Spain
        Tunisia | Republic of Tunisia | Tunisian | Tunis
        Turkey | Türkiye, Turkiye, Republic of Turkey | Turkish | Ankara
        Turkmenistan | | Turkmen | Ashgabat
        Tuvalu | | Tuvaluan | Funafuti
        Uganda | Republic of Uganda | Ugandan | Kampala
        Ukraine | | Ukrainian | Kyiv, Kiev
        United Arab Emirates | UAE, U.A.E., Emirates | Emirati | Abu Dhabi
        United Kingdom | UK, U.K., Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland | British | London, Downing Street, Whitehall
        United States | US, U.S., USA, U.S.A., United States of America, America, the States | American | Washington, Washington D.C., Foggy Bottom
        Uruguay | Oriental Republic of Uruguay | Uruguayan | Montevideo
        Uzbekistan | Republic of Uzbekistan | Uzbek | Tashkent
        Vanuatu | Republic of Vanuatu | Ni-Vanuatu | Port Vila
        Venezuela | Bolivarian Republic of Venezuela | Venezuelan | Caracas, Miraflores Palace
        Vietnam | Viet Nam, Socialist Republic of Vietnam | Vietnamese | Hanoi
        Yemen | Republic of Yemen | Yemeni | Sanaa, Sana'a
        Zambia | Republic of Zambia | Zambian | Lusaka
        Zimbabwe | Republic of Zimbabwe | Zimbabwean | Harare
        Kosovo | Republic of Kosovo | Kosovar, Kosovan | Pristina, Prishtina
        Taiwan | Republic of China, ROC | Taiwanese | Taipei
        Holy See | Vatican, Vatican City, the Vatican | | 
        Soviet Union | USSR, U.S.S.R., Union of Soviet Socialist Republics | Soviet | 
        Yugoslavia | | Yugoslav | 
        Czechoslovakia | | Czechoslovak | 
        East Germany | German Democratic Republic, GDR | East German | East Berlin
        West Germany | | West German | Bonn
        """;

    /// <summary>
    /// Multi-word places that contain a country word but are not the country ("Latin America", "Indian Ocean",
    /// "New Mexico"): matched first and then dropped, so the inner word does not become a country.
    /// </summary>
    public const string Blockers = """
        Latin America, Latin American, South America, South American, North America, North American,
        Central America, Central American, Indian Ocean, Indian Subcontinent, New Mexico, New Mexican, Northern Ireland,
        Niger Delta, Niger River, River Niger, Guinea Worm, Gulf of Guinea, Jordan River, River Jordan, Jordan Valley,
        Georgia Tech, Korean Peninsula, Korean War, Chinese New Year, French Guiana, French Polynesia, Turkish Cypriot,
        Dutch Caribbean, British Columbia, British Virgin Islands, American Samoa, Native American, Native Americans,
        African American, African Americans, Mexican American, Arab American, Irish Sea, Arabian Sea, Persian Gulf,
        East Jerusalem, West Bank, Red Sea, Black Sea, Caspian Sea, Mediterranean Sea, New York, Union Jack,
        American Express, American Airlines, British Airways, British Museum, Russian Orthodox, Greek Orthodox,
        Iran Contra, Georgia State, South Georgia, Dominican Order, India Ink, China Sea, South China Sea, East China Sea,
        Malay Peninsula, Swiss Army Knife, Turkish Delight, Chinatown, Holland Park, Jersey City
        """;
}
