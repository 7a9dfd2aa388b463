// The loader as an ES module: the classic script beside it (the file trunk copies into the app,
// which the proxy serves at /kyc-embed.js) defines `window.KycOnboarding`; this hands it on.
import "./kyc-embed.js";

const loader = window.KycOnboarding;

export const version = loader.version;
export const mount = loader.mount;
export const preload = loader.preload;
export default loader;
