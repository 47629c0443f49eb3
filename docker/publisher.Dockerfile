# The CovidMaps publisher CLI as a small image. Build context: the repository root, e.g.
#   docker build -f docker/publisher.Dockerfile -t covidmaps-publisher .
# (docker/compose.yml builds it this way). Tests are not run here: they need PostGIS and GeoServer;
# CI runs them with `mvn -B verify`.

# --- build: Maven + JDK 17 -------------------------------------------------------------------
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that editing the Java sources does not download them again.
COPY pom.xml ./
COPY publisher/pom.xml publisher/
RUN mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:go-offline
COPY publisher/src publisher/src
RUN mvn -B -q -DskipTests package \
 && test -s publisher/target/covidmaps.jar

# --- runtime: JRE 17 only, non-root ----------------------------------------------------------
FROM eclipse-temurin:17.0.15_6-jre-noble
RUN groupadd --system --gid 10001 covidmaps \
 && useradd --system --no-log-init --uid 10001 --gid covidmaps --home-dir /app --no-create-home --shell /usr/sbin/nologin covidmaps
WORKDIR /app
COPY --from=build /src/publisher/target/covidmaps.jar /app/covidmaps.jar
COPY layers/ /app/layers/
COPY styles/ /app/styles/
COPY publisher/sample/ /app/sample/
# Settings are read from COVIDMAPS_<KEY> environment variables (see `covidmaps --help` and the README);
# these two point the publisher at the files baked into the image.
ENV LANG=C.UTF-8 \
    TZ=Asia/Ho_Chi_Minh \
    COVIDMAPS_LAYERS_DIR=/app/layers \
    COVIDMAPS_STYLES_DIR=/app/styles
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/covidmaps.jar"]
CMD ["--help"]
