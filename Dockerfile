# syntax=docker/dockerfile:1
# The proxy and the SPA in one image (docs/operations.md). Build from the repository root:
#   docker build -t kyc-onboarding .                  # builds the SPA too (trunk, wasm-bindgen: long, once)
#   scripts/build-spa && docker build --build-arg SPA=host -t kyc-onboarding .   # the dist/ built here
# Run: `kyc-proxy` (the proxy, the default) or `kyc-proxy sandbox` (the simulators); compose.yaml.
# Only the distribution's packages and the crates.io and npm registries are used.

# `build` or `host`: where the SPA's dist/ comes from.
ARG SPA=build
ARG RUST_IMAGE=rust:1.95-slim-trixie

# The SPA as scripts/build-spa makes it: trunk, the wasm-bindgen CLI matching Cargo.lock, and
# wasm-opt and terser from npm (Trunk.toml's post-build hook runs on node).
FROM ${RUST_IMAGE} AS spa-build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32-unknown-unknown
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo install --locked trunk@0.21.14 \
    && cargo install wasm-bindgen-cli@0.2.130
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    scripts/build-spa

# The dist/ built on the host (`--build-arg SPA=host`): minutes instead of half an hour.
FROM scratch AS spa-host
COPY dist/ /src/dist/

FROM spa-${SPA} AS spa

# The proxy in the server profile (optimised, unwinding). The target directory is a cache, so
# the binary is copied out of it.
FROM ${RUST_IMAGE} AS proxy
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --locked -p kyc-proxy --profile server \
    && cp target/server/kyc-proxy /usr/local/bin/kyc-proxy

# The runtime: a small Debian, a user without privileges, the database on a volume.
FROM debian:trixie-slim
# ca-certificates for the providers' HTTPS; curl for the health check; sqlite3 for online
# backups (`sqlite3 /data/kyc.sqlite3 ".backup …"`).
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl sqlite3 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kyc \
    && mkdir -p /data && chown kyc /data
COPY --from=proxy /usr/local/bin/kyc-proxy /usr/local/bin/kyc-proxy
COPY --from=spa /src/dist /app/dist
# The Brotli and gzip siblings the proxy sends (scripts/build does the same for dist/).
RUN kyc-proxy assets compress /app/dist
WORKDIR /app
ENV KYC_LISTEN=0.0.0.0:8080 \
    KYC_DATABASE=/data/kyc.sqlite3 \
    KYC_DIST_DIR=/app/dist
VOLUME ["/data"]
USER kyc
EXPOSE 8080
# Liveness only; a load balancer asks /api/ready (docs/operations.md).
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/api/health || exit 1
ENTRYPOINT ["kyc-proxy"]
CMD ["serve"]
