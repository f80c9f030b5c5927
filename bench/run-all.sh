#!/bin/sh
# Reproduces every figure of docs/BENCHMARKS.md: one bench run per suite, each at the sizes it is
# published at, writing docs/bench/SUITE.json and docs/bench/SUITE-growth.png.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   bench/run-all.sh [JAR] [WORK_DIR]
# Needs: Java 17; xvfb-run for the map suite's JavaFX part (Debian packages xvfb, libgtk-3-0); root + apt
# to install the missing peers (gdal-bin, postgresql, postgresql-15-postgis-3). Took 25 minutes on
# 2 cores. WORK_DIR keeps the generated workloads and projects for the next run.
set -eu
JAR=${1:-target/geoprospect.jar}
WORK=${2:-/tmp/geoprospect-bench-work}
OUT=docs/bench
mkdir -p "$OUT"
run() {
    suite=$1; sizes=$2; shift 2
    echo "== $suite at $sizes (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    "$@" bench --suite "$suite" --sizes "$sizes" --work-dir "$WORK" \
        --out "$OUT/$suite.json" --plot "$OUT/$suite-growth.png"
}
JAVA="java -Xmx8g -jar $JAR"
run select 100000,1000000,5000000 $JAVA
run map 100000,1000000,5000000 xvfb-run -a -s "-screen 0 1920x1080x24" java -Xmx8g -Dprism.order=sw -jar "$JAR"
run memory 1000000,5000000 $JAVA
run export 100000 $JAVA
run tour 100000 $JAVA
run import 100000,1000000 $JAVA
echo "== done (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
