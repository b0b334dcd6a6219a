// Personal names by region and job titles by contact category and language, for realistic demo contacts.

import type { NameStyle } from './places';

const pool = (s: string) => s.split(',');

export const FIRST_NAMES: Record<NameStyle, readonly string[]> = {
  eastAfrica: pool(
    'Amina,Wanjiru,Otieno,Achieng,Kamau,Njeri,Mwangi,Akinyi,Hassan,Fatuma,Baraka,Zawadi,Juma,Halima,Omondi,Nakato,Mugisha,Abebe,Selam,Tigist,Dawit,Hodan,Abdi,Faduma,Chinedu,Ngozi,Kwame,Abena,Aisha,Ibrahim',
  ),
  southernAfrica: pool(
    'Thabo,Naledi,Sipho,Lerato,Kagiso,Chipo,Tendai,Tafadzwa,Nomsa,Bongani,Lindiwe,Themba,Zanele,Mpho,Chisomo,Tiyamike,Ana,João,Celeste,Fernando',
  ),
  francophone: pool(
    'Marie,Camille,Julien,Nicolas,Claire,Sophie,Thomas,Élodie,Antoine,Céline,Mathieu,Aurélie,Hugo,Léa,Amadou,Aïssatou,Moussa,Fatou,Ibrahima,Mariam,Ousmane,Awa,Jean-Pierre,Hélène',
  ),
  arab: pool(
    'Ahmad,Mohammad,Fatima,Layla,Omar,Rania,Khaled,Nour,Yousef,Hala,Karim,Salma,Ali,Mariam,Hassan,Samira,Tarek,Dina,Walid,Rim,Said,Amal,Mehdi,Sana,Youssef,Imane,Zeina,Bilal',
  ),
  southAsia: pool(
    'Ayesha,Rahul,Priya,Imran,Farhana,Sanjay,Nusrat,Arjun,Sadia,Tariq,Anjali,Kamal,Shirin,Vikram,Nadia,Rohan,Sumaiya,Asif,Dilani,Nimal,Kavitha,Prakash,Sita,Bikash',
  ),
  balkans: pool(
    'Marko,Ana,Jelena,Nikola,Milica,Stefan,Ivana,Aleksandar,Dragana,Emina,Amir,Lejla,Edin,Arben,Blerta,Drita,Besnik,Elira,Vesna,Goran,Mila,Dejan,Marija,Jovana',
  ),
  english: pool(
    'James,Sarah,Emma,Oliver,Sophie,Daniel,Laura,Michael,Hannah,David,Rachel,Thomas,Jessica,Peter,Anna,Mark,Claire,Aaliyah,Marcus,Priya,Grace,Samuel,Olivia,Nathan',
  ),
  northEurope: pool(
    'Lars,Ingrid,Anders,Sofie,Lukas,Lena,Jonas,Pieter,Femke,Mette,Henrik,Katrin,Jan,Eva,Nikos,Eleni,Mehmet,Elif,Astrid,Mats,Sanne,Tobias',
  ),
  hispanic: pool(
    'María,José,Carmen,Juan,Lucía,Carlos,Ana,Luis,Sofía,Diego,Valentina,Andrés,Camila,Javier,Isabel,Miguel,Paula,Alejandro,Gabriela,Ricardo',
  ),
  centralAsia: pool(
    'Aigul,Nurlan,Aizhan,Bakyt,Dinara,Timur,Gulnara,Azamat,Zarina,Ruslan,Olena,Andriy,Nino,Giorgi,Oksana,Dmytro',
  ),
  southeastAsia: pool(
    'Maria,Jose,Ana,Mark,Siti,Budi,Dewi,Agus,Nurul,Ahmad,Rina,Fajar,Amina,Rashid,Grace,Paolo',
  ),
};

export const LAST_NAMES: Record<NameStyle, readonly string[]> = {
  eastAfrica: pool(
    'Otieno,Kamau,Mwangi,Odhiambo,Wanjiku,Mutua,Kiprono,Njoroge,Mohamed,Abdullahi,Okello,Nakamya,Ssempala,Tesfaye,Bekele,Haile,Warsame,Farah,Mensah,Okafor,Adeyemi,Bello,Nyambura,Hussein',
  ),
  southernAfrica: pool(
    'Dlamini,Ndlovu,Moyo,Banda,Phiri,Mbeki,Nkosi,Khumalo,Mokoena,Chirwa,Mutasa,Sithole,Macuácua,Tembe',
  ),
  francophone: pool(
    'Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Lefèvre,Girard,Diop,Ndiaye,Traoré,Koné,Ouédraogo,Diallo,Sow,Camara,Kaboré,Coulibaly,Mukendi,Kabongo,Rakoto,Ndayishimiye',
  ),
  arab: pool(
    'Haddad,Khoury,Mansour,Nasser,Saleh,Hamdan,Al-Masri,Ben Ali,Trabelsi,Bouazizi,El Amrani,Benjelloun,Alaoui,Jaber,Abu Zeid,Hussein,Al-Rawi,Kareem,Chahine,Aoun,Farah,Gharbi,Mejri,Bennani,Ziani,Al-Khatib',
  ),
  southAsia: pool(
    'Rahman,Hossain,Islam,Ahmed,Chowdhury,Sharma,Patel,Singh,Khan,Qureshi,Malik,Siddiqui,Perera,Fernando,Silva,Jayasinghe,Shrestha,Thapa,Gurung,Rai,Das,Begum,Iqbal,Rasheed',
  ),
  balkans: pool(
    'Petrović,Jovanović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Hodžić,Hadžić,Kovačević,Begović,Krasniqi,Berisha,Gashi,Hoxha,Shehu,Dimitrovski,Stojanovski,Trajkovski,Nikolovski,Popović,Vuković,Delić,Mehmedović',
  ),
  english: pool(
    'Smith,Johnson,Brown,Williams,Taylor,Davies,Wilson,Clarke,Murphy,Kelly,Walker,Hughes,Ahmed,Patel,Thompson,Robinson,Campbell,Stewart,Lee,Martin,Nguyen,Okoye',
  ),
  northEurope: pool(
    'Hansen,Jensen,Nielsen,Larsen,Berg,Müller,Schmidt,Fischer,de Vries,Jansen,Bakker,Andersson,Johansson,Lindqvist,Papadopoulos,Yılmaz,Demir,Weber,Visser,Olsen',
  ),
  hispanic: pool(
    'García,Rodríguez,Martínez,López,González,Hernández,Pérez,Sánchez,Ramírez,Torres,Flores,Rivera,Gómez,Díaz,Morales,Vargas,Castillo,Jiménez',
  ),
  centralAsia: pool(
    'Abdyldaeva,Nurlanov,Sadykova,Ismailov,Bekova,Zhumabaev,Omurbekova,Akhmetova,Sultanov,Kovalenko,Shevchenko,Bondarenko,Beridze,Kapanadze',
  ),
  southeastAsia: pool(
    'Santos,Reyes,Cruz,Bautista,Mendoza,Garcia,Wijaya,Santoso,Pratama,Hidayat,Saputra,Abdullah,Macapagal,Lim',
  ),
};

type Category = "mayor's office" | 'policy team' | 'practitioner' | 'other';
type TitleLanguage = 'en' | 'fr' | 'es';

export const TITLES: Record<TitleLanguage, Record<Category, readonly string[]>> = {
  en: {
    "mayor's office": pool(
      'Mayor,Deputy Mayor,Chief of Staff to the Mayor,Adviser to the Mayor,Head of the Mayor’s Office,City Manager,County Governor',
    ),
    'policy team': pool(
      'Head of Community Safety,Social Cohesion Policy Officer,Director of Strategy,Prevention Coordinator,Head of International Relations,Director of Social Affairs,Senior Policy Adviser',
    ),
    practitioner: pool(
      'Youth Worker,Social Worker,Community Engagement Officer,Prevention Practitioner,Psychologist,Teacher Trainer,Community Police Liaison Officer,Religious Affairs Officer',
    ),
    other: pool('Communications Officer,City Councillor,Project Manager,Researcher,Data Officer'),
  },
  fr: {
    "mayor's office": pool(
      'Maire,Adjoint au maire,Directrice de cabinet,Conseiller du maire,Chef de cabinet',
    ),
    'policy team': pool(
      'Chargée de mission prévention,Directeur de la sécurité et de la prévention,Responsable des relations internationales,Directrice de la cohésion sociale',
    ),
    practitioner: pool(
      'Éducateur spécialisé,Travailleuse sociale,Médiateur social,Psychologue,Animateur jeunesse',
    ),
    other: pool('Chargée de communication,Conseiller municipal,Chef de projet'),
  },
  es: {
    "mayor's office": pool('Alcalde,Alcaldesa,Teniente de alcalde,Jefa de gabinete,Asesor del alcalde'),
    'policy team': pool(
      'Director de Seguridad Ciudadana,Coordinadora de Prevención,Responsable de Relaciones Internacionales',
    ),
    practitioner: pool('Trabajadora social,Educador de calle,Psicóloga,Mediador comunitario'),
    other: pool('Responsable de comunicación,Concejal,Gestora de proyectos'),
  },
};

export function titleLanguage(language: string): TitleLanguage {
  return language === 'fr' || language === 'es' ? language : 'en';
}
