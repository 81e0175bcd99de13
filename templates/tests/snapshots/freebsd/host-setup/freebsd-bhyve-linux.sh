#!/bin/sh
# plumb: petitecloud host-setup host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/host-setup.plumb
set -eu
kldload -n vmm nmdm if_bridge
sysctl net.link.tap.up_on_open=1
