/**
 * Common given names with the pronoun they usually take, so "she" does not resolve to "Bill Clinton".
 * A short, hand-made list of names frequent in English-language news (politicians, officials, commentators);
 * honorifics (Mr./Ms.) and gendered role nouns in the text are used as well.
 */
import type { Gender } from '../words.js'

const FEMALE =
  'abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amy ana andrea angela angelina ' +
  'anita ann anna anne annalena annette antonia ava barbara beatrice betsy betty beverly brenda brittney ' +
  'camila carla carmen carol caroline catherine cathy chelsea cheryl chrissy christina christine cindy claire ' +
  'claudia condoleezza cristina cynthia dana daniela deborah debra denise diana diane donna doris dorothy eleanor ' +
  'elena elisabeth elise elizabeth ellen emily emma erin esther eva evelyn fiona frances gabriela gail gina ' +
  'giorgia gloria grace hanna hannah harriet heather heidi helen helga hillary hope ilhan ingrid irene isabel ' +
  'jacinda jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanna jodi josephine joy joyce ' +
  'judith judy julia julie kamala karen kate katherine kathleen kathy katie kaja kelly kimberly kirsten kristi ' +
  'kristen kristina laura lauren leah linda lindsey lisa liz loretta lori louise lucy lydia lynn madeleine ' +
  'maria marie marine marjorie martha mary maxine megan melania melanie melissa mia michele michelle mildred ' +
  'monica nancy naomi natalia natalie nicola nicole nikki nina nirmala olena olga olive paula pamela patricia ' +
  'penny rachel rebecca retno rita rosa rose ruth sahra samantha sandra sanna sara sarah sharon sheila shirley ' +
  'sonia sophia sophie stephanie sue susan suzanne sylvie tammy teresa theresa tiffany tina tracy tsai ursula ' +
  'valerie vanessa veronica victoria virginia wendy whitney yulia yuliia zoe'
const MALE =
  'aaron abdullah adam adrian ahmed alan albert alejandro alex alexander alexei ali andrew andrzej angelo ' +
  'anthony antonio antony anatoly ashraf barack ben benjamin benny bernard bernie bill bob boris brad brian ' +
  'bruce carl carlos charles chris christopher chuck colin craig dan daniel david dennis dick dmitry dmytro ' +
  'don donald doug douglas ed edward emmanuel eric evan frank fumio gary george gerald gordon greg ' +
  'gregory hakan hans harold harry hassan henry hosni hu igor ivan jack jacob jair jake james jamie jan jared ' +
  'jason javier jean-claude jean-yves jeff jeffrey jens jeremy jerry jim jimmy joe joel john jon jonathan ' +
  'jose joseph josh juan julian justin kenneth kevin kim-jong kurt larry leon lloyd luis luiz ' +
  'marco mark martin matt matthew maurice max michael miguel mike mikhail mitch mohammad mohammed muhammad ' +
  'narendra ned nicolas nikolai nick olaf oleksandr omar oscar patrick paul pedro peter petro philip pierre ' +
  'rafael ralph ramzan randy ray recep rex richard rick rishi robert rodrigo roger ron ronald roy rudy ruslan ' +
  'ryan sam samuel scott sean sebastian sergei sergey shinzo stephen steve steven stuart ted terry thomas tim ' +
  'timothy todd tom tony valery victor vladimir volodymyr walter wang wayne william xi yasser yoshihide yuri ' +
  'zbigniew'

export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...FEMALE.split(' ').map((n) => [n, 'female'] as const),
  ...MALE.split(' ').map((n) => [n, 'male'] as const),
])

/** Honorifics and nouns that state a person's gender. */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['spokesman', 'male'],
  ['businessman', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['queen', 'female'],
  ['spokeswoman', 'female'],
  ['businesswoman', 'female'],
  ['woman', 'female'],
  ['man', 'male'],
])

/** The gender a pronoun asks of its antecedent. */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
])
