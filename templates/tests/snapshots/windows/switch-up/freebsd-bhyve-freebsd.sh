#!/bin/sh
# plumb: petitecloud switch-up host=freebsd hypervisor=bhyve guest=freebsd
# from: net/switch-up.plumb
set -eu
sysctl net.link.tap.up_on_open=1
ifconfig bridge0 create
ifconfig bridge0 up
