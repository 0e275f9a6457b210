// End to end through the typed client: create -> wait -> credits, against MUSICAPI_BASE_URL with MUSICAPI_API_KEY.
// A riffusion song, then a sonic one. On success prints one JSON line {"task_id", "clips", "sonic_task_id",
// "sonic_clips", "credits_before", "credits_after"}; on any failure exits 1
// with one line on stderr. `make typescript` compiles it to build/typescript/: node build/typescript/e2e.js
// MUSICAPI_E2E_TIMEOUT (seconds, default 60) bounds the whole run, every request included.
import {
  connect,
  createSonicTask,
  createTask,
  getCredits,
  MusicApiError,
  pollSonicTask,
  pollTask,
  type Schemas,
  type TaskState,
} from "./client.js";

const POLL_INTERVAL_MS = 250;

// The model comes from the generated types: tsc rejects a value the spec does not list.
const MODEL: Schemas["RiffusionModel"] = "FUZZ-1.1 Pro";
const body: Schemas["RiffusionCreateWithDescription"] = {
  mv: MODEL,
  custom_mode: false,
  prompt: "an upbeat synth-pop song about typed clients",
};

// A sonic song too: the Suno models' family, its model from the generated types as well.
const SONIC_MODEL: Schemas["SonicModel"] = "sonic-v5";
const sonicBody: Schemas["SonicCreateWithDescription"] = {
  custom_mode: false,
  mv: SONIC_MODEL,
  gpt_description_prompt: "a calm piano ballad about typed clients",
};

function setting(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new MusicApiError(`${name} is not set (for the sandbox: http://127.0.0.1:8000 and sandbox-key)`);
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const api = connect(setting("MUSICAPI_BASE_URL"), setting("MUSICAPI_API_KEY"));
  const timeout = Number(process.env.MUSICAPI_E2E_TIMEOUT ?? "60");
  if (!(timeout > 0)) throw new MusicApiError("MUSICAPI_E2E_TIMEOUT must be a positive number of seconds");
  const deadline = AbortSignal.timeout(timeout * 1000);
  let taskId = "";
  let clipStates: string[] = [];
  const until = async (poll: () => Promise<TaskState>): Promise<number | null> => {
    while (!deadline.aborted) {
      const state = await poll();
      if (state.done) return state.clips.length;
      clipStates = state.clipStates;
      await sleep(POLL_INTERVAL_MS);
    }
    return null;
  };
  try {
    const creditsBefore = await getCredits(api, deadline);
    taskId = await createTask(api, body, deadline);
    const clips = await until(() => pollTask(api, taskId, deadline));
    if (clips !== null) {
      const id = taskId;
      taskId = await createSonicTask(api, sonicBody, deadline);
      const sonicClips = await until(() => pollSonicTask(api, taskId, deadline));
      if (sonicClips !== null) {
        const creditsAfter = await getCredits(api, deadline);
        const summary = { task_id: id, clips, sonic_task_id: taskId, sonic_clips: sonicClips };
        console.log(JSON.stringify({ ...summary, credits_before: creditsBefore, credits_after: creditsAfter }));
        return;
      }
    }
  } catch (err) {
    if (!deadline.aborted) throw err; // a request cut short by the deadline is a timeout, reported below
  }
  const where = taskId ? `task ${taskId} not finished (clips: ${clipStates.join(", ") || "none yet"})` : "no task";
  throw new MusicApiError(`timed out after ${timeout} s: ${where}`);
}

main().catch((err: unknown) => {
  console.error(`e2e: error: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
