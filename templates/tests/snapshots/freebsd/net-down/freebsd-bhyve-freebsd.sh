#!/bin/sh
# plumb: petitecloud net-down host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/net-down.plumb
set -eu
ifconfig tap0 destroy
