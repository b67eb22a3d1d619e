# Build the WAR first (mvn package), then: docker build -t fedmarket .
# Run:   docker run -p 9080:9080 -e DB_HOST=... -e DB_PASSWORD=... -e FEDMARKET_MODULES=hub fedmarket
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal

# The same server configuration as every other deployment; features are installed from it.
COPY --chown=1001:0 src/main/liberty/config/server.xml /config/server.xml
RUN features.sh

# The PostgreSQL driver, where server.xml's jdbcLib library looks for it (${shared.resource.dir}/jdbc).
COPY --chown=1001:0 target/jdbc/postgresql.jar /opt/ol/wlp/usr/shared/resources/jdbc/postgresql.jar
COPY --chown=1001:0 target/fedmarket.war /config/apps/fedmarket.war

# Defaults for the container; override with -e. DB_PASSWORD and FEDMARKET_NODE_BASE_URL have no sensible default.
ENV HTTP_PORT=9080 \
    HTTPS_PORT=9443 \
    DB_HOST=postgres \
    DB_PORT=5432 \
    DB_NAME=fedmarket \
    DB_USER=fedmarket \
    FEDMARKET_MODULES=hub,federation,inventory,storefront

EXPOSE 9080 9443
RUN configure.sh
