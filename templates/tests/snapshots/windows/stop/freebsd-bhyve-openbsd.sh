#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/stop.plumb
set -eu
pkill -L -F /vm/win1/bhyve.pid
