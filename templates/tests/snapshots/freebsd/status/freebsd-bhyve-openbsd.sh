#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/status.plumb
set -eu
pgrep -L -F /vm/fbsd1/bhyve.pid
