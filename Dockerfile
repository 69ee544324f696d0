# referral-sandbox as a container image: the single-file executable (npm run build:binary) on a small Debian base,
# as a non-root user, state in the /data volume.
#   docker build -t referral-sandbox .
#   docker run --rm -p 4010:4010 -v sandbox-data:/data referral-sandbox
# Both bases are build arguments so that a machine without a registry can build from bases it made itself
# (src/container-image.test.ts imports a debootstrap'd Debian); by default they are the public images users pull.
ARG BUILD_BASE=node:20-bookworm-slim
ARG BASE=debian:bookworm-slim

FROM ${BUILD_BASE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# No install scripts: esbuild bundles the TypeScript sources directly, so the package's own tsc build is not needed.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY specs specs
COPY src src
COPY fixtures fixtures
COPY scripts scripts
RUN npm run build:binary && cp dist/bin/referral-sandbox-linux-* /referral-sandbox

FROM ${BASE}
# The executable is Node itself: it needs glibc and libstdc++, which Debian's slim base has, and nothing else.
# /data belongs to the sandbox user and to group 0, so runtimes that pick an arbitrary uid in group 0 (OpenShift)
# can write it too.
RUN groupadd --system --gid 10001 sandbox \
 && useradd --system --uid 10001 --gid sandbox --home-dir /data --no-create-home --shell /usr/sbin/nologin sandbox \
 && mkdir -p /data && chown sandbox:0 /data && chmod 0775 /data
COPY --from=build /referral-sandbox /usr/local/bin/referral-sandbox
USER sandbox
WORKDIR /data
VOLUME /data
# 0.0.0.0 inside the container, so the published port reaches it. Vendor routes then answer any Host; the admin API
# and dashboard still answer only loopback names (http://localhost:4010 through -p) and SANDBOX_ALLOWED_HOSTS (set it
# to the service name, e.g. "sandbox", when other containers call the admin API), and a warning says so when
# SANDBOX_ADMIN_TOKEN is not set.
ENV HOST=0.0.0.0 \
    PORT=4010 \
    SANDBOX_DB=/data/db.json \
    SANDBOX_LOG_FORMAT=json
EXPOSE 4010
# The check asks PORT: to serve elsewhere, set PORT rather than passing --port. Each check starts the executable
# (about 0.2 s of CPU), hence 15 s.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 CMD ["referral-sandbox", "health"]
ENTRYPOINT ["referral-sandbox"]
CMD ["start"]
