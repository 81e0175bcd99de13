#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/kill.plumb
set -eu
pkill -KILL -L -F /vm/web1/bhyve.pid
bhyvectl --destroy --vm=web1
