#!/bin/sh
# plumb: services start os=freebsd init=rcd firewall=pf
# from: init/rcd.plumb
set -eu
service nginx start
