#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/status.plumb
set -eu
pgrep -L -F /vm/win1/bhyve.pid
