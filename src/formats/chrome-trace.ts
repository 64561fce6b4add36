// The V8 CPU profiles inside a Chrome trace (the DevTools Performance panel's saved trace,
// Perfetto's JSON export, `chrome://tracing`): a `Profile` event starts each profile (its
// `startTime`), `ProfileChunk` events carry its nodes (each naming its parent), samples and
// time deltas in pieces. The trace is a list of events, or an object with `traceEvents`.
// https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU

interface TraceEvent {
  name?: unknown;
  ph?: unknown;
  pid?: unknown;
  tid?: unknown;
  id?: unknown;
  ts?: unknown;
  args?: { name?: unknown; data?: { startTime?: unknown; endTime?: unknown; timeDeltas?: unknown; cpuProfile?: { nodes?: unknown; samples?: unknown } } };
}

/** The events of a trace, or undefined when the JSON value is none. */
function eventsOf(json: unknown): TraceEvent[] | undefined {
  if (Array.isArray(json)) return json.length > 0 && json.every((e) => e !== null && typeof e === 'object' && 'ph' in e) ? (json as TraceEvent[]) : undefined;
  if (json && typeof json === 'object' && Array.isArray((json as { traceEvents?: unknown }).traceEvents)) return (json as { traceEvents: TraceEvent[] }).traceEvents;
  return undefined;
}

/** True when a parsed JSON value is a Chrome trace: a list of events, or `{ traceEvents }`. */
export function isChromeTraceJson(json: unknown): boolean {
  return eventsOf(json) !== undefined;
}

/**
 * Each CPU profile of a trace as a `.cpuprofile` value (`nodes` with parents, `samples`,
 * `timeDeltas`, `startTime`, `endTime`, in microseconds), with the name of the thread it
 * sampled (without ids: they change from run to run); or why the trace holds none.
 */
export function chromeTraceProfiles(json: unknown): { profiles: { thread: string; profile: Record<string, unknown> }[] } | { reason: string } {
  const events = eventsOf(json) ?? [];
  const threads = new Map<string, string>();
  const profiles = new Map<string, { thread: string; nodes: unknown[]; samples: unknown[]; timeDeltas: unknown[]; startTime?: number; endTime?: number }>();
  // Thread names first: the metadata events may come before or after the profiles.
  for (const event of events) {
    if (event && typeof event === 'object' && event.name === 'thread_name' && typeof event.args?.name === 'string') threads.set(`${String(event.pid)}:${String(event.tid)}`, event.args.name);
  }
  const profileOf = (event: TraceEvent) => {
    const key = `${String(event.pid)}:${String(event.id)}`;
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { thread: threads.get(`${String(event.pid)}:${String(event.tid)}`) ?? 'thread', nodes: [], samples: [], timeDeltas: [] }));
    return profile;
  };
  // Appended one by one: a chunk of 130,000 samples spread as arguments overflowed the stack.
  const append = (to: unknown[], from: unknown[]) => {
    for (let i = 0; i < from.length; i++) to.push(from[i]);
  };
  for (const event of events) {
    if (!event || typeof event !== 'object') continue;
    if (event.name === 'Profile') {
      const start = Number(event.args?.data?.startTime ?? event.ts);
      if (Number.isFinite(start)) profileOf(event).startTime = start;
    } else if (event.name === 'ProfileChunk') {
      const data = event.args?.data;
      const profile = profileOf(event);
      const cpu = data?.cpuProfile;
      if (Array.isArray(cpu?.nodes)) append(profile.nodes, cpu.nodes);
      if (Array.isArray(cpu?.samples)) append(profile.samples, cpu.samples);
      if (Array.isArray(data?.timeDeltas)) append(profile.timeDeltas, data.timeDeltas);
      const end = Number(data?.endTime);
      if (Number.isFinite(end)) profile.endTime = end;
    }
  }
  const found = [...profiles.values()].filter((p) => p.nodes.length > 0);
  if (found.length === 0) return { reason: 'a Chrome trace without a CPU profile (no "ProfileChunk" events with nodes: record it with JavaScript samples on)' };
  return {
    profiles: found.map((p) => ({
      thread: p.thread,
      profile: { nodes: p.nodes, samples: p.samples, timeDeltas: p.timeDeltas, startTime: p.startTime ?? 0, ...(p.endTime !== undefined ? { endTime: p.endTime } : {}) },
    })),
  };
}
