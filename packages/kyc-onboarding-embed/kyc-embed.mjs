// The loader as an ES module: the classic script (the same file the proxy serves at
// /kyc-embed.js) defines `window.KycOnboarding`; this module hands its functions on.
import "./kyc-embed.js";

const loader = window.KycOnboarding;

export const version = loader.version;
export const mount = loader.mount;
export const preload = loader.preload;
export default loader;
