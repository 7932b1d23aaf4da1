/**
 * A worker thread of the extraction pool: loads the user's knowledge files, then answers each task message
 * (extract, or extract and store) with its output or an error. The pipeline is built on the first task.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createKnowledge, type Knowledge, KnowledgeError } from '../knowledge/index.js'
import type { WorkerReply, WorkerRequest, WorkerSetup } from './extract-pool.js'
import { createTaskContext, runExtractTask, runStoreTask } from './extract-task.js'

const port = parentPort
if (port === null) throw new Error('extract-worker.ts runs as a worker thread only')
const setup = workerData as WorkerSetup
let setupErrors: readonly string[] = []
let knowledge: Knowledge | undefined
if (setup.knowledgeFiles.length > 0) {
  try {
    knowledge = createKnowledge({ files: setup.knowledgeFiles })
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error
    setupErrors = error.errors
  }
}
const context = createTaskContext(knowledge)

port.on('message', async (request: WorkerRequest) => {
  if (request.kind === 'close') {
    await context.close()
    port.close() // nothing else keeps the thread alive: it exits
    return
  }
  let reply: WorkerReply
  try {
    if (setupErrors.length > 0) throw new Error(`--kb ${setupErrors.join('; ')}`)
    reply =
      request.kind === 'extract'
        ? { id: request.id, output: runExtractTask(context, request.task) }
        : { id: request.id, output: await runStoreTask(context, request.task) }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  port.postMessage(reply)
})
