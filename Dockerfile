# Builds the production jar (Vaadin front-end bundled, no engine or test jars) and runs it on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY processes/pom.xml processes/
COPY workers/pom.xml workers/
COPY ui/pom.xml ui/
RUN ./mvnw -B -q -Pproduction dependency:go-offline -pl ui -am || true
COPY processes processes
COPY workers workers
COPY ui ui
RUN ./mvnw -B -q -Pproduction -pl ui -am package -DskipTests \
 && cp ui/target/supportflow-ui-*.jar /supportflow.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 supportflow
USER supportflow
COPY --from=build /supportflow.jar /app/supportflow.jar
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s \
  CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/supportflow.jar"]
