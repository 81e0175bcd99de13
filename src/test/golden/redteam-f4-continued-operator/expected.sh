#!/bin/sh
# plumb: redteam start
# from: start.plumb
set -eu
cat <<\
-EOF
	EOF
echo 'a; touch canary'
-EOF
