#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/stop.plumb
set -eu
pkill -L -F /vm/web1/bhyve.pid
