#!/bin/sh
# plumb: platforms stop os=freebsd init=rcd
# from: stop-bsd.plumb
set -eu
service web onestop
