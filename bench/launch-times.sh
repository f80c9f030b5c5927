#!/bin/bash
# Start-up as the user feels it: N launches of the desktop application, each in a JVM of its own, timed
# from the shell's clock before `java` to the times the start-up probe writes (ui.StartupProbe).
# usage: bench/launch-times.sh JAR HOME N     (needs DISPLAY, e.g. Xvfb with openbox)
#   HOME is used as GEOPROSPECT_HOME: empty, the first launch creates the demo there (first start);
#   holding the demo, every launch opens it (existing project).
# Prints one line per launch: window (first frame of its content) and first map painted, in ms.
set -euo pipefail
JAR=$1; HOME_DIR=$2; N=$3
PROBE=$(mktemp -u /tmp/geoprospect-probe.XXXXXX.json)
for i in $(seq 1 "$N"); do
  rm -f "$PROBE"
  T0=$(date +%s%3N)
  GEOPROSPECT_HOME="$HOME_DIR" java -Dgeoprospect.probe="$PROBE" -Dgeoprospect.probe.exit=true -jar "$JAR" gui >/dev/null 2>&1
  python3 - "$PROBE" "$T0" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); t0 = int(sys.argv[2])
print("window %d ms  first map %d ms" % (d.get("windowFirstFrameEpochMillis", d["windowShownEpochMillis"]) - t0,
                                          d["firstMapPaintedEpochMillis"] - t0))
PY
done
rm -f "$PROBE"
