import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeKey, type RoleInfo } from './index.js'
import { defaultKnowledge } from './knowledge.js'

const kb = defaultKnowledge()

const role = (phrase: string) => kb.lookupRole(normalizeKey(phrase))
const brief = (r: RoleInfo | undefined) =>
  r ? `${r.role}|${r.sector}|${r.office}${r.former ? '|former' : ''}` : '-'

describe('lookupRole', () => {
  const cases: [string, string][] = [
    ['president', 'President|GOV|head-of-state'],
    ['President', 'President|GOV|head-of-state'],
    ['prime minister', 'Prime Minister|GOV|head-of-government'],
    ['foreign minister', 'Foreign Minister|GOV|foreign-minister'],
    ['Foreign Secretary', 'Foreign Secretary|GOV|foreign-minister'],
    ['Secretary of State', 'Secretary of State|GOV|foreign-minister'],
    ['top diplomat', 'Foreign Minister|GOV|foreign-minister'],
    ['minister of foreign affairs', 'Foreign Minister|GOV|foreign-minister'],
    ['defense secretary', 'Defense Secretary|GOV|defence-minister'],
    ['Defence Minister', 'Defense Minister|GOV|defence-minister'],
    ['national security adviser', 'National Security Adviser|GOV|national-security-adviser'],
    ['national security advisor', 'National Security Adviser|GOV|national-security-adviser'],
    ['ambassador', 'Ambassador|GOV|ambassador'],
    ['special envoy', 'Envoy|GOV|envoy'],
    ['spokeswoman', 'Spokesperson|GOV|spokesperson'],
    ['chancellor', 'Chancellor|GOV|head-of-government'],
    ['king', 'King|GOV|head-of-state'],
    ['crown prince', 'Crown Prince|GOV|heir'],
    ['Gen.', 'General|MIL|officer'],
    ['general', 'General|MIL|officer'],
    ['Adm.', 'Admiral|MIL|officer'],
    ['chairman of the Joint Chiefs of Staff', 'Chairman of the Joint Chiefs of Staff|MIL|military-chief'],
    ['army chief', 'Military Chief|MIL|military-chief'],
    ['chief of the general staff', 'Chief of the General Staff|MIL|military-chief'],
    ['Security Council secretary', 'Security Council Secretary|GOV|national-security-adviser'],
    ['chief of staff', 'Chief of Staff|GOV|chief-of-staff'],
    ['Sen.', 'Senator|LEG|legislator'],
    ['Rep.', 'Representative|LEG|legislator'],
    ['governor', 'Governor|GOV|governor'],
    ['mayor', 'Mayor|GOV|mayor'],
    ['vice president', 'Vice President|GOV|vice-president'],
    ['state secretary', 'Minister|GOV|minister'],
    ['commander', 'Commander|MIL|commander'],
    ['secretary-general', 'Secretary-General|IGO|igo-head'],
    ['Secretary General', 'Secretary-General|IGO|igo-head'],
    ['scholar', 'Analyst|EDU|expert'],
    // modifiers
    ['former foreign minister', 'Foreign Minister|GOV|foreign-minister|former'],
    ['ex-defense secretary', 'Defense Secretary|GOV|defence-minister|former'],
    ['former Secretary of State', 'Secretary of State|GOV|foreign-minister|former'],
    ['deputy foreign minister', 'Deputy Foreign Minister|GOV|deputy-foreign-minister'],
    ['former deputy foreign minister', 'Deputy Foreign Minister|GOV|deputy-foreign-minister|former'],
    ['acting prime minister', 'Prime Minister|GOV|head-of-government'],
    ['then-Secretary of State', 'Secretary of State|GOV|foreign-minister'],
    ['senior official', 'Official|GOV|official'],
    ['former senior official', 'Official|GOV|official|former'],
    [
      'deputy national security adviser',
      'Deputy National Security Adviser|GOV|deputy-national-security-adviser',
    ],
    // generic portfolios
    ['culture minister', 'Culture Minister|GOV|minister'],
    ['minister of water resources', 'Minister of Water Resources|GOV|minister'],
    ['energy secretary', 'Energy Secretary|GOV|minister'],
    // not roles
    ['Russian foreign minister', '-'],
    ['Indonesian Foreign Minister', '-'],
    ["Russia's foreign minister", '-'],
    ['his minister', '-'],
    ['Blinken', '-'],
    ['former', '-'],
    ['said', '-'],
  ]
  for (const [phrase, expected] of cases)
    it(`${phrase} → ${expected}`, () => assert.equal(brief(role(phrase)), expected))
})
