#!/bin/sh
# plumb: redteam start
# from: start.plumb
set -eu
cat <<EOF
OPTS=-a \
EOF
echo \$(touch canary)
EOF
