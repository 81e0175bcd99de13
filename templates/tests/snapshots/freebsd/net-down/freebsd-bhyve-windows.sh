#!/bin/sh
# plumb: petitecloud net-down host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/net-down.plumb
set -eu
ifconfig tap0 destroy
