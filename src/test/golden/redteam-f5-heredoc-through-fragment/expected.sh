#!/bin/sh
# plumb: redteam start
# from: start.plumb
set -eu
cat <\
<EOF
\$(touch canary)
EOF
