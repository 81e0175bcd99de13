#!/bin/sh
# plumb: petitecloud switch-down host=freebsd hypervisor=bhyve guest=windows
# from: net/switch-down.plumb
set -eu
ifconfig bridge0 destroy
