#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/kill.plumb
set -eu
pkill -KILL -L -F /vm/fbsd1/bhyve.pid
bhyvectl --destroy --vm=fbsd1
