#!/bin/sh
# plumb: petitecloud host-setup host=freebsd hypervisor=qemu guest=windows
# from: qemu/host-setup.plumb
set -eu
kldload -n if_bridge
sysctl net.link.tap.up_on_open=1
