import autocannon from 'autocannon';

// Load generator of step (f), run as its own process (node --import tsx) so that it does not share the
// server's event loop. Input: MZ_BENCH_LOAD (JSON). Output: one JSON line on stdout. Every response
// time is recorded, so p50/p95/p99 are exact (autocannon's own summary has no p95). It runs for a fixed
// duration and stops by itself.

type Input = { url: string; cookie: string; connections: number; durationSec: number; paths: string[] };

const input = JSON.parse(process.env['MZ_BENCH_LOAD'] ?? '{}') as Input;
const latencies: number[] = [];
let next = 0;
let non2xx = 0;

const percentile = (sorted: number[], q: number) =>
  sorted.length === 0 ? null : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);
const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

const instance = autocannon(
  {
    url: input.url,
    connections: input.connections,
    duration: input.durationSec,
    timeout: 30,
    headers: { cookie: input.cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = input.paths[next % input.paths.length] as string;
          next += 1;
          return { ...request, path };
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
      process.exit(1);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    process.stdout.write(
      `${JSON.stringify({
        requests: result.requests.total,
        requestsPerSec: round(result.requests.average),
        p50: round(percentile(sorted, 0.5)),
        p95: round(percentile(sorted, 0.95)),
        p99: round(percentile(sorted, 0.99)),
        max: round(sorted[sorted.length - 1] ?? null),
        mean: round(sorted.length === 0 ? null : sorted.reduce((s, x) => s + x, 0) / sorted.length),
        non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      })}\n`,
    );
  },
);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  if (statusCode < 200 || statusCode >= 300) non2xx += 1;
});
