// Real countries and cities of the demo network, by hub, with local-script names, dialling codes and mail domains.

/** Hub keys used by the generator; names are in sheets-templates/vocabularies HUB_NAMES (same order). */
export type HubKey = 'ESA' | 'MENA' | 'SA' | 'WB' | 'MU';
export const HUB_KEYS: readonly HubKey[] = ['ESA', 'MENA', 'SA', 'WB', 'MU'];

/** Which pool of personal names fits a country. */
export type NameStyle =
  | 'eastAfrica'
  | 'southernAfrica'
  | 'francophone'
  | 'arab'
  | 'southAsia'
  | 'balkans'
  | 'english'
  | 'northEurope'
  | 'hispanic'
  | 'centralAsia'
  | 'southeastAsia';

export interface Country {
  readonly name: string;
  readonly hub: HubKey;
  readonly dial: string; // international dialling code
  /** Municipal mail domain pattern; {c} is the city's ASCII slug. */
  readonly domain: string;
  /** Preferred correspondence languages with weights, e.g. 'ar:6,fr:3,en:1'. */
  readonly langs: string;
  readonly names: NameStyle;
  /** 'English=Local;English;…' — the first city is the capital or largest. */
  readonly cities: string;
}

// name|hub|dial|mail domain pattern|languages|name pool|cities ('English=Local;…', capital or largest first)
const COUNTRY_TABLE = `
Kenya|ESA|+254|{c}.go.ke|en:1|eastAfrica|Nairobi;Mombasa;Kisumu;Nakuru;Garissa;Lamu;Kwale;Kilifi;Mandera;Wajir;Isiolo;Malindi;Eldoret;Machakos;Kakamega;Marsabit
Uganda|ESA|+256|{c}.go.ug|en:1|eastAfrica|Kampala;Gulu;Mbale;Jinja;Arua;Mbarara;Lira;Entebbe;Masaka;Kasese
Tanzania|ESA|+255|{c}.go.tz|en:1|eastAfrica|Dar es Salaam;Dodoma;Arusha;Mwanza;Zanzibar City;Tanga;Mtwara;Morogoro
Ethiopia|ESA|+251|{c}.gov.et|en:1|eastAfrica|Addis Ababa=አዲስ አበባ;Dire Dawa=ድሬ ዳዋ;Adama=አዳማ;Hawassa=ሀዋሳ;Bahir Dar=ባሕር ዳር;Mekelle=መቐለ;Gondar=ጎንደር;Jimma=ጅማ
Somalia|ESA|+252|{c}.gov.so|en:3,ar:1|eastAfrica|Mogadishu=Muqdisho;Hargeisa=Hargeysa;Kismayo=Kismaayo;Baidoa=Baydhabo;Garowe;Bosaso=Boosaaso
Mozambique|ESA|+258|cm{c}.gov.mz|en:1|southernAfrica|Maputo;Beira;Nampula;Pemba;Matola;Quelimane
South Africa|ESA|+27|{c}.gov.za|en:1|southernAfrica|Cape Town;Johannesburg;Durban;Pretoria;Gqeberha;Bloemfontein
Zambia|ESA|+260|{c}city.gov.zm|en:1|southernAfrica|Lusaka;Kitwe;Ndola;Livingstone
Zimbabwe|ESA|+263|{c}city.co.zw|en:1|southernAfrica|Harare;Bulawayo;Mutare
Malawi|ESA|+265|{c}.gov.mw|en:1|southernAfrica|Lilongwe;Blantyre;Mzuzu
Madagascar|ESA|+261|commune-{c}.mg|fr:4,en:1|francophone|Antananarivo;Toamasina;Mahajanga
Democratic Republic of the Congo|ESA|+243|ville-{c}.cd|fr:5,en:1|francophone|Kinshasa;Lubumbashi;Goma;Bukavu;Kisangani;Bunia
Rwanda|ESA|+250|{c}.gov.rw|en:3,fr:2|eastAfrica|Kigali;Musanze;Huye;Rubavu
Burundi|ESA|+257|mairie-{c}.bi|fr:1|francophone|Bujumbura;Gitega
Jordan|MENA|+962|{c}.gov.jo|ar:6,en:4|arab|Amman=عمّان;Irbid=إربد;Zarqa=الزرقاء;Aqaba=العقبة;Salt=السلط;Madaba=مادبا;Karak=الكرك;Maan=معان;Mafraq=المفرق;Jerash=جرش;Ajloun=عجلون;Tafilah=الطفيلة;Ramtha=الرمثا
Lebanon|MENA|+961|{c}-municipality.gov.lb|ar:4,fr:3,en:3|arab|Beirut=بيروت;Tripoli=طرابلس;Saida=صيدا;Tyre=صور;Zahle=زحلة;Byblos=جبيل;Baalbek=بعلبك;Nabatieh=النبطية;Jounieh=جونية;Aley=عاليه
Tunisia|MENA|+216|commune-{c}.gov.tn|fr:5,ar:4,en:1|arab|Tunis=تونس;Sfax=صفاقس;Sousse=سوسة;Kairouan=القيروان;Bizerte=بنزرت;Gabes=قابس;Ariana=أريانة;Gafsa=قفصة;Monastir=المنستير;Ben Gardane=بن قردان;Medenine=مدنين;Kasserine=القصرين;Sidi Bouzid=سيدي بوزيد;Le Kef=الكاف;Nabeul=نابل;Jendouba=جندوبة;Tataouine=تطاوين
Morocco|MENA|+212|commune-{c}.ma|fr:5,ar:4,en:1|arab|Rabat=الرباط;Casablanca=الدار البيضاء;Fez=فاس;Marrakesh=مراكش;Tangier=طنجة;Meknes=مكناس;Agadir=أكادير;Oujda=وجدة;Tetouan=تطوان;Kenitra=القنيطرة;Nador=الناظور;Beni Mellal=بني ملال
Iraq|MENA|+964|{c}.gov.iq|ar:7,en:3|arab|Baghdad=بغداد;Basra=البصرة;Mosul=الموصل;Erbil=أربيل;Kirkuk=كركوك;Najaf=النجف;Karbala=كربلاء;Sulaymaniyah=السليمانية;Ramadi=الرمادي;Fallujah=الفلوجة;Duhok=دهوك
Egypt|MENA|+20|{c}.gov.eg|ar:7,en:3|arab|Cairo=القاهرة;Alexandria=الإسكندرية;Giza=الجيزة;Aswan=أسوان;Luxor=الأقصر;Port Said=بورسعيد;Mansoura=المنصورة;Tanta=طنطا
Libya|MENA|+218|{c}.gov.ly|ar:8,en:2|arab|Tripoli=طرابلس;Benghazi=بنغازي;Misrata=مصراتة;Sabha=سبها;Zawiya=الزاوية;Zliten=زليتن
Algeria|MENA|+213|apc-{c}.dz|fr:5,ar:5|arab|Algiers=الجزائر;Oran=وهران;Constantine=قسنطينة;Annaba=عنابة;Setif=سطيف;Batna=باتنة;Tlemcen=تلمسان
Palestine|MENA|+970|{c}.ps|ar:6,en:4|arab|Ramallah=رام الله;Nablus=نابلس;Hebron=الخليل;Bethlehem=بيت لحم;Jenin=جنين
Mauritania|MENA|+222|commune-{c}.mr|ar:5,fr:5|arab|Nouakchott=نواكشوط;Nouadhibou=نواذيبو
Bangladesh|SA|+880|{c}city.gov.bd|en:1|southAsia|Dhaka=ঢাকা;Chattogram=চট্টগ্রাম;Khulna=খুলনা;Rajshahi=রাজশাহী;Sylhet=সিলেট;Barishal=বরিশাল;Rangpur=রংপুর;Mymensingh=ময়মনসিংহ;Cumilla=কুমিল্লা;Narayanganj=নারায়ণগঞ্জ;Gazipur=গাজীপুর;Cox’s Bazar=কক্সবাজার;Bogura=বগুড়া;Jashore=যশোর
India|SA|+91|{c}.gov.in|en:1|southAsia|Delhi=दिल्ली;Mumbai=मुंबई;Hyderabad=హైదరాబాద్;Bengaluru=ಬೆಂಗಳೂರು;Kolkata=কলকাতা;Chennai=சென்னை;Pune=पुणे;Lucknow=लखनऊ;Jaipur=जयपुर;Ahmedabad=અમદાવાદ;Bhopal=भोपाल;Srinagar
Pakistan|SA|+92|{c}.gov.pk|en:1|southAsia|Karachi=کراچی;Lahore=لاہور;Islamabad=اسلام آباد;Peshawar=پشاور;Quetta=کوئٹہ;Multan=ملتان;Faisalabad=فیصل آباد;Rawalpindi=راولپنڈی;Hyderabad=حیدرآباد;Sialkot=سیالکوٹ;Gujranwala=گوجرانوالہ;Sukkur=سکھر;Mardan=مردان
Sri Lanka|SA|+94|{c}.mc.gov.lk|en:1|southAsia|Colombo=කොළඹ;Kandy=මහනුවර;Galle=ගාල්ල;Jaffna=யாழ்ப்பாணம்;Batticaloa=மட்டக்களப்பு;Negombo=මීගමුව;Trincomalee=திருகோணமலை;Kurunegala=කුරුණෑගල
Nepal|SA|+977|{c}mun.gov.np|en:1|southAsia|Kathmandu=काठमाडौं;Pokhara=पोखरा;Lalitpur=ललितपुर;Biratnagar=विराटनगर;Birgunj=वीरगञ्ज;Nepalgunj=नेपालगञ्ज;Dharan=धरान;Bharatpur=भरतपुर
Maldives|SA|+960|{c}.gov.mv|en:1|southAsia|Malé=މާލެ;Addu City=އައްޑޫ ސިޓީ
Serbia|WB|+381|{c}.rs|en:1|balkans|Belgrade=Београд;Novi Sad=Нови Сад;Niš=Ниш;Kragujevac=Крагујевац;Subotica=Суботица;Novi Pazar=Нови Пазар;Zrenjanin=Зрењанин;Pančevo=Панчево;Čačak=Чачак;Kraljevo=Краљево;Leskovac=Лесковац;Vranje=Врање;Šabac=Шабац;Valjevo=Ваљево;Preševo=Прешево;Bujanovac=Бујановац;Tutin=Тутин;Sjenica=Сјеница
North Macedonia|WB|+389|{c}.gov.mk|en:1|balkans|Skopje=Скопје;Bitola=Битола;Kumanovo=Куманово;Prilep=Прилеп;Tetovo=Тетово;Ohrid=Охрид;Veles=Велес;Štip=Штип;Gostivar=Гостивар;Struga=Струга;Kičevo=Кичево;Strumica=Струмица;Kavadarci=Кавадарци
Bosnia and Herzegovina|WB|+387|{c}.ba|en:1|balkans|Sarajevo;Banja Luka=Бања Лука;Mostar;Tuzla;Zenica;Bihać;Bijeljina=Бијељина
Albania|WB|+355|bashkia{c}.gov.al|en:1|balkans|Tirana=Tiranë;Durrës;Shkodër;Elbasan;Vlorë;Korçë;Fier;Berat;Lushnjë;Kukës;Kavajë;Pogradec
Kosovo|WB|+383|komuna-{c}.net|en:1|balkans|Pristina=Prishtinë;Prizren;Peja=Pejë;Gjakova;Mitrovica;Ferizaj;Gjilan;Vushtrri;Podujeva
Montenegro|WB|+382|{c}.me|en:1|balkans|Podgorica=Подгорица;Nikšić=Никшић;Bar;Budva;Herceg Novi;Bijelo Polje;Pljevlja;Rožaje;Ulcinj
United Kingdom|MU|+44|{c}.gov.uk|en:1|english|London;Manchester;Birmingham;Leeds;Bradford;Leicester;Cardiff;Glasgow;Belfast;Bristol
France|MU|+33|ville-{c}.fr|fr:9,en:1|francophone|Paris;Marseille;Lyon;Toulouse;Nice;Strasbourg;Lille;Sarcelles;Bordeaux;Nantes
Belgium|MU|+32|{c}.be|fr:5,en:5|francophone|Brussels=Bruxelles;Antwerp=Antwerpen;Mechelen;Liège;Vilvoorde;Ghent=Gent
Germany|MU|+49|{c}.de|en:1|northEurope|Berlin;Hamburg;Munich=München;Cologne=Köln;Frankfurt;Augsburg;Düsseldorf;Stuttgart
Netherlands|MU|+31|{c}.nl|en:1|northEurope|Amsterdam;Rotterdam;The Hague=Den Haag;Utrecht
Denmark|MU|+45|{c}.dk|en:1|northEurope|Copenhagen=København;Aarhus;Odense;Aalborg
Norway|MU|+47|{c}.kommune.no|en:1|northEurope|Oslo;Kristiansand;Bergen;Stavanger
Sweden|MU|+46|{c}.se|en:1|northEurope|Stockholm;Gothenburg=Göteborg;Malmö;Örebro
Spain|MU|+34|ayto-{c}.es|es:8,en:2|hispanic|Madrid;Barcelona;Valencia;Málaga;Ceuta;Melilla;Seville=Sevilla
Greece|MU|+30|{c}.gov.gr|en:1|northEurope|Athens=Αθήνα;Thessaloniki=Θεσσαλονίκη
Ukraine|MU|+380|{c}.gov.ua|en:1|centralAsia|Kyiv=Київ;Lviv=Львів;Odesa=Одеса
Georgia|MU|+995|{c}.gov.ge|en:1|centralAsia|Tbilisi=თბილისი;Kutaisi=ქუთაისი
United States|MU|+1|{c}.gov|en:1|english|New York;Los Angeles;Minneapolis;Denver;Atlanta;Boston;Chicago;Seattle;Dearborn;Columbus;Houston;Pittsburgh
Canada|MU|+1|{c}.ca|en:6,fr:4|english|Montreal=Montréal;Toronto;Calgary;Vancouver;Ottawa;Edmonton;Quebec City=Québec;Winnipeg
Mexico|MU|+52|{c}.gob.mx|es:9,en:1|hispanic|Mexico City=Ciudad de México;Monterrey;Guadalajara;Tijuana;Ciudad Juárez;Puebla
Colombia|MU|+57|{c}.gov.co|es:9,en:1|hispanic|Bogotá;Medellín;Cali;Barranquilla;Cartagena
Ecuador|MU|+593|{c}.gob.ec|es:9,en:1|hispanic|Quito;Guayaquil;Cuenca
Peru|MU|+51|muni{c}.gob.pe|es:9,en:1|hispanic|Lima;Arequipa;Trujillo
Argentina|MU|+54|{c}.gob.ar|es:9,en:1|hispanic|Buenos Aires;Córdoba;Rosario
Chile|MU|+56|muni{c}.cl|es:9,en:1|hispanic|Santiago;Valparaíso
Trinidad and Tobago|MU|+1|{c}.gov.tt|en:1|english|Port of Spain;San Fernando;Chaguanas
Nigeria|MU|+234|{c}.gov.ng|en:1|eastAfrica|Lagos;Abuja;Kano;Maiduguri;Kaduna;Jos
Ghana|MU|+233|{c}.gov.gh|en:1|eastAfrica|Accra;Kumasi;Tamale
Côte d’Ivoire|MU|+225|mairie-{c}.ci|fr:9,en:1|francophone|Abidjan;Bouaké;Yamoussoukro
Senegal|MU|+221|ville-{c}.sn|fr:9,en:1|francophone|Dakar;Saint-Louis;Thiès;Ziguinchor
Mali|MU|+223|mairie-{c}.ml|fr:1|francophone|Bamako;Mopti
Burkina Faso|MU|+226|mairie-{c}.bf|fr:1|francophone|Ouagadougou;Bobo-Dioulasso
Niger|MU|+227|ville-{c}.ne|fr:1|francophone|Niamey;Agadez
Cameroon|MU|+237|cu-{c}.cm|fr:7,en:3|francophone|Yaoundé;Douala;Maroua
Chad|MU|+235|mairie-{c}.td|fr:6,ar:4|francophone|N’Djamena=انجمينا
Kyrgyzstan|MU|+996|{c}.kg|en:1|centralAsia|Bishkek=Бишкек;Osh=Ош;Jalal-Abad=Жалал-Абад
Kazakhstan|MU|+7|{c}.gov.kz|en:1|centralAsia|Almaty=Алматы;Astana=Астана;Shymkent=Шымкент
Tajikistan|MU|+992|{c}.tj|en:1|centralAsia|Dushanbe=Душанбе;Khujand=Хуҷанд
Philippines|MU|+63|{c}city.gov.ph|en:1|southeastAsia|Marawi;Zamboanga;Cotabato;Davao;Manila
Indonesia|MU|+62|{c}kota.go.id|en:1|southeastAsia|Jakarta;Surabaya;Bandung;Makassar;Medan
Australia|MU|+61|cityof{c}.gov.au|en:1|english|Melbourne;Sydney;Brisbane;Perth;Adelaide
New Zealand|MU|+64|{c}.govt.nz|en:1|english|Christchurch;Auckland;Wellington
Türkiye|MU|+90|{c}.bel.tr|en:1|northEurope|Istanbul=İstanbul;Gaziantep
`;

export const COUNTRIES: readonly Country[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, hub, dial, domain, langs, names, cities] = line.split('|');
    return {
      name: name!,
      hub: hub as HubKey,
      dial: dial!,
      domain: domain!,
      langs: langs!,
      names: names as NameStyle,
      cities: cities!,
    };
  });

export interface Place {
  readonly name: string;
  readonly localName: string | null;
  readonly country: Country;
  /** True for the first city of a country (its capital or largest city). */
  readonly major: boolean;
}

/** Every city of COUNTRIES, grouped by hub, in listing order. */
export function placesByHub(): Record<HubKey, Place[]> {
  const out: Record<HubKey, Place[]> = { ESA: [], MENA: [], SA: [], WB: [], MU: [] };
  for (const country of COUNTRIES) {
    country.cities.split(';').forEach((entry, i) => {
      const [name, local] = entry.split('=');
      out[country.hub].push({ name: name!, localName: local ?? null, country, major: i === 0 });
    });
  }
  return out;
}

/** ASCII slug for mail domains and addresses: accents dropped, letters and digits only. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[đĐ]/g, 'dj')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
