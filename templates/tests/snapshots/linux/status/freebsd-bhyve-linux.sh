#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/status.plumb
set -eu
pgrep -L -F /vm/web1/bhyve.pid
