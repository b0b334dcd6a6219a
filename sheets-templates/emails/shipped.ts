// The SHA-256 of every text setup ever wrote for each built-in email variant (JSON [subject, body, html or '']
// over UTF-8, lower-case hex), oldest first, the current text last. Setup refreshes a keyed Templates row whose
// text is one of these (never edited) to the current text; any other text was edited by someone and is kept.
// When a built-in text changes, append the new digest (test/unit/mail.builtInRefresh.test.ts says which).

export const SHIPPED_TEXT_DIGESTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  enquiryAcknowledgement: {
    en: ['ffffa4cf57daaa1a309e29b9ea52fa584ae94fbd3746b53bbd1977ea93f68c75'],
    fr: ['e342a98ccadb166cdeb0d27457dded41fa625ba696177c81791cc5641fccd93a'],
    ar: ['88ee84118f3853b48f755829b693b0ddcc2922d3bd1c5449c51194adb7e9e92f'],
    es: ['453fe4db38984c232daf12db2bd21b7359f9e7ea888d335c6736efa7e670511d'],
  },
  applicationInvitation: {
    en: ['faa5a065802c4a01b48bd1d4264343087309aa0a377d81173a67ed4b97206e91'],
    fr: ['5db3f9a89786dcfe166b830e6d863cb378b18b06384347175eb55c5b528f2956'],
    ar: ['4d7b571405fb4e557d80c689d06ace5106b85eedf78573d5c5707ed10f7988ba'],
    es: ['93a4334b0fd9aec3c8ed944c8f4830b8851316efd291b30820642ce2963b1575'],
  },
  applicationAcknowledgement: {
    en: ['ea53b7bb77e5b665b6d1cdcd4c3d2a1a5d04f59027b05859c7110874655b6d6c'],
    fr: ['be21e9899d02c8558bab06231edf0ebda91c4a4806ad560bed4f6a5b3ab9008a'],
    ar: ['8dd07918bd9685123c6eaf569927eea72031ea4495088dc74f3849d56bbbca94'],
    es: ['4af971f4a5a981a5d73812c9f577a10473ae30b34cd3dff3d47c17781c4e0751'],
  },
  moreInformationRequest: {
    en: ['d9972965aa74464f082a9ec569e25cb500ca58a9e73bced1cede29dd41bb966e'],
    fr: ['9bbc16d36f4ca499bb1f2b1e0d480b126dc511ebd616e386b4a9299842a9938d'],
    ar: ['7353720ed8ab926bec108901e3250e8979721d49d1f473503fc606f1de9c7e37'],
    es: ['91d8167b1a2c85bda891b7d0b68e72598d6a259a3ea20b43525202c448544081'],
  },
  decline: {
    en: ['7a611b730a751cbe99f8b58725aac55b87c9f3e6fa0c15aae3372c5a949890b4'],
    fr: ['19967eb030380d3356fca315fbe322296583d8b031630d3d5f8e5e77275947d5'],
    ar: ['dd9f0895d361fafb9d5c2598ec154f95840118755e00060c0c821f4c047fd788'],
    es: ['bd141be8ae8dc51caebfeaad8edcae9a4bdd29e97031121aaa1788f1cde62321'],
  },
  welcome: {
    en: ['ff457d3a27230eaea21184d6c7e7206f937a88a87c2a75cd71960b00cc371888'],
    fr: ['a8f654a2139a31be6f332da018bc62a8fb503f66e2f63c453f085b4c008013a6'],
    ar: ['28796835b73c418732c2793a2c122ab96204ff5291a96b5bd2bcd13bafa74ec0'],
    es: ['36833533bc997aec500ec4989dcb6216a5c75f7c48cede641d671796195785e1'],
  },
  dailyDigest: {
    en: [
      // Before the unknown-sends lines (issue 12 item 7).
      '8d95622625b4ad78b4e823dd887c246ee931a7f23ca97179847e5809fd3b0b06',
      // Before the follow-ups and incidents lines (issue 17).
      '85fadaf8a92e4ebb8194eb20044da6b953088c26f6790f3e06af302b1cc1a461',
      'e7067e81442f4172c24334e93386d040f66a13c175055b4e64f68dcfdf70335f',
    ],
    fr: [
      // Before the unknown-sends lines (issue 12 item 7).
      '5622523e8b5e348836e28c796d5e564b71b11f05499d5d7a6fbbbc85e6559e1c',
      // Before the follow-ups and incidents lines (issue 17).
      '20452e103999bf151a18301817405d1b799ecb21398a92db1c9f3ac2fd5bc4d6',
      'edb66b170bc76bd8b91faa5979457221a02ec7cc8530b4cf8fd676ac563413f7',
    ],
    ar: [
      // Before the unknown-sends lines (issue 12 item 7).
      '39892d5394d00142bac5b7f13db132b9078c68b594be4053d62c095748352535',
      // Before the follow-ups and incidents lines (issue 17).
      '600752fbc8b21d11b2b61a63d3d1c91bdfb95c1d70ca9170f374436c7e51c5fc',
      'f1ca30b7ba5a36481e7de44ce6039f72aa39a9b81d4a1a47f64e1680d01505f0',
    ],
    es: [
      // Before the unknown-sends lines (issue 12 item 7).
      'f9189e6d1b3d9797216655b4387a126f5904a5ee486dd01a4f9f69f9ce75660e',
      // Before the follow-ups and incidents lines (issue 17).
      'cb0296f1612a9fb90215af8efce2b35db9d4a0d2676a82b6ac8e0a1eb0034f8e',
      '0ea9913c06f88c40e3824234ef6b630dee011e54a7850fe0140f87697738de47',
    ],
  },
  followUpDigest: {
    en: ['8f9eaf4d28fd4f42c1c75e8c8f759464259fa96fb3873c4aa53bf0f9ca83b3a7'],
    fr: ['2f736cc2bba28ef00c551786b6a2dd92e6e965a2b8a3168e713cc8ac03e185f7'],
    ar: ['c991b3a8b3fa033cbe5017e26dbc73e9bad85adf90ab3f39ccf6e240de068505'],
    es: ['1a0fa82aaf613bd821d33596bbe2162424bf89e5afd5564e8ff7821865be5955'],
  },
  peerIntroduction: {
    en: ['f951e73c4c3ddbb40060a37ed75232877507125be20f707796e816ee3ab5d4d3'],
    fr: ['1d814ac2c7634f0fc78c0cf0f53ac0328f70cfb867668f6955efb4dc847285a0'],
    ar: ['2eaab4a12f86de3254d80f35462730b8351de7f411003cfaa53b60dfc0ce6cd9'],
    es: ['eb58c8bef1b21a3c26b4cccc5c5025aa591c99092555ef70b303da815e40745f'],
  },
  meetingInvitation: {
    en: ['096e96a55cb561b431f220a71a56636f488de891be87c830eed66d702fa4575b'],
    fr: ['24a51e926dd9c81722fabd500b3f85dbafc8430080a849e80ce57b908f5836cd'],
    ar: ['ab4b226bc5e4da72f6e33d4ae2fb2a4b09c8f8579fd1629abbc70b81f9595ab4'],
    es: ['ad7bc03e9241b1d26179d3d3e9ac02b8e2ed37f3c24710f1e6565d28517fdeae'],
  },
  eventPlaceOffered: {
    en: ['7699c22092bd6bcb4ea60731a51834f7e166d93058fb3a34dc76cde3f17810b5'],
    fr: ['3f8a77ee48303200030e25dad99fab0311994024d2eed4dc843e6c29cd9d7d8e'],
    ar: ['ea0be47b7350dbfbc68939b900581e8009d97ff79f64dc5e06e560d24daec6b2'],
    es: ['db05e19f172b3acee4202aab6cd038f1fd213bbe98e253bcf74aeb5f61492847'],
  },
  eventReminder: {
    en: ['59a41b1a7295699c7e5797decb400edadb9a2977d048de245e72a7b145865883'],
    fr: ['02772ff8c8f09844f98ce72048d7a00ceabd0a648c381227b99102f0d18b6a55'],
    ar: ['5992354d5d7716feab2b4a00ee3702430db9cbe0f31903e6dcb6636c7d35d9ec'],
    es: ['007620c77e794f391d4fd7caa76da98448bc7e8deab82ae75655143efe34b6de'],
  },
};
