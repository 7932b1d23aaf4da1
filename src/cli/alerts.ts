import { parseArgs } from 'node:util'
import { AlertError, alertDefinition, matchAlerts, publicAlert } from '../monitor/alerts.js'
import { createDispatcher } from '../monitor/dispatcher.js'
import { parseDuration } from '../monitor/feeds-file.js'
import type { Alert, DeliveryLogEntry } from '../monitor/monitor-store.js'
import { openMonitor } from '../monitor/open-monitor.js'
import { DEFAULT_USER_AGENT } from '../monitor/watch-context.js'
import { textTable } from '../query/format.js'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { resolveDbPath } from '../store/open-store.js'
import { UsageError, writeErr, writeOut } from './io.js'
import { countOption, DB_OPTION_HELP, outputFormat, readableDb } from './store-args.js'

export const ALERTS_USAGE = `usage: parley alerts add --name N [--actor A] [--recipient B] [--contacts A,B] [--type T] [--status S]
                         --webhook URL [--secret S] [--db PATH]
       parley alerts list [--db PATH] [--format table|json]
       parley alerts remove NAME|ID [--db PATH]
       parley alerts log [NAME|ID] [--limit N] [--db PATH] [--format table|json]
       parley alerts deliver [--wait 30s] [--db PATH]

  An alert is a saved query over new events: each event stored after the alert was made that matches it is
  POSTed once as JSON to the webhook, signed (Standard Webhooks headers and X-Parley-Signature; see the README),
  and retried with backoff; every attempt is logged ("log"). "parley watch" matches and delivers after each
  poll; "deliver" does it for events stored otherwise (parley ingest, the API).
  --actor/--recipient  a person, country (name or ISO code) or stored actor id on that side of the event
  --contacts A,B   events between A and B, either way round
  --type T         PLOVER types (CONSULT or CONSULT,REJECT);  --status S: asserted, negated, hypothetical, future
  --webhook URL    where deliveries are POSTed
  --secret S       the signing secret; "whsec_<base64>" (Standard Webhooks) or any text of 16+ characters;
                   generated and printed when absent
${DB_OPTION_HELP}`

function filterText(alert: Alert): string {
  const f = alert.filter
  const parts = [
    f.actor ? `actor=${f.actor}` : null,
    f.recipient ? `recipient=${f.recipient}` : null,
    f.contacts ? `contacts=${f.contacts.join(',')}` : null,
    f.type ? `type=${f.type.join(',')}` : null,
    f.status ? `status=${f.status.join(',')}` : null,
  ]
  return parts.filter((p) => p !== null).join(' ') || 'every new event'
}

function logTable(entries: readonly DeliveryLogEntry[]): string {
  return textTable(
    ['when', 'alert', 'event', 'try', 'answer', 'state', 'next try'],
    entries.map((e) => [
      e.at.slice(0, 19).replace('T', ' '),
      e.alert,
      e.eventId,
      e.attempt,
      e.httpStatus !== null ? `HTTP ${e.httpStatus}` : e.error,
      e.state,
      e.nextAttemptAt ? e.nextAttemptAt.slice(0, 19).replace('T', ' ') : null,
    ]),
    [19, 24, 8, 4, 40, 10, 19],
  )
}

export async function runAlertsCommand(
  args: readonly string[],
  deps: { readonly fetch?: typeof fetch; readonly out?: (text: string) => Promise<void> } = {},
): Promise<number> {
  const out = deps.out ?? writeOut
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      actor: { type: 'string' },
      recipient: { type: 'string' },
      contacts: { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' },
      webhook: { type: 'string' },
      secret: { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      wait: { type: 'string' },
    },
  })
  const [action, target, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
  if (action === 'add') {
    let definition: ReturnType<typeof alertDefinition>
    try {
      definition = alertDefinition(values)
    } catch (error) {
      if (error instanceof AlertError) throw new UsageError(`--${error.field}: ${error.message}`)
      throw error
    }
    const opened = openMonitor(resolveDbPath(values.db ?? null))
    try {
      if (await opened.monitor.getAlert(definition.name))
        throw new UsageError(`an alert named "${definition.name}" exists`)
      const alert = await opened.monitor.addAlert(definition)
      await out(`${JSON.stringify(values.secret ? publicAlert(alert) : alert, null, 2)}\n`)
      writeErr(
        `parley alerts: "${alert.name}" (id ${alert.id}) watches for ${filterText(alert)} in events after #${alert.cursor}` +
          (values.secret ? '' : '; keep the generated secret above to verify deliveries'),
      )
      return 0
    } finally {
      await opened.close()
    }
  }
  if (action === 'remove') {
    if (!target) throw new UsageError('give the name or id of the alert to remove')
    const opened = openMonitor(readableDb(values.db))
    try {
      if (!(await opened.monitor.removeAlert(target))) {
        writeErr(`parley alerts: no alert "${target}"`)
        return 1
      }
      writeErr(`parley alerts: removed "${target}" with its deliveries`)
      return 0
    } finally {
      await opened.close()
    }
  }
  if (action === 'deliver') {
    const seconds =
      values.wait === undefined ? 30 : /^0+[smh]?$/.test(values.wait) ? 0 : parseDuration(values.wait)
    if (seconds === null) throw new UsageError(`--wait must be a duration such as 30s, not "${values.wait}"`)
    const opened = openMonitor(readableDb(values.db))
    try {
      const queued = await matchAlerts(opened.store, opened.monitor)
      let delivered = 0
      let failed = 0
      const dispatcher = createDispatcher({
        monitor: opened.monitor,
        userAgent: DEFAULT_USER_AGENT,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        onAttempt: (a) => {
          if (a.state === 'delivered') delivered++
          else writeErr(`${a.webhook}: alert/delivery ${a.messageId}: ${a.error ?? 'failed'} (${a.state})`)
          if (a.state === 'failed') failed++
        },
      })
      await dispatcher.drain(seconds * 1000)
      writeErr(
        `parley alerts: ${queued} delivery(ies) queued, ${delivered} delivered, ${failed} failed for good`,
      )
      return failed > 0 ? 1 : 0
    } finally {
      await opened.close()
    }
  }
  if (action === 'list' || action === 'log') {
    const format = outputFormat(values.format, COMMAND_FORMATS.storedState)
    const opened = openMonitor(readableDb(values.db), { readonly: true })
    try {
      if (action === 'list') {
        const alerts = (await opened.monitor.listAlerts()).map(publicAlert)
        await out(
          format === 'json'
            ? `${JSON.stringify(alerts, null, 2)}\n`
            : `${textTable(
                ['id', 'name', 'matches', 'webhook', 'after event', 'pending', 'delivered', 'failed'],
                alerts.map((a) => [
                  a.id,
                  a.name,
                  filterText(a),
                  a.webhook,
                  a.cursor,
                  a.pending,
                  a.delivered,
                  a.failed,
                ]),
                [6, 24, 48, 48, 11, 7, 9, 6],
              )}\n`,
        )
        return 0
      }
      const entries = await opened.monitor.deliveryLog({
        ...(target ? { alert: target } : {}),
        limit: countOption('limit', values.limit) ?? 100,
      })
      await out(format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : `${logTable(entries)}\n`)
      return 0
    } finally {
      await opened.close()
    }
  }
  throw new UsageError(
    action
      ? `unknown action "${action}" (add, list, remove, log, deliver)`
      : 'give an action: add, list, remove, log, deliver',
  )
}
