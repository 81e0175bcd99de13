#!/bin/sh
# plumb: petitecloud net-down host=freebsd hypervisor=qemu guest=linux
# from: qemu/net-down.plumb
set -eu
ifconfig tap0 destroy
