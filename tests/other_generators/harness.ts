// Run by tests/test_other_generators.py, compiled next to a client that openapi-generator's `typescript-fetch`
// generator wrote (imported as ./client): calls each job's operation against the fixture server and writes, as
// JSON, what the client made of the answer (its models turned back into JSON). It decides nothing; the test compares.
//
// usage: node harness.js BASE_URL JOBS_JSON OUT_JSON

import * as client from "./client/index";

// No @types/node in this project: declare the two Node APIs used here.
declare const require: (name: string) => any;
declare const process: { argv: string[]; exitCode?: number };
const fs = require("fs");

interface Job {
  id: string;
  operation: string;
  tag: string;
  schema: string;
  params: Record<string, string>;
}

const lib = client as unknown as Record<string, any>;

function words(name: string): string[] {
  return name.split(/[^0-9A-Za-z]+/).filter((part) => part.length > 0);
}

function pascal(name: string): string {
  return words(name)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

function camel(name: string): string {
  const joined = pascal(name);
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

// typescript-fetch renames models whose names clash with TypeScript's own (Error -> ModelError).
function modelFunction(schema: string, suffix: "FromJSON" | "ToJSON"): (value: unknown) => unknown {
  const found = lib[`${schema}${suffix}`] ?? lib[`Model${schema}${suffix}`];
  if (typeof found !== "function") {
    throw new Error(`the generated client has no ${schema}${suffix}`);
  }
  return found;
}

async function run(baseUrl: string, job: Job): Promise<Record<string, unknown>> {
  const toJSON = modelFunction(job.schema, "ToJSON");
  const Api = lib[`${pascal(job.tag)}Api`];
  const api = new Api(new client.Configuration({ basePath: baseUrl }));
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(job.params)) {
    params[camel(name)] = value;
  }
  try {
    const value = await api[camel(job.operation)](params);
    return { outcome: "returned", variant: null, json: toJSON(value) };
  } catch (error) {
    if (error instanceof client.ResponseError) {
      // typescript-fetch leaves error bodies unparsed; the model of the status's schema reads them.
      const body = await error.response.json();
      const model = modelFunction(job.schema, "FromJSON")(body);
      return { outcome: `raised ${error.response.status}`, variant: null, json: toJSON(model) };
    }
    return { outcome: "crashed", error: String((error as Error)?.stack ?? error).slice(0, 2000) };
  }
}

async function main(): Promise<void> {
  const [baseUrl, jobsPath, outPath] = process.argv.slice(2);
  const jobs: Job[] = JSON.parse(fs.readFileSync(jobsPath, "utf8"));
  const results: Record<string, unknown>[] = [];
  for (const job of jobs) {
    results.push({ id: job.id, ...(await run(baseUrl, job)) });
  }
  fs.writeFileSync(outPath, JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
