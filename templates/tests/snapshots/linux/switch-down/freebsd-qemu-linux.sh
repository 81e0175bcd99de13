#!/bin/sh
# plumb: petitecloud switch-down host=freebsd hypervisor=qemu guest=linux
# from: net/switch-down.plumb
set -eu
ifconfig bridge0 destroy
