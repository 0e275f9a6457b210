// Shared by the TypeScript checks of tests/test_other_generators.py. Each client's `calls.ts` (written by the test
// from the spec, one typed call per get-task operation) passes its calls to `main`, which runs every job against
// the fixture server and writes, as JSON, what the client read. It decides nothing; the test compares.
//
// usage: node calls.js BASE_URL JOBS_JSON OUT_JSON

import * as fs from "fs";

export interface Job {
  id: string;
  operation: string;
  schema: string;
  params: Record<string, string>;
}

export interface Reading {
  status: number;
  json: unknown; // the answer as the client gives it back (its model turned back into JSON, where it has models)
  kind?: string; // answerKind() of a 2xx answer
}

export type Call = (baseUrl: string, job: Job) => Promise<Reading>;

// snippet: typescript
/** Which of the three answers a get-task body is, in the spec's order: not ready, failed, or the task. */
export function answerKind(answer: object): "not_ready" | "failure" | "task" {
  const type = (answer as { type?: unknown }).type;
  if (type === "not_ready") return "not_ready";
  return typeof type === "string" ? "failure" : "task";
}
// end snippet

export async function main(calls: Record<string, Call>): Promise<void> {
  const [baseUrl, jobsPath, outPath] = process.argv.slice(2);
  const jobs: Job[] = JSON.parse(fs.readFileSync(jobsPath, "utf8"));
  const results: Record<string, unknown>[] = [];
  for (const job of jobs) {
    const call = calls[job.operation];
    try {
      if (call === undefined) throw new Error(`no call for ${job.operation}`);
      results.push({ id: job.id, ...(await call(baseUrl, job)) });
    } catch (error) {
      results.push({ id: job.id, crashed: String((error as Error)?.stack ?? error).slice(0, 2000) });
    }
  }
  fs.writeFileSync(outPath, JSON.stringify(results));
}
