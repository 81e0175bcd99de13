#!/bin/sh
# plumb: petitecloud switch-down host=freebsd hypervisor=bhyve guest=freebsd
# from: net/switch-down.plumb
set -eu
ifconfig bridge0 destroy
