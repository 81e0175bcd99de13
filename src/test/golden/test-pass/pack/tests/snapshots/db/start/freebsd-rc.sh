#!/bin/sh
# plumb: shop start host=freebsd init=rc
# from: start-rc.plumb
set -eu
service db onestart
