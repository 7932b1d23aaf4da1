/**
 * Leftover page furniture that Readability keeps as paragraphs: each entry matches a whole (short) paragraph
 * (they are joined into one anchored, case-insensitive expression). Extend the table, not the code.
 */
const BOILERPLATE_PATTERNS = [
    // comment counters and links
    /(\d+\s+)?comments?(\s*\(\d+\))?/,
    /(view|show|read|add|post|leave) (all )?(\d+ )?comments?\b.*/,
    /.*\b\d+\s+comments?\b.*/,
    // sign-up, newsletter and subscription prompts
    /(sign up|signup|subscribe|register|log in|sign in)\b.*/,
    /(get|receive|join|try|sign up for|subscribe to|our|free|daily|weekly)\b.*\bnewsletters?\b.*/,
    /.*\bnewsletters?\b.*\b(sign up|subscribe|inbox|email)\b.*/,
    /get (our|the) .*(in your inbox|delivered).*/,
    // sharing
    /share (this|on|via|the|article|story)\b.*/,
    /(share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|reddit|copy link|save)/,
    /follow (us|@\w+|.* on (twitter|x|facebook|instagram))\b.*/,
    // links to other stories
    /(read more|related|see also|more on this story|recommended|most read|trending|watch|listen)\s*:.*/,
    /(read more|related( stories| articles| coverage)?|see also|recommended( for you)?|most (read|popular)|you may also like|more from .*)/,
    /(click|tap) here\b.*/,
    // advertising
    /(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?)/,
    // credits and rights
    /(©|\(c\)|copyright\b).*/,
    /.*\ball rights reserved\.?/,
    /(photo|photograph|image|video|graphic|credit)s?\s*(:|by\b).*/,
    /\((photo|image|video) (by|credit)\b.*\)/,
    /(reporting|additional reporting|editing|writing) by\b.*/,
    // page chrome
    /(skip|jump) to (main )?content/,
    /listen to this (article|story)\b.*/,
    /\d+\s*min(ute)?s?\s+read/,
    /(updated|published|last updated)\s*:?\s*\d.*/,
];
/** Only paragraphs up to this length are tested: real paragraphs are longer and never dropped. */
const MAX_BOILERPLATE_CHARS = 160;
const BOILERPLATE = new RegExp(`^(?:${BOILERPLATE_PATTERNS.map((pattern) => pattern.source).join('|')})$`, 'i');
/** True when a paragraph is page furniture ("Comment", "Sign up for…", "Share this article"). */
export function isBoilerplate(paragraph) {
    return paragraph.length <= MAX_BOILERPLATE_CHARS && BOILERPLATE.test(paragraph);
}
//# sourceMappingURL=boilerplate.js.map