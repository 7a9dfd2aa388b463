// The MRZ reader's Web Worker (kyc-mrz built to wasm by scripts/build-mrz, served as
// /mrz/worker.js). A dedicated classic worker: the page starts it when the capture step
// starts, posts frames, and ends it when the step ends. Protocol (docs/mrz.md):
//   page → worker  {luma: Uint8Array, width, height} or {rgba: Uint8ClampedArray, width, height}
//                  (transfer the buffer), with an optional `id` echoed back
//   worker → page  {status: "none" | "invalid" | "valid", data?: MrzData, ms, id?}
//                  or {status: "error", ms} when the frame could not be read at all.
// scripts/build-mrz replaces the two names below with the hashed files beside this one.
importScripts("__GLUE__");
const ready = wasm_bindgen({ module_or_path: "__WASM__" });

self.onmessage = async (event) => {
  const { luma, rgba, width, id } = event.data || {};
  let reply;
  const start = performance.now();
  try {
    await ready;
    // The user's calendar day: a birth date's century is the one that puts it in the past.
    const now = new Date();
    const args = [width >>> 0, now.getFullYear(), now.getMonth() + 1, now.getDate()];
    const json = luma
      ? wasm_bindgen.read_frame(luma, ...args)
      : wasm_bindgen.read_image_data(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength), ...args);
    reply = JSON.parse(json);
  } catch (_) {
    reply = { status: "error" };
  }
  reply.ms = Math.round((performance.now() - start) * 10) / 10;
  if (id !== undefined) reply.id = id;
  self.postMessage(reply);
};
