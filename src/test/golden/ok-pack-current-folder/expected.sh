#!/bin/sh
# plumb: here start host=freebsd
# from: start.plumb
set -eu
echo start web1 on freebsd
