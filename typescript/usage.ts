// Type-checked by `make typescript` (tsc --noEmit): the spec's types as another team would use them.
import type { components, operations, paths } from "./generated/musicapi";

type Schemas = components["schemas"];
export type CreateBody = Schemas["RiffusionCreateRequest"];
export type TaskAnswer =
  operations["riffusion_get_task"]["responses"][200]["content"]["application/json"];

export const describe: CreateBody = { mv: "FUZZ-1.1 Pro", prompt: "r&b pop song", custom_mode: false };

export const extend: Schemas["RiffusionExtend"] = {
  task_type: "extend_music",
  mv: "FUZZ-1.1 Pro",
  custom_mode: true,
  lyrics: "[Verse]\nStars they shine above me",
  sound: "pop",
  continue_clip_id: "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c",
  continue_at: 10,
};

// The spec forbids these, so the types must too (tsc fails on an unused @ts-expect-error).
// @ts-expect-error an unknown model
export const unknownModel: CreateBody = { mv: "not-a-model (test value)", prompt: "x", custom_mode: false };
// @ts-expect-error an extension needs continue_at
export const noStart: Schemas["RiffusionExtend"] = { ...extend, continue_at: undefined };
// @ts-expect-error the task type is fixed per operation
export const wrongTag: Schemas["RiffusionExtend"] = { ...extend, task_type: "cover_music" };

// Responses are open: unknown clip states and models are plain strings.
export function finishedAudio(answer: TaskAnswer): string[] {
  if (!("data" in answer) || !answer.data) return [];
  return answer.data
    .filter((clip) => clip.state === "succeeded" || clip.state === "complete")
    .map((clip) => clip.audio_url ?? "")
    .filter((url) => url !== "");
}

export const later: Schemas["RiffusionClip"] = { state: "queued_v2", mv: "not-a-model (test value)", duration: "192.6" };

export type CreatePath = paths["/api/v1/riffusion/create"]["post"];
