// Types of the kyc-onboarding embed loader (kyc-embed.js, protocol version 1). The step keys,
// statuses and outcomes are checked against the Rust definitions in `core` by its tests
// (core/tests/embed_types.rs): a step or status added there fails until it is added here.

/** A step of a flow, as the `step_started` and `step_completed` events name it. */
export type StepKey =
  | "risk"
  | "personal_data"
  | "consents"
  | "identification"
  | "phone_check"
  | "bank_login"
  | "capture"
  | "identity"
  | "declaration"
  | "tax"
  | "terms"
  | "status";

/** An identification status, as `status_changed` names it. */
export type Status =
  | "created"
  | "pending"
  | "pending_successful"
  | "pending_failed"
  | "successful"
  | "aborted"
  | "canceled"
  | "failed"
  | "expired"
  | "referred";

/** A final status, as `completed` gives it: a hint for the page; the decision is on your server. */
export type Outcome = "successful" | "failed" | "aborted" | "canceled" | "expired" | "referred";

/** What the user saw go wrong, as `error` names it (field errors are not events). */
export type ErrorCode =
  | "link_expired"
  | "session_expired"
  | "network"
  | "provider_unavailable"
  | "provider_refused"
  | "conflict"
  | "internal"
  | (string & {});

interface Message<E extends string> {
  type: "kyc-onboarding";
  version: 1;
  event: E;
}

/** Every event the flow's frame sends; none carries personal data. */
export type KycEvent =
  | Message<"ready">
  | (Message<"step_started"> & { step: StepKey })
  | (Message<"step_completed"> & { step: StepKey })
  | (Message<"status_changed"> & { status: Status })
  | (Message<"completed"> & { outcome: Outcome })
  | Message<"cancelled">
  | (Message<"error"> & { code: ErrorCode })
  | (Message<"resize"> & { height: number })
  | (Message<"identity_webview_wanted"> & { activation_code: string });

/** The event named `E`. */
export type EventOf<E extends KycEvent["event"]> = Extract<KycEvent, { event: E }>;

export interface MountOptions {
  /** The single-use link your server got from `POST /partner/v1/sessions`. */
  url: string;
  /** The frame's accessible name; "Identity verification" when absent. */
  title?: string;
  /** The frame's height until the flow reports its own, in CSS pixels (480). */
  minHeight?: number;
  /** Every event, in order. */
  onEvent?: (event: KycEvent) => void;
  /** The session is loaded and the first step shows. */
  onReady?: (event: EventOf<"ready">) => void;
  /** The status is final. */
  onComplete?: (event: EventOf<"completed">) => void;
  /** The user saw an error; on `link_expired` ask your server for a new link and mount again. */
  onError?: (event: EventOf<"error">) => void;
  /** The flow stopped after `cancel()`. */
  onCancel?: (event: EventOf<"cancelled">) => void;
  /**
   * Xpollens, in a mobile app whose WebView holds this page: the user chose the facial
   * recognition. Bind the SDK's security wallet with `activation_code`
   * (`walletProvisioning.launch`), then hand in `getIssuerData()`'s URL with `identityWebview`.
   */
  onIdentityWebviewWanted?: (event: EventOf<"identity_webview_wanted">) => void;
}

/** A mounted flow. */
export interface MountedFlow {
  /** The iframe. */
  readonly frame: HTMLIFrameElement;
  /** Asks the flow to stop; `onCancel` follows. */
  cancel(): void;
  /** Xpollens: the identification webview's URL (from the SDK's `getIssuerData()`), for the flow to frame. */
  identityWebview(url: string): void;
  /** Xpollens: the framed webview's URL as the app's WebView saw it change; the flow closes it on `…#SUCCESS`. */
  identityWebviewNavigated(url: string): void;
  /** Removes the frame and stops listening. */
  destroy(): void;
}

/** The protocol version the loader speaks. */
export declare const version: 1;
/** Mounts the flow at `url` into `element`. */
export declare function mount(element: HTMLElement, options: MountOptions): MountedFlow;
/** Connects to the flow's origin and fetches its entry page ahead of `mount`. */
export declare function preload(url: string): void;

declare const KycOnboarding: { version: typeof version; mount: typeof mount; preload: typeof preload };
export default KycOnboarding;

declare global {
  interface Window {
    /** The loader, when included as a classic script. */
    KycOnboarding: typeof KycOnboarding;
  }
}
