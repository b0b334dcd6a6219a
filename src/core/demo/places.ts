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

export const COUNTRIES: readonly Country[] = [
  // East & Southern Africa
  {
    name: 'Kenya',
    hub: 'ESA',
    dial: '+254',
    domain: '{c}.go.ke',
    langs: 'en:1',
    names: 'eastAfrica',
    cities:
      'Nairobi;Mombasa;Kisumu;Nakuru;Garissa;Lamu;Kwale;Kilifi;Mandera;Wajir;Isiolo;Malindi;Eldoret;Machakos;Kakamega;Marsabit',
  },
  {
    name: 'Uganda',
    hub: 'ESA',
    dial: '+256',
    domain: '{c}.go.ug',
    langs: 'en:1',
    names: 'eastAfrica',
    cities: 'Kampala;Gulu;Mbale;Jinja;Arua;Mbarara;Lira;Entebbe;Masaka;Kasese',
  },
  {
    name: 'Tanzania',
    hub: 'ESA',
    dial: '+255',
    domain: '{c}.go.tz',
    langs: 'en:1',
    names: 'eastAfrica',
    cities: 'Dar es Salaam;Dodoma;Arusha;Mwanza;Zanzibar City;Tanga;Mtwara;Morogoro',
  },
  {
    name: 'Ethiopia',
    hub: 'ESA',
    dial: '+251',
    domain: '{c}.gov.et',
    langs: 'en:1',
    names: 'eastAfrica',
    cities:
      'Addis Ababa=አዲስ አበባ;Dire Dawa=ድሬ ዳዋ;Adama=አዳማ;Hawassa=ሀዋሳ;Bahir Dar=ባሕር ዳር;Mekelle=መቐለ;Gondar=ጎንደር;Jimma=ጅማ',
  },
  {
    name: 'Somalia',
    hub: 'ESA',
    dial: '+252',
    domain: '{c}.gov.so',
    langs: 'en:3,ar:1',
    names: 'eastAfrica',
    cities: 'Mogadishu=Muqdisho;Hargeisa=Hargeysa;Kismayo=Kismaayo;Baidoa=Baydhabo;Garowe;Bosaso=Boosaaso',
  },
  {
    name: 'Mozambique',
    hub: 'ESA',
    dial: '+258',
    domain: 'cm{c}.gov.mz',
    langs: 'en:1',
    names: 'southernAfrica',
    cities: 'Maputo;Beira;Nampula;Pemba;Matola;Quelimane',
  },
  {
    name: 'South Africa',
    hub: 'ESA',
    dial: '+27',
    domain: '{c}.gov.za',
    langs: 'en:1',
    names: 'southernAfrica',
    cities: 'Cape Town;Johannesburg;Durban;Pretoria;Gqeberha;Bloemfontein',
  },
  {
    name: 'Zambia',
    hub: 'ESA',
    dial: '+260',
    domain: '{c}city.gov.zm',
    langs: 'en:1',
    names: 'southernAfrica',
    cities: 'Lusaka;Kitwe;Ndola;Livingstone',
  },
  {
    name: 'Zimbabwe',
    hub: 'ESA',
    dial: '+263',
    domain: '{c}city.co.zw',
    langs: 'en:1',
    names: 'southernAfrica',
    cities: 'Harare;Bulawayo;Mutare',
  },
  {
    name: 'Malawi',
    hub: 'ESA',
    dial: '+265',
    domain: '{c}.gov.mw',
    langs: 'en:1',
    names: 'southernAfrica',
    cities: 'Lilongwe;Blantyre;Mzuzu',
  },
  {
    name: 'Madagascar',
    hub: 'ESA',
    dial: '+261',
    domain: 'commune-{c}.mg',
    langs: 'fr:4,en:1',
    names: 'francophone',
    cities: 'Antananarivo;Toamasina;Mahajanga',
  },
  {
    name: 'Democratic Republic of the Congo',
    hub: 'ESA',
    dial: '+243',
    domain: 'ville-{c}.cd',
    langs: 'fr:5,en:1',
    names: 'francophone',
    cities: 'Kinshasa;Lubumbashi;Goma;Bukavu;Kisangani;Bunia',
  },
  {
    name: 'Rwanda',
    hub: 'ESA',
    dial: '+250',
    domain: '{c}.gov.rw',
    langs: 'en:3,fr:2',
    names: 'eastAfrica',
    cities: 'Kigali;Musanze;Huye;Rubavu',
  },
  {
    name: 'Burundi',
    hub: 'ESA',
    dial: '+257',
    domain: 'mairie-{c}.bi',
    langs: 'fr:1',
    names: 'francophone',
    cities: 'Bujumbura;Gitega',
  },
  // Middle East & North Africa
  {
    name: 'Jordan',
    hub: 'MENA',
    dial: '+962',
    domain: '{c}.gov.jo',
    langs: 'ar:6,en:4',
    names: 'arab',
    cities:
      'Amman=عمّان;Irbid=إربد;Zarqa=الزرقاء;Aqaba=العقبة;Salt=السلط;Madaba=مادبا;Karak=الكرك;Maan=معان;Mafraq=المفرق;Jerash=جرش;Ajloun=عجلون;Tafilah=الطفيلة;Ramtha=الرمثا',
  },
  {
    name: 'Lebanon',
    hub: 'MENA',
    dial: '+961',
    domain: '{c}-municipality.gov.lb',
    langs: 'ar:4,fr:3,en:3',
    names: 'arab',
    cities:
      'Beirut=بيروت;Tripoli=طرابلس;Saida=صيدا;Tyre=صور;Zahle=زحلة;Byblos=جبيل;Baalbek=بعلبك;Nabatieh=النبطية;Jounieh=جونية;Aley=عاليه',
  },
  {
    name: 'Tunisia',
    hub: 'MENA',
    dial: '+216',
    domain: 'commune-{c}.gov.tn',
    langs: 'fr:5,ar:4,en:1',
    names: 'arab',
    cities:
      'Tunis=تونس;Sfax=صفاقس;Sousse=سوسة;Kairouan=القيروان;Bizerte=بنزرت;Gabes=قابس;Ariana=أريانة;Gafsa=قفصة;Monastir=المنستير;Ben Gardane=بن قردان;Medenine=مدنين;Kasserine=القصرين;Sidi Bouzid=سيدي بوزيد;Le Kef=الكاف;Nabeul=نابل;Jendouba=جندوبة;Tataouine=تطاوين',
  },
  {
    name: 'Morocco',
    hub: 'MENA',
    dial: '+212',
    domain: 'commune-{c}.ma',
    langs: 'fr:5,ar:4,en:1',
    names: 'arab',
    cities:
      'Rabat=الرباط;Casablanca=الدار البيضاء;Fez=فاس;Marrakesh=مراكش;Tangier=طنجة;Meknes=مكناس;Agadir=أكادير;Oujda=وجدة;Tetouan=تطوان;Kenitra=القنيطرة;Nador=الناظور;Beni Mellal=بني ملال',
  },
  {
    name: 'Iraq',
    hub: 'MENA',
    dial: '+964',
    domain: '{c}.gov.iq',
    langs: 'ar:7,en:3',
    names: 'arab',
    cities:
      'Baghdad=بغداد;Basra=البصرة;Mosul=الموصل;Erbil=أربيل;Kirkuk=كركوك;Najaf=النجف;Karbala=كربلاء;Sulaymaniyah=السليمانية;Ramadi=الرمادي;Fallujah=الفلوجة;Duhok=دهوك',
  },
  {
    name: 'Egypt',
    hub: 'MENA',
    dial: '+20',
    domain: '{c}.gov.eg',
    langs: 'ar:7,en:3',
    names: 'arab',
    cities:
      'Cairo=القاهرة;Alexandria=الإسكندرية;Giza=الجيزة;Aswan=أسوان;Luxor=الأقصر;Port Said=بورسعيد;Mansoura=المنصورة;Tanta=طنطا',
  },
  {
    name: 'Libya',
    hub: 'MENA',
    dial: '+218',
    domain: '{c}.gov.ly',
    langs: 'ar:8,en:2',
    names: 'arab',
    cities: 'Tripoli=طرابلس;Benghazi=بنغازي;Misrata=مصراتة;Sabha=سبها;Zawiya=الزاوية;Zliten=زليتن',
  },
  {
    name: 'Algeria',
    hub: 'MENA',
    dial: '+213',
    domain: 'apc-{c}.dz',
    langs: 'fr:5,ar:5',
    names: 'arab',
    cities:
      'Algiers=الجزائر;Oran=وهران;Constantine=قسنطينة;Annaba=عنابة;Setif=سطيف;Batna=باتنة;Tlemcen=تلمسان',
  },
  {
    name: 'Palestine',
    hub: 'MENA',
    dial: '+970',
    domain: '{c}.ps',
    langs: 'ar:6,en:4',
    names: 'arab',
    cities: 'Ramallah=رام الله;Nablus=نابلس;Hebron=الخليل;Bethlehem=بيت لحم;Jenin=جنين',
  },
  {
    name: 'Mauritania',
    hub: 'MENA',
    dial: '+222',
    domain: 'commune-{c}.mr',
    langs: 'ar:5,fr:5',
    names: 'arab',
    cities: 'Nouakchott=نواكشوط;Nouadhibou=نواذيبو',
  },
  // South Asia
  {
    name: 'Bangladesh',
    hub: 'SA',
    dial: '+880',
    domain: '{c}city.gov.bd',
    langs: 'en:1',
    names: 'southAsia',
    cities:
      'Dhaka=ঢাকা;Chattogram=চট্টগ্রাম;Khulna=খুলনা;Rajshahi=রাজশাহী;Sylhet=সিলেট;Barishal=বরিশাল;Rangpur=রংপুর;Mymensingh=ময়মনসিংহ;Cumilla=কুমিল্লা;Narayanganj=নারায়ণগঞ্জ;Gazipur=গাজীপুর;Cox’s Bazar=কক্সবাজার;Bogura=বগুড়া;Jashore=যশোর',
  },
  {
    name: 'India',
    hub: 'SA',
    dial: '+91',
    domain: '{c}.gov.in',
    langs: 'en:1',
    names: 'southAsia',
    cities:
      'Delhi=दिल्ली;Mumbai=मुंबई;Hyderabad=హైదరాబాద్;Bengaluru=ಬೆಂಗಳೂರು;Kolkata=কলকাতা;Chennai=சென்னை;Pune=पुणे;Lucknow=लखनऊ;Jaipur=जयपुर;Ahmedabad=અમદાવાદ;Bhopal=भोपाल;Srinagar',
  },
  {
    name: 'Pakistan',
    hub: 'SA',
    dial: '+92',
    domain: '{c}.gov.pk',
    langs: 'en:1',
    names: 'southAsia',
    cities:
      'Karachi=کراچی;Lahore=لاہور;Islamabad=اسلام آباد;Peshawar=پشاور;Quetta=کوئٹہ;Multan=ملتان;Faisalabad=فیصل آباد;Rawalpindi=راولپنڈی;Hyderabad=حیدرآباد;Sialkot=سیالکوٹ;Gujranwala=گوجرانوالہ;Sukkur=سکھر;Mardan=مردان',
  },
  {
    name: 'Sri Lanka',
    hub: 'SA',
    dial: '+94',
    domain: '{c}.mc.gov.lk',
    langs: 'en:1',
    names: 'southAsia',
    cities:
      'Colombo=කොළඹ;Kandy=මහනුවර;Galle=ගාල්ල;Jaffna=யாழ்ப்பாணம்;Batticaloa=மட்டக்களப்பு;Negombo=මීගමුව;Trincomalee=திருகோணமலை;Kurunegala=කුරුණෑගල',
  },
  {
    name: 'Nepal',
    hub: 'SA',
    dial: '+977',
    domain: '{c}mun.gov.np',
    langs: 'en:1',
    names: 'southAsia',
    cities:
      'Kathmandu=काठमाडौं;Pokhara=पोखरा;Lalitpur=ललितपुर;Biratnagar=विराटनगर;Birgunj=वीरगञ्ज;Nepalgunj=नेपालगञ्ज;Dharan=धरान;Bharatpur=भरतपुर',
  },
  {
    name: 'Maldives',
    hub: 'SA',
    dial: '+960',
    domain: '{c}.gov.mv',
    langs: 'en:1',
    names: 'southAsia',
    cities: 'Malé=މާލެ;Addu City=އައްޑޫ ސިޓީ',
  },
  // Western Balkans
  {
    name: 'Serbia',
    hub: 'WB',
    dial: '+381',
    domain: '{c}.rs',
    langs: 'en:1',
    names: 'balkans',
    cities:
      'Belgrade=Београд;Novi Sad=Нови Сад;Niš=Ниш;Kragujevac=Крагујевац;Subotica=Суботица;Novi Pazar=Нови Пазар;Zrenjanin=Зрењанин;Pančevo=Панчево;Čačak=Чачак;Kraljevo=Краљево;Leskovac=Лесковац;Vranje=Врање;Šabac=Шабац;Valjevo=Ваљево;Preševo=Прешево;Bujanovac=Бујановац;Tutin=Тутин;Sjenica=Сјеница',
  },
  {
    name: 'North Macedonia',
    hub: 'WB',
    dial: '+389',
    domain: '{c}.gov.mk',
    langs: 'en:1',
    names: 'balkans',
    cities:
      'Skopje=Скопје;Bitola=Битола;Kumanovo=Куманово;Prilep=Прилеп;Tetovo=Тетово;Ohrid=Охрид;Veles=Велес;Štip=Штип;Gostivar=Гостивар;Struga=Струга;Kičevo=Кичево;Strumica=Струмица;Kavadarci=Кавадарци',
  },
  {
    name: 'Bosnia and Herzegovina',
    hub: 'WB',
    dial: '+387',
    domain: '{c}.ba',
    langs: 'en:1',
    names: 'balkans',
    cities: 'Sarajevo;Banja Luka=Бања Лука;Mostar;Tuzla;Zenica;Bihać;Bijeljina=Бијељина',
  },
  {
    name: 'Albania',
    hub: 'WB',
    dial: '+355',
    domain: 'bashkia{c}.gov.al',
    langs: 'en:1',
    names: 'balkans',
    cities: 'Tirana=Tiranë;Durrës;Shkodër;Elbasan;Vlorë;Korçë;Fier;Berat;Lushnjë;Kukës;Kavajë;Pogradec',
  },
  {
    name: 'Kosovo',
    hub: 'WB',
    dial: '+383',
    domain: 'komuna-{c}.net',
    langs: 'en:1',
    names: 'balkans',
    cities: 'Pristina=Prishtinë;Prizren;Peja=Pejë;Gjakova;Mitrovica;Ferizaj;Gjilan;Vushtrri;Podujeva',
  },
  {
    name: 'Montenegro',
    hub: 'WB',
    dial: '+382',
    domain: '{c}.me',
    langs: 'en:1',
    names: 'balkans',
    cities: 'Podgorica=Подгорица;Nikšić=Никшић;Bar;Budva;Herceg Novi;Bijelo Polje;Pljevlja;Rožaje;Ulcinj',
  },
  // Cities outside a hub: served by the Management Unit
  {
    name: 'United Kingdom',
    hub: 'MU',
    dial: '+44',
    domain: '{c}.gov.uk',
    langs: 'en:1',
    names: 'english',
    cities: 'London;Manchester;Birmingham;Leeds;Bradford;Leicester;Cardiff;Glasgow;Belfast;Bristol',
  },
  {
    name: 'France',
    hub: 'MU',
    dial: '+33',
    domain: 'ville-{c}.fr',
    langs: 'fr:9,en:1',
    names: 'francophone',
    cities: 'Paris;Marseille;Lyon;Toulouse;Nice;Strasbourg;Lille;Sarcelles;Bordeaux;Nantes',
  },
  {
    name: 'Belgium',
    hub: 'MU',
    dial: '+32',
    domain: '{c}.be',
    langs: 'fr:5,en:5',
    names: 'francophone',
    cities: 'Brussels=Bruxelles;Antwerp=Antwerpen;Mechelen;Liège;Vilvoorde;Ghent=Gent',
  },
  {
    name: 'Germany',
    hub: 'MU',
    dial: '+49',
    domain: '{c}.de',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Berlin;Hamburg;Munich=München;Cologne=Köln;Frankfurt;Augsburg;Düsseldorf;Stuttgart',
  },
  {
    name: 'Netherlands',
    hub: 'MU',
    dial: '+31',
    domain: '{c}.nl',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Amsterdam;Rotterdam;The Hague=Den Haag;Utrecht',
  },
  {
    name: 'Denmark',
    hub: 'MU',
    dial: '+45',
    domain: '{c}.dk',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Copenhagen=København;Aarhus;Odense;Aalborg',
  },
  {
    name: 'Norway',
    hub: 'MU',
    dial: '+47',
    domain: '{c}.kommune.no',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Oslo;Kristiansand;Bergen;Stavanger',
  },
  {
    name: 'Sweden',
    hub: 'MU',
    dial: '+46',
    domain: '{c}.se',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Stockholm;Gothenburg=Göteborg;Malmö;Örebro',
  },
  {
    name: 'Spain',
    hub: 'MU',
    dial: '+34',
    domain: 'ayto-{c}.es',
    langs: 'es:8,en:2',
    names: 'hispanic',
    cities: 'Madrid;Barcelona;Valencia;Málaga;Ceuta;Melilla;Seville=Sevilla',
  },
  {
    name: 'Greece',
    hub: 'MU',
    dial: '+30',
    domain: '{c}.gov.gr',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Athens=Αθήνα;Thessaloniki=Θεσσαλονίκη',
  },
  {
    name: 'Ukraine',
    hub: 'MU',
    dial: '+380',
    domain: '{c}.gov.ua',
    langs: 'en:1',
    names: 'centralAsia',
    cities: 'Kyiv=Київ;Lviv=Львів;Odesa=Одеса',
  },
  {
    name: 'Georgia',
    hub: 'MU',
    dial: '+995',
    domain: '{c}.gov.ge',
    langs: 'en:1',
    names: 'centralAsia',
    cities: 'Tbilisi=თბილისი;Kutaisi=ქუთაისი',
  },
  {
    name: 'United States',
    hub: 'MU',
    dial: '+1',
    domain: '{c}.gov',
    langs: 'en:1',
    names: 'english',
    cities:
      'New York;Los Angeles;Minneapolis;Denver;Atlanta;Boston;Chicago;Seattle;Dearborn;Columbus;Houston;Pittsburgh',
  },
  {
    name: 'Canada',
    hub: 'MU',
    dial: '+1',
    domain: '{c}.ca',
    langs: 'en:6,fr:4',
    names: 'english',
    cities: 'Montreal=Montréal;Toronto;Calgary;Vancouver;Ottawa;Edmonton;Quebec City=Québec;Winnipeg',
  },
  {
    name: 'Mexico',
    hub: 'MU',
    dial: '+52',
    domain: '{c}.gob.mx',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Mexico City=Ciudad de México;Monterrey;Guadalajara;Tijuana;Ciudad Juárez;Puebla',
  },
  {
    name: 'Colombia',
    hub: 'MU',
    dial: '+57',
    domain: '{c}.gov.co',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Bogotá;Medellín;Cali;Barranquilla;Cartagena',
  },
  {
    name: 'Ecuador',
    hub: 'MU',
    dial: '+593',
    domain: '{c}.gob.ec',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Quito;Guayaquil;Cuenca',
  },
  {
    name: 'Peru',
    hub: 'MU',
    dial: '+51',
    domain: 'muni{c}.gob.pe',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Lima;Arequipa;Trujillo',
  },
  {
    name: 'Argentina',
    hub: 'MU',
    dial: '+54',
    domain: '{c}.gob.ar',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Buenos Aires;Córdoba;Rosario',
  },
  {
    name: 'Chile',
    hub: 'MU',
    dial: '+56',
    domain: 'muni{c}.cl',
    langs: 'es:9,en:1',
    names: 'hispanic',
    cities: 'Santiago;Valparaíso',
  },
  {
    name: 'Trinidad and Tobago',
    hub: 'MU',
    dial: '+1',
    domain: '{c}.gov.tt',
    langs: 'en:1',
    names: 'english',
    cities: 'Port of Spain;San Fernando;Chaguanas',
  },
  {
    name: 'Nigeria',
    hub: 'MU',
    dial: '+234',
    domain: '{c}.gov.ng',
    langs: 'en:1',
    names: 'eastAfrica',
    cities: 'Lagos;Abuja;Kano;Maiduguri;Kaduna;Jos',
  },
  {
    name: 'Ghana',
    hub: 'MU',
    dial: '+233',
    domain: '{c}.gov.gh',
    langs: 'en:1',
    names: 'eastAfrica',
    cities: 'Accra;Kumasi;Tamale',
  },
  {
    name: 'Côte d’Ivoire',
    hub: 'MU',
    dial: '+225',
    domain: 'mairie-{c}.ci',
    langs: 'fr:9,en:1',
    names: 'francophone',
    cities: 'Abidjan;Bouaké;Yamoussoukro',
  },
  {
    name: 'Senegal',
    hub: 'MU',
    dial: '+221',
    domain: 'ville-{c}.sn',
    langs: 'fr:9,en:1',
    names: 'francophone',
    cities: 'Dakar;Saint-Louis;Thiès;Ziguinchor',
  },
  {
    name: 'Mali',
    hub: 'MU',
    dial: '+223',
    domain: 'mairie-{c}.ml',
    langs: 'fr:1',
    names: 'francophone',
    cities: 'Bamako;Mopti',
  },
  {
    name: 'Burkina Faso',
    hub: 'MU',
    dial: '+226',
    domain: 'mairie-{c}.bf',
    langs: 'fr:1',
    names: 'francophone',
    cities: 'Ouagadougou;Bobo-Dioulasso',
  },
  {
    name: 'Niger',
    hub: 'MU',
    dial: '+227',
    domain: 'ville-{c}.ne',
    langs: 'fr:1',
    names: 'francophone',
    cities: 'Niamey;Agadez',
  },
  {
    name: 'Cameroon',
    hub: 'MU',
    dial: '+237',
    domain: 'cu-{c}.cm',
    langs: 'fr:7,en:3',
    names: 'francophone',
    cities: 'Yaoundé;Douala;Maroua',
  },
  {
    name: 'Chad',
    hub: 'MU',
    dial: '+235',
    domain: 'mairie-{c}.td',
    langs: 'fr:6,ar:4',
    names: 'francophone',
    cities: 'N’Djamena=انجمينا',
  },
  {
    name: 'Kyrgyzstan',
    hub: 'MU',
    dial: '+996',
    domain: '{c}.kg',
    langs: 'en:1',
    names: 'centralAsia',
    cities: 'Bishkek=Бишкек;Osh=Ош;Jalal-Abad=Жалал-Абад',
  },
  {
    name: 'Kazakhstan',
    hub: 'MU',
    dial: '+7',
    domain: '{c}.gov.kz',
    langs: 'en:1',
    names: 'centralAsia',
    cities: 'Almaty=Алматы;Astana=Астана;Shymkent=Шымкент',
  },
  {
    name: 'Tajikistan',
    hub: 'MU',
    dial: '+992',
    domain: '{c}.tj',
    langs: 'en:1',
    names: 'centralAsia',
    cities: 'Dushanbe=Душанбе;Khujand=Хуҷанд',
  },
  {
    name: 'Philippines',
    hub: 'MU',
    dial: '+63',
    domain: '{c}city.gov.ph',
    langs: 'en:1',
    names: 'southeastAsia',
    cities: 'Marawi;Zamboanga;Cotabato;Davao;Manila',
  },
  {
    name: 'Indonesia',
    hub: 'MU',
    dial: '+62',
    domain: '{c}kota.go.id',
    langs: 'en:1',
    names: 'southeastAsia',
    cities: 'Jakarta;Surabaya;Bandung;Makassar;Medan',
  },
  {
    name: 'Australia',
    hub: 'MU',
    dial: '+61',
    domain: 'cityof{c}.gov.au',
    langs: 'en:1',
    names: 'english',
    cities: 'Melbourne;Sydney;Brisbane;Perth;Adelaide',
  },
  {
    name: 'New Zealand',
    hub: 'MU',
    dial: '+64',
    domain: '{c}.govt.nz',
    langs: 'en:1',
    names: 'english',
    cities: 'Christchurch;Auckland;Wellington',
  },
  {
    name: 'Türkiye',
    hub: 'MU',
    dial: '+90',
    domain: '{c}.bel.tr',
    langs: 'en:1',
    names: 'northEurope',
    cities: 'Istanbul=İstanbul;Gaziantep',
  },
];

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
