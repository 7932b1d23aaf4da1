import type { Doc, DocView } from '../../src/doc/doc.js'
import type { LayerMap, LayerName } from '../../src/doc/layers.js'
import { defaultKnowledge } from '../../src/knowledge/knowledge.js'
import { english } from '../../src/lang/en/index.js'
import type { Stage, StageContext } from '../../src/pipeline/stage.js'

/** A stage context for tests: English, the shipped knowledge, diagnostics dropped unless `report` is given. */
export function testContext(overrides: Partial<StageContext> = {}): StageContext {
  return {
    report: () => {},
    lang: english,
    knowledge: defaultKnowledge(),
    tracing: false,
    trace: () => {},
    ...overrides,
  }
}

/**
 * Runs one stage over a Doc built by hand (`makeDoc`), as the pipeline would: the layers the stage requires
 * must be present (checked here, so a test fails with a clear message rather than deep inside the stage).
 */
export function runStage<R extends LayerName, P extends LayerName>(
  stage: Stage<R, P>,
  doc: Doc,
  ctx: Partial<StageContext> = {},
): Pick<LayerMap, P> {
  const missing = stage.requires.filter((layer) => doc.layers[layer] === undefined)
  if (missing.length > 0) throw new Error(`runStage(${stage.name}): the doc lacks ${missing.join(', ')}`)
  return stage.run(doc as DocView<R>, testContext(ctx))
}
