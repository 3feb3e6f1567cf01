/**
 * The relay's counters and their Prometheus text exposition
 * (https://prometheus.io/docs/instrumenting/exposition_formats/), served on `GET /metrics`.
 */

/** Counters since start (the queue depth is read from the queue when rendering). */
export interface RelayMetrics {
  /** Reads accepted into the queue (new activities). */
  accepted: number;
  /** Reads that were already queued (the extension re-sent them). */
  duplicates: number;
  /** Reads refused (no resolver matched, bad time). */
  rejected: number;
  delivered: number;
  /** Recorded as permanent failures. */
  failed: number;
  /** Put back for a later attempt. */
  retried: number;
  /** addActivities calls in flight per connection now, and the most seen at once. */
  inFlight: Map<string, number>;
  maxInFlight: Map<string, number>;
}

/** Fresh counters. */
export function createMetrics(): RelayMetrics {
  return {
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    delivered: 0,
    failed: 0,
    retried: 0,
    inFlight: new Map(),
    maxInFlight: new Map(),
  };
}

/** Renders the counters plus `queue` state counts as Prometheus text. */
export function renderMetrics(
  m: RelayMetrics,
  queue: { pending: number; delivered: number; failed: number },
): string {
  const lines: string[] = [];
  const metric = (name: string, type: string, help: string, samples: [string, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  };
  const perConnection = (map: Map<string, number>): [string, number][] =>
    [...map].map(([id, n]) => [`{connection="${id.replace(/["\\\n]/g, '_')}"}`, n]);
  metric('relay_queue_depth', 'gauge', 'Activities waiting for delivery.', [['', queue.pending]]);
  metric('relay_queue_delivered', 'gauge', 'Activities Graph recorded (stored).', [
    ['', queue.delivered],
  ]);
  metric('relay_queue_failed', 'gauge', 'Activities that failed for good (stored).', [
    ['', queue.failed],
  ]);
  metric('relay_reads_accepted_total', 'counter', 'Reads stored as new activities.', [
    ['', m.accepted],
  ]);
  metric('relay_reads_duplicate_total', 'counter', 'Reads already stored.', [['', m.duplicates]]);
  metric('relay_reads_rejected_total', 'counter', 'Reads refused.', [['', m.rejected]]);
  metric('relay_activities_delivered_total', 'counter', 'Activities Graph recorded.', [
    ['', m.delivered],
  ]);
  metric('relay_activities_failed_total', 'counter', 'Permanent failures.', [['', m.failed]]);
  metric('relay_activities_retried_total', 'counter', 'Activities put back to retry.', [
    ['', m.retried],
  ]);
  metric(
    'relay_graph_in_flight',
    'gauge',
    'addActivities calls in flight.',
    perConnection(m.inFlight),
  );
  metric(
    'relay_graph_in_flight_max',
    'gauge',
    'Most addActivities calls in flight at once.',
    perConnection(m.maxInFlight),
  );
  return lines.join('\n') + '\n';
}
