/**
 * Words that head a noun phrase naming a person or a group of people ("the official", "some veteran diplomats").
 * Singular → plural pairs; the sector is the PLOVER/CAMEO sector the noun implies on its own, if any.
 */
export const PERSON_NOUNS: Readonly<Record<string, { plural: string; sector: string | null }>> = {
  official: { plural: 'officials', sector: 'GOV' },
  diplomat: { plural: 'diplomats', sector: 'GOV' },
  minister: { plural: 'ministers', sector: 'GOV' },
  secretary: { plural: 'secretaries', sector: 'GOV' },
  president: { plural: 'presidents', sector: 'GOV' },
  'prime minister': { plural: 'prime ministers', sector: 'GOV' },
  leader: { plural: 'leaders', sector: 'GOV' },
  spokesman: { plural: 'spokesmen', sector: 'GOV' },
  spokeswoman: { plural: 'spokeswomen', sector: 'GOV' },
  spokesperson: { plural: 'spokespeople', sector: 'GOV' },
  envoy: { plural: 'envoys', sector: 'GOV' },
  ambassador: { plural: 'ambassadors', sector: 'GOV' },
  negotiator: { plural: 'negotiators', sector: 'GOV' },
  delegate: { plural: 'delegates', sector: 'GOV' },
  representative: { plural: 'representatives', sector: 'GOV' },
  lawmaker: { plural: 'lawmakers', sector: 'LEG' },
  legislator: { plural: 'legislators', sector: 'LEG' },
  senator: { plural: 'senators', sector: 'LEG' },
  aide: { plural: 'aides', sector: 'GOV' },
  adviser: { plural: 'advisers', sector: 'GOV' },
  advisor: { plural: 'advisors', sector: 'GOV' },
  counterpart: { plural: 'counterparts', sector: 'GOV' },
  commander: { plural: 'commanders', sector: 'MIL' },
  general: { plural: 'generals', sector: 'MIL' },
  officer: { plural: 'officers', sector: 'MIL' },
  soldier: { plural: 'soldiers', sector: 'MIL' },
  source: { plural: 'sources', sector: null },
  analyst: { plural: 'analysts', sector: null },
  expert: { plural: 'experts', sector: null },
  scholar: { plural: 'scholars', sector: 'EDU' },
  critic: { plural: 'critics', sector: null },
  advocate: { plural: 'advocates', sector: null },
  proponent: { plural: 'proponents', sector: null },
  observer: { plural: 'observers', sector: null },
  activist: { plural: 'activists', sector: 'CVL' },
  protester: { plural: 'protesters', sector: 'CVL' },
  witness: { plural: 'witnesses', sector: 'CVL' },
  resident: { plural: 'residents', sector: 'CVL' },
  journalist: { plural: 'journalists', sector: 'MED' },
  reporter: { plural: 'reporters', sector: 'MED' },
  executive: { plural: 'executives', sector: 'BUS' },
  economist: { plural: 'economists', sector: null },
  person: { plural: 'people', sector: null },
  man: { plural: 'men', sector: null },
  woman: { plural: 'women', sector: null },
  member: { plural: 'members', sector: null },
  host: { plural: 'hosts', sector: 'GOV' },
  ally: { plural: 'allies', sector: 'GOV' },
  candidate: { plural: 'candidates', sector: 'PTY' },
  governor: { plural: 'governors', sector: 'GOV' },
  mayor: { plural: 'mayors', sector: 'GOV' },
  chief: { plural: 'chiefs', sector: null },
  director: { plural: 'directors', sector: null },
  administration: { plural: 'administrations', sector: 'GOV' },
  government: { plural: 'governments', sector: 'GOV' },
  ministry: { plural: 'ministries', sector: 'GOV' },
  authorities: { plural: 'authorities', sector: 'GOV' },
  military: { plural: 'militaries', sector: 'MIL' },
  army: { plural: 'armies', sector: 'MIL' },
  navy: { plural: 'navies', sector: 'MIL' },
  junta: { plural: 'juntas', sector: 'MIL' },
  parliament: { plural: 'parliaments', sector: 'LEG' },
  legislature: { plural: 'legislatures', sector: 'LEG' },
  forces: { plural: 'forces', sector: 'MIL' },
  troops: { plural: 'troops', sector: 'MIL' },
  delegation: { plural: 'delegations', sector: 'GOV' },
  nominee: { plural: 'nominees', sector: 'PTY' },
  campaign: { plural: 'campaigns', sector: 'PTY' },
  party: { plural: 'parties', sector: 'PTY' },
  committee: { plural: 'committees', sector: null },
  commission: { plural: 'commissions', sector: 'GOV' },
  agency: { plural: 'agencies', sector: 'GOV' },
  department: { plural: 'departments', sector: 'GOV' },
  bank: { plural: 'banks', sector: 'BUS' },
  company: { plural: 'companies', sector: 'BUS' },
  firm: { plural: 'firms', sector: 'BUS' },
  network: { plural: 'networks', sector: 'MED' },
  newspaper: { plural: 'newspapers', sector: 'MED' },
  group: { plural: 'groups', sector: null },
  organization: { plural: 'organizations', sector: null },
  poll: { plural: 'polls', sector: null },
  survey: { plural: 'surveys', sector: null },
  study: { plural: 'studies', sector: null },
  report: { plural: 'reports', sector: null },
  statement: { plural: 'statements', sector: null },
  letter: { plural: 'letters', sector: null },
  ad: { plural: 'ads', sector: null },
  video: { plural: 'videos', sector: null },
  prosecutor: { plural: 'prosecutors', sector: 'JUD' },
  judge: { plural: 'judges', sector: 'JUD' },
  court: { plural: 'courts', sector: 'JUD' },
  investigator: { plural: 'investigators', sector: 'COP' },
  police: { plural: 'police', sector: 'COP' },
  voter: { plural: 'voters', sector: 'CVL' },
  supporter: { plural: 'supporters', sector: null },
  opponent: { plural: 'opponents', sector: null },
  reader: { plural: 'readers', sector: null },
  moderator: { plural: 'moderators', sector: 'MED' },
  narrator: { plural: 'narrators', sector: null },
  announcer: { plural: 'announcers', sector: null },
  insider: { plural: 'insiders', sector: null },
  operative: { plural: 'operatives', sector: 'PTY' },
  organizer: { plural: 'organizers', sector: null },
  strategist: { plural: 'strategists', sector: 'PTY' },
  rebel: { plural: 'rebels', sector: 'REB' },
  militant: { plural: 'militants', sector: 'REB' },
  student: { plural: 'students', sector: 'EDU' },
  professor: { plural: 'professors', sector: 'EDU' },
  researcher: { plural: 'researchers', sector: 'EDU' },
  doctor: { plural: 'doctors', sector: 'HLH' },
  worker: { plural: 'workers', sector: 'LAB' },
  driver: { plural: 'drivers', sector: 'LAB' },
  trucker: { plural: 'truckers', sector: 'LAB' },
  miner: { plural: 'miners', sector: 'LAB' },
  farmer: { plural: 'farmers', sector: 'AGR' },
  businessman: { plural: 'businessmen', sector: 'BUS' },
  businesswoman: { plural: 'businesswomen', sector: 'BUS' },
  questioner: { plural: 'questioners', sector: null },
  demonstrator: { plural: 'demonstrators', sector: 'CVL' },
  staffer: { plural: 'staffers', sector: null },
  union: { plural: 'unions', sector: 'LAB' },
  board: { plural: 'boards', sector: null },
  book: { plural: 'books', sector: null },
  article: { plural: 'articles', sector: null },
  lawsuit: { plural: 'lawsuits', sector: null },
  complaint: { plural: 'complaints', sector: null },
  editorial: { plural: 'editorials', sector: 'MED' },
  memo: { plural: 'memos', sector: null },
  document: { plural: 'documents', sector: null },
  tweet: { plural: 'tweets', sector: null },
  other: { plural: 'others', sector: null },
}

/** Nouns that denote bodies rather than people: "the government", "Russian forces". */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'administration',
  'government',
  'ministry',
  'authorities',
  'military',
  'army',
  'navy',
  'junta',
  'parliament',
  'legislature',
  'forces',
  'troops',
  'delegation',
  'campaign',
  'party',
  'committee',
  'commission',
  'agency',
  'department',
  'bank',
  'company',
  'firm',
  'network',
  'newspaper',
  'group',
  'organization',
  'court',
  'police',
  'union',
  'board',
])

/** Nouns that name documents and polls, which "say" things without being actors of events. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'poll',
  'survey',
  'study',
  'report',
  'statement',
  'letter',
  'ad',
  'video',
])

/**
 * Documents and outlets that speak as the body behind them when they are the subject of a speech verb ("the
 * filing says", "FBI notes revealed", "the tabloid wrote"): speakers of kind organisation. Singular lemmas.
 */
export const SPEAKING_DOCUMENTS: ReadonlySet<string> = new Set(
  (
    'email cable filing petition release memo memorandum letter report statement study poll survey headline website ' +
    'site blog transcript record document data note notes column editorial article ad advertisement commercial video ' +
    'tweet post message lawsuit suit complaint ruling order indictment affidavit motion brief analysis result ' +
    'figure book page platform resolution bill guidance policy sign banner caption footage recording tape audio clip ' +
    'newspaper paper tabloid magazine outlet station channel broadcast wire publication journal newsletter review ' +
    'chart map graphic voice-over script speech plan proposal dossier file assessment estimate projection notice ' +
    'announcement bulletin communique communiqué decree verdict judgment leaflet flyer brochure textbook manifesto'
  ).split(' '),
)

/** Determiners and quantifiers that can open a nominal mention; `indefinite` ones make it anonymous. */
export const NOMINAL_DETERMINERS: Readonly<Record<string, 'definite' | 'indefinite' | 'possessive'>> = {
  the: 'definite',
  this: 'definite',
  that: 'definite',
  these: 'definite',
  those: 'definite',
  a: 'indefinite',
  an: 'indefinite',
  one: 'indefinite',
  another: 'indefinite',
  some: 'indefinite',
  several: 'indefinite',
  many: 'indefinite',
  two: 'indefinite',
  three: 'indefinite',
  four: 'indefinite',
  other: 'indefinite',
  others: 'indefinite',
  various: 'indefinite',
  most: 'indefinite',
  few: 'indefinite',
  his: 'possessive',
  her: 'possessive',
  their: 'possessive',
  its: 'possessive',
  our: 'possessive',
}

/** Modifiers that mark a former office-holder ("a former senior State Department official"). */
export const FORMER_MARKERS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'ex-',
  'onetime',
  'erstwhile',
  'retired',
])

/** Pronouns kept as mentions, with the kind of antecedent they take. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'speaker' | 'thing'>> = {
  he: 'person',
  him: 'person',
  his: 'person',
  she: 'person',
  her: 'person',
  hers: 'person',
  they: 'plural',
  them: 'plural',
  their: 'plural',
  i: 'speaker',
  me: 'speaker',
  my: 'speaker',
  we: 'speaker',
  us: 'speaker',
  our: 'speaker',
  it: 'thing',
  its: 'thing',
}

/** First-person plural pronouns: the speaker's side, not one person ("we", "us", "our"). */
export const PLURAL_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['we', 'us', 'our'])

/** First-person pronouns: inside a quotation they stand for its speaker. */
export const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = new Set(
  Object.entries(PRONOUNS).flatMap(([word, kind]) => (kind === 'speaker' ? [word] : [])),
)

/** Last words of a capitalised name that make it an organisation ("Justice Department", "Labour Party"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'council',
  'party',
  'agency',
  'commission',
  'committee',
  'institute',
  'institution',
  'university',
  'corporation',
  'corp',
  'corp.',
  'company',
  'co.',
  'inc',
  'inc.',
  'ltd',
  'bank',
  'group',
  'forces',
  'army',
  'navy',
  'corps',
  'guard',
  'times',
  'post',
  'news',
  'press',
  'network',
  'service',
  'office',
  'foundation',
  'association',
  'union',
  'court',
  'assembly',
  'parliament',
  'congress',
  'senate',
  'house',
  'administration',
  'organization',
  'organisation',
  'center',
  'centre',
  'fund',
  'board',
  'bureau',
  'federation',
  'league',
  'alliance',
  'front',
  'movement',
  'brigade',
  'brigades',
  'police',
  'journal',
  'tribune',
  'herald',
  'magazine',
  'television',
  'radio',
  'coalition',
  'cabinet',
  'government',
])

/** Honorifics that make the following name a person. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'dame',
  'lord',
  'lady',
  'sheikh',
  'prof',
  'prof.',
  'rev',
  'rev.',
])

/** Lower-case words that may join capitalised words inside one name ("Bank of England", "bin Salman"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'da',
  'del',
  'al',
  'bin',
  'van',
  'von',
  'la',
  'le',
  'du',
  'ibn',
  'for',
])

/** Prepositions before a capital's name that make it a place, not a government ("in Moscow", "from Kyiv"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'into',
  'from',
  'via',
  'through',
  'within',
  'throughout',
])

/** Verbs of movement after which "to X" names a destination ("flew to Moscow"), not an addressee. */
export const MOTION_LEMMAS: ReadonlySet<string> = new Set([
  'travel',
  'fly',
  'go',
  'come',
  'return',
  'head',
  'move',
  'arrive',
  'journey',
  'send',
  'deploy',
  'trip',
  'visit',
  'flight',
  'way',
  'road',
])

/** Last words of a capitalised phrase that make it a named thing, not a person ("Cold War", "Red Square"). */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  (
    'war wars day year years cup summit conference treaty accord accords agreement act bill plan initiative program ' +
    'programme crisis revolution street avenue square palace hall airport station bridge road river sea ocean island ' +
    'islands mountain mountains valley gulf bay lake peninsula strait region province state states city county east ' +
    'west north south week games olympics prize award deal declaration charter convention protocol forum dialogue ' +
    'talks meeting strip bank heights desert coast border front line plaza tower building hotel resort hospital ' +
    'school church mosque temple cathedral stadium park museum times post journal era age period doctrine ' +
    'minister president secretary'
  ).split(' '),
)

/** Verbs whose object is a territory, not a government: "take Kyiv", "seized Mariupol". */
export const TERRITORY_LEMMAS: ReadonlySet<string> = new Set(
  'take capture seize attack bomb shell strike enter reach encircle besiege surround liberate occupy leave flee evacuate visit tour land hit retake annex invade defend hold control'.split(
    ' ',
  ),
)

/** Capitalised words that are never places, whatever a gazetteer says ("In March", "on Friday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
)

/** Cities smaller than this are trusted only after a locative preposition or in a dateline. */
export const MIN_BARE_CITY_POPULATION: number = 100_000

/** Lemmas that, right after a capitalised word, show it names someone who speaks ("Shapiro said"). */
export const SPEAKER_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'argue',
  'write',
  'warn',
  'note',
  'insist',
  'explain',
  'claim',
  'declare',
  'announce',
  'tweet',
  'acknowledge',
  'ask',
  'reply',
  'respond',
])

/** Object pronouns: never the subject of their clause, so not the subject named in it ("Kerry told him"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them'])

/** Adjectives of the dummy "it": "it is true that", "it was clear", "it is time to". */
export const EXPLETIVE_WORDS: ReadonlySet<string> = new Set(
  (
    'true clear unclear likely unlikely possible impossible important necessary hard easy difficult time obvious ' +
    'evident worth better best too so not no a an the'
  ).split(' '),
)

/**
 * Which office titles a role nominal can refer back to: "the top US diplomat" → a foreign minister or
 * secretary of state; "the minister" → any minister. Keys are nominal head nouns; values are words that must
 * appear in the antecedent's role (lower case).
 */
export const NOMINAL_ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['foreign', 'secretary of state', 'ambassador', 'envoy', 'diplomat'],
  minister: ['minister', 'secretary'],
  secretary: ['secretary'],
  president: ['president'],
  leader: ['president', 'prime minister', 'chancellor', 'leader', 'king', 'premier', 'chairman'],
  envoy: ['envoy', 'ambassador'],
  ambassador: ['ambassador'],
  spokesman: ['spokes'],
  spokeswoman: ['spokes'],
  spokesperson: ['spokes'],
  general: ['general', 'chief', 'commander'],
  commander: ['commander', 'general', 'admiral', 'chief'],
  officer: ['general', 'admiral', 'officer', 'chief', 'commander'],
  adviser: ['adviser', 'advisor'],
  advisor: ['adviser', 'advisor'],
  official: [''],
  aide: [''],
  counterpart: [],
}

/** Singular and plural forms of the person nouns. */
export const PERSON_NOUN_FORMS: ReadonlySet<string> = new Set(
  Object.entries(PERSON_NOUNS).flatMap(([singular, { plural }]) => [singular, plural]),
)

/** Country demonyms that, after a compass word, name a continent ("North American", "South American"). */
export const CONTINENTAL_DEMONYMS: ReadonlySet<string> = new Set(['american', 'americans'])

/** Lemmas of the verbs of a closing attribution (", officials said", ", the agency reported"). */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'report',
  'tell',
  'add',
  'announce',
  'state',
])

/** Compass words that, capitalised before a place ("Western Cambodia"), are not a first name. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
])

/**
 * Participles after a country and a hyphen that make the group the country's: "US-led forces", "a
 * Vietnamese-led coalition". Not "-backed": "Iranian-backed militias" are not Iran's own.
 */
export const LEADING_PARTICIPLES: ReadonlySet<string> = new Set(['led', 'commanded'])

/** Last words of officials' titles beside the person nouns of officials ("the UN relief coordinator"). */
export const OFFICIAL_TITLE_HEADS: ReadonlySet<string> = new Set([
  'coordinator',
  'commissioner',
  'rapporteur',
  'administrator',
  'mediator',
  'inspector',
  'head',
  'chairman',
  'chairwoman',
  'chair',
  'director-general',
  'secretary-general',
])

/** Currency words after a country's name ("US $50 million", "U.S. dollars"), which make it no mention. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['$', 'dollar', 'dollars', 'cents'])

/** Words that make a demonym an ethnicity rather than a citizenship ("ethnic Albanians", "ethnic Serb civilians"). */
export const ETHNICITY_MARKERS: ReadonlySet<string> = new Set(['ethnic'])

/**
 * Nouns naming people by number or as bystanders, with no office or side of their own ("23 people", "five
 * others", "one person", "52 members"): victims and crowds, whom event coders place in the country the
 * sentence is about.
 */
export const PEOPLE_AT_LARGE_NOUNS: ReadonlySet<string> = new Set([
  'person',
  'people',
  'persons',
  'man',
  'men',
  'woman',
  'women',
  'other',
  'others',
  'member',
  'members',
  'civilian',
  'civilians',
  'child',
  'children',
  'youth',
  'youths',
  'villager',
  'villagers',
  'passenger',
  'passengers',
  'inhabitant',
  'inhabitants',
  'worshipper',
  'worshippers',
  'pilgrim',
  'pilgrims',
])

/** Lower-case last words of place names ("the Crimean peninsula", "the Luhansk region"). */
export const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set([
  'peninsula',
  'region',
  'province',
  'oblast',
  'island',
  'islands',
  'strait',
  'valley',
  'basin',
  'coast',
  'desert',
  'mountains',
  'border',
])

/** Prepositions that locate a nominal in a country or organisation: "the minister of Iran", "officials in Kyiv". */
export const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'from'])

/** Copulas (lemmas): a nominal after one is a predicate, not a mention ("he is the minister"). */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain'])
