#!/bin/sh
# plumb: petitecloud net-down host=linux hypervisor=qemu guest=freebsd
# from: qemu/net-down.plumb
set -eu
ip tuntap del dev tap0 mode tap
