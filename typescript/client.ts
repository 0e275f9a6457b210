// A small typed client over the types openapi-typescript generates from the spec: openapi-fetch checks every
// path, parameter, body and answer below against typescript/generated/musicapi.d.ts at compile time.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./generated/musicapi.js";

export type Schemas = components["schemas"];
export type CreateBody = Schemas["RiffusionCreateRequest"];
export type SonicCreateBody = Schemas["SonicCreateRequest"];
export type Clip = Schemas["RiffusionClip"] | Schemas["SonicClip"];
export type MusicApi = Client<paths>;

/** Any failure: no answer, an error status, an answer without what it must hold, a failed task. */
export class MusicApiError extends Error {}

export function connect(baseUrl: string, apiKey: string): MusicApi {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    headers: { Authorization: `Bearer ${apiKey}` },
  });
}

/** Runs one request; a request that got no answer (refused, reset) becomes a MusicApiError. Aborts pass through. */
async function send<T>(operation: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    if (!(err instanceof Error) || err.name === "AbortError" || err.name === "TimeoutError") throw err;
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : "";
    throw new MusicApiError(`${operation}: no answer: ${err.message}${cause}`, { cause: err });
  }
}

function refused(operation: string, response: Response, error: Schemas["Error"] | undefined): MusicApiError {
  const text = error?.error ?? error?.message ?? response.statusText;
  return new MusicApiError(`${operation}: HTTP ${response.status}${text ? `: ${text}` : ""}`);
}

/** Starts a task (paid, and not idempotent: never resend it blindly) and returns its id. */
export async function createTask(api: MusicApi, body: CreateBody, signal: AbortSignal | null = null): Promise<string> {
  const { data, error, response } = await send("riffusion_create", () =>
    api.POST("/api/v1/riffusion/create", { body, signal }),
  );
  if (!data) throw refused("riffusion_create", response, error);
  if (!data.task_id) throw new MusicApiError("riffusion_create: no task_id in the answer (the task may exist)");
  return data.task_id;
}

/** Starts a sonic task (the Suno models; paid, not idempotent) and returns its id. */
export async function createSonicTask(
  api: MusicApi,
  body: SonicCreateBody,
  signal: AbortSignal | null = null,
): Promise<string> {
  const { data, error, response } = await send("sonic_create", () => api.POST("/api/v1/sonic/create", { body, signal }));
  if (!data) throw refused("sonic_create", response, error);
  if (!data.task_id) throw new MusicApiError("sonic_create: no task_id in the answer (the task may exist)");
  return data.task_id;
}

const DONE_STATES = new Set(["succeeded", "complete"]);
const FAILED_STATES = new Set(["failed", "error"]);
const FAILURE_TYPES = new Set(["failed", "timeout", "forbidden", "api_error", "error"]);
const CLIPS_PER_TASK = 2;

export type TaskState = { done: false; clipStates: string[] } | { done: true; clips: Clip[] };

const clipDone = (clip: Clip): boolean =>
  (clip.state == null || DONE_STATES.has(clip.state)) &&
  typeof clip.audio_url === "string" &&
  clip.audio_url !== "" &&
  !STREAMING.test(clip.audio_url);

// A temporary stream (a sonic clip's audio while it is made) is never the finished file.
const STREAMING = /(^https?:\/\/audiopipe\.suno\.ai\/|\.m3u8($|\?))/;

/** One poll, read as the spec says: finished once it has two clips that each succeeded or failed. */
export async function pollTask(api: MusicApi, taskId: string, signal: AbortSignal | null = null): Promise<TaskState> {
  const operation = `riffusion_get_task ${taskId}`;
  const { data, error, response } = await send(operation, () =>
    api.GET("/api/v1/riffusion/task/{task_id}", { params: { path: { task_id: taskId } }, signal }),
  );
  if (!data) throw refused(operation, response, error);
  return readTask(taskId, data);
}

/** One poll of a sonic task: the same reading (two clips that settle), its streaming URLs not taken as files. */
export async function pollSonicTask(
  api: MusicApi,
  taskId: string,
  signal: AbortSignal | null = null,
): Promise<TaskState> {
  const operation = `sonic_get_task ${taskId}`;
  const { data, error, response } = await send(operation, () =>
    api.GET("/api/v1/sonic/task/{task_id}", { params: { path: { task_id: taskId } }, signal }),
  );
  if (!data) throw refused(operation, response, error);
  return readTask(taskId, data);
}

type TaskAnswer =
  | Schemas["RiffusionTaskResponse"]
  | Schemas["SonicTaskResponse"];

function readTask(taskId: string, data: TaskAnswer): TaskState {
  if ("type" in data) {
    // Not ready or failed (the spec's order); `type` is unknown to TypeScript as the task may carry any field.
    if (typeof data.type === "string" && FAILURE_TYPES.has(data.type)) {
      const reason = ("error" in data && data.error) || ("message" in data && data.message) || "no reason given";
      throw new MusicApiError(`task ${taskId} failed (${data.type}): ${reason}`);
    }
    return { done: false, clipStates: [] }; // not_ready, or a kind not documented yet
  }
  const clips = data.data ?? [];
  const clipStates = clips.map((clip) => clip.state ?? "");
  const settled = clips.every((clip) => clipDone(clip) || FAILED_STATES.has(clip.state ?? ""));
  if (clips.length < CLIPS_PER_TASK || !settled || data.code === 202) return { done: false, clipStates };
  const finished = clips.filter(clipDone);
  if (finished.length === 0) throw new MusicApiError(`task ${taskId}: every clip failed (${clipStates.join(", ")})`);
  return { done: true, clips: finished };
}

/** The spendable balance: credits plus extra credits (which are spent first). */
export async function getCredits(api: MusicApi, signal: AbortSignal | null = null): Promise<number> {
  const { data, error, response } = await send("get_credits", () => api.GET("/api/v1/get-credits", { signal }));
  if (!data) throw refused("get_credits", response, error);
  return data.credits + (data.extra_credits ?? 0);
}
