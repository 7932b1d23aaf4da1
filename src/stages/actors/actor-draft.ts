import type { ActorKind, Mention } from '../../doc/layers.js'
import type { Gender } from '../../lang/words.js'

/**
 * An actor being assembled from mentions: what the actors stage clusters, and what its completing passes
 * (world knowledge, the sentence's country) read and fill in. Each pass declares the fields it touches with
 * `Pick<ActorDraft, …>`.
 */
export interface ActorDraft {
  key: string
  kind: ActorKind
  name: string
  country: string | null
  sector: string | null
  role: string | null
  anonymous: boolean
  kbId: string | null
  former: boolean
  /** Lower-case words of a person's names ("antony", "blinken"). */
  words: Set<string>
  surname: string | null
  /** From a given name, an honorific or a gendered noun; used to keep "she" from a man. */
  gender: Gender | null
  mentions: Mention[]
}
